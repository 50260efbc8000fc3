/**
 * What content scripts ask the worker to inject into their own frame. The
 * worker takes the tab and frame from the sender the browser reports, never
 * from the message, so a content script can only ask for its own frame, and
 * only for one of the files named here.
 *
 * - `content/start` (the bootstrap, ADR 0051): "this page is worth reading,
 *   inject the full content script", with the top of a long article's text
 *   whose actors the worker answers for the bootstrap to draw (ADR 0180).
 * - `content/part` (the full script, ADR 0150): "inject one of the parts kept
 *   out of `content.js`" — the bundled dataset with the card builders, or the
 *   alias matcher the page uses only when the worker cannot answer.
 */
import type { KnownSlice } from '../../src/dataset/slice';
import type { PackedMentions } from './analysis-packing';

export const START_CONTENT = 'content/start';
export const LOAD_PART = 'content/part';

/** Each part kept out of `content.js`, and the one file it is built into. */
export const CONTENT_PARTS = {
  /** the bundled dataset (hover cards, the note form's suggestion, the popup's summary) and the card builders */
  cards: 'content-cards.js',
  /** the alias matcher read from the build's tables: for a page the worker cannot answer, or a page not shaped like an article */
  matcher: 'content-matcher.js',
} as const;
export type ContentPartName = keyof typeof CONTENT_PARTS;

/** The most text a start request may carry for its first screen (the bootstrap sends ≤ 16,000 characters, ADR 0110). */
export const MAX_TOP_CHARS = 20_000;

/**
 * The first screen's actors, as the bootstrap draws them (ADR 0180): for each
 * actor layer with mentions, its name, paint priority and spans as a flat
 * list of [start, end) offsets into the text the request carried.
 */
export interface ScreenLayer {
  layer: string;
  priority: number;
  spans: number[];
}

/**
 * The first screen's mentions themselves (packed, offsets into the request's
 * `top`) and what the page needs of the imported datasets to show their
 * cards: the session hit-tests them until the article's own are in, instead
 * of reading the top again and asking the worker for the same actors (ADR 0245).
 */
export interface ScreenFound {
  mentions: PackedMentions;
  known: KnownSlice;
}

/** The worker's answer to `content/start`: `screen` and `found` when the request carried a top and the reader sees actors there. */
export interface StartReply {
  state: 'started' | 'off';
  screen?: ScreenLayer[];
  found?: ScreenFound;
}

/**
 * A start request: null when the message is anything else, else the top of
 * the article it carries ('' when none). Nothing but `type` and an optional
 * string `top` of at most `MAX_TOP_CHARS`.
 */
export function startRequested(message: unknown): { top: string } | null {
  if (typeof message !== 'object' || message === null || (message as { type?: unknown }).type !== START_CONTENT) return null;
  const { top } = message as { top?: unknown };
  const keys = Object.keys(message).length;
  if (top === undefined) return keys === 1 ? { top: '' } : null;
  return keys === 2 && typeof top === 'string' && top.length <= MAX_TOP_CHARS ? { top } : null;
}


/** The part a `content/part` message names, or null when the message is anything else. */
export function partRequested(message: unknown): ContentPartName | null {
  if (typeof message !== 'object' || message === null || (message as { type?: unknown }).type !== LOAD_PART) return null;
  const { part } = message as { part?: unknown };
  if (Object.keys(message).length !== 2 || typeof part !== 'string' || !Object.hasOwn(CONTENT_PARTS, part)) return null;
  return part as ContentPartName;
}
