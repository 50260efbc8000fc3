/**
 * A fact about a place needs the place (issue 13, topical overlap): "Raqqa is the capital of the
 * territory Islamic State controls" is not restated by "On the first day of raids on the
 * self-proclaimed Islamic State, Russian aircraft hit three sites", which shares the group and a
 * word of one of its quotes ("the IS self-proclaimed capital of Raqqa"), not the city. A background
 * claim whose place slot holds a place that is not a whole state (a city, a province) is corroborated
 * only by a sentence that names that place (in any spelling) or describes it in a word of the claim's
 * own statement ("the self-declared capital of Islamic State" says "capital"). States are left out:
 * "Russia began its campaign on Wednesday" is of Syria without saying so.
 */
import type { Claim } from '../dataset/schema';

export interface PlaceFactReading {
  /** the actors the sentence names */
  sentenceActors: ReadonlySet<string>;
  /** the sentence's terms and the claim statement's, as the claim index reads them (actors as "@id") */
  sentenceTerms: Iterable<string>;
  statementTerms: ReadonlySet<string>;
  isState: (id: string) => boolean;
  compatible: (a: string, b: string) => boolean;
}

/** Is `claim` a background fact about a place (not a state) that the sentence neither names nor describes? */
export function placeOfFactUnnamed(claim: Pick<Claim, 'kind' | 'slots'>, r: PlaceFactReading): boolean {
  if (claim.kind !== 'background') return false;
  const places = (claim.slots.place ?? []).filter((p) => !r.isState(p));
  if (places.length === 0) return false;
  if (places.some((p) => [...r.sentenceActors].some((a) => r.compatible(a, p)))) return false;
  for (const t of r.sentenceTerms) if (!t.startsWith('@') && r.statementTerms.has(t)) return false;
  return true;
}
