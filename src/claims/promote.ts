/**
 * A second look at a candidate the hand rules held back as 'related' (ADR 0135).
 *
 * The rules in match.ts ask fixed thresholds of each feature on its own (lexical
 * overlap ≥ 0.5, or ≥ 0.65 when the claim has a figure…); real reporting often
 * says the same thing in fewer shared words, with the speaker and the top rank
 * vouching for it. A logistic model over a handful of the judged features,
 * fitted at build time on the labelled evaluation articles (`npm run fit`,
 * scripts/fit-promote.ts), weighs them together. It is asked only about
 * candidates no hard veto holds (another event, time, figure, period, polarity,
 * speaker's figure…: match.ts decides that), and it can only say
 * "corroborates": a red mark is never a model's guess. The fitted weights are
 * in promote-weights.ts, generated.
 */
/** What the model reads of a candidate (each 0..1 or a flag). */
export interface CandidateFeatures {
  /** lexical similarity to the claim (best variant) */
  lex: number;
  /** the same, against the claim's content without its frame */
  lexContent: number;
  /** how much of the claim's words other than actors the sentence says (best variant) */
  wordCover: number;
  /** how much of the sentence's words other than actors are the claim's */
  wordShare: number;
  /** lex minus the best lex of the sentence's other candidates at the floor (0 when none) */
  lexLead: number;
  /** first in retrieval (BM25) */
  top: boolean;
  /** the sentence's speaker is the claim's claimant or of its family */
  claimantAgree: boolean;
  /** the sentence's speaker is another */
  claimantClash: boolean;
  /** how many actors the sentence shares with the claim */
  actorShared: number;
  /** a figure of the sentence is the claim's */
  figureAgree: boolean;
  /** the claim has a figure the sentence does not give */
  figureMissing: boolean;
  /** the sentence denies or dismisses */
  deny: boolean;
  /** the page's headline */
  headline: boolean;
  /** the claim is the outlet's own account (no speaker) */
  reporterClaim: boolean;
  /** the sentence quotes (a quotation mark in it) */
  quote: boolean;
  /** the claim's speaker is its point (a statement, an accusation, a denial…) and the sentence's speaker is it */
  speakerStatement: boolean;
}

/** The features in the model's order (the weights file names them: a reorder is caught). */
export const FEATURE_NAMES = [
  'lex',
  'lexContent',
  'wordCover',
  'wordShare',
  'lexLead',
  'top',
  'claimantAgree',
  'claimantClash',
  'actorShared',
  'figureAgree',
  'figureMissing',
  'deny',
  'headline',
  'reporterClaim',
  'quote',
  'speakerStatement',
] as const satisfies readonly (keyof CandidateFeatures)[];

const flag = (b: boolean): number => (b ? 1 : 0);

/** The vector the model reads: numbers as they are (actors shared counted up to four, a quarter each), flags as 0/1. */
export function featureVector(f: CandidateFeatures): number[] {
  return FEATURE_NAMES.map((k) => {
    const v = f[k];
    if (k === 'actorShared') return Math.min(4, v as number) / 4;
    if (k === 'lexLead') return Math.max(-0.5, Math.min(0.5, v as number));
    return typeof v === 'boolean' ? flag(v) : v;
  });
}

export interface PromoteModel {
  features: readonly string[];
  weights: readonly number[];
  bias: number;
  /** the probability at or above which a candidate is promoted */
  threshold: number;
}

/** The model's probability that the candidate is the claim's account. */
export function promoteProbability(x: readonly number[], model: Pick<PromoteModel, 'weights' | 'bias'>): number {
  let z = model.bias;
  for (let k = 0; k < model.weights.length; k++) z += model.weights[k]! * (x[k] ?? 0);
  return 1 / (1 + Math.exp(-z));
}

/** Does the model promote this candidate to corroborates? (Its probability, or undefined when it does not.) */
export function promotes(f: CandidateFeatures, model: PromoteModel): number | undefined {
  if (model.features.length !== FEATURE_NAMES.length || model.features.some((n, k) => n !== FEATURE_NAMES[k])) return undefined;
  const p = promoteProbability(featureVector(f), model);
  return p >= model.threshold ? p : undefined;
}
