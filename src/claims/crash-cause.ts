/**
 * A finding of what brought an airliner down, read as a proposition: Russia's word (17 November
 * 2015) that a bomb destroyed the Metrojet airliner. Reporting tells it as the finding ("Moscow
 * established that a homemade bomb had destroyed its passenger plane", "the FSB chief said the A321
 * came down because of an improvised explosive device"), sharing few of the report's words. What
 * it shares is the finder (Russia's side), the cause (a bomb), the effect (the plane brought down)
 * and the plane. Speculation before the finding ("fears that a bomb may have …", "no evidence of a
 * bomb", "too early to say") is not the finding; nor is another party's reading.
 */
import type { Claim } from '../dataset/schema';

/** the plane named by its crash, as the cause's effect: "a bomb as the cause of the Sinai crash" */
export const CRASH_NAMED = /\bthe\s+(?:\S+\s+){0,2}?crash\b/;

/** A known finding that a bomb brought down an aircraft, with who found it. */
export interface CauseClaim {
  claimId: string;
  finder: string;
  /** the aircraft's operator or the aircraft, as the dataset names it */
  plane: string;
}

/** the cause, as a noun ("a homemade bomb", "an improvised explosive device"); "a terrorist act" names no cause, "bombing" is a campaign */
export const CAUSE = /\b(?:bomb|explosive(?:\s+device)?|explosion|improvised\s+device|tnt)\b|\b(?:was|were|had\s+been)\s+bombed\b/;
/** the effect: the plane brought down (a plane that "was bombed" is one too) */
const EFFECT = /\b(?:(?:was|were|had\s+been)\s+bombed|brought\s+(?:\S+\s+){0,4}?down|brings?\s+(?:\S+\s+){0,3}?down|destroy(?:s|ed|ing)?|downed|downing|(?:torn|blown)\s+apart|blew\s+up|blown\s+up|came\s+down|crash(?:ed|es)?|exploded)\b/;
/** speculation, doubt or denial around the finding */
const UNSURE = /\b(?:may|might|could|possibl[ey]|probabl[ey]|likely|suspect(?:s|ed)?|suspicions?|believ(?:e|es|ed)|fears?|feared|theor(?:y|ies)|whether|if|speculat\w*|premature|too\s+early|versions?|hypothes[ie]s|not|no|never|rule[ds]?\s+out|ruling\s+out)\b/;

/** a cause as the action slot names it: the device, not a campaign ("bombing" is Russia's air war) */
const CAUSE_ACTION = /^(?:bomb|explosive device|explosion)$/i;

/** The dataset's findings that a bomb brought down an aircraft (a bomb action on one plane, by a claimant). */
export function causeClaims(claims: readonly Claim[]): CauseClaim[] {
  const out: CauseClaim[] = [];
  for (const c of claims) {
    const { action, targetActors } = c.slots;
    if (c.polarity === 'deny' || action === undefined || !CAUSE_ACTION.test(action) || targetActors?.length !== 1) continue;
    out.push({ claimId: c.id, finder: c.claimant, plane: targetActors[0]! });
  }
  return out;
}

/** Where the sentence (folded, lower-case) tells the cause as found, with its effect (the cause's offset), or -1. */
export function causeToldAt(folded: string): number {
  const m = CAUSE.exec(folded);
  if (m === null || !EFFECT.test(folded) || UNSURE.test(folded)) return -1;
  return m.index;
}
