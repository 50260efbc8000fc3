/**
 * A standing fact of whose strikes hit whom ("the United States and its allies are also striking
 * Islamic State in Syria") is told by a sentence that names the target. Without it, a sentence
 * about the same parties and "strikes" is about something else: another party's strikes they
 * rebuke ("Washington and six allies rebuke Moscow over Syria strikes"), or a plan of whom to
 * strike ("Russia and the coalition agree on who to strike"). A report of the day's strikes is not
 * held to this: its place, day or figure carry it.
 */
import type { Claim } from '../dataset/schema';
import { STRIKE_ACTION } from './opposite-aim';

export function backgroundTargetUnnamed(claim: Claim, named: (actorId: string) => boolean): boolean {
  const { action, targetActors } = claim.slots;
  if (claim.kind !== 'background' || action === undefined || !STRIKE_ACTION.test(action) || !targetActors?.length) return false;
  return !targetActors.some(named);
}
