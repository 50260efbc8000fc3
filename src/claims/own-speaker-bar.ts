/**
 * The claimant speaking for itself (issue 13, speakers and headlines; ADR 0310). A sentence whose
 * speaker is the claim's very claimant (the same actor, alone: not one of its family or side, nor
 * it with others speaking as one), and which tells the claim's predicate, restates that claimant's claim in fewer shared words than a
 * sentence anyone may have said: "Strikes on IS must be coordinated with Damascus: Syrian FM",
 * "Moscow sees 'eye to eye' with the coalition, Lavrov said". The speaker vouches for one claim
 * only: the one of its claims the sentence is closest to (a prolific speaker — a ministry with a
 * dozen bulletins — would otherwise lend every claim of its own the lower bar: on the own-words
 * set, "bombed 12 targets overnight, including a command post" took another bulletin's claim).
 * Only corroboration: a red mark never rests on it.
 */

/** The bar when the claimant speaks (the usual one is 0.5: THRESHOLDS.corroborate). */
export const OWN_SPEAKER = 0.44;

export interface OwnSpeakerCase {
  /** the sentence's speaker is the claim's claimant itself */
  speakerIsClaimant: boolean;
  /** the sentence tells the claim's predicate (claim-predicate.ts) */
  predicateTold: boolean;
  lex: number;
  /** the usual bar */
  bar: number;
  /** is no other judged claim of the same claimant closer to the sentence? (read only when the lower bar decides) */
  closestOfClaimant: () => boolean;
}

/** The corroboration bar for a candidate: lower when its claimant speaks, tells its predicate and this is the closest of its claims. */
export function ownSpeakerBar(c: OwnSpeakerCase): number {
  if (!c.speakerIsClaimant || !c.predicateTold || c.lex >= c.bar || c.lex < OWN_SPEAKER) return c.bar;
  return c.closestOfClaimant() ? Math.min(c.bar, OWN_SPEAKER) : c.bar;
}
