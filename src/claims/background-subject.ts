/**
 * Who a background claim is about. "Russia is one of Assad's most important
 * allies" has no doer slot (it tells what a state is, not what it did), but
 * it is still Russia's: "Iran is also an ally of Assad" does not restate it.
 * The subject is the claim's first actor when that is a state (the dataset
 * lists a claim's actors in the order its statement names them).
 */
import type { Claim } from '../dataset/schema';

export function backgroundSubject(cl: Claim, typeOf: (id: string) => string | undefined): string | undefined {
  if (cl.kind !== 'background' || cl.slots.actor !== undefined) return undefined;
  const first = cl.actors[0];
  return first !== undefined && typeOf(first) === 'state' ? first : undefined;
}
