/**
 * Every claim read up front, only what retrieval needs: its terms (statement,
 * quotes and wordings), their count, and its figures; and how many claims hold each
 * term (for idf). The rest of a claim is read when it is first a candidate
 * (claim-detail.ts).
 */
import type { ActorMatcher } from '../actors/matcher';
import type { Claim } from '../dataset/schema';
import { STEP_ITEMS, type Steps } from '../compile/steps';
import { type FigureShapes, figuresOf } from './claim-figures';
import { type CompiledClaim, textsToCompare } from './claim-detail';
import type { IndexTokenizer } from './index-tokens';

export interface IndexedClaims {
  compiled: CompiledClaim[];
  /** term → how many claims hold it */
  df: Map<string, number>;
}

/** The claims read a few dozen at a time (src/compile/steps.ts). */
export function* indexClaimsSteps(claims: readonly Claim[], matcher: ActorMatcher, tokenizer: IndexTokenizer, shapes: FigureShapes): Steps<IndexedClaims> {
  const compiled: CompiledClaim[] = [];
  const df = new Map<string, number>();
  // a term's idf is read from the claims' own texts (statement, quotes), so that wordings do not move
  // the weights of claims that have none; a term only wordings hold counts the claims whose wordings hold it
  const wordingDf = new Map<string, number>();
  const ownTerms = new Set<string>();
  for (const claim of claims) {
    if (compiled.length % STEP_ITEMS === STEP_ITEMS - 1) yield;
    const terms = new Map<string, number>();
    const texts = textsToCompare(claim);
    texts.forEach((t, k) => {
      const own = k <= claim.evidence.length;
      for (const x of tokenizer.toks(t, 0, t.length, matcher.find(t, { datasetText: true }))) {
        terms.set(x.t, (terms.get(x.t) ?? 0) + 1);
        if (own) ownTerms.add(x.t);
      }
    });
    for (const t of terms.keys()) {
      if (ownTerms.has(t)) df.set(t, (df.get(t) ?? 0) + 1);
      else wordingDf.set(t, (wordingDf.get(t) ?? 0) + 1);
    }
    ownTerms.clear();
    let length = 0;
    for (const n of terms.values()) length += n;
    compiled.push({ claim, terms, length, figures: figuresOf(claim, shapes, matcher.find(claim.statement, { datasetText: true })), detail: undefined });
  }
  for (const [t, n] of wordingDf) if (!df.has(t)) df.set(t, n);
  return { compiled, df };
}
