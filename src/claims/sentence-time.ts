/**
 * When a sentence says something happened, as the claim index compares it
 * with a claim's slot: the months and years it names, the page's date (a
 * dateline may give no year), the days and weekdays it speaks of, the period
 * its figures cover. A headline also reads the lead sentence that restates
 * its figure (lead-time.ts), and a dated page's headline that names no day is
 * that day's news. Each reading is made the first time a candidate asks.
 */
import { foldText } from '../text/fold';
import { extractNumbers } from '../text/numbers';
import { breakdownOfTotalBefore } from './breakdown-of-total';
import { periodsIn } from './periods';
import type { SentenceInput } from './match-types';
import { monthsIn, yearsIn } from './time-words';
import { type When, monthDaysIn, monthIndex, sentenceDays, sentenceWeekdays, whenOfIso } from './when';

export class SentenceTime {
  /** the sentence, with its headline's lead time words when it has them */
  private readonly timed: string;
  /** the same for dates: the lead's "since …" left out */
  private readonly timedDates: string;
  readonly months: Set<number>;
  readonly years: Set<number>;
  /** the page's date */
  readonly when: When | undefined;
  readonly articleYear: number | undefined;
  readonly articleMonth: number | undefined;
  /** the article's day, ISO, when its date is whole */
  readonly articleDay: string | undefined;
  /** for a page with no date of its own: the latest past date its text states */
  readonly notBefore: When | undefined;
  /** the time the page is of, for "another time": its date, else the latest date it states */
  readonly pageTime: number | undefined;
  private periodsCache: Set<string> | undefined;
  // the days the sentence speaks of, per year (a dateline gives no year: the claim's stands in)
  private readonly daysByYear = new Map<number | undefined, Set<string>>();
  private weekdaysCache: Set<number> | undefined;
  private monthDaysCache: Set<string> | undefined;

  constructor(
    private readonly input: SentenceInput,
    /** the sentence folded and lower-cased */
    private readonly folded: string,
  ) {
    // when, and over what period: a headline also reads the lead sentence that restates its figure (lead-time.ts)
    this.timed = input.leadTime === undefined ? folded : `${folded} ; ${input.leadTime}`;
    this.timedDates = input.leadTime === undefined ? folded : `${folded} ; ${input.leadTime.replace(/\bsince\s+\S+(?:\s+\S+)?/g, ' ')}`;
    this.months = monthsIn(this.timedDates);
    this.years = yearsIn(this.timedDates);
    const when = input.articleWhen ?? whenOfIso(input.articleDate);
    this.when = when;
    this.articleYear = when?.year;
    this.articleMonth = when?.month;
    this.articleDay = when?.year !== undefined && when.day !== undefined ? `${when.year}-${String(when.month + 1).padStart(2, '0')}-${String(when.day).padStart(2, '0')}` : undefined;
    this.notBefore = input.articleNotBefore;
    this.pageTime = when?.year !== undefined ? monthIndex(when.year, when.month) : input.articleNotBefore?.year !== undefined ? monthIndex(input.articleNotBefore.year, input.articleNotBefore.month) : undefined;
  }

  /** the periods its figures cover ("in four days", "overnight") */
  periods(): Set<string> {
    return (this.periodsCache ??= this.periodsRead());
  }

  private periodsRead(): Set<string> {
    const own = periodsIn(this.timed);
    // figures adding up to a total the sentence before gave: its parts, over its period (breakdown-of-total.ts)
    const c = this.input.context;
    if (own.size > 0 || c === undefined || this.input.numbers.length < 2) return own;
    if (!breakdownOfTotalBefore(this.input.numbers, extractNumbers(c.text, c.span.start, c.span.end))) return own;
    return periodsIn(foldText(c.text.slice(c.span.start, c.span.end)).toLowerCase());
  }

  /** the days it speaks of, in `year` when it names none */
  days(year: number | undefined): Set<string> {
    let v = this.daysByYear.get(year);
    if (!v) {
      const { when, input, articleDay } = this;
      v = sentenceDays(this.timed, when, year);
      // a dated page's headline that names no day is that day's news (or the night before's); a
      // dateline's day with no year ("MOSCOW, Oct 4") is of the year asked
      if (v.size === 0 && input.headline && when?.day !== undefined && (articleDay !== undefined || year !== undefined)) v = new Set([...sentenceDays('today', when, year), ...sentenceDays('yesterday', when, year)]);
      this.daysByYear.set(year, v);
    }
    return v;
  }

  /** the weekdays it names (an undated headline: its lead's) */
  weekdays(): Set<number> {
    const { timed, input } = this;
    return (this.weekdaysCache ??= sentenceWeekdays(input.leadDay !== undefined && sentenceWeekdays(timed).size === 0 ? `${timed} ${input.leadDay}` : timed));
  }

  /** a headline that names no time, in itself or its lead: no day, weekday, month, year or written date */
  unplacedHeadline(): boolean {
    return this.namesNoCalendarTime() && !/\b(?:today|yesterday|tonight|overnight)\b/.test(this.timedDates);
  }

  /** no weekday, month, year or written date (words like "today" place it only on a dated page) */
  namesNoCalendarTime(): boolean {
    return this.weekdays().size === 0 && this.namesNoDate();
  }

  /** no month, year or written date: on a page with no date, a weekday alone is of any week */
  namesNoDate(): boolean {
    return this.months.size === 0 && this.years.size === 0 && monthDaysIn(this.timedDates).size === 0;
  }

  /** the latest sentence before it that writes a date, in its paragraph or the one before (folded, lower-case) */
  datedBefore(): string | undefined {
    return this.input.context?.dated;
  }

  /**
   * the days the sentence says something happened on or since ("since Sept. 30"; not "between
   * September 30 and November 20", nor "the September 30 strikes")
   */
  monthDays(): Set<string> {
    return (this.monthDaysCache ??= monthDaysIn(this.folded, true));
  }
}
