/**
 * The period a figure belongs to: "overnight", "on Friday", "in four days",
 * "over the past 24 hours", "in two weeks", "since September 30", "so far".
 * Two figures of the same measure contradict only over the same period: "26
 * cruise missiles on Wednesday" says nothing against "more than 100 in four
 * days", and "39 civilians over two weeks" nothing against "12 killed in one
 * raid". A day's count ("in the past 24 hours") is not the night's: the
 * ministry gave both side by side ("18 sorties in 24 hours … ten of them in
 * the night"), so "36 sorties in the past 24 hours" says nothing against "10
 * sorties overnight" (ADR 0160).
 */
import { numberValue } from '../text/numbers';

const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
const UNIT = '(hours?|days?|nights?|weeks?|months?|years?)';
const COUNT = '(\\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fourteen|twenty|thirty|forty-eight|a|a few|several)';
const SPAN = new RegExp(`\\b(?:in|over|during|within|for)\\s+(?:the\\s+)?(?:(?:past|last|previous|first)\\s+)?${COUNT}\\s+${UNIT}\\b`, 'g');
const SPAN_BARE = new RegExp(`\\b(?:the\\s+)?(?:past|last|previous)\\s+${COUNT}\\s+${UNIT}\\b`, 'g');
/** "in the past month", "over the last week": one unit */
const SPAN_ONE = /\b(?:in|over|during|within)\s+the\s+(?:past|last|previous|first)\s+(day|week|month|year)\b/g;
/** "last month", "this week", "the past week" without a preposition: one unit before the telling (ADR 0250) */
const SPAN_ONE_BARE = /\b(?:last|this|the\s+past)\s+(week|month)\b/g;
/** ("a month ago" is a time, not a rate) */
const PER_UNIT = /\b(?:a|per|each|every)\s+(day|week|month)\b(?!\s+ago\b)|\b(daily|weekly|monthly)\b/g;
/** "on the second day of strikes": one day (which one is the day rules' business) */
const ORDINAL_DAY = /\b(?:on|in|during)\s+the\s+(?:first|second|third|fourth|fifth|sixth|seventh|\d+(?:st|nd|rd|th))\s+(?:day|night)\b/;
const WEEKDAY = /\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/g;
/** a running total: "so far", "since the start", "since Moscow started its campaign" (a doer and its beginning) */
const CUMULATIVE = /\b(?:so far|to date|since (?:the start|it began|september|the beginning|30 september|september 30|sept\.? 30)|in total|altogether|since the campaign began|since (?:moscow|russia|the kremlin|it) (?:started|began|launched)\b)\b/g;
/** "the most intense assault there to date": a superlative, not a running total */
const SUPERLATIVE_SO_FAR = /\b(?:most|largest|biggest|heaviest|deadliest|worst|fiercest|highest|greatest|longest|strongest)\b[^.;,]{0,40}?\b(?:to date|so far)\b/g;
const OVERNIGHT = /\b(?:overnight|last night|during the night|in the night|at night)\b/g;

function unitOf(u: string): string {
  return u.replace(/s$/, '').replace('night', 'day');
}

/** Period keys in a folded, lower-case text: "span:4 day", "weekday:friday", "overnight", "day24", "cumulative", "rate:day". */
export function periodsIn(folded: string): Set<string> {
  const out = new Set<string>();
  for (const re of [SPAN, SPAN_BARE]) {
    re.lastIndex = 0;
    for (let m = re.exec(folded); m !== null; m = re.exec(folded)) {
      const n = m[1] === 'a' ? 1 : numberValue(m[1]!) ?? m[1];
      const unit = unitOf(m[2]!);
      // 24 hours is a day's reporting (the night is part of it); a few hours, a night's
      if (unit === 'hour' && n === 24) out.add('day24');
      else if (unit === 'hour' && n === 'a few') out.add('overnight');
      else out.add(`span:${n} ${unit}`);
    }
  }
  SPAN_ONE.lastIndex = 0;
  for (let m = SPAN_ONE.exec(folded); m !== null; m = SPAN_ONE.exec(folded)) out.add(`span:1 ${unitOf(m[1]!)}`);
  SPAN_ONE_BARE.lastIndex = 0;
  for (let m = SPAN_ONE_BARE.exec(folded); m !== null; m = SPAN_ONE_BARE.exec(folded)) out.add(`span:1 ${m[1]!}`);
  if (ORDINAL_DAY.test(folded)) out.add('span:1 day');
  PER_UNIT.lastIndex = 0;
  for (let m = PER_UNIT.exec(folded); m !== null; m = PER_UNIT.exec(folded)) out.add(`rate:${(m[1] ?? m[2]!).replace(/ly$/, '').replace('dai', 'day')}`);
  WEEKDAY.lastIndex = 0;
  for (let m = WEEKDAY.exec(folded); m !== null; m = WEEKDAY.exec(folded)) out.add(`weekday:${m[1]}`);
  CUMULATIVE.lastIndex = 0;
  // (the superlatives taken out only where a running total's words stand at all)
  if (CUMULATIVE.test(folded)) {
    CUMULATIVE.lastIndex = 0;
    if (CUMULATIVE.test(folded.replace(SUPERLATIVE_SO_FAR, ' '))) out.add('cumulative');
  }
  OVERNIGHT.lastIndex = 0;
  if (OVERNIGHT.test(folded)) out.add('overnight');
  return out;
}

/**
 * How long a period is, apart from which day it falls on: a weekday alone is
 * one day ("on Friday"), "overnight" a night, "day24" a day's report.
 */
function lengths(s: ReadonlySet<string>): Set<string> {
  const out = new Set<string>();
  for (const p of s) if (!p.startsWith('weekday:')) out.add(/^span:(?:1|one) day$/.test(p) ? 'day' : p);
  if (out.size === 0 && s.size > 0) out.add('day');
  return out;
}
/** a day holds its night and its 24 hours' report ("on Friday … overnight"); a night is not a day's report */
const ONE_DAY = new Set(['day', 'overnight', 'day24']);
const lengthsMeet = (x: string, y: string): boolean => x === y || (ONE_DAY.has(x) && ONE_DAY.has(y) && (x === 'day' || y === 'day'));

/**
 * Do two sets of periods leave room for the same figure? Yes when either
 * gives none, or, when both name weekdays, they share one and their lengths
 * meet (a weekday and "overnight" may be one report).
 */
export function samePeriod(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  if (a.size === 0 || b.size === 0) return true;
  const wa = [...a].filter((p) => p.startsWith('weekday:'));
  const wb = [...b].filter((p) => p.startsWith('weekday:'));
  if (wa.length > 0 && wb.length > 0 && !wa.some((w) => b.has(w))) return false;
  const la = lengths(a);
  const lb = lengths(b);
  for (const x of la) for (const y of lb) if (lengthsMeet(x, y)) return true;
  return false;
}

export { WEEKDAYS };
