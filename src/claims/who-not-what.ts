/**
 * Who someone is is not what they did (issue 13, topical overlap): "John Kerry, the US Secretary
 * of State, was more guarded" shares with "Sinirlioglu was to meet US Secretary of State Kerry
 * later on Friday" Kerry and his office, and nothing of the meeting. A sentence whose words in
 * common with a claim are all actors and the words of offices gives no account of the claim,
 * however high its overlap; it stays related. A figure or a date that agrees is the claim's point
 * and is not touched.
 */

/** Words of an office or a rank: they say who speaks or acts, never what happened. */
export const OFFICE_WORDS =
  'secretary state minister ministry foreign defence defense interior president presidential prime premier spokesman spokeswoman spokesperson ' +
  'chief general ambassador envoy official officials deputy head leader chairman commander senior top';

/** Does the sentence share with the claim nothing but actors and office words? */
export function sharesOnlyWho(sentenceTerms: Iterable<string>, claimTerms: ReadonlySet<string>, officeTerms: ReadonlySet<string>, figureOrDateAgrees: boolean): boolean {
  if (figureOrDateAgrees) return false;
  let shared = false;
  for (const t of sentenceTerms) {
    if (t.startsWith('@') || !claimTerms.has(t)) continue;
    if (!officeTerms.has(t)) return false;
    shared = true;
  }
  return shared;
}
