/**
 * A generic head ("the group", "the ministry") stands for an actor named before it only when it
 * is anaphoric (issue 13, who is speaking). "A group that monitors the war" introduces a new body,
 * and "the underground group Raqqa Is Being Slaughtered Silently" names its own in apposition;
 * both were read as Islamic State, the last actor with "group" in a name ("IS group").
 */

/** Heads that an indefinite article makes a new body rather than an earlier one ("a ministry spokesman" stays the ministry's). */
const NEW_WITH_INDEFINITE = /^(?:group|monitoring group|alliance|coalition|agency|source)$/;
/** What follows the head: a capitalised name in apposition, not an office word. */
const NAME_AFTER = /^\s+(?!(?:Minister|Secretary|Spokes\w*|Ministry|Office|Department|Council|Committee|Command)\b)\p{Lu}\p{L}+/u;

/** `g`: the generic-head match on `raw` (its article is the first word, its head group 1). */
export function newOrNamedBody(raw: string, g: RegExpExecArray): boolean {
  const head = g[1]!.toLowerCase();
  if (/^an?\s/i.test(g[0]) && NEW_WITH_INDEFINITE.test(head)) return true;
  return NAME_AFTER.test(raw.slice(g.index + g[0].length));
}
