/**
 * Every claim read up front, only what retrieval needs: its terms (statement
 * and quotes), their count, and its figures; and how many claims hold each
 * term (for idf). The rest of a claim is read when it is first a candidate
 * (claim-detail.ts).
 */
import type { ActorMatcher } from '../actors/matcher';
import type { Claim } from '../dataset/schema';
import { STEP_ITEMS, type Steps } from '../compile/steps';
import { type FigureShapes, figuresOf } from './claim-figures';
import { type CompiledClaim, claimTexts } from './claim-detail';
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
  for (const claim of claims) {
    if (compiled.length % STEP_ITEMS === STEP_ITEMS - 1) yield;
    const terms = new Map<string, number>();
    for (const t of claimTexts(claim)) {
      for (const x of tokenizer.toks(t, 0, t.length, matcher.find(t, { datasetText: true }))) terms.set(x.t, (terms.get(x.t) ?? 0) + 1);
    }
    for (const t of terms.keys()) df.set(t, (df.get(t) ?? 0) + 1);
    let length = 0;
    for (const n of terms.values()) length += n;
    compiled.push({ claim, terms, length, figures: figuresOf(claim, shapes), detail: undefined });
  }
  return { compiled, df };
}
