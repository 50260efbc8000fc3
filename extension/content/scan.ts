/**
 * Finds actors and claims paragraph by paragraph, in time slices, remembering
 * each paragraph's result by its text: when a live page adds a paragraph,
 * only that paragraph is analysed again.
 */
import type { Mention } from '../../src/actors/matcher';
import { type ArticleInput, type Carry, type ClaimReport, type Engine, carryKey } from '../../src/engine';
import type { TextModel } from '../../src/text/model';
import type { ClaimHitView } from './ui/cards';
import { createSlicer } from './slicing';

export interface ClaimHit extends ClaimHitView {
  start: number;
  end: number;
  /** The claimant's actor id, when the engine resolved one. */
  claimantId?: string;
}

export interface ScanResult {
  mentions: Mention[];
  claims: ClaimHit[];
}

/**
 * Results keyed by paragraph text and the context it was read in (the
 * speaker carried in, the article date), offsets relative to the paragraph.
 */
export type ScanCache = Map<string, { claims: ClaimHit[]; after: Carry }>;

const MAX_CACHE = 20_000;
/** Very long "paragraphs" (a page without block structure) are matched for actors only. */
const MAX_CLAIM_PARAGRAPH = 20_000;

function hitOf(engine: Engine, c: ClaimReport, shift: number): ClaimHit {
  const hit: ClaimHit = { start: c.start - shift, end: c.end - shift, text: c.text, matches: c.matches };
  if (c.claimant) {
    hit.claimant = c.claimant.actorId ? (engine.matcher.actors.get(c.claimant.actorId)?.name ?? c.claimant.text) : c.claimant.text;
    if (c.claimant.actorId) hit.claimantId = c.claimant.actorId;
  }
  return hit;
}

/**
 * Actors and claims of the article, through the engine's article session (the
 * path `crosscheck analyze` and `npm run eval` take: article-wide mentions,
 * the article's date, the speaker carried from paragraph to paragraph), in
 * time slices. A paragraph read before in the same context comes from the
 * cache, so a live page that adds a paragraph costs about that paragraph.
 * `furniture[i]` marks paragraph i as page furniture (see furniture.ts): its
 * actors are found, but it is never sent for claim analysis.
 */
export async function scanArticle(
  model: TextModel,
  engine: Engine,
  cache: ScanCache,
  signal?: { cancelled: boolean },
  furniture: readonly boolean[] = [],
  date?: string,
): Promise<ScanResult> {
  const slicer = createSlicer(undefined, signal);
  const { text } = model;
  const input: ArticleInput = { text, paragraphs: model.paragraphs, furniture: model.paragraphs.map((p, i) => furniture[i] === true || p.end - p.start > MAX_CLAIM_PARAGRAPH) };
  if (date !== undefined) input.date = date;
  const session = engine.beginArticle(input);
  const claims: ClaimHit[] = [];
  for (const [i, paragraph] of model.paragraphs.entries()) {
    const body = text.slice(paragraph.start, paragraph.end);
    const skip = input.furniture![i] === true;
    const key = `${skip ? '\u0000furniture' : ''}\u0000${carryKey(session.carry)}\u0000${date ?? ''}\u0000${body}`;
    let result = cache.get(key);
    if (result) session.carry = result.after;
    else {
      const found = session.paragraph(i).claims.map((c) => hitOf(engine, c, paragraph.start));
      result = { claims: found, after: session.carry };
      if (cache.size > MAX_CACHE) cache.clear();
      cache.set(key, result);
    }
    const shift = paragraph.start;
    for (const c of result.claims) claims.push({ ...c, start: c.start + shift, end: c.end + shift });
    await slicer.check();
  }
  return { mentions: [...session.mentions], claims };
}
