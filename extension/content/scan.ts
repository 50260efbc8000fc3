/**
 * Finds actors (and, with the engine, claims) paragraph by paragraph, in
 * time slices, remembering each paragraph's result by its text: when a live
 * page adds a paragraph, only that paragraph is matched again.
 */
import type { ActorMatcher, Mention } from '../../src/actors/matcher';
import type { TextModel } from '../../src/text/model';
import type { ClaimHitView } from './ui/cards';
import { createSlicer } from './slicing';

export interface ClaimHit extends ClaimHitView {
  start: number;
  end: number;
}

export interface ScanResult {
  mentions: Mention[];
  claims: ClaimHit[];
}

export interface ScanDeps {
  matcher: ActorMatcher;
  /** Claim sentences of one paragraph, offsets relative to it. */
  analyzeClaims?: (paragraph: string) => ClaimHit[];
}

interface ParagraphResult {
  mentions: Mention[];
  claims: ClaimHit[];
}

/** Results keyed by paragraph text, offsets relative to the paragraph. */
export type ScanCache = Map<string, ParagraphResult>;

const MAX_CACHE = 20_000;

export async function scanArticle(model: TextModel, deps: ScanDeps, cache: ScanCache, signal?: { cancelled: boolean }): Promise<ScanResult> {
  const slicer = createSlicer(undefined, signal);
  const mentions: Mention[] = [];
  const claims: ClaimHit[] = [];
  const { text } = model;
  for (const paragraph of model.paragraphs) {
    const body = text.slice(paragraph.start, paragraph.end);
    let result = cache.get(body);
    if (!result) {
      result = {
        mentions: deps.matcher.find(body),
        claims: deps.analyzeClaims ? deps.analyzeClaims(body) : [],
      };
      if (cache.size > MAX_CACHE) cache.clear();
      cache.set(body, result);
    }
    const shift = paragraph.start;
    for (const m of result.mentions) mentions.push({ ...m, start: m.start + shift, end: m.end + shift });
    for (const c of result.claims) claims.push({ ...c, start: c.start + shift, end: c.end + shift });
    await slicer.check();
  }
  return { mentions, claims };
}
