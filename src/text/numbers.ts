/**
 * Figures in a sentence: "at least 12 ISIS jihadists", "18 cruise missiles",
 * "five per cent", "three to four months", "a dozen", with the words around
 * them that say what was counted ("units", as stems: militant, kill, missile…).
 * Years, dates, model names (Su-34) and ordinals are not figures.
 */
import { advanceNotices } from './advance-notice';
import type { NumberMention, Qualifier } from './number-mention';
import { foldText } from './fold';
import { STOP_WORDS, stem } from './tokens';
import { unquoteQuantifiers } from './quoted-quantifier';
import { countedAs } from './target-units';
import { sharesOfEvery } from './share-of-every';
import { clockSpans } from './clock-time';
import { verbEndsCountPhrase } from './count-phrase-verb';
import { figureAfterPreposition } from './figure-after-preposition';

export type { NumberMention, Qualifier } from './number-mention';

const SMALL: Record<string, number> = {
  two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20,
  thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, dozen: 12,
};
const SCALE: Record<string, number> = { hundred: 100, thousand: 1000, million: 1_000_000 };
const NUMWORD = '(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million)';
const NUM = String.raw`(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|a dozen|dozen|a hundred|${NUMWORD}(?:[\s-](?:and\s+)?${NUMWORD})*`;
const QUAL = '(no more than|not more than|no fewer than|no less than|at least|more than|over|in excess of|upwards of|nearly|almost|about|around|roughly|approximately|some|an estimated|estimated|up to|as many as|fewer than|less than|under|close to)';
const FIGURE = new RegExp(
  String.raw`(?<![\w.,-])(?:${QUAL}\s+)?(${NUM})(?:\s*(?:-|–|to|or)\s*(${NUM}))?(\s*(?:%|(?:per\s?cent|percent|pct)\b))?(?![\w]|,\d|\.\d)`,
  'g',
);

