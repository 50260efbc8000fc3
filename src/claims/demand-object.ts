/**
 * A demand is about what it asks to end. "Russia must immediately stop its attacks on the Syrian
 * opposition and civilians" is not restated by NATO's call to "cease and desist, and immediately
 * explain these violations" of Turkish airspace: both ask Russia to stop at once, and nothing of
 * what. A demand claim with a target is restated only by a sentence that names one of its target
 * actors or a word of its target.
 */
import type { Claim } from '../dataset/schema';

/**
 * Does the sentence miss every target of a demand? `targetTerms` are the claim's target's words
 * as the index reads them (stems); `sentenceTerms` the sentence's (actors as "@id").
 */
export function demandObjectMissing(claim: Pick<Claim, 'kind' | 'slots'>, targetTerms: ReadonlySet<string>, sentenceTerms: ReadonlySet<string>): boolean {
  if (claim.kind !== 'demand') return false;
  const actors = claim.slots.targetActors ?? [];
  if (actors.length === 0 && targetTerms.size === 0) return false;
  if (actors.some((a) => sentenceTerms.has(`@${a}`))) return false;
  for (const t of targetTerms) if (sentenceTerms.has(t)) return false;
  return true;
}
