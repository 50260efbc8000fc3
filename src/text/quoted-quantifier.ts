/**
 * A quantifier in quotation marks (issue 13, quantifiers): reporters quote a speaker's own words
 * for how much, 'the "vast majority" of the strikes', "what he called the 'bulk' of the raids".
 * The marks are the reporter's, not the figure's: with them in place, the share reader saw no
 * "vast majority of" and the sentence lost the figure that says "most". The marks hugging such a
 * phrase are blanked (same length, so every offset holds); an apostrophe inside a word
 * ("Russia's most") is no quotation mark.
 */

const QUOTED = /(^|[\s(])(["“”‘’'])((?:(?:the|a)\s+)?(?:(?:vast|great|overwhelming|large|clear)\s+)?(?:majority|most|bulk))(["“”‘’'])(?=[\s,.;:!?)]|$)/gi;

/** `s` with the quotation marks around a quantifier phrase ("vast majority") replaced by spaces. */
export function unquoteQuantifiers(s: string): string {
  if (!/["“”‘’']/.test(s)) return s;
  return s.replace(QUOTED, (_all, lead: string, _open: string, phrase: string) => `${lead} ${phrase} `);
}
