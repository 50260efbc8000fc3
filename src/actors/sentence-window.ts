/**
 * The sentence around a mention, for the alias rules that read a mention's
 * context ("Turkey" near "Thanksgiving", "Moscow" near "Idaho"). Both alias
 * matchers use it (the compiled one and the reference one the tests hold it
 * against), so it lives apart from either.
 */

const ABBREVIATION = /(?:^|[\s.])(?:[A-Z]|Mr|Mrs|Ms|Dr|St|Gen|Col|Lt|Maj|No)$/;

/** Does the full stop at `dot` close a short abbreviation ("Mr.", "U.S.") rather than a sentence? Reads no further back than `floor`. */
function abbreviationAt(text: string, dot: number, floor: number): boolean {
  return ABBREVIATION.test(text.slice(Math.max(floor, dot - 4), dot));
}

/**
 * A sentence's end at `i`: ". ", "! ", "? " or ".\u00a0" (the full stop of
 * ". " not closing an abbreviation), the stop's second unit before `limit`;
 * `floor`, where the look-back for an abbreviation stops.
 */
function stopAt(text: string, i: number, limit: number, floor: number): boolean {
  const c = text.charCodeAt(i);
  if (c !== 46 && c !== 33 && c !== 63) return false;
  if (i + 1 >= limit) return false;
  const d = text.charCodeAt(i + 1);
  if (d === 32) return c !== 46 || !abbreviationAt(text, i, floor);
  return d === 0xa0 && c === 46;
}

/**
 * Bounds of the sentence around [start, end): back to the last ". ", "! ",
 * "? " or line break, forward to the next, within `limit` characters. One
 * scan each way from the mention, stopping at the nearest end (this runs for
 * every mention of an alias with a context rule, so it must be cheap): the
 * nearest end either way is the one that bounds the sentence.
 */
export function sentenceWindow(text: string, start: number, end: number, limit = 400): [number, number] {
  const minA = Math.max(0, start - limit);
  let a = minA;
  for (let i = start - 1; i >= minA; i--) {
    if (text.charCodeAt(i) === 10) {
      a = i + 1;
      break;
    }
    if (stopAt(text, i, start, minA)) {
      a = i + 2;
      break;
    }
  }
  const maxB = Math.min(text.length, end + limit);
  let b = maxB;
  for (let i = end; i < maxB; i++) {
    if (text.charCodeAt(i) === 10) {
      b = i;
      break;
    }
    if (stopAt(text, i, maxB, end)) {
      b = i + 1;
      break;
    }
  }
  return [a, b];
}
