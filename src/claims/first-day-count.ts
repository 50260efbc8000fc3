/**
 * A count of the campaign's first strikes is the first day's count (issue 13, precision; ADR 0387):
 * "Russian jets fly their first strikes in Syria and hit 'eight Islamic State targets'" tells 30
 * September, not the ministry's five targets of 1 October or its seven of the night after. With no
 * day written in the sentence, the other counts read as another figure for those later days: a
 * wrong red. A sentence that names the first strikes is of the first day: its figure contradicts no
 * count of another day.
 */
import { FIRST_STRIKES } from './own-strike-account';
import type { DayKeys } from './when';

/**
 * Does the sentence (folded, lower-case) count the first strikes, and is the claim of other days
 * than the first? `startDays`: the days the dataset's claims of a campaign's start state.
 */
export function firstDayCountOfOtherDay(folded: string, claimDays: DayKeys, startDays: ReadonlySet<string>): boolean {
  if (startDays.size === 0 || claimDays.size === 0) return false;
  const first = FIRST_STRIKES.exec(folded);
  // "the first air strikes on Raqqa" are a place's first, on any day of the campaign
  if (first === null || ON_A_PLACE.test(folded.slice(first.index + first[0].length))) return false;
  for (const k of claimDays) if (startDays.has(k)) return false;
  return true;
}

/** What follows "first strikes" when they are a place's first, not the campaign's ("… in Syria" is the campaign's). */
const ON_A_PLACE = /^\s+(?:on|against|near|around|at|in\s+(?!syria\b))/;
