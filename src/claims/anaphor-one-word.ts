/**
 * An anaphor sharing one word is no account (ADR 0200): '"This is basically our position as
 * well," said Lavrov' shares with "Russia's first air strikes targeted ISIS positions" the word
 * "position" and nothing else (no actor, figure or date). What "this" stands for is in the
 * sentences before; the sentence itself says only that the speaker agrees with it, so on its own
 * words it stays related. A sentence that says its claim in one word ("He added that the strikes
 * would intensify"), or an anaphor that gives the figure ("That is the overnight tally: ten
 * sorties"), is not touched.
 */

/** A content that opens on a pronoun standing for what was said before ("This is…", "That was…"). */
const ANAPHOR_SUBJECT = /^\W*(?:this|that|these|those|it)\s+(?:is|was|are|were|has|have|had|remains?|seems?)\b/i;

export function isAnaphoric(content: string): boolean {
  return ANAPHOR_SUBJECT.test(content);
}

/** Does an anaphoric sentence share with a claim only one word, and none of its actors, figures or dates? */
export function anaphorOneWord(content: string, sentenceTerms: Iterable<string>, claimTerms: ReadonlySet<string>, actorsShared: number, figureOrDateAgrees: boolean): boolean {
  if (actorsShared > 0 || figureOrDateAgrees || !isAnaphoric(content)) return false;
  let words = 0;
  for (const t of sentenceTerms) if (!t.startsWith('@') && claimTerms.has(t) && ++words > 1) return false;
  return true;
}
