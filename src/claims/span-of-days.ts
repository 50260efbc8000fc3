/**
 * A claim whose time slot names days has a period even when its words name none (ADR 0250): "The
 * Russian air force struck five Islamic State targets", dated 1 October, is one day's count. So a
 * sentence that ties its count to another span — a week, a month, a running total since the start,
 * a daily rate — is not that day's count and does not contradict it. The claim's words, when they
 * name a period ("overnight", "in four days"), already say it and are read as before (periods.ts);
 * a sentence naming no period keeps today's behaviour.
 */
import { samePeriod } from './periods';
import type { DayKeys } from './when';

/** The period keys (as periods.ts writes them) a claim's day keys stand for: a night, a day, or a span of days. */
export function periodOfDays(days: DayKeys): Set<string> {
  const dates = new Set<string>();
  let anyDay = false;
  for (const key of days) {
    const m = /^([dn]):(\d{4}-\d\d-\d\d)$/.exec(key);
    if (!m) continue;
    if (m[1] === 'd') {
      anyDay = true;
      dates.add(m[2]!);
    }
  }
  if (days.size === 0) return new Set();
  // only nights ("night of 1-2 October"): a night's count
  if (!anyDay) return new Set(['overnight']);
  return new Set([dates.size === 1 ? 'day' : `span:${dates.size} day`]);
}

/**
 * Is a sentence's count, over the periods it names, of another span than a claim whose words name
 * no period but whose slot names days?
 */
export function countOfOtherSpan(sentencePeriods: ReadonlySet<string>, claimPeriods: ReadonlySet<string>, claimDays: DayKeys): boolean {
  if (claimPeriods.size > 0 || sentencePeriods.size === 0) return false;
  const own = periodOfDays(claimDays);
  return own.size > 0 && !samePeriod(own, sentencePeriods);
}

/**
 * A claim totalling several days ("more than 100 cruise missiles in four days", "since 30
 * September", or a slot of several days): a sentence naming no period may be counting one salvo
 * or one day of it ("fired 26 cruise missiles at 11 targets"), a part of the total and no
 * contradiction of it. It may still restate it: the same figure agrees.
 */
export function partOfTotal(sentencePeriods: ReadonlySet<string>, claimPeriods: ReadonlySet<string>, claimDays: DayKeys): boolean {
  if (sentencePeriods.size > 0) return false;
  const own = claimPeriods.size > 0 ? claimPeriods : periodOfDays(claimDays);
  return [...own].some((p) => p === 'cumulative' || (p.startsWith('span:') && !/^span:(?:1|one) day$/.test(p)));
}
