/**
 * A figure right after a preposition is not the object of the verb before
 * it: in "the jets struck targets in two regions" the two count regions, and
 * "targets" (read as the verb "to target") says nothing of them; in "killed
 * in 12 raids" the twelve are raids, not the dead. "Raised to 69" keeps its
 * verb ("to" is left out), and "over"/"around" before a figure are bounds.
 */
const PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'at', 'on', 'across', 'from', 'near', 'among', 'within', 'into', 'between', 'inside', 'throughout']);

/** the words before a figure, last one nearest it */
export function figureAfterPreposition(wordsBefore: readonly string[]): boolean {
  const last = wordsBefore[wordsBefore.length - 1];
  return last !== undefined && PREPOSITIONS.has(last);
}
