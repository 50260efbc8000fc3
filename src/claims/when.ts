/**
 * Days: when an article was written (its metadata, else the date line or
 * dateline its text carries), and which days a claim and a sentence speak of.
 *
 * Why: an undated page ("MOSCOW, Oct 1 (Reuters) - … overnight …") reports the
 * night before its own date, not the night the dataset's count covers; a page
 * from 2016 restating a share is not the 2015 claim. Figures, denials and
 * accounts are compared only when their days can be the same.
 */
import type { TextSpan } from '../text/model';
import type { When } from './calendar-when';
import { numericDateIn } from './numeric-date';

export type { When } from './calendar-when';

const MONTH_NAMES = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = '(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\\.?';
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
const YEAR = '((?:19|20)\\d\\d)';
const monthOf = (s: string): number => MONTH_NAMES.indexOf(s.toLowerCase().slice(0, 3));

/** "October 1, 2015", "Oct. 1, 2015" */
const MDY = new RegExp(`\\b${MONTH}\\s+${DAY}[,،]?\\s+${YEAR}\\b`, 'i');
/** "1 October 2015", "7th October 2015", "08 October, 2015", "the 30th of September 2016", "20 November، 2015" (an Arabic comma, as Arab agencies' English pages print it) */
const DMY = new RegExp(`\\b${DAY}\\s+(?:of\\s+)?${MONTH}[,،]?\\s+${YEAR}\\b`, 'i');
const ISO = /\b((?:19|20)\d\d)-(\d\d)-(\d\d)\b/;
/** a wire dateline: "MOSCOW, Oct 1 (Reuters) -", "MOSCOW, November 23.", "BEIRUT Oct 8" */
const DATELINE = new RegExp(`^\\s*([A-Z][A-Z.'’ -]{2,30})(?:\\s*\\([^)]{1,30}\\))?,?\\s+${MONTH}\\s+${DAY}(?:,?\\s+${YEAR})?,?\\s*(?:\\([^)]{1,30}\\))?\\s*(?:[-–—.:]|$)`, 'i');
/** a dateline's place is in capitals ("MOSCOW"), not a sentence's first words */
const CAPITALS = /^[^a-z]+$/;
/** a date opening the lead, with a byline and a dash: "November 24, 2015 (by a staff writer) - A Turkish F-16 …" */
const DATE_FIRST = new RegExp(`^\\s*(?:${MONTH}\\s+${DAY}|${DAY}\\s+${MONTH}),?\\s+${YEAR}\\s*(?:\\([^)]{1,40}\\))?\\s*[-–—]\\s`, 'i');

/** A full date in a short piece of text, or undefined. */
export function dateIn(s: string): When | undefined {
  let m = MDY.exec(s);
  if (m) return { year: Number(m[3]), month: monthOf(m[1]!), day: Number(m[2]) };
  m = DMY.exec(s);
  if (m) return { year: Number(m[3]), month: monthOf(m[2]!), day: Number(m[1]) };
  m = ISO.exec(s);
  if (m) return { year: Number(m[1]), month: Number(m[2]) - 1, day: Number(m[3]) };
  return undefined;
}

/** An ISO date (`2015-11-20`, or `2015-11`) as a When. */
export function whenOfIso(iso: string | undefined): When | undefined {
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?/.exec(iso ?? '');
  if (!m) return undefined;
  const w: When = { year: Number(m[1]), month: Number(m[2]) - 1 };
  if (m[3]) w.day = Number(m[3]);
  return w;
}

/** A short block that is a date line ("Thursday, October 1, 2015", "By Staff | 1 October 2015", "Posted June 9, 2017"). */
const DATE_LINE_MAX = 100;
/** How many blocks from the top (title, kicker, byline, dateline) and from the foot a date line may sit in. */
const HEAD_BLOCKS = 5;
/** …and, until the first prose paragraph, how far down the top's lines may go (outlet, section, headline, outlet again, place, date line) */
const TOP_BLOCKS_MAX = 8;
const FOOT_BLOCKS = 2;
/**
 * A page's "Last modified" line: an institution's page is touched long after it was written (an
 * embassy's page of a 2 October declaration, "Last modified 27/11/2015"), so it dates no text; a
 * news page's "Updated" line stays its date.
 */
