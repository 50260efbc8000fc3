/**
 * What a page sends for analysis (ADR 0095): its article's text, its blocks,
 * which blocks are furniture, its date. Kept apart from the engine so the
 * content script that builds it carries none of the engine's code.
 */
import type { TextSpan } from '../text/model';

/** What the page sends: its text, its blocks, which blocks are furniture (by DOM position), its date. */
export interface ArticleRequest {
  text: string;
  paragraphs: readonly TextSpan[];
  /** indices of paragraphs that are page furniture: actors only, never claims */
  furniture?: readonly number[];
  /** publication date, ISO, when the page says it */
  date?: string;
}

/** The request for a text model's article: furniture flags as indices. */
export function articleRequest(model: { text: string; paragraphs: readonly TextSpan[] }, furniture: readonly boolean[] = [], date?: string): ArticleRequest {
  const request: ArticleRequest = { text: model.text, paragraphs: model.paragraphs.map(({ start, end }) => ({ start, end })), furniture: furniture.flatMap((f, i) => (f ? [i] : [])) };
  if (date !== undefined) request.date = date;
  return request;
}
