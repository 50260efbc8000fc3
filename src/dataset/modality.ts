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
 * Words that make a demand ("must", "urged", "called for", "asked Russia to"), read on folded, lower-case text; and
 * the deontic passive of an end ("the attacks are to be ended at once", as German "sind … zu beenden" is
 * translated), not a plan ("talks are to be held") (ADR 0270).
 */
const DEMAND_WORDS =
  /\b(?:(?:is|are)\s+to\s+be\s+(?:ended|stopped|halted|ceased|discontinued)|must|should|ought|demand(?:s|ed|ing)?|urg(?:e|es|ed|ing)|call(?:s|ed|ing)?\s+(?:on|for|upon)|ask(?:s|ed|ing)?|press(?:es|ed|ing)?|insist(?:s|ed|ing)?|appeal(?:s|ed|ing)?|request(?:s|ed|ing)?|want(?:s|ed)?|need(?:s|ed)?\s+to|ha(?:ve|s|d)\s+to|essential|warn(?:s|ed|ing)?)\b/;

/** Does this (folded, lower-case) sentence make or report a demand? */
export const sentenceDemands = (foldedLower: string): boolean => DEMAND_WORDS.test(foldedLower);

/**
 * May a sentence be reported as corroborating `claim`? Always, unless the
 * claim is a concern or a hope and the sentence reports none, or the claim is
 * a demand and the sentence makes none (a summons "over the bombing of
 * villages" shares the demand's words, not the demand).
 */
export const mayCorroborate = (claim: Pick<Claim, 'modality'> & Partial<Pick<Claim, 'kind'>>, foldedLowerSentence: string): boolean =>
  (assertsContent(claim) || sentenceHedges(foldedLowerSentence)) && (claim.kind !== 'demand' || sentenceDemands(foldedLowerSentence));

/** Is the claimant a named actor (not the outlet's own voice, not an unnamed speaker)? */
export const hasActorClaimant = (claim: Pick<Claim, 'claimant'>): boolean =>
  claim.claimant !== 'reporter' && claim.claimant !== UNATTRIBUTED;