const LAST_MODIFIED = /^\s*(?:page\s+)?(?:last\s+modified|modified\s+on)\b/i;

/**
 * The date an article's text gives itself: a date line near the top or the
 * foot, or a wire dateline opening one of the first paragraphs. Undefined
 * when the text says none (body sentences with dates are not the article's date).
 */
export function articleWhenFromText(text: string, paragraphs: readonly TextSpan[]): When | undefined {
  const n = paragraphs.length;
  const isProse = (p: TextSpan): boolean => p.end - p.start > DATE_LINE_MAX && /[.!?]["'”’)]*\s*$/.test(text.slice(p.start, p.end));
  const order: number[] = [];
  // the top's lines: the first few blocks, and further down while none of them is prose yet
  let top = Math.min(HEAD_BLOCKS, n);
  while (top < Math.min(TOP_BLOCKS_MAX, n) && !paragraphs.slice(0, top).some(isProse)) top++;
  for (let i = 0; i < top; i++) order.push(i);
  for (let i = Math.max(top, n - FOOT_BLOCKS); i < n; i++) order.push(i);
  for (const i of order) {
    const p = paragraphs[i]!;
    const block = text.slice(p.start, p.end);
    if (i < HEAD_BLOCKS) {
      const d = DATELINE.exec(block);
      if (d && CAPITALS.test(d[1]!)) {
        const w: When = { month: monthOf(d[2]!), day: Number(d[3]) };
        if (d[4]) w.year = Number(d[4]);
        return w;
      }
      const f = DATE_FIRST.exec(block);
      if (f) return dateIn(f[0]);
    }
    if (block.trim().length <= DATE_LINE_MAX && !LAST_MODIFIED.test(block)) {
      const w = dateIn(block) ?? numericDateIn(block);
      if (w) return w;
    }
  }
  return undefined;
}

/** A full date said of the future ("will meet on 25 January 2016", "until 1 March 2016") bounds nothing. */
const FUTURE_BEFORE = /\b(?:will|would|shall|until|till|by|next|due|scheduled|planned|expected|set)\b[^.;]{0,30}$/i;

/**
 * The latest full date the text states of the past: the article was written
 * on or after it. For a page with no date of its own whose year stands only
 * in a sentence ("…today, the 30th of September 2016").
 */
export function latestStatedDate(text: string): When | undefined {
  let best: When | undefined;
  let bestKey = -1;
  for (const re of [MDY, DMY, ISO]) {
    const g = new RegExp(re.source, 'gi');
    for (let m = g.exec(text); m !== null; m = g.exec(text)) {
      if (FUTURE_BEFORE.test(text.slice(Math.max(0, m.index - 40), m.index))) continue;
      const w = dateIn(m[0]);
      if (!w || w.year === undefined) continue;
      const key = (w.year * 12 + w.month) * 31 + (w.day ?? 0);
      if (key > bestKey) {
        bestKey = key;
        best = w;
      }
    }
  }
  return best;
}

/** Months since year 0 (for gaps between an article and a claim). */
export const monthIndex = (year: number, month: number): number => year * 12 + month;

// ---- days --------------------------------------------------------------------------------------

/** Day keys: `d:2015-10-01` (that day), `n:2015-10-02` (the night ending that morning). */
export type DayKeys = ReadonlySet<string>;

const pad = (x: number): string => String(x).padStart(2, '0');
const iso = (t: Date): string => `${t.getUTCFullYear()}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())}`;
const utc = (y: number, m: number, d: number): Date => new Date(Date.UTC(y, m, d));
/** A day as ISO (`month` from 0). */
export const isoDay = (year: number, month: number, day: number): string => iso(utc(year, month, day));
const dayKeys = (t: Date): string[] => [`d:${iso(t)}`, `n:${iso(t)}`];

/**
 * The days a claim's time slot names: `2015-10-01` → that day (and the night
 * before it: a day's report covers it); `night of 1-2 October 2015` → that
 * night; `17-20 November 2015` → those days. Empty when the slot names no day.
 */
export function claimDays(time: string | undefined): Set<string> {
  const out = new Set<string>();
  if (!time) return out;
  const t = time.toLowerCase();
  const isoDay = ISO.exec(t);
  if (isoDay) {
    for (const k of dayKeys(utc(Number(isoDay[1]), Number(isoDay[2]) - 1, Number(isoDay[3])))) out.add(k);
    return out;
  }
  const night = new RegExp(`night of (\\d{1,2})\\s*[-–]\\s*(\\d{1,2})\\s+${MONTH}\\s+${YEAR}`).exec(t);
  if (night) {
    out.add(`n:${iso(utc(Number(night[4]), monthOf(night[3]!), Number(night[2])))}`);
    // the evening it begins on: "on October 1 Su-34s hit …" tells that night's strikes (sameDays)
    out.add(`e:${iso(utc(Number(night[4]), monthOf(night[3]!), Number(night[1])))}`);
    return out;
  }
  // "night of 1 October": the night after that day, or (as some reports count) the one before it
  const nightOf = new RegExp(`night of (\\d{1,2})\\s+${MONTH}\\s+${YEAR}`).exec(t);
  if (nightOf) {
    const [y, mo, d] = [Number(nightOf[3]), monthOf(nightOf[2]!), Number(nightOf[1])];
    out.add(`n:${iso(utc(y, mo, d))}`).add(`n:${iso(utc(y, mo, d + 1))}`);
    return out;
  }
  const range = new RegExp(`\\b(\\d{1,2})\\s*[-–]\\s*(\\d{1,2})\\s+${MONTH}\\s+${YEAR}`).exec(t);
  if (range) {
    const y = Number(range[4]);
    const mo = monthOf(range[3]!);
    for (let d = Number(range[1]); d <= Number(range[2]); d++) for (const k of dayKeys(utc(y, mo, d))) out.add(k);
    return out;
  }
  const one = dateIn(t);
  if (one?.day !== undefined) for (const k of dayKeys(utc(one.year!, one.month, one.day))) out.add(k);
  return out;
}

const DAY_NAME = '(sunday|monday|tuesday|wednesday|thursday|friday|saturday)';
const WEEKDAY_RE = new RegExp(`\\b(?:on|last|this)\\s+${DAY_NAME}\\b`);
/**
 * A statement's day, without "on": "said Monday", "told reporters Monday", "in a Saturday
 * statement", "Saturday's briefing" (ADR 0160): when it was said, as "said on Monday" is.
 */
const STATEMENT_DAY = new RegExp(
  `\\b(?:said|says|told(?:\\s+\\w+)?|announced|reported|added|stated)\\s+${DAY_NAME}\\b|\\b(?:an?|its)\\s+${DAY_NAME}\\s+(?:statement|briefing|news briefing|announcement|report)\\b|\\b${DAY_NAME}['’]s\\s+(?:statement|briefing|announcement)\\b`,
);
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const SPEECH_BEFORE = /\b(?:said|says|told|announced|reported|added|stated|claimed|confirmed)\b[^.;]*$/;
const ORDINAL_DAY = /\b(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:nd|rd|th))\s+(?:straight\s+|consecutive\s+|successive\s+)?day\b/;
const NIGHT_RE = /\b(?:overnight|last night|during the night|in the night|at night)\b/;
/** a day's report: the 24 hours up to when it was told (not the day before it too) */
const DAY24 = /\b(?:past|last|previous)\s+(?:24|twenty-four)\s+hours\b/;

