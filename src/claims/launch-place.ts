/**
 * Where a salvo was launched from, read as a proposition: "the long-range cruise missiles were
 * launched from warships in the Caspian Sea" (20 November 2015). Reporting tells it inside another
 * sentence ("eighteen missiles from the ships of Russia's Caspian Sea fleet struck seven targets",
 * "the Caspian fleet had launched 18 cruise missiles at …"), so the count's claim takes the words
 * and the launch place's claim stays related. What the sentence shares with it is the proposition:
 * the weapon, the launch place, the fleet that fired, and the day.
 */
import type { Claim } from '../dataset/schema';

/** A known launch of a weapon from a place (a sea) by a fleet, on one day. */
export interface LaunchClaim {
  claimId: string;
  doer: string;
  place: string;
  weapon: string;
}

const LAUNCH_ACTION = /\b(?:launch|fire)/i;
/** the missiles named without the weapon's alias ("Eighteen missiles", "the missiles") */
export const MISSILE_WORD = /\bmissiles?\b/;
/** the fleet that fired, named by its kind ("the ships of the Caspian fleet", "warships", "the flotilla") */
export const FLEET_WORD = /\b(?:fleet|flotilla|warships?|ships?|vessels?|navy|naval)\b/;

/** The dataset's launches of a weapon from one place on one day (`typeOf`: an actor's type). */
export function launchClaims(claims: readonly Claim[], typeOf: (id: string) => string | undefined): LaunchClaim[] {
  const out: LaunchClaim[] = [];
  for (const c of claims) {
    const { actor, action, place, time } = c.slots;
    if (actor === undefined || action === undefined || place?.length !== 1 || time === undefined || !/^\d{4}-\d{2}-\d{2}$/.test(time)) continue;
    if (!LAUNCH_ACTION.test(action) || typeOf(place[0]!) !== 'place') continue;
    const weapon = c.actors.find((a) => typeOf(a) === 'weapon');
    if (weapon !== undefined) out.push({ claimId: c.id, doer: actor, place: place[0]!, weapon });
  }
  return out;
}
