/**
 * Where the noun phrase after a figure ends: at a verb in the past after a
 * plural noun. In "six Tupolev warplanes bombarded targets near Raqqa" the
 * figure counts warplanes; "bombarded" is what they did and "targets" its
 * object, not a second counted thing (it made six planes a count of six
 * targets). Only after a plural: "ten hardened shelters" keeps its adjective.
 */
export function verbEndsCountPhrase(previousWord: string | undefined, word: string): boolean {
  return previousWord !== undefined && /[a-z]{2,}s$/.test(previousWord) && !/ss$/.test(previousWord) && /^[a-z]{3,}ed$/.test(word);
}
