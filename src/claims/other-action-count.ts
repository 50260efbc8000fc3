/**
 * A sentence that counts another action than the claim's tells another event (issue 13, figures
 * and topical overlap): "18 air attacks flown, twelve targets hit" is a day's sorties, not the
 * salvo of "18 cruise missiles, destroying seven targets", so its twelve targets are no other
 * figure for the salvo's seven. Only a contradiction is held back: a count the sentence shares
 * with the claim is still compared as before.
 */
import { type NumberMention, fitsKey } from '../text/numbers';
import type { ClaimFigure } from './claim-figures';

/**
 * What a count of actions counts, by its noun (stems as the figure reader writes them: "raids"
 * are already "strike" and "flights" "sorti", text/tokens.ts and text/sense-classes.ts).
 */
const ACTION = /^(?:sorti|strik|attack|mission|missil|bomb)/;

/** The counted noun: the first unit, or the one after a word that only says how ("air attacks", "cruise missiles"). */
function countsAction(units: readonly string[]): boolean {
  const [first, second] = units;
  if (first === undefined) return false;
  if (ACTION.test(first)) return true;
  return (first === 'air' || first === 'cruis' || first === 'combat') && second !== undefined && ACTION.test(second);
}

/** Does the sentence count an action of its own, where the claim counts another it does not give? */
export function countsAnotherAction(claimFigures: readonly ClaimFigure[], numbers: readonly NumberMention[]): boolean {
  const claimActions = claimFigures.filter((f) => countsAction(f.units));
  if (claimActions.length === 0) return false;
  // the sentence gives the claim's own count of actions: the same event may be told
  if (claimActions.some((f) => numbers.some((n) => fitsKey(f.shape, n.units)))) return false;
  return numbers.some((n) => countsAction(n.units) && !claimFigures.some((f) => fitsKey(f.shape, n.units)));
}
