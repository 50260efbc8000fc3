/**
 * A length of time is a figure of a claim only with what lasted (ADR 0200): "over the last four
 * days" fits the key "days_of_cruise_missile_strikes" by its unit alone, and a sentence on 522
 * sorties in four days was read as "cruise missiles for a fourth day". A key that names what
 * lasted besides its unit (cruise missile strikes, a campaign's length, a notice) needs half of
 * those words in the sentence ("four days of air strikes" is not of cruise missiles); a key that
 * is only a unit ("days") needs none.
 */
import { tokenize } from '../text/tokens';

/** Units of time (as tokens: stemmed). */
const TIME_UNIT = /^(?:second|minut|hour|day|week|month|year|night|fortnight)s?$/;
/** Words that say a figure is a length, not of what. */
const LENGTH_WORD: ReadonlySet<string> = new Set(['length', 'durat', 'duration', 'period', 'time', 'total', 'number', 'min', 'max']);

const measureCache = new Map<string, string[]>();

/** The words of a duration key other than its unit ("days_of_cruise_missile_strikes": cruise, missile, strike); [] when it is no duration. */
export function durationMeasure(key: string): string[] {
  let words = measureCache.get(key);
  if (words === undefined) {
    const phrase = key.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/_/g, ' ');
    const tokens = tokenize(phrase, 0, phrase.length, []).map((t) => t.t);
    words = tokens.some((t) => TIME_UNIT.test(t)) ? tokens.filter((t) => !TIME_UNIT.test(t) && !LENGTH_WORD.has(t) && t !== 'of') : [];
    measureCache.set(key, words);
  }
  return words;
}

/**
 * Is the key a bare length of time ("days") beside counts of something else? Then it is the
 * period those counts were made in ("800 targets in four days"), and a sentence that names only
 * the period ("four days of raids had cost the militants heavily") restates no figure of it.
 */
export function framesOtherCounts(key: string, keys: readonly string[]): boolean {
  return isBareUnit(key) && keys.some((k) => durationMeasure(k).length === 0 && !isBareUnit(k));
}

const bareCache = new Map<string, boolean>();

function isBareUnit(key: string): boolean {
  let bare = bareCache.get(key);
  if (bare === undefined) {
    const phrase = key.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/_/g, ' ');
    const tokens = tokenize(phrase, 0, phrase.length, []).map((t) => t.t);
    bare = tokens.length > 0 && tokens.every((t) => TIME_UNIT.test(t));
    bareCache.set(key, bare);
  }
  return bare;
}

/**
 * What a campaign is also written as when its length is told: "air strikes will go on for three to
 * four months" is the campaign's length ("operation" is read as "campaign" by the tokenizer).
 */
const MEASURED_AS: Readonly<Record<string, readonly string[]>> = { campaign: ['strik', 'bomb', 'offensiv'] };

/** Does the sentence name what a duration key measures (always, for a key that is no duration or only a unit)? */
export function measureNamed(key: string, sentence: string): boolean {
  const words = durationMeasure(key);
  if (words.length === 0) return true;
  const terms = new Set(tokenize(sentence, 0, sentence.length, []).map((t) => t.t));
  const named = (w: string): boolean => terms.has(w) || (MEASURED_AS[w]?.some((x) => terms.has(x)) ?? false);
  return words.filter(named).length >= Math.ceil(words.length / 2);
}

/**
 * Does a figure measure what a duration key lasts, in the sentence's words or in its own units? A
 * notice read from "informed an hour before the strikes" (advance-notice.ts) counts a notice
 * though the sentence never writes the word.
 */
export function measureOf(key: string, sentence: string, units: readonly string[]): boolean {
  const words = durationMeasure(key);
  return (words.length > 0 && words.every((w) => units.includes(w))) || measureNamed(key, sentence);
}
