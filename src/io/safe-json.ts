/**
 * JSON.parse for files a reader picks, which may be hostile: a size cap
 * checked before any parsing, a nesting cap checked by a linear scan before
 * parsing, and a reviver that drops `__proto__` / `constructor` / `prototype`
 * keys so that nothing downstream can be tricked into touching a prototype.
 */

export const MAX_FILE_BYTES = 50 * 1024 * 1024;
export const MAX_DEPTH = 64;

export class InputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InputError';
  }
}

export interface SafeJsonOptions {
  maxBytes?: number;
  maxDepth?: number;
}

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** UTF-8 size of a string, counting only until it passes `stopAbove`. */
export function utf8Length(text: string, stopAbove = Infinity): number {
  let bytes = 0;
  for (let i = 0; i < text.length && bytes <= stopAbove; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(bytes >= 10 * 1024 * 1024 ? 0 : 1)} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} bytes`;
}

/** Throws InputError when the text is over the size cap. Cheap for small texts. */
export function assertSize(text: string, maxBytes = MAX_FILE_BYTES): void {
  if (text.length * 3 <= maxBytes) return;
  const bytes = utf8Length(text, maxBytes);
  if (bytes > maxBytes) {
    throw new InputError(`The file is too large (more than ${formatBytes(maxBytes)}); Crosscheck imports files of up to ${formatBytes(maxBytes)}. Split it and import the parts.`);
  }
}

/** Throws InputError when arrays/objects nest deeper than `maxDepth`, before JSON.parse sees the text. */
export function assertDepth(text: string, maxDepth = MAX_DEPTH): void {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      if (++depth > maxDepth) throw new InputError(`The file nests data more than ${maxDepth} levels deep (at character ${i}); it is not an annotation file.`);
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
}

export function parseJsonSafely(text: string, options: SafeJsonOptions = {}): unknown {
  assertSize(text, options.maxBytes);
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === '') throw new InputError('The file is empty.');
  assertDepth(body, options.maxDepth);
  try {
    return JSON.parse(body, (key, value: unknown) => (FORBIDDEN_KEYS.has(key) ? undefined : value));
  } catch (error) {
    throw new InputError(`The file is not valid JSON: ${(error as Error).message}`);
  }
}

/** A plain object (not an array, not null). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
