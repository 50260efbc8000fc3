/**
 * A judgement on not doing is no report of what was done (issue 13, quantifiers and polarity):
 * in "Fallon called it 'morally wrong' not to hit IS in Syria" the negated aim is an infinitive
 * after a judgement (wrong, right, a mistake, a duty): it says what ought to be done, by the
 * speaker's own side, not that anyone's strikes missed IS. Such a sentence gives no account that
 * strikes did not aim at a group (opposite-aim.ts).
 */

/** "wrong not to hit", "a mistake not to strike", "our duty not to …": a judgement on an act left undone */
const JUDGED_NOT = /\b(?:wrong|right|mistake|error|duty|obligation|irresponsible|unthinkable|absurd|foolish|immoral|unacceptable|better|best)["'”’]*\s+(?:for\s+\S+(?:\s+\S+)?\s+)?not\s+to\b/;

/** Does this (folded, lower-case) sentence judge an act left undone rather than report one? */
export function judgesNotDoing(foldedLower: string): boolean {
  return JUDGED_NOT.test(foldedLower);
}
