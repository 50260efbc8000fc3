/**
 * Finds actors and claims paragraph by paragraph, in time slices, remembering
 * each paragraph's result by its text: when a live page adds a paragraph,
 * only that paragraph is analysed again.
 */
import type { Mention } from '../../src/actors/matcher';
import type { Engine } from '../../src/engine';
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

/** Results keyed by paragraph text, offsets relative to the paragraph. */
export type ScanCache = Map<string, ScanResult>;

const MAX_CACHE = 20_000;
/** Very long "paragraphs" (a page without block structure) are matched for actors only. */
const MAX_CLAIM_PARAGRAPH = 20_000;

/** Actors and claims of one paragraph, offsets relative to it. */
export function analyseParagraph(engine: Engine, body: string): ScanResult {
  if (body.length > MAX_CLAIM_PARAGRAPH) return { mentions: engine.matcher.find(body), claims: [] };
  const analysis = engine.analyzeText(body);
  const mentions: Mention[] = [];
  for (const actor of analysis.actors) {
    for (const m of actor.mentions) {
      const mention: Mention = { actorId: actor.id, start: m.start, end: m.end, text: m.text, alias: m.text };
      if (m.refersTo) mention.refersTo = m.refersTo;
      mentions.push(mention);
    }
  }
  mentions.sort((a, b) => a.start - b.start);
  const claims = analysis.claims.map((c): ClaimHit => {
    const hit: ClaimHit = { start: c.start, end: c.end, text: c.text, matches: c.matches };
    if (c.claimant) {
      hit.claimant = c.claimant.actorId ? (engine.matcher.actors.get(c.claimant.actorId)?.name ?? c.claimant.text) : c.claimant.text;
      if (c.claimant.actorId) hit.claimantId = c.claimant.actorId;
    }
    return hit;
  });
  return { mentions, claims };
}

/**
 * `furniture[i]` marks paragraph i as page furniture (see furniture.ts): its
 * actors are found, but it is never sent for claim analysis.
 */
export async function scanArticle(model: TextModel, engine: Engine, cache: ScanCache, signal?: { cancelled: boolean }, furniture: readonly boolean[] = []): Promise<ScanResult> {
  const slicer = createSlicer(undefined, signal);
  const mentions: Mention[] = [];
  const claims: ClaimHit[] = [];
  const { text } = model;
  for (const [i, paragraph] of model.paragraphs.entries()) {
    const body = text.slice(paragraph.start, paragraph.end);
    const isFurniture = furniture[i] === true;
    const key = isFurniture ? `\u0000furniture\u0000${body}` : body;
    let result = cache.get(key);
    if (!result) {
      result = isFurniture ? { mentions: engine.matcher.find(body), claims: [] } : analyseParagraph(engine, body);
      if (cache.size > MAX_CACHE) cache.clear();
      cache.set(key, result);
    }
    const shift = paragraph.start;
    for (const m of result.mentions) mentions.push({ ...m, start: m.start + shift, end: m.end + shift });
    for (const c of result.claims) claims.push({ ...c, start: c.start + shift, end: c.end + shift });
    await slicer.check();
  }
  return { mentions, claims };
}