/** The weekday a sentence names, where, and whether it is when something was said. */
function weekdayIn(folded: string): { day: number; index: number; text: string; spoken: boolean } | undefined {
  const wd = WEEKDAY_RE.exec(folded);
  if (wd) return { day: WEEKDAYS.indexOf(wd[1]!), index: wd.index, text: wd[0], spoken: SPEECH_BEFORE.test(folded.slice(Math.max(0, wd.index - 24), wd.index)) };
  const st = STATEMENT_DAY.exec(folded);
  if (st) return { day: WEEKDAYS.indexOf((st[1] ?? st[2] ?? st[3])!), index: st.index, text: st[0], spoken: true };
  return undefined;
}
const SENT_MDY = new RegExp(`\\b(?:on\\s+)?${MONTH}\\s+${DAY}\\b(?!\\s*(?:,\\s*)?(?:\\d|percent|per cent))`);
const SENT_DMY = new RegExp(`\\bon\\s+${DAY}\\s+${MONTH}`);

/**
 * The days a sentence (folded, lower-case) speaks of, read against its
 * article's date: an explicit day ("on 7 October"), a weekday ("on Thursday":
 * the last one on or before the article's date), "overnight" (the night
 * ending then), "yesterday". Empty when the sentence names no day, or the
 * article's day is unknown; "since …" dates start a running total and name
 * no day. `year` stands in when the article gives none (a dateline).
 */
