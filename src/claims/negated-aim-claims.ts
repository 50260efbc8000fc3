/**
 * Known accusations that strikes did not aim at a group ("Russia's air strikes did not target
 * Islamic State", the seven countries' statement of 2 October), read as a proposition: real
 * reporting restates them in words the lexical floor misses ("faulted Russian raids which in
 * their view had not been directed at Islamic State"), and the opposite-aim rule (opposite-aim.ts)
 * would otherwise read the sentence only as a contradiction of the doer's own report, hiding
 * whose account it is. Restated by its own claimant, the accusation corroborates; the doer's
 * reports it contradicts follow from the dataset's relations, as for any anchored corroboration.
 */
import type { Claim } from '../dataset/schema';
import { STRIKE_ACTION } from './opposite-aim';

/** A known accusation that a doer's strikes did not aim at one armed group. */
export interface NegatedAimClaim {
  claimId: string;
  claimant: string;
  doer: string;
  group: string;
}

/** the target slot as an accusation writes it: "not Islamic State" */
const NEGATED_TARGET = /^\s*not\b/i;

export function negatedAimClaims(claims: readonly Claim[], isGroup: (actorId: string) => boolean): NegatedAimClaim[] {
  const out: NegatedAimClaim[] = [];
  for (const c of claims) {
    const { actor, action, target, time } = c.slots;
    if (c.polarity === 'deny' || actor === undefined || action === undefined || time === undefined || target === undefined) continue;
    if (!STRIKE_ACTION.test(action) || !NEGATED_TARGET.test(target)) continue;
    const groups = (c.slots.targetActors?.length ? c.slots.targetActors : c.actors).filter(isGroup);
    if (groups.length !== 1) continue;
    out.push({ claimId: c.id, claimant: c.claimant, doer: actor, group: groups[0]! });
  }
  return out;
}

/** how many of a joint body's states a sentence must name to be its statement ("The seven, Britain, France, …") */
export const MEMBERS_NAMED = 3;
