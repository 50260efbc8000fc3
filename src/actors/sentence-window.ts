/**
 * The sentence around a mention, for the alias rules that read a mention's
 * context ("Turkey" near "Thanksgiving", "Moscow" near "Idaho"). Both alias
 * matchers use it (the compiled one and the reference one the tests hold it
 * against), so it lives apart from either.
 */

const ABBREVIATION = /(?:^|[\s.])(?:[A-Z]|Mr|Mrs|Ms|Dr|St|Gen|Col|Lt|Maj|No)$/;

/** Does the full stop at `dot` close a short abbreviation ("Mr.", "U.S.") rather than a sentence? */
function abbreviationAt(text: string, dot: number): boolean {
  return ABBREVIATION.test(text.slice(Math.max(0, dot - 4), dot));
}

/**
 * Bounds of the sentence around [start, end): back to the last ". ", "! ",
 * "? " or line break, forward to the next, within `limit` characters. Native
 * indexOf/lastIndexOf do the scanning (this runs for every mention of an alias
 * with a context rule, so it must be cheap).
 */
export function sentenceWindow(text: string, start: number, end: number, limit = 400): [number, number] {
  // search inside bounded slices: an unbounded lastIndexOf would scan the whole page for a "? "
  const minA = Math.max(0, start - limit);
  const left = text.slice(minA, start);
  let a = left.lastIndexOf('\n') + 1;
  for (const stop of ['. ', '! ', '? ', '.\u00a0']) {
    let at = left.lastIndexOf(stop);
    while (at >= a && stop === '. ' && abbreviationAt(left, at)) at = at > 0 ? left.lastIndexOf(stop, at - 1) : -1;
    if (at >= a) a = at + 2;
  }
  const maxB = Math.min(text.length, end + limit);
  const right = text.slice(end, maxB);
  let b = right.indexOf('\n');
  if (b === -1) b = right.length;
  for (const stop of ['. ', '! ', '? ', '.\u00a0']) {
    let at = right.indexOf(stop);
    while (at !== -1 && at < b && stop === '. ' && abbreviationAt(right, at)) at = right.indexOf(stop, at + 1);
    if (at !== -1 && at + 1 < b) b = at + 1;
  }
  return [minA + a, end + b];
}
