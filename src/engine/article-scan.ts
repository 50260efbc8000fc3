/**
 * An article's actors and claims, paragraph by paragraph, through the
 * engine's article session, remembering each paragraph's result by its text
 * and context: when a live page adds a paragraph, only that paragraph is
 * analysed again. The one path for the extension (run in its service worker,
 * see extension/background/analysis.ts), `npm run eval` and the tests.
 */
import type { Mention } from '../actors/matcher';
export { articleRequest, type ArticleRequest } from './article-request';
import type { ArticleRequest } from './article-request';
import { isFurnitureText } from './furniture-text';
import { type ArticleInput, type Carry, type ClaimReport, type Engine, type SourcedMatch, carryKey } from './index';

/** A claim sentence as the page draws it: offsets into the article text. */
export interface ClaimHit {
  start: number;
  end: number;
  text: string;
  /** The claimant's name (the actor's, when the engine resolved one; else the words). */
  claimant?: string;
  /** The claimant's actor id, when the engine resolved one. */
  claimantId?: string;
  matches: SourcedMatch[];
}

/**
 * Results keyed by paragraph text and the context it was read in (the
 * speaker carried in, the article date), offsets relative to the paragraph.
 */
export type ScanCache = Map<string, { claims: ClaimHit[]; after: Carry }>;

const MAX_CACHE = 20_000;
/** Very long "paragraphs" (a page without block structure) are matched for actors only. */
export const MAX_CLAIM_PARAGRAPH = 20_000;

function hitOf(engine: Engine, c: ClaimReport, shift: number): ClaimHit {
  const hit: ClaimHit = { start: c.start - shift, end: c.end - shift, text: c.text, matches: c.matches };
  if (c.claimant) {
    hit.claimant = c.claimant.actorId ? (engine.matcher.actors.get(c.claimant.actorId)?.name ?? c.claimant.text) : c.claimant.text;
    if (c.claimant.actorId) hit.claimantId = c.claimant.actorId;
  }
  return hit;
}

export interface ArticleScan {
  /** actor mentions of the whole article (one sense per text) */
  readonly mentions: readonly Mention[];
  /** claim sentences paragraph by paragraph, offsets into the article text; one step per paragraph */
  paragraphs(): Generator<ClaimHit[], void, void>;
}

/**
 * Begins the scan of an article: the article-wide mentions at once, then one
 * paragraph per step (the caller decides when to pause between steps). A
 * paragraph read before in the same context comes from `cache`.
 */
export function beginScan(engine: Engine, request: ArticleRequest, cache: ScanCache): ArticleScan {
  const { text, paragraphs, date } = request;
  // furniture by its markup, as the page found it, and by its text, told here (ADR 0415)
  const skip = paragraphs.map((p) => p.end - p.start > MAX_CLAIM_PARAGRAPH || isFurnitureText(text.slice(p.start, p.end)));
  for (const i of request.furniture ?? []) if (i >= 0 && i < skip.length) skip[i] = true;
  const input: ArticleInput = { text, paragraphs, furniture: skip };
  if (date !== undefined) input.date = date;
  const session = engine.beginArticle(input);
  return {
    mentions: session.mentions,
    *paragraphs() {
      for (const [i, paragraph] of paragraphs.entries()) {
        const body = text.slice(paragraph.start, paragraph.end);
        // the dates the session read (a dateline in the text dates an undated page), not only the page's
        const key = `${skip[i] ? '\u0000furniture' : ''}\u0000${carryKey(session.carry)}\u0000${session.dateKey}\u0000${body}`;
        let result = cache.get(key);
        if (result) session.carry = result.after;
        else {
          const found = session.paragraph(i).claims.map((c) => hitOf(engine, c, paragraph.start));
          result = { claims: found, after: session.carry };
          if (cache.size > MAX_CACHE) cache.clear();
          cache.set(key, result);
        }
        const shift = paragraph.start;
        yield result.claims.map((c) => ({ ...c, start: c.start + shift, end: c.end + shift }));
      }
    },
  };
}

/** The whole scan at once (the evaluation, the tests). */
export function scanArticleNow(engine: Engine, request: ArticleRequest, cache: ScanCache = new Map()): { mentions: Mention[]; claims: ClaimHit[] } {
  const scan = beginScan(engine, request, cache);
  const claims: ClaimHit[] = [];
  for (const found of scan.paragraphs()) for (const c of found) claims.push(c);
  return { mentions: [...scan.mentions], claims };
}
