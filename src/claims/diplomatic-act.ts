/**
 * A diplomatic act of one day, read as a proposition: Turkey's foreign ministry summoning Russia's
 * ambassador on 20 November 2015. Real reporting tells it in the act's own words ("called in
 * Russia's envoy", "the Russian Federation's Ambassador in Ankara had been called to the
 * Ministry") and beside the reason and the demand, so it shares few words with the report's one
 * line and stays below the lexical floor or only related. What it shares is the proposition: the
 * act, its object (the envoy), its doer (the ministry, its state or capital), and the time.
 */
import type { Claim } from '../dataset/schema';
import { undoneAt } from './undone-before';

/** A known act of one party on another's envoy, and how the act is written. */
export interface ActClaim {
  claimId: string;
  doer: string;
  object: string;
  told: RegExp;
}

/** the acts read so, by the claim's action slot, with the words that tell each */
const ACTS: readonly { action: RegExp; told: RegExp }[] = [
  { action: /^summon/i, told: /\b(?:summon(?:s|ed|ing)?|call(?:s|ed|ing)? in|(?:was|were|been|being) called (?:in|to))\b/i },
];


/** The dataset's acts of one day (an ISO day) on one party: what a sentence can restate by the proposition. */
export function actClaims(claims: readonly Claim[]): ActClaim[] {
  const out: ActClaim[] = [];
  for (const c of claims) {
    const { actor, action, targetActors, time } = c.slots;
    if (actor === undefined || action === undefined || targetActors?.length !== 1 || time === undefined || !/^\d{4}-\d{2}-\d{2}$/.test(time)) continue;
    const act = ACTS.find((a) => a.action.test(action));
    if (act) out.push({ claimId: c.id, doer: actor, object: targetActors[0]!, told: act.told });
  }
  return out;
}

/** Does the sentence tell the act as done? */
export function tellsAct(a: ActClaim, sentence: string): boolean {
  const m = a.told.exec(sentence);
  return m !== null && !undoneAt(sentence, m.index);
}
