/**
 * Another party's denial answers a claim only when it is shown to answer that claim (ADR 0200):
 * it names the claim's claimant ("rejected British claims that…"), gives the claim's figure ("most
 * strikes"), or says the claim nearly word for word. A denial of the topic ("described claims
 * that the strikes killed civilians as an information attack") may answer other reports of other
 * days: it stays related, and the dataset's own relations (a derived contradiction through the
 * denial the sentence restates, "via …") say what it contradicts.
 */

/** How close in words a denial must be to answer a claim whose claimant it does not name. */
export const DENIAL_NEAR_VERBATIM = 0.75;

export interface DenialEvidence {
  /** a figure of the claim agrees with one the sentence denies */
  figureAgrees: boolean;
  /** the sentence names the claim's claimant or its side, apart from its own speaker */
  claimantNamed: boolean;
  /** lexical similarity of the sentence to the claim */
  lex: number;
}

export function denialAnswersClaim(e: DenialEvidence): boolean {
  return e.figureAgrees || e.claimantNamed || e.lex >= DENIAL_NEAR_VERBATIM;
}
