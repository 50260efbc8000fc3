/**
 * An event's words recurring for another event (ADR 0200): "Ankara summoned the Russian
 * ambassador" on a page whose text places its story on 3-5 October is the October airspace
 * summons, not the 20 November one. A page with no date of its own, no dateline and no full
 * date with a year is dated here by the latest day of the month its text writes of the past
 * ("said on Monday October 5"); a sentence that names no time of its own on it cannot restate an
 * event of a later day. A page that writes no day at all is left as it was.
 */
import { monthDaysIn } from './when';

/** A clause about the future bounds nothing ("will meet on 26 November", "until November 30"). */
const FUTURE = /\b(?:will|would|shall|until|till|next|due|scheduled|planned|expected)\b/;

/** The latest month and day (month 0-11) a folded, lower-case text writes of the past, by calendar order. */
export function latestMonthDay(folded: string): { month: number; day: number } | undefined {
  let best: { month: number; day: number } | undefined;
  for (const clause of folded.split(/[.;!?]\s+|\n+/)) {
    if (FUTURE.test(clause)) continue;
    for (const md of monthDaysIn(clause)) {
      const [m, d] = md.split('-').map(Number) as [number, number];
      if (best === undefined || m - 1 > best.month || (m - 1 === best.month && d > best.day)) best = { month: m - 1, day: d };
    }
  }
  return best;
}

/** Is a page's latest written day before a claim's first day (ISO), read in the claim's year? */
export function pageBeforeDay(latest: { month: number; day?: number } | undefined, since: string | undefined): boolean {
  if (latest?.day === undefined || since === undefined) return false;
  const m = /^\d{4}-(\d\d)-(\d\d)/.exec(since);
  if (!m) return false;
  const month = Number(m[1]) - 1;
  const day = Number(m[2]);
  return latest.month < month || (latest.month === month && latest.day < day);
}

/**
 * The first calendar day (ISO) a claim's day keys allow: "d:2015-11-17" that day, "n:2015-10-02"
 * the evening before (the night ending that morning began then).
 */
export function firstDayOf(days: ReadonlySet<string>): string | undefined {
  let first: string | undefined;
  for (const key of days) {
    const m = /^([dn]):(\d{4})-(\d\d)-(\d\d)$/.exec(key);
    if (!m) continue;
    const t = new Date(Date.UTC(Number(m[2]), Number(m[3]) - 1, Number(m[4]) - (m[1] === 'n' ? 1 : 0)));
    const iso = t.toISOString().slice(0, 10);
    if (first === undefined || iso < first) first = iso;
  }
  return first;
}
