/**
 * A strict bound at an exact figure excludes it (ADR 0200): "killing more than 224 people" is not
 * the reports' 224 killed, though the number is the same. The same bound on both sides ("more
 * than 800 targets" for "more than 800") still agrees, as do "at least" and "up to", which hold
 * their number. A length of time is left alone: "over four days" says during them.
 */
import type { Qualifier } from '../text/numbers';

const TIME_UNIT = /^(?:second|minut|hour|day|week|month|year|night|fortnight)s?$/;

export function boundExcludesExact(sentence: { qualifier: Qualifier; max?: number | undefined }, claim: { qualifier: Qualifier; units: readonly string[] }): boolean {
  return sentence.qualifier === 'more_than' && sentence.max === undefined && claim.qualifier === 'exact' && !claim.units.some((u) => TIME_UNIT.test(u));
}
