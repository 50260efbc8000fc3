/**
 * The period a figure belongs to: "overnight", "on Friday", "in four days",
 * "over the past 24 hours", "in two weeks", "since September 30", "so far".
 * Two figures of the same measure contradict only over the same period: "26
 * cruise missiles on Wednesday" says nothing against "more than 100 in four
 * days", and "39 civilians over two weeks" nothing against "12 killed in one
 * raid".
 */
import { numberValue } from '../text/numbers';

const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
const UNIT = '(hours?|days?|nights?|weeks?|months?|years?)';
const COUNT = '(\\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fourteen|twenty|thirty|forty-eight|a|a few|several)';
const SPAN = new RegExp(`\\b(?:in|over|during|within|for)\\s+(?:the\\s+)?(?:(?:past|last|previous|first)\\s+)?${COUNT}\\s+${UNIT}\\b`, 'g');
const SPAN_BARE = new RegExp(`\\b(?:the\\s+)?(?:past|last|previous)\\s+${COUNT}\\s+${UNIT}\\b`, 'g');
/** "in the past month", "over the last week": one unit */
const SPAN_ONE = /\b(?:in|over|during|within)\s+the\s+(?:past|last|previous)\s+(day|week|month|year)\b/g;
const PER_UNIT = /\b(?:a|per)\s+(day|week|month)\b|\b(daily|weekly|monthly)\b/g;
const WEEKDAY = /\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/g;
const CUMULATIVE = /\b(?:so far|to date|since (?:the start|it began|september|the beginning|30 september|september 30|sept\.? 30)|in total|altogether|since the campaign began)\b/g;
const OVERNIGHT = /\b(?:overnight|last night|during the night|in the past 24 hours|over the past 24 hours|in the last 24 hours)\b/g;

function unitOf(u: string): string {
  return u.replace(/s$/, '').replace('night', 'day');
}

/** Period keys in a folded, lower-case text: "span:4 day", "weekday:friday", "overnight", "cumulative", "rate:day". */
export function periodsIn(folded: string): Set<string> {
  const out = new Set<string>();
  for (const re of [SPAN, SPAN_BARE]) {
    re.lastIndex = 0;
    for (let m = re.exec(folded); m !== null; m = re.exec(folded)) {
      const n = m[1] === 'a' ? 1 : numberValue(m[1]!) ?? m[1];
      const unit = unitOf(m[2]!);
      // 24 hours is a night's reporting
      if (unit === 'hour' && (n === 24 || n === 'a few')) out.add('overnight');
      else out.add(`span:${n} ${unit}`);
    }
  }
  SPAN_ONE.lastIndex = 0;
  for (let m = SPAN_ONE.exec(folded); m !== null; m = SPAN_ONE.exec(folded)) out.add(`span:1 ${unitOf(m[1]!)}`);
  PER_UNIT.lastIndex = 0;
  for (let m = PER_UNIT.exec(folded); m !== null; m = PER_UNIT.exec(folded)) out.add(`rate:${(m[1] ?? m[2]!).replace(/ly$/, '').replace('dai', 'day')}`);
  WEEKDAY.lastIndex = 0;
  for (let m = WEEKDAY.exec(folded); m !== null; m = WEEKDAY.exec(folded)) out.add(`weekday:${m[1]}`);
  CUMULATIVE.lastIndex = 0;
  if (CUMULATIVE.test(folded)) out.add('cumulative');
  OVERNIGHT.lastIndex = 0;
  if (OVERNIGHT.test(folded)) out.add('overnight');
  return out;
}

/**
 * Do two sets of periods leave room for the same figure? Yes when either
 * gives none, or they share one; a weekday and "overnight" may be one report.
 */
export function samePeriod(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  if (a.size === 0 || b.size === 0) return true;
  for (const p of a) if (b.has(p)) return true;
  const kinds = (s: ReadonlySet<string>): Set<string> => new Set([...s].map((p) => p.split(':')[0]!));
  const ka = kinds(a);
  const kb = kinds(b);
  // "on Friday … overnight": a day's report either way
  if ((ka.has('overnight') && kb.has('weekday')) || (kb.has('overnight') && ka.has('weekday'))) return true;
  return false;
}

export { WEEKDAYS };
