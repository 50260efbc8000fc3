/**
 * The analysis port between a page's content script and the service worker
 * (ADR 0095). The page sends its article's text and paragraph spans once; the
 * worker answers in a few parts, each a task of its own on the page's side:
 * mentions, then claims, then `done` with the slice of the known claims the
 * page needs to show them (ADR 0155). The top of a page can be
 * asked for its actors alone (its first screen, drawn before the article is
 * read whole). One request per port; the
 * page disconnects to cancel, and asks again on a new port when the worker
 * was stopped before `done`. A long article's text goes ahead in parts.
 */
import * as v from 'valibot';
import type { PackedClaims, PackedMentions } from './analysis-packing';
import type { SourcedMatch } from '../../src/engine';
import type { KnownSlice } from '../../src/dataset/slice';

export const ANALYSIS_PORT = 'crosscheck-analysis';

/** 8 MB of text: well past the 1 MB bench page; a bigger page is read for actors only. */
export const MAX_ANALYSIS_TEXT = 8_000_000;
const MAX_PARAGRAPHS = 200_000;
/** The first screen's text: a few screens, never the page. */
export const MAX_ACTORS_TEXT = 64_000;
const MAX_QUOTES = 500;
const MAX_QUOTE = 10_000;

const Offset = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(MAX_ANALYSIS_TEXT));
const UrlKey = v.pipe(v.string(), v.maxLength(4096));

export const AnalysisRequestSchema = v.variant('type', [
  v.strictObject({
    type: v.literal('article'),
    /** the page's key: its own notes are not known claims on it */
    urlKey: UrlKey,
    text: v.pipe(v.string(), v.maxLength(MAX_ANALYSIS_TEXT)),
    paragraphs: v.pipe(v.array(v.strictObject({ start: Offset, end: Offset })), v.maxLength(MAX_PARAGRAPHS)),
    furniture: v.pipe(v.array(v.pipe(v.number(), v.integer(), v.minValue(0))), v.maxLength(MAX_PARAGRAPHS)),
    date: v.optional(v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/))),
  }),
  // the top of the page, for its first screen of actors (ADR 0110): mentions only, no claims
  v.strictObject({
    type: v.literal('actors'),
    urlKey: UrlKey,
    text: v.pipe(v.string(), v.maxLength(MAX_ACTORS_TEXT)),
  }),
  v.strictObject({
    type: v.literal('sentences'),
    urlKey: UrlKey,
    quotes: v.pipe(v.array(v.pipe(v.string(), v.maxLength(MAX_QUOTE))), v.maxLength(MAX_QUOTES)),
  }),
]);

export type AnalysisRequest = v.InferOutput<typeof AnalysisRequestSchema>;

/**
 * An article's text longer than this is sent ahead of its request in parts
 * (`{ type: 'text' }`, in order; the request carries the last part): the
 * browser serialises a message in the task that posts it, ~50–90 ms for
 * 5 MB at once, ~2 ms for a part of this size.
 */
export const TEXT_PART_CHARS = 256_000;

export const TextPartSchema = v.strictObject({
  type: v.literal('text'),
  text: v.pipe(v.string(), v.maxLength(TEXT_PART_CHARS)),
});

export type TextPart = v.InferOutput<typeof TextPartSchema>;

/** `text` in parts of at most `TEXT_PART_CHARS`, never cut between the two halves of a surrogate pair (a lone half would not survive the message). */
export function textParts(text: string, size = TEXT_PART_CHARS): string[] {
  const parts: string[] = [];
  for (let at = 0; at < text.length || parts.length === 0; ) {
    let end = Math.min(text.length, at + size);
    const last = text.charCodeAt(end - 1);
    if (end < text.length && last >= 0xd800 && last <= 0xdbff && end - 1 > at) end--;
    parts.push(text.slice(at, end));
    at = end;
  }
  return parts;
}
export type ArticleAnalysisRequest = Extract<AnalysisRequest, { type: 'article' }>;

/** What the worker posts back, in this order (mentions and claims packed: analysis-packing.ts). */
export type AnalysisReply =
  /**
   * `last` on the article's last part of mentions (an empty part when it has none): the claims follow.
   * `provisional`: found by the bundled dataset's matcher while the engine compiles, for hovering and
   * drawing meanwhile, not part of the answer (its own mentions follow). Offsets into the request's text.
   */
  | { type: 'mentions'; mentions: PackedMentions; last?: true; provisional?: true }
  | { type: 'claims'; claims: PackedClaims }
  | { type: 'sentences'; matches: SourcedMatch[][] }
  /** The end of the answer, with the imported claims (and their actors and sources) it refers to. */
  | { type: 'done'; known?: KnownSlice }
  | { type: 'error'; message: string };
