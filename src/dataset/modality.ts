/**
 * Hedges: a claim stored as a concern or a hope does not assert its content.
 * "Western officials expressed concern that they are hitting rebels" is a
 * worry, not the fact, so a sentence that states the fact ("Russian strikes
 * are hitting rebels") must not come out corroborated by it. A sentence that
 * itself reports a concern or a hope may.
 */
import { NON_ASSERTIVE_MODALITIES, UNATTRIBUTED, type Claim } from './schema';

/** Does the claim assert its statement (no hedge, or a belief held as the claimant's view)? */
export const assertsContent = (claim: Pick<Claim, 'modality'>): boolean =>
  claim.modality === undefined || !NON_ASSERTIVE_MODALITIES.has(claim.modality);

/** Words that report a worry or a wish, read on folded, lower-case text. */
const HEDGE_WORDS = /\b(?:concern(?:s|ed|ing)?|worr(?:y|ies|ied|ying)|fear(?:s|ed|ing|ful)?|alarm(?:s|ed|ing)?|troubl(?:ed|ing)|uneas(?:y|e)|anxi(?:ous|ety)|hope(?:s|d|ful)?|hoping|wish(?:es|ed)?)\b/;

/** Does this (folded, lower-case) sentence report a concern or a hope rather than state a fact? */
export const sentenceHedges = (foldedLower: string): boolean => HEDGE_WORDS.test(foldedLower);

/**
 * May a sentence be reported as corroborating `claim`? Always, unless the
 * claim is a concern or a hope and the sentence reports none.
 */
export const mayCorroborate = (claim: Pick<Claim, 'modality'>, foldedLowerSentence: string): boolean =>
  assertsContent(claim) || sentenceHedges(foldedLowerSentence);

/** Is the claimant a named actor (not the outlet's own voice, not an unnamed speaker)? */
export const hasActorClaimant = (claim: Pick<Claim, 'claimant'>): boolean =>
  claim.claimant !== 'reporter' && claim.claimant !== UNATTRIBUTED;
