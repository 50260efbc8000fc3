/**
 * A bound that the claim's figure meets is no other figure: "more than 50 aircraft" is true of
 * the reports' 69, "up to 30 killed" of their 12. Such a sentence may not contradict the claim;
 * whether it agrees is sameValue's question ("more than 100" as the rounding of 101).
 */
import type { Qualifier } from '../text/numbers';

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