export function sentenceDays(folded: string, article: When | undefined, year: number | undefined): Set<string> {
  const out = new Set<string>();
  const y = article?.year ?? year;
  if (y === undefined) return out;
  const unsince = folded.replace(/\bsince\s+\S+(?:\s+\S+)?/g, ' ');
  let base: Date | undefined;
  // a day told right after a speech verb ("said on Friday (Oct 2)") is when it was said: the
  // events may be that day's or the day before's
  let spoken = false;
  const saidBefore = (at: number): boolean => SPEECH_BEFORE.test(unsince.slice(Math.max(0, at - 24), at));
  const md = SENT_MDY.exec(unsince);
  const dm = md ? null : SENT_DMY.exec(unsince);
  if (md) {
    base = utc(y, monthOf(md[1]!), Number(md[2]));
    spoken = saidBefore(md.index);
  } else if (dm) {
    base = utc(y, monthOf(dm[2]!), Number(dm[1]));
    spoken = saidBefore(dm.index);
  }
  if (!base && article?.day !== undefined) {
    const at = utc(y, article.month, article.day);
    const wd = weekdayIn(unsince);
    if (wd) {
      const back = (at.getUTCDay() - wd.day + 7) % 7;
      base = utc(y, article.month, article.day - back);
      spoken = wd.spoken;
    } else if (/\byesterday\b/.test(unsince)) base = utc(y, article.month, article.day - 1);
    // "a second day of airstrikes", "the third straight day", "in the past 24 hours": the day of the report
    else if (NIGHT_RE.test(unsince) || /\btoday\b/.test(unsince) || ORDINAL_DAY.test(unsince) || DAY24.test(unsince)) base = at;
  }
  if (!base) return out;
  // the 24 hours up to a statement end the day it was made
  if (DAY24.test(unsince)) spoken = false;
  if (NIGHT_RE.test(unsince)) out.add(`n:${iso(base)}`);
  else {
    for (const k of dayKeys(base)) out.add(k);
    if (spoken) for (const k of dayKeys(utc(base.getUTCFullYear(), base.getUTCMonth(), base.getUTCDate() - 1))) out.add(k);
  }
  return out;
}

/**
 * For a page whose date is unknown: the weekdays (0 = Sunday) a sentence's
 * events can fall on, from the weekday it names ("on Monday"; told after a
 * speech verb, the day before too). Empty when it names none.
 */
