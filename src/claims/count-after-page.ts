/**
 * A page cannot count what had not yet happened (ADR 0250). A wire brief dated 1 October that
 * gives the ministry's sortie count in a sentence naming no day of its own is counting 1 October
 * or earlier: the night of 1-2 October, reported on the 2nd, is another count, and a different
 * figure for it is no contradiction. Only a page whose day is known (a date, or a dateline whose
 * year the claim supplies) is read so; an undated page, or a sentence that names its own day
 * (the day rules of ADR 0081/0160 judge it), keeps today's behaviour.
 */
import type { DayKeys, When } from './when';

const pad = (x: number): string => String(x).padStart(2, '0');

/** The last calendar day (ISO) a claim's day keys reach: `d:X` and `n:X` (the night ending X's morning) both end on X. */
export function lastDayOf(days: DayKeys): string | undefined {
  let last: string | undefined;
  for (const key of days) {
    const m = /^[dn]:(\d{4}-\d\d-\d\d)$/.exec(key);
    if (m && (last === undefined || m[1]! > last)) last = m[1];
  }
  return last;
}

/**
 * Is a count in a sentence that names no day, on a page of a known day, of an earlier time than the
 * claim's slot, which ends after the page's day? `sentenceDays` are the days the sentence names.
 */
export function countBeforeSlotEnds(page: When | undefined, sentenceDays: DayKeys, claimDays: DayKeys): boolean {
  if (page?.day === undefined || sentenceDays.size > 0) return false;
  const last = lastDayOf(claimDays);
  if (last === undefined) return false;
  const year = page.year ?? Number(last.slice(0, 4));
  return `${year}-${pad(page.month + 1)}-${pad(page.day)}` < last;
}
