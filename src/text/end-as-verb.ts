/**
 * "End" as a verb is "stop" (issue 13, paraphrase of the predicate; ADR 0235):
 * "Turkey wants Russia to end its operation" is the demand to stop it. As a
 * noun ("the end of September", "an end to the war") it is no stop, and most
 * of its uses in news are the noun: "end" and "ends" count as the verb only
 * before the object's determiner or possessive; "ended" only as a verb can be.
 */

/** The words after which "end" is read as a verb taking an object. */
const OBJECT_START = /^ +(?:its|their|his|her|our|the|this|that|these|those|all|air|military)\b/;

/** The term of the folded word at folded[start, end), when it is "end" as a verb; null when it is not. */
export function endAsVerb(folded: string, start: number, end: number): string | null {
  const w = folded.slice(start, end);
  if (w === 'ended') return 'stop';
  if (w !== 'end' && w !== 'ends') return null;
  return OBJECT_START.test(folded.slice(end, end + 12)) ? 'stop' : null;
}
