/**
 * A count told after the sentence that dates it. "On 17 November Russia sent
 * forty bombers on a raid." then "They fired more than 30 cruise missiles at
 * targets in Idlib and Aleppo." — the later sentence names no time, but it
 * goes on with the raid the earlier one dated. Against a claim of another day
 * (Friday 20 November's 18 missiles) it is another salvo's count, not another
 * figure for the same one. Only a written date counts (a weekday alone is of
 * any week on a page with no date), only in the same paragraph or the one
 * before (the engine keeps it no longer), and only for a count whose own
 * sentence names no time at all. A date after "since" starts a span; it
 * dates nothing.
 */
import { foldText } from '../text/fold';
import type { TextSpan } from '../text/model';
import type { SentenceTime } from './sentence-time';
import { type DayKeys, monthDaysIn, monthDaysOf } from './when';

const SINCE = /\bsince\s+\S+(?:\s+\S+)?/g;

/** The days of the month a sentence writes, outside a "since …" */
function writtenDays(folded: string): Set<string> {
  return monthDaysIn(folded.replace(SINCE, ' '));
}

/** The sentence (folded, lower-case) when it writes a date of its own, else undefined. */
export function sentenceWritingDate(text: string, s: TextSpan): string | undefined {
  const raw = text.slice(s.start, s.end);
  if (!/\d/.test(raw)) return undefined;
  const folded = foldText(raw).toLowerCase();
  return writtenDays(folded).size > 0 ? folded : undefined;
}

/** A count naming no time, after a sentence dating another day than every one of the claim's. */
export function countOfDayToldBefore(t: SentenceTime, claimDays: DayKeys): boolean {
  const before = t.datedBefore();
  if (before === undefined || !t.unplacedHeadline()) return false;
  const claimed = monthDaysOf(claimDays);
  if (claimed.size === 0) return false;
  const told = writtenDays(before);
  return told.size > 0 && ![...told].some((md) => claimed.has(md));
}

/**
 * The same for what a sentence restates: naming no time, after a sentence dating another day, it
 * tells that day's event ("On 7 October Syrian forces attacked near Hama." then "Russia has fired
 * missiles from its ships in the Caspian Sea." is the 7 October salvo, not 20 November's). The day
 * after a claim's day is still its day: a page's date line, or the morning's news of the day before.
 */
export function eventOfDayToldBefore(t: SentenceTime, claimDays: DayKeys): boolean {
  const before = t.datedBefore();
  if (before === undefined || !t.unplacedHeadline()) return false;
  const claimed = monthDaysOf(claimDays);
  if (claimed.size === 0) return false;
  for (const key of claimDays) {
    const m = /^d:(\d{4}-\d\d-\d\d)$/.exec(key);
    if (!m) continue;
    const next = new Date(Date.parse(`${m[1]}T00:00:00Z`) + 86_400_000).toISOString();
    claimed.add(`${Number(next.slice(5, 7))}-${Number(next.slice(8, 10))}`);
  }
  const told = writtenDays(before);
  return told.size > 0 && ![...told].some((md) => claimed.has(md));
}
