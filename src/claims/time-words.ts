/**
 * Months, years and days as the claim index reads them in folded text: the
 * months and years a sentence or a claim's time slot names, the first day a
 * claim's own date allows, and two clashes of a sentence's time with a
 * claim's slot (another year, weekdays that rule out its days).
 */
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH_RE = /\b(january|february|march|april|june|july|august|september|october|november|december|jan|feb|aug|sept?|oct|nov|dec)\b\.?/g;
const YEAR_RE = /\b(19[5-9]\d|20[0-4]\d)\b/g;

export function monthsIn(folded: string): Set<number> {
  const out = new Set<number>();
  MONTH_RE.lastIndex = 0;
  for (let m = MONTH_RE.exec(folded); m !== null; m = MONTH_RE.exec(folded)) out.add(MONTHS.indexOf(m[1]!.slice(0, 3)));
  return out;
}
export function yearsIn(folded: string): Set<number> {
  const out = new Set<number>();
  YEAR_RE.lastIndex = 0;
  for (let m = YEAR_RE.exec(folded); m !== null; m = YEAR_RE.exec(folded)) out.add(Number(m[1]));
  return out;
}

/**
 * The first day a claim's own date allows: "2015-11-20" → that day, "October 2015" →
 * "2015-10-01"; undefined when it gives none (a report's date is no bound: the claim
 * may have been made days before it was reported).
 */
export function sinceOf(time: string): string | undefined {
  const iso = /^\d{4}-\d{2}-\d{2}/.exec(time)?.[0];
  if (iso !== undefined) return iso;
  const my = /^(?:early\s+|late\s+|mid-?\s*)?([a-z]+)\s+(\d{4})\b/i.exec(time);
  const month = my ? MONTHS.indexOf(my[1]!.slice(0, 3).toLowerCase()) : -1;
  return my && month >= 0 ? `${my[2]}-${String(month + 1).padStart(2, '0')}-01` : undefined;
}

/** Month and weekday words (a date's words are no content shared). */
export const DATE_WORD = /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)/;

/** Does a claim's time slot name years, none of them `year` ("2011" for a page's "on Wednesday" in 2015)? */
export function slotOtherYear(time: string | undefined, year: number): boolean {
  const years = time?.match(/\b(?:19|20)\d\d\b/g);
  return years !== null && years !== undefined && !years.includes(String(year));
}

/** Do the weekdays a sentence names rule out every day of a claim's time slot (its weekdays: when.ts weekdaysOf its days)? */
export function weekdayClash(claimWeekdays: ReadonlySet<number>, weekdays: ReadonlySet<number>): boolean {
  if (weekdays.size === 0 || claimWeekdays.size === 0) return false;
  for (const w of weekdays) if (claimWeekdays.has(w)) return false;
  return true;
}
