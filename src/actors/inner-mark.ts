/**
 * A mark inside a transliterated name (issue 13, spellings): an apostrophe or an 'ayn / hamza sign
 * between letters ("Da'esh", "Ma'arrat", "Sana’a") belongs to the name, which the name key reads
 * without it (Da'esh = Daesh). A possessive is not inside a name: "Raqqa's", "Raqqa’s" end the word.
 */

/** Apostrophes and the signs transliterations write for 'ayn and hamza. */
const MARKS = new Set([0x27, 0x2019, 0x2bc, 0x2bf, 0x2be, 0x60, 0xb4]);

const isLetter = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0x24f);

/**
 * When `text[j]` is a mark inside a name (a letter before it, letters after it that are not a
 * possessive "s"), the index after the mark; otherwise `j`.
 */
export function innerMarkEnd(text: string, j: number, n: number): number {
  if (j + 1 >= n || !MARKS.has(text.charCodeAt(j)) || !isLetter(text.charCodeAt(j - 1)) || !isLetter(text.charCodeAt(j + 1))) return j;
  const c = text.charCodeAt(j + 1);
  // "Raqqa's": an s and then no letter is a possessive
  if ((c === 115 || c === 83) && !(j + 2 < n && isLetter(text.charCodeAt(j + 2)))) return j;
  return j + 1;
}

/** Does a written name hold a mark inside it ("Da'esh")? */
export function hasInnerMark(written: string): boolean {
  for (let j = 1; j < written.length; j++) if (innerMarkEnd(written, j, written.length) !== j) return true;
  return false;
}
