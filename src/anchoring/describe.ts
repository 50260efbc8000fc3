import type { Selectors } from './types';

export interface DescribeOptions {
  /** Characters of context kept on each side of the quote (default 32). */
  contextLength?: number;
}

export const DEFAULT_CONTEXT_LENGTH = 32;

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/**
 * Selectors for the characters `start`..`end` (UTF-16 offsets, end exclusive)
 * of an article's plain text: the quote with its context, and the position.
 * Context never splits a surrogate pair, so it stays valid Unicode in JSON.
 */
export function describe(text: string, start: number, end: number, opts: DescribeOptions = {}): Selectors {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > text.length || start >= end) {
    throw new RangeError(`describe: need 0 <= start < end <= ${text.length}, got ${start}..${end}`);
  }
  const contextLength = Math.max(0, Math.floor(opts.contextLength ?? DEFAULT_CONTEXT_LENGTH));

  let prefixStart = Math.max(0, start - contextLength);
  if (prefixStart > 0 && isLowSurrogate(text.charCodeAt(prefixStart)) && isHighSurrogate(text.charCodeAt(prefixStart - 1))) prefixStart++;
  let suffixEnd = Math.min(text.length, end + contextLength);
  if (suffixEnd < text.length && isLowSurrogate(text.charCodeAt(suffixEnd)) && isHighSurrogate(text.charCodeAt(suffixEnd - 1))) suffixEnd--;

  return {
    quote: {
      type: 'TextQuoteSelector',
      exact: text.slice(start, end),
      prefix: text.slice(prefixStart, start),
      suffix: text.slice(end, suffixEnd),
    },
    position: { type: 'TextPositionSelector', start, end },
  };
}
