/**
 * A beginning of nothing the claim tells (issue 13, topical overlap): "I'd like to start with the
 * latest on our talks with Russia" shares with "Russia's air campaign in Syria began on Wednesday
 * 30 September" Russia and the word for beginning, and nothing of the campaign. When a claim's
 * point is the day something began, a sentence whose words in common with it, actors and office
 * words aside, come to one word gives no account of it; it stays related. A figure or a date that
 * agrees is the claim's point and is not touched (who-not-what.ts is the case of no word at all).
 * Asked of every claim, the same test lost ten right matches of the evaluation (terse headlines and
 * quotes on short claims): it is kept to beginnings, where the one word is the verb of beginning.
 */

/** Does the sentence share with the claim at most one word that is not an actor or an office? */
export function sharesOneWord(sentenceTerms: Iterable<string>, claimTerms: ReadonlySet<string>, officeTerms: ReadonlySet<string>, figureOrDateAgrees: boolean): boolean {
  if (figureOrDateAgrees) return false;
  let words = 0;
  for (const t of sentenceTerms) {
    if (t.startsWith('@') || officeTerms.has(t) || !claimTerms.has(t)) continue;
    if (++words > 1) return false;
  }
  return words === 1;
}