export function sentenceWeekdays(folded: string): Set<number> {
  const out = new Set<number>();
  const unsince = folded.replace(/\bsince\s+\S+(?:\s+\S+)?/g, ' ');
  const wd = weekdayIn(unsince);
  if (!wd) return out;
  out.add(wd.day);
  // told that day about the 24 hours before: that day's report only
  if (wd.spoken && !DAY24.test(unsince)) out.add((wd.day + 6) % 7);
  return out;
}

/** The weekdays of a claim's day keys (a night counts for the evening before and the morning it ends). */
export function weekdaysOf(keys: DayKeys): Set<number> {
  const out = new Set<number>();
  for (const key of keys) {
    const m = /^([dn]):(\d{4})-(\d\d)-(\d\d)$/.exec(key);
    if (!m) continue;
    const day = utc(Number(m[2]), Number(m[3]) - 1, Number(m[4])).getUTCDay();
    out.add(day);
    if (m[1] === 'n') out.add((day + 6) % 7);
  }
  return out;
}

/** The first weekday phrase ("on monday", "in a saturday statement") in a folded, lower-cased text, for a headline read with its lead. */
export function weekdayPhraseIn(folded: string): string | undefined {
  return weekdayIn(folded)?.text;
}

// a figure right after is no day ("September 30 percent"), but a year is ("September 30, 2015")
const ANY_MDY = new RegExp(`(?:\\b(?:on|since|from)\\s+)?\\b${MONTH}\\s+${DAY}\\b(?!\\s*(?:,\\s*)?(?:(?!(?:19|20)\\d\\d\\b)\\d|percent|per cent))`, 'g');
const ANY_DMY = new RegExp(`(?:\\b(?:on|since|from)\\s+)?\\b${DAY}\\s+(?:of\\s+)?${MONTH}\\b`, 'g');

/**
 * The calendar days (month 1-12 and day, "9-30") a folded, lower-case text
 * writes out, "since" dates included ("since Sept. 30", "on 30 September").
 * `introduced`: only dates after "on", "since" or "from" (not "the September
 * 30 strikes", where the date names strikes rather than says when).
 */
export function monthDaysIn(folded: string, introduced = false): Set<string> {
  const out = new Set<string>();
  for (const [re, mi, di] of [[ANY_MDY, 1, 2], [ANY_DMY, 2, 1]] as const) {
    re.lastIndex = 0;
    for (let m = re.exec(folded); m !== null; m = re.exec(folded)) {
      if (introduced && !/^(?:on|since|from)\s/.test(m[0])) continue;
      const month = monthOf(m[mi]!);
      const day = Number(m[di]);
      if (month >= 0 && day >= 1 && day <= 31) out.add(`${month + 1}-${day}`);
    }
  }
  return out;
}

/** The calendar days of a claim's day keys (`d:` keys only), as monthDaysIn writes them. */
export function monthDaysOf(keys: DayKeys): Set<string> {
  const out = new Set<string>();
  for (const key of keys) {
    const m = /^d:\d{4}-(\d\d)-(\d\d)$/.exec(key);
    if (m) out.add(`${Number(m[1])}-${Number(m[2])}`);
  }
  return out;
}

/**
 * Can two sets of day keys be the same day? Yes when either names none. A night's evening
 * (`e:2015-10-01`, of the night of 1-2 October) is the same as that day named (`d:2015-10-01`); the
 * other readers of day keys (periods, month-days, the last day) leave the evening out.
 */
export function sameDays(a: DayKeys, b: DayKeys): boolean {
  if (a.size === 0 || b.size === 0) return true;
  for (const k of a) if (b.has(k) || (k.startsWith('e:') && b.has(`d:${k.slice(2)}`))) return true;
  for (const k of b) if (k.startsWith('e:') && a.has(`d:${k.slice(2)}`)) return true;
  return false;
}
