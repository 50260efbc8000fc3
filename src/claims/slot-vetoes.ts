/**
 * Another event: a sentence that shares actors and words with a claim but is
 * of another place, year, month or day, of a page from another time, or of a
 * page published before the claim was made, is not the claim's account (nor
 * its contradiction: a contradiction needs the same slot).
 */
import type { Claim } from '../dataset/schema';
import type { ClaimDetail } from './claim-detail';
import { countBeforeSlotEnds } from './count-after-page';
import { firstDayOf, pageBeforeDay } from './page-latest-day';
import type { SentenceTime } from './sentence-time';
import { countOfOtherSpan, partOfTotal } from './span-of-days';
import { countUnplaced } from './unplaced-count';
import { countOfDayToldBefore } from './day-told-before';
import { slotOtherYear, weekdayClash } from './time-words';
import { sameDays } from './when';

/** A page this many months after a claim's last month is about another time (see ADR 0081). */
const OTHER_TIME_MONTHS = 2;

/** A headline that opens with a gerund or a question word names a topic ("Tallying civilian deaths…", "How the Sinai crash fits…"). */
export const TOPIC_TITLE = /^\W*(?:[a-z]{3,}ing|how|why|what|who|where|when|inside|explained|explainer)\b/;

/**
 * An article from another time (a 2016 page on the same war): not about this claim at all,
 * unless the sentence names the claim's year.
 */
export function pageOfOtherTime(t: SentenceTime, d: ClaimDetail): boolean {
  const { pageTime } = t;
  return (
    pageTime !== undefined && d.monthRange !== undefined &&
    ![...t.years].some((y) => d.years.has(y)) &&
    (pageTime > d.monthRange[1] + OTHER_TIME_MONTHS || (t.when?.year !== undefined && pageTime < d.monthRange[0] - 1))
  );
}

export interface SlotVetoes {
  placeClash: boolean;
  timeClash: boolean;
  /** an article published before the claim was made cannot restate it */
  beforeClaim: boolean;
  /** an undated sentence in an article from another month */
  articleClash: boolean;
  /**
   * a count naming no time on an undated page whose lead writes an earlier day than the claim's first: another event's
   * (ADR 0200); on a page of a known day before the claim's slot ends: an earlier count; or over another span
   * (a week, a running total, a rate) than the day or night of a claim that names no period (ADR 0250); on a page
   * with no date anywhere, a count naming no calendar time (unplaced-count.ts)
   */
  countBeforeClaim: boolean;
  dayClash: boolean;
}

export function slotVetoes(t: SentenceTime, sentPlaces: ReadonlySet<string>, cl: Claim, d: ClaimDetail, compatible: (a: string, b: string) => boolean): SlotVetoes {
  const { years: sYears, months: sMonths, articleYear, articleMonth, articleDay } = t;
  // another event? another place or another month/year
  const placeClash = d.places.size > 0 && sentPlaces.size > 0 && ![...sentPlaces].some((p) => d.places.has(p) || [...d.places].some((cp) => compatible(p, cp)));
  const timeClash =
    (sYears.size > 0 && d.years.size > 0 && ![...sYears].some((y) => d.years.has(y))) ||
    // a day the sentence names in a dated page ("on Wednesday") is of that page's year: not a 2011 background fact
    (sYears.size === 0 && articleYear !== undefined && slotOtherYear(cl.slots.time, articleYear) && t.days(articleYear).size > 0) ||
    (sMonths.size > 0 && d.months.size > 0 && ![...sMonths].some((m) => d.months.has(m)));
  // an undated sentence in an article from another month: not the same event for a contradiction
  // (a later article may well re-report an older claim, so corroboration is left alone)
  // an article published before the claim was made cannot restate it (another, earlier event)
  const beforeClaim =
    (articleDay !== undefined && d.since !== undefined && articleDay < d.since) ||
    // (a page with no date whose text writes only earlier days, for a sentence naming no time: ADR 0200)
    (t.when === undefined && t.notBefore?.year === undefined && pageBeforeDay(t.notBefore, d.since) && t.unplacedHeadline());
  // a count in a sentence naming no time, on an undated page whose lead writes an earlier day than the
  // claim's first: another event's count, no contradiction (salvoes, tallies; ADR 0200; a dated page's
  // earlier day is another event already)
  const undatedLeadBefore = t.when === undefined && t.notBefore?.year === undefined && t.notBefore !== undefined;
  const countBeforeClaim =
    (undatedLeadBefore && pageBeforeDay(t.notBefore, d.since ?? firstDayOf(d.days)) && t.unplacedHeadline()) ||
    countBeforeSlotEnds(t.when, t.days(articleYear ?? [...d.years][0]), d.days) ||
    countOfOtherSpan(t.periods(), d.periods, d.days) ||
    // a count naming no period against a total of several days: a part of it (span-of-days.ts)
    partOfTotal(t.periods(), d.periods, d.days) ||
    // on a page with no date at all, a "last 24 hours" count naming no calendar time may be any day's (unplaced-count.ts)
    countUnplaced(t, d.days) ||
    // a count naming no time right after a sentence that writes another day: that day's (day-told-before.ts)
    countOfDayToldBefore(t, d.days);
  const articleClash =
    articleMonth !== undefined && sMonths.size === 0 && sYears.size === 0 && d.months.size > 0 && d.years.size > 0 &&
    !((articleYear === undefined || d.years.has(articleYear)) && d.months.has(articleMonth));
  // another day: "overnight" in a page dated 1 October is not the night of 1-2 October
  // in an undated page, a weekday is still a day: "on Monday" is not a Thursday's count (a
  // headline reports its lead's day)
  const dayClash =
    d.days.size > 0 &&
    (!sameDays(d.days, t.days(articleYear ?? [...d.years][0])) || (articleDay === undefined && weekdayClash(d.weekdays, t.weekdays())));
  return { placeClash, timeClash, beforeClaim, articleClash, countBeforeClaim, dayClash };
}
