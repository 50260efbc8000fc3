/**
 * A closing attribution frames its whole sentence (issue 13, speakers; ADR 0397): in "A Russian
 * general went to the embassy, told American officials that jets were about to strike, and asked
 * that US aircraft keep away, a senior US official said." the speaker is the official; "told" is
 * told of, inside what the official said. Read first verb first, the narrated actor before "told"
 * spoke, and "the official" in the sentences after inherited him. A sentence that ends in ", <a
 * short speaker phrase> said." is read with that verb first (detect.ts keeps it only when it names a
 * known speaker: "Ankara asked Moscow to halt, a Turkish spokesperson said" stays Ankara's); one with no
 * other verb is unchanged, and so is a closing pronoun ("…, he said"), which points back to the
 * sentence's own subject.
 */

/** a verb that closes a sentence's attribution */
const CLOSING_VERB = /^(?:said|says|added|stated|noted|stressed|warned)$/i;
/** nothing after the verb but a day or "in a statement", then the sentence's end */
const TO_THE_END = /^\s*(?:(?:on|late on|early on)\s+\w+|in\s+a\s+statement|today|yesterday|this\s+week|last\s+week)?\s*[.!?]?\s*["”’]?\s*$/i;
/** the speaker phrase, set off by a comma: a few words, no clause of its own */
const SPEAKER_PHRASE = /,\s+((?:[^\s,;:"“”]+\s+){0,7}?[^\s,;:"“”]+)\s+$/;

/** `s`: the sentence as written; `matches`: its attribution verbs in order. The closing one first, when there is one and others before it. */
export function closingFirst<M extends { index: number; 0: string }>(s: string, matches: readonly M[]): readonly M[] {
  if (matches.length < 2) return matches;
  const last = matches[matches.length - 1]!;
  if (!CLOSING_VERB.test(last[0]) || !TO_THE_END.test(s.slice(last.index + last[0].length))) return matches;
  const phrase = SPEAKER_PHRASE.exec(s.slice(0, last.index));
  // (a pronoun points back to the sentence's own subject: "Shoigu reported to Putin that …, he said" is Shoigu's)
  if (phrase === null || /^(?:and|but|which|who|that|as|while|when|he|she|they|it|we|i)\b/i.test(phrase[1]!)) return matches;
  return [last, ...matches.slice(0, -1)];
}