const MONTHS = /(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?\s*$/;
const MONTH_AFTER = /^\s*(?:jan(?:uary)?|feb(?:ruary)?|march|apr(?:il)?|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b/;

/**
 * words that, just before a figure, say what happened to the counted thing (not "strike": "hit 50
 * targets" counts targets, and the verb read as the noun made any count a count of strikes or raids)
 */
const VERBS_BEFORE = new Set(['kill', 'destroy', 'launch', 'fire', 'fly', 'wound', 'injure', 'conduct', 'carry', 'deploy', 'raise', 'target', 'lose', 'lost', 'number', 'total'].map(stem));

function wordValue(s: string): number | undefined {
  const parts = s.replace(/-/g, ' ').split(/\s+/).filter((w) => w !== '' && w !== 'and' && w !== 'a');
  let total = 0;
  let current = 0;
  for (const p of parts) {
    const small = SMALL[p];
    const scale = SCALE[p];
    if (small !== undefined) {
      // "twenty-one", "hundred and five" compose; "three-four" (a range) and "five six" do not
      const rest = current % 100;
      if (rest !== 0 && !(rest >= 20 && rest % 10 === 0 && small < 10)) return undefined;
      current += small;
    } else if (scale !== undefined) {
      current = (current === 0 ? 1 : current) * scale;
      if (scale >= 1000) {
        total += current;
        current = 0;
      }
    } else return undefined;
  }
  return total + current;
}

/** A figure written in digits or words ("18", "1,200", "four", "twenty-five"), or undefined. */
export function numberValue(s: string): number | undefined {
  return parseNumber(s.toLowerCase());
}

function parseNumber(s: string): number | undefined {
  if (/^\d/.test(s)) return Number(s.replace(/,/g, ''));
  return wordValue(s);
}

function qualifierOf(q: string | undefined): Qualifier {
  switch (q) {
    case undefined:
      return 'exact';
    case 'at least':
    case 'no fewer than':
    case 'no less than':
      return 'at_least';
    case 'no more than':
    case 'not more than':
      return 'up_to';
    case 'more than':
    case 'over':
    case 'in excess of':
    case 'upwards of':
      return 'more_than';
    case 'up to':
    case 'as many as':
    case 'fewer than':
    case 'less than':
    case 'under':
      return 'up_to';
    default:
      return 'about';
  }
}

/** The first half of a suspended compound: "air- and " before "sea-launched". */
const SUSPENDED_HYPHEN = /\b[a-z]+-\s+(?:and|or)\s+(?=[a-z]+-[a-z])/g;

/** Figures in text[from, to). */
export function extractNumbers(text: string, from = 0, to = text.length, folded?: string): NumberMention[] {
  // `folded`, when the caller has it, is foldText(text.slice(from, to))
  const s = folded ?? foldText(text.slice(from, to));
  const out: NumberMention[] = [];
  FIGURE.lastIndex = 0;
  const raw: RegExpExecArray[] = [];
  for (let m = FIGURE.exec(s); m !== null; m = FIGURE.exec(s)) raw.push(m);
  // a ratio's denominator is a figure: no figure, no ratio (most sentences); a hyphenated one
  // ("one-in-five") hides its figure from FIGURE
  const ratios = raw.length > 0 || /-(?:in|of)-/.test(s) ? ratioMentions(s, from) : [];
  // times of day ("11.10 o'clock", "09:20 local time") are no figures (clock-time.ts)
  const clocks = raw.length > 0 ? clockSpans(s) : [];
  out.push(...ratios);
  for (const m of raw) {
    const numText = m[2]!;
    let value = parseNumber(numText);
    // "three-four months": two number words that do not compose are a range
    let wordRangeMax: number | undefined;
    if (value === undefined) {
      const pair = /^([a-z]+)[\s-]+([a-z]+)$/.exec(numText);
      const lo = pair ? wordValue(pair[1]!) : undefined;
      const hi = pair ? wordValue(pair[2]!) : undefined;
      if (lo !== undefined && hi !== undefined && hi > lo) {
        value = lo;
        wordRangeMax = hi;
      }
    }
    if (value === undefined || Number.isNaN(value)) continue;
    // inside a ratio ("one in 20", "2 of the 57"): the ratio is the figure
    if (ratios.some((r) => m!.index < r.end - from && m!.index + m![0].length > r.start - from)) continue;
    const start = m.index;
    const end = m.index + m[0].length;
    if (clocks.length > 0 && clocks.some(([a, b]) => start < b && end > a)) continue;
    const before = s.slice(Math.max(0, start - 14), start);
    const after = s.slice(end, end + 16);
    // Su-34, F-16, S-400: a model name
    if (/[a-z]-$/.test(before)) continue;
    // dates: "Oct 1", "1 October", "30 September"
    if (MONTHS.test(before) || MONTH_AFTER.test(after)) continue;
    // ordinals, times, money handled loosely
    if (/^(?:st|nd|rd|th)\b/.test(after) || /^:\d/.test(after) || /[$£€]\s*$/.test(before)) continue;
    const percent = m[4] !== undefined;
    const isYear = /^\d{4}$/.test(numText) && value >= 1900 && value <= 2100 && !percent;
    const units: string[] = [];
    if (percent) units.push('percent');
    // What was counted: the noun phrase right after the figure ("300 cruise missiles",
    // "12 ISIS jihadists", "the number of its aircraft"), then any verb of what happened
    // to it a few words on ("were also killed") — not the object of a later preposition
    // ("launched against targets" does not count targets).
    // a suspended compound is one modifier ("air- and sea-launched cruise missiles" counts missiles)
    const tail = s.slice(end, end + 80).replace(SUSPENDED_HYPHEN, '');
    const stop = tail.search(/[,.;:()!?]|\d/);
    const words = (stop === -1 ? tail : tail.slice(0, stop)).match(/[a-z%]+/g) ?? [];
    let k = 0;
    let inPhrase = true;
    let taken = 0;
    let byClass = false;
    for (; k < words.length && k < 9; k++) {
      const w = words[k]!;
      if (w === 'per' || w === 'cent' || w === 'percent' || w === 'pct' || w === '%') {
        if (!units.includes('percent')) units.push('percent');
        continue;
      }
      // "six Tupolev warplanes bombarded targets": the phrase ends at the verb (count-phrase-verb.ts)
      if (inPhrase && taken > 0 && verbEndsCountPhrase(words[k - 1], w)) inPhrase = false;
      if (inPhrase) {
        if (STOP_WORDS.has(w) && w !== 'people') {
          // leading determiners are skipped; "number of", "share of", "per cent of" go on
          if (taken === 0 || w === 'of') continue;
          inPhrase = false;
          continue;
        }
        if (taken < 4) {
          const st = stem(w);
          const as = countedAs(st);
          if (as !== st) byClass = true;
          units.push(as);
          taken++;
        }
        continue;
      }
      const st = stem(w);
      if (UNIT_VERBS.has(st)) units.push(st);
    }
    // a verb just before: "killed 12", "fired 18", "raised to 69"
    const headText = s.slice(Math.max(0, start - 40), start);
    const andAt = headText.lastIndexOf(' and ');
    const clause = headText.slice(Math.max(headText.lastIndexOf(',') + 1, headText.lastIndexOf(';') + 1, andAt === -1 ? 0 : andAt + 5));
    const head = clause.match(/[a-z]+/g) ?? [];
    // (not across a preposition: "struck targets in two regions" counts regions; figure-after-preposition.ts)
    if (!figureAfterPreposition(head)) {
      for (const w of head.slice(-2)) {
        const st = stem(w);
        if (VERBS_BEFORE.has(st)) units.push(st);
      }
    }
    // "bombed ISIS targets six times": a count of occasions, whatever the words around it
    if (!percent && words[0] === 'times') units.splice(0, units.length, 'tim');
    if (isYear && units.length === 0) continue;
    if (isYear && !/^(?:\s|of)*(?:[a-z]+\s+){0,2}/.test(after)) continue;
    if (numText === 'one') continue;
    const mention: NumberMention = { value, qualifier: qualifierOf(m[1]), start: from + start, end: from + end, units };
    if (wordRangeMax !== undefined) mention.max = wordRangeMax;
    if (byClass) mention.unitByClass = true;
    if (m[3] !== undefined) {
      const max = parseNumber(m[3]);
      if (max !== undefined && max > value) mention.max = max;
    }
    if (isYear && units.length > 0 && !/^\s+[a-z]/.test(after)) continue;
    out.push(mention);
  }
  majorities(unquoteQuantifiers(text.slice(from, to)), from, out);
  if (s.includes("'s")) durations(s, from, out);
  if (s.includes('before') || s.includes('advance') || s.includes('ahead')) advanceNotices(s, from, out);
  return out;
}

/**
 * "an hour's notice", "roughly a day's warning": a possessive duration is a
 * figure (one hour), counting the unit and what follows it. Only the
 * possessive: a bare "an hour later" or "two strikes a day" is no count.
 */
const DURATION = new RegExp(String.raw`(?<![\w])(?:${QUAL}\s+)?(?:an?|one)\s+(minute|hour|day|week|month|year)'s\s+([a-z]+)`, 'g');

function durations(s: string, from: number, out: NumberMention[]): void {
  DURATION.lastIndex = 0;
  for (let m = DURATION.exec(s); m !== null; m = DURATION.exec(s)) {
    const end = m.index + m[0].length - m[3]!.length - 1;
    const units = [stem(m[2]!)];
    if (!STOP_WORDS.has(m[3]!)) units.push(stem(m[3]!));
    out.push({ value: 1, qualifier: qualifierOf(m[1]), start: from + m.index, end: from + end, units });
  }
}

/**
 * "one in 20 strikes", "2 of the 57 air strikes", "one out of every five": a
 * share, read as a percentage of what follows ("one in 20" = 5 per cent).
 * Reporters round ("one in 20" for 4 or 6 per cent), so the share is "about".
 * Written as one hyphenated word ("1-in-20", "one-in-five") it is the same share.
 */
const RATIO = new RegExp(String.raw`(?<![\w.,-])(one|a|${NUM})(?:\s+|-)(?:in|out[\s-]+of|of)(?:\s+|-)(?:every[\s-]+|the\s+)?(${NUM})(?![\w]|,\d|\.\d)`, 'g');

/**
 * "one Russian air strike in every 20", "one raid out of every five": the counted thing stands
 * between the two numbers (only with "every": "one soldier in 20 minutes" is no share).
 */
const SPLIT_RATIO = new RegExp(String.raw`(?<![\w.,-])(one|a|${NUM})\s+((?:[A-Za-z][\w'-]*\s+){1,4}?)(?:in|out\s+of)\s+every\s+(${NUM})(?![\w]|,\d|\.\d)(?!\s+(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?)\b)`, 'gi');

function splitRatios(s: string, from: number, out: NumberMention[]): void {
  SPLIT_RATIO.lastIndex = 0;
  for (let m = SPLIT_RATIO.exec(s); m !== null; m = SPLIT_RATIO.exec(s)) {
    const first = m[1]!.toLowerCase();
    const a = first === 'one' || first === 'a' ? 1 : parseNumber(first);
    const b = parseNumber(m[3]!.toLowerCase());
    if (a === undefined || b === undefined || !(b > a) || a <= 0) continue;
    const units = ['percent'];
    for (const w of m[2]!.toLowerCase().match(/[a-z]+/g) ?? []) if (!STOP_WORDS.has(w)) units.push(stem(w));
    if (units.length === 1) continue;
    out.push({ value: Math.round((1000 * a) / b) / 10, qualifier: 'about', start: from + m.index, end: from + m.index + m[0].length, units });
  }
}

function ratioMentions(s: string, from: number): NumberMention[] {
  const out: NumberMention[] = [];
  if (/\bevery\b/i.test(s)) {
    splitRatios(s, from, out);
    out.push(...sharesOfEvery(s, from));
  }
  RATIO.lastIndex = 0;
  for (let m = RATIO.exec(s); m !== null; m = RATIO.exec(s)) {
    const a = m[1] === 'one' || m[1] === 'a' ? 1 : parseNumber(m[1]!);
    const b = parseNumber(m[2]!);
    if (a === undefined || b === undefined || !(b > a) || a <= 0) continue;
    const end = m.index + m[0].length;
    // dates and years are no denominators ("one in 2015"); nor is a bare "of" before a unit-less number
    if (b >= 1900 && b <= 2100 && /^\d{4}$/.test(m[2]!)) continue;
    const units = ['percent'];
    const tail = s.slice(end, end + 60);
    const stop = tail.search(/[,.;:()!?]|\d/);
    const words = (stop === -1 ? tail : tail.slice(0, stop)).match(/[a-z]+/g) ?? [];
    if (words.length === 0) continue;
    let taken = 0;
    for (const w of words) {
      if (taken >= 4) break;
      if (STOP_WORDS.has(w)) {
        if (taken === 0) continue;
        break;
      }
      units.push(stem(w));
      taken++;
    }
    if (taken === 0) continue;
    out.push({ value: Math.round((1000 * a) / b) / 10, qualifier: 'about', start: from + m.index, end: from + end, units });
  }
  return out;
}

/** "most strikes", "the majority of raids", "most of the targets": more than half. */
const MAJORITY = /\b(?:(?:the\s+)?(?:vast\s+|great\s+|overwhelming\s+)?majority\s+of|most\s+of|most(?=\s+(?:(?:[A-Z][A-Za-z]+\s+)+(?:[a-z]+\s+)?)?[a-z]{2,}s\b))\s+/g;

function majorities(s: string, from: number, out: NumberMention[]): void {
  MAJORITY.lastIndex = 0;
  for (let m = MAJORITY.exec(s); m !== null; m = MAJORITY.exec(s)) {
    const end = m.index + m[0].length;
    const words = (s.slice(end, end + 60).split(/[,.;:()!?]/)[0] ?? '').match(/[a-z]+/gi) ?? [];
    const units = ['percent'];
    let taken = 0;
    for (const w of words) {
      const lw = w.toLowerCase();
      if (taken >= 10) break;
      if (STOP_WORDS.has(lw)) continue;
      units.push(stem(lw));
      taken++;
    }
    out.push({ value: 50, qualifier: 'more_than', start: from + m.index, end: from + end - 1, units });
  }
}

/** Unit stems of a dataset figure key: "militants_killed" → ["militant", "kill"]. */
export function keyUnits(key: string): string[] {
  const words = key
    .replace(/([a-z])([A-Z])/g, '$1_$2')
    .toLowerCase()
    .split('_')
    .filter((w) => w !== '' && w !== 'min' && w !== 'max' && (w === 'percent' || w === 'pct' || !STOP_WORDS.has(w)));
  const out: string[] = [];
  for (const w of words) {
    const st = w === 'pct' || w === 'percent' ? 'percent' : stem(w);
    if (!out.includes(st)) out.push(st);
  }
  return out;
}

/**
 * What a dataset figure key counts. In "X_of_Y" keys the head X is the counted
 * thing ("days_of_cruise_missile_strikes" counts days, not missiles); when the
 * head is generic ("share_of_strikes_on_civilians_and_fsa_percent") at least
 * half of Y's nouns must be there. In "X_hit" keys the last word is a
 * participle, not a second counted thing: "targets_hit" counts targets, and
 * "about 20 strikes against IS targets" is no count of them.
 */
export interface KeyShape {
  units: string[];
  /** nouns of which one must be among a figure's units; empty = see `some` */
  head: string[];
  /** nouns of which `need` must be among a figure's units (generic heads) */
  some: string[];
  need: number;
}

/** the last word of "targets_hit", "militants_killed": what was done to the counted thing */
const PARTICIPLE = /^(?:hit|struck|shot|[a-z]{2,}ed)$/;

export function keyShape(key: string): KeyShape {
  const units = keyUnits(key);
  const words = key.replace(/([a-z])([A-Z])/g, '$1_$2').toLowerCase().split('_').filter((w) => w !== '');
  const of = words.indexOf('of');
  const nounsOf = (ws: string[]): string[] =>
    [...new Set(ws.filter((w) => w !== 'min' && w !== 'max' && !STOP_WORDS.has(w)).map((w) => (w === 'pct' || w === 'percent' ? 'percent' : stem(w))))].filter(
      (u) => !UNIT_VERBS.has(u) && !GENERIC_UNITS.has(u),
    );
  if (of > 0) {
    const head = nounsOf(words.slice(0, of));
    if (head.length > 0) return { units, head, some: [], need: 0 };
    const rest = nounsOf(words.slice(of + 1));
    return { units, head: [], some: rest, need: Math.ceil(rest.length / 2) };
  }
  if (words.length >= 2 && PARTICIPLE.test(words[words.length - 1]!)) {
    const head = nounsOf(words.slice(0, -1));
    if (head.length > 0) return { units, head, some: [], need: 0 };
  }
  return { units, head: [], some: [], need: 0 };
}

/** Does a figure's units fit a key's shape (see `keyShape`, then `unitsFit`)? */
export function fitsKey(shape: KeyShape, units: readonly string[]): boolean {
  if (!unitsFit(shape.units, units)) return false;
  if (shape.head.length > 0 && !shape.head.some((h) => units.includes(h))) return false;
  if (shape.need > 0 && shape.some.filter((x) => units.includes(x)).length < shape.need) return false;
  return true;
}

/** Nouns that say how something is counted, not what: they never make a fit on their own. */
const GENERIC_UNITS: ReadonlySet<string> = new Set(['share', 'percent', 'number', 'total', 'figure', 'count'].map(stem));

/** Verbs in unit lists: they say what happened, not what was counted. */
export const UNIT_VERBS = new Set(['kill', 'destroy', 'launch', 'fire', 'fly', 'wound', 'injure', 'conduct', 'carry', 'deploy', 'raise', 'lose', 'lost'].map(stem));

/**
 * Does a figure's units fit a dataset key's units? The counted thing must
 * match (militant, missile, percent…); a verb in both must agree (killed ≠
 * wounded).
 */
export function unitsFit(key: readonly string[], units: readonly string[]): boolean {
  const keyNouns = key.filter((k) => !UNIT_VERBS.has(k) && !GENERIC_UNITS.has(k));
  const keyVerbs = key.filter((k) => UNIT_VERBS.has(k));
  const nouns = keyNouns.length > 0 ? keyNouns : keyVerbs;
  if (!nouns.some((k) => units.includes(k))) return false;
  // a share fits only a share: "9 per cent of strikes" is no count of targets
  if (key.includes('percent') !== units.includes('percent')) return false;
  if (keyVerbs.length > 0 && keyNouns.length > 0) {
    const unitVerbs = units.filter((u) => UNIT_VERBS.has(u));
    if (unitVerbs.length > 0 && !keyVerbs.some((k) => unitVerbs.includes(k))) return false;
  }
  return true;
}
