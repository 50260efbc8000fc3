/**
 * A full stop inside a speaker's name or office is no end of the phrase (issue 13, who is
 * speaking): "according to a senior U.S. official" was read as "a senior U", and "said Maj. Gen.
 * Igor Konashenkov" as "Maj". A dot ends an abbreviation when it follows a lone capital
 * ("U.S.", "U.N.") or a title written short, and more of the phrase follows it.
 */

/** Titles and ranks written short before a name. */
const SHORT_TITLE = /(?:^|[^A-Za-z])(?:Mr|Mrs|Ms|Dr|Gen|Col|Lt|Maj|Capt|Adm|Sgt|Sen|Rep|Gov|Amb|Prof|St|Brig|Cmdr)$/;

/** Is the "." at `i` of `text` the dot of an abbreviation inside a phrase (not the sentence's end)? */
export function abbreviationDot(text: string, i: number): boolean {
  if (text[i] !== '.') return false;
  // more of the phrase after it: a space and a word, or straight on to the next letter ("U.S.")
  if (!/^(?:\s+[A-Za-z]|[A-Z]\.)/.test(text.slice(i + 1, i + 4))) return false;
  const before = text.slice(Math.max(0, i - 6), i);
  return /(?:^|[^A-Za-z])[A-Z]$/.test(before) || SHORT_TITLE.test(before);
}
