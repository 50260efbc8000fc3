/**
 * A figure given as a bound ("more than", "at least", "up to") against a claim's figure: which
 * of the claim's values the bound admits, so that it is no other figure, and when a strict bound
 * excludes the very number it names.
 */
import type { Qualifier } from '../text/numbers';

/**
 * A bound that the claim's figure meets is no other figure: "more than 50 aircraft" is true of
 * the reports' 69, "up to 30 killed" of their 12. Such a sentence may not contradict the claim;
 * whether it agrees is sameValue's question ("more than 100" as the rounding of 101).
 */
export function boundAdmits(sentence: { value: number; qualifier: Qualifier; max?: number | undefined }, claimValue: number): boolean {
  if (sentence.max !== undefined) return false;
  switch (sentence.qualifier) {
    case 'more_than':
      return claimValue > sentence.value;
    case 'at_least':
      return claimValue >= sentence.value;
    case 'up_to':
      return claimValue <= sentence.value;
    default:
      return false;
  }
}

const TIME_UNIT = /^(?:second|minut|hour|day|week|month|year|night|fortnight)s?$/;

/**
 * A strict bound at an exact figure excludes it (ADR 0200): "killing more than 224 people" is not
 * the reports' 224 killed, though the number is the same. The same bound on both sides ("more
 * than 800 targets" for "more than 800") still agrees, as do "at least" and "up to", which hold
 * their number. A length of time is left alone: "over four days" says during them.
 */
export function boundExcludesExact(sentence: { qualifier: Qualifier; max?: number | undefined }, claim: { qualifier: Qualifier; units: readonly string[] }): boolean {
  return sentence.qualifier === 'more_than' && sentence.max === undefined && claim.qualifier === 'exact' && !claim.units.some((u) => TIME_UNIT.test(u));
}
