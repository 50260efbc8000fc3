/**
 * How close a sentence's words are to a claim's: the idf mass they share
 * with each of the claim's variants (statement, quotes, their content),
 * scored as coverage of the claim and precision of the sentence; the same
 * with the sentence before as context; the share of words other than actors;
 * and an upper bound that retrieval uses to skip candidates that cannot reach
 * the floor. lexical() and mayReach() must stay in step.
 */
import type { Token } from '../text/tokens';
import type { ClaimDetail } from './claim-detail';
import type { CandidateFeatures } from './promote';

/** A query's terms with their idf weights, and its mass. */
export interface Query {
  terms: string[];
  ws: number[];
  mass: number;
}

/** How much a word of the sentence before counts, against one of the sentence itself. */
const CONTEXT_WEIGHT = 0.75;

/** Sums of the same idf weights taken in another order may differ in the last bits: a bound allows for it. */
export const BOUND_SLACK = 1 + 1e-9;

/** The idf mass each variant shares with the query, summed in the query's order. */
export function sharedMass(query: Query, d: ClaimDetail): number[] {
  const vs = d.variants;
  const out = new Array<number>(vs.length).fill(0);
  const masks = d.termMasks;
  if (masks !== undefined) {
    // one look-up a term: which variants hold it (the same sums, in the same order)
    for (let k = 0; k < query.terms.length; k++) {
      const mask = masks.get(query.terms[k]!);
      if (mask === undefined) continue;
      const w = query.ws[k]!;
      for (let j = 0; j < vs.length; j++) if ((mask >>> j) & 1) out[j] = out[j]! + w;
    }
    return out;
  }
  for (let k = 0; k < query.terms.length; k++) {
    const t = query.terms[k]!;
    // most of a sentence's terms are in none of the claim's texts
    if (!d.allTerms.has(t)) continue;
    const w = query.ws[k]!;
    for (let j = 0; j < vs.length; j++) if (vs[j]!.terms.has(t)) out[j] = out[j]! + w;
  }
  return out;
}

/** Lexical similarity of a query to a claim (`shared` from sharedMass): best over its variants. */
export function lexical(query: Query, d: ClaimDetail, shared: readonly number[], contentOnly = false, figure = 0, ownOnly = false): number {
  let best = 0;
  if (query.mass === 0) return 0;
  for (let k = 0; k < d.variants.length; k++) {
    const v = d.variants[k]!;
    if (contentOnly && !v.isContent) continue;
    // a wording counts only for a sentence that tells the claim's own predicate (ADR 0335)
    if (ownOnly && v.wording) continue;
    // an agreeing figure is one more word both have (figure: its weight)
    const mass = v.mass + figure;
    const sh = shared[k]! === 0 ? 0 : shared[k]! + figure;
    if (mass === 0 || sh === 0) continue;
    const cov = sh / mass;
    const prec = sh / (query.mass + figure);
    const sim = (2 * cov * prec) / (cov + prec);
    // coverage counts more: a long sentence may hold a short claim
    const score = 0.5 * sim + 0.5 * Math.min(cov, prec * 2);
    if (score > best) best = score;
  }
  return best;
}

/**
 * Could lexical() reach `floor` for a claim whose variants share at most `shared` idf mass with a
 * query of `queryMass`? Each variant scored as if it shared min(shared, its mass): the bound is
 * the best such score, and the answer is yes at the first variant that reaches the floor. Reads
 * the variants' masses (ClaimDetail.masses), a plain array of numbers, for every candidate of
 * every sentence.
 */
export function mayReach(shared: number, queryMass: number, masses: Float64Array, floor: number): boolean {
  if (queryMass === 0 || shared === 0) return false;
  for (let k = 0; k < masses.length; k++) {
    const mass = masses[k]!;
    if (mass === 0) continue;
    const sh = Math.min(shared, mass);
    const cov = sh / mass;
    const prec = sh / queryMass;
    const score = 0.5 * ((2 * cov * prec) / (cov + prec)) + 0.5 * Math.min(cov, prec * 2);
    if (score >= floor) return true;
  }
  return false;
}

/** The context's terms the sentence does not have, weighted down (null: none); `weight` is a term's idf. */
export function contextQuery(tokens: readonly Token[], q: ReadonlySet<string>, weight: (t: string) => number): Query | null {
  const terms: string[] = [];
  const ws: number[] = [];
  const seen = new Set<string>();
  let mass = 0;
  for (const t of tokens) {
    if (q.has(t.t) || seen.has(t.t)) continue;
    const w = weight(t.t) * CONTEXT_WEIGHT;
    seen.add(t.t);
    terms.push(t.t);
    ws.push(w);
    mass += w;
  }
  return terms.length > 0 ? { terms, ws, mass } : null;
}

/**
 * Lexical similarity with the sentence before as context: the context's shared words add to
 * how much of the claim is covered, never to the sentence's own precision (a sentence is not
 * made more precise by its neighbour).
 */
export function lexicalInContext(query: Query, d: ClaimDetail, shared: readonly number[], context: Query | null): number {
  if (context === null) return 0;
  const extra = sharedMass(context, d);
  let best = 0;
  if (query.mass === 0) return 0;
  for (let k = 0; k < d.variants.length; k++) {
    const v = d.variants[k]!;
    const sh = shared[k]!;
    if (v.mass === 0 || sh === 0) continue;
    const cov = Math.min(1, (sh + extra[k]!) / v.mass);
    const prec = sh / query.mass;
    const sim = (2 * cov * prec) / (cov + prec);
    const score = 0.5 * sim + 0.5 * Math.min(cov, prec * 2);
    if (score > best) best = score;
  }
  return best;
}

/**
 * The words other than actors a sentence shares with a claim (best variant): how much of the
 * claim's they cover, and how much of the sentence's they are. Topical overlap shares the
 * actors; an account of the claim shares what they did (ADR 0135).
 */
export function wordOverlap(query: Query, d: ClaimDetail, idf: (t: string) => number): Pick<CandidateFeatures, 'wordCover' | 'wordShare'> {
  let qMass = 0;
  for (let k = 0; k < query.terms.length; k++) if (!query.terms[k]!.startsWith('@')) qMass += query.ws[k]!;
  let cover = 0;
  let share = 0;
  for (const v of d.variants) {
    let vMass = 0;
    for (const t of v.terms) if (!t.startsWith('@')) vMass += idf(t);
    let sh = 0;
    for (let k = 0; k < query.terms.length; k++) {
      const t = query.terms[k]!;
      if (!t.startsWith('@') && v.terms.has(t)) sh += query.ws[k]!;
    }
    if (vMass > 0) cover = Math.max(cover, sh / vMass);
    if (qMass > 0) share = Math.max(share, sh / qMass);
  }
  return { wordCover: cover, wordShare: share };
}
