/**
 * A daily bulletin nobody can place in time. The ministry gave a new count
 * every day ("46 sorties and 83 targets in the last 24 hours"); on a page
 * that carries no date and whose text writes none, such a count, in a
 * sentence naming no month, year or written date, may be any day's (a
 * weekday alone is of any week).
 * It says nothing against the figure of a claim tied to its own days (a
 * contradiction needs the same slot); it may still restate it, since the
 * same figure agrees whatever the day. Only the bulletin's own period counts
 * here: a figure of a unique event ("killing 224", "the first strikes") is
 * placed by its event, not its date.
 */
import type { SentenceTime } from './sentence-time';

export function countUnplaced(t: SentenceTime, claimDays: ReadonlySet<string>): boolean {
  return claimDays.size > 0 && t.when === undefined && t.notBefore === undefined && t.periods().has('day24') && t.namesNoDate();
}
