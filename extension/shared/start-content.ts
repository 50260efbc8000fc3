/**
 * What content scripts ask the worker to inject into their own frame. The
 * worker takes the tab and frame from the sender the browser reports, never
 * from the message, so a content script can only ask for its own frame, and
 * only for one of the files named here.
 *
 * - `content/start` (the bootstrap, ADR 0051): "this page is worth reading,
 *   inject the full content script".
 * - `content/part` (the full script, ADR 0150): "inject one of the parts kept
 *   out of `content.js`" — the bundled dataset with the card builders, or the
 *   alias matcher the page uses only when the worker cannot answer.
 */
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

export function isStartContent(message: unknown): boolean {
  return typeof message === 'object' && message !== null && (message as { type?: unknown }).type === START_CONTENT && Object.keys(message).length === 1;
}

/** The part a `content/part` message names, or null when the message is anything else. */
export function partRequested(message: unknown): ContentPartName | null {
  if (typeof message !== 'object' || message === null || (message as { type?: unknown }).type !== LOAD_PART) return null;
  const { part } = message as { part?: unknown };
  if (Object.keys(message).length !== 2 || typeof part !== 'string' || !Object.hasOwn(CONTENT_PARTS, part)) return null;
  return part as ContentPartName;
}
