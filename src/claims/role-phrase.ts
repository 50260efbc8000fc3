/**
 * An office as headlines and wires write it, read before the dataset's roles are asked who holds
 * it (issue 13, who is speaking):
 * - short forms: "Syrian FM" is the Syrian foreign minister, "Turkish PM" the prime minister;
 * - a posting is not the office's owner: "Syria's ambassador to Russia" is Syria's envoy, not
 *   Russia's ("the Russian ambassador"), so the state after "to" or "in" is left out of the words
 *   that say whose office it is.
 */
import { COUNTRY_WORDS } from '../actors/rule-tables';

const SHORT_FORMS: readonly [RegExp, string][] = [
  [/\bFM\b/g, 'foreign minister'],
  [/\bPM\b/g, 'prime minister'],
  [/\bDefMin\b/g, 'defence minister'],
];

/** An office word that a state after "to" / "in" is the posting of, not the owner of. */
const POSTED = /\b(?:ambassador|envoy|emissary|representative|attach[ée]|consul|charg[ée] d['’]affaires)\b/i;
const STATE_WORD = Object.values(COUNTRY_WORDS)
  .flat()
  .filter((w) => w.replace(/\./g, '').length > 2)
  .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+'))
  .sort((a, b) => b.length - a.length)
  .join('|');
const POSTING = new RegExp(String.raw`\s+(?:to|in|at)\s+(?:the\s+)?(?:${STATE_WORD})(?![A-Za-z])`, 'gi');

/** Short forms written out. */
export function expandRoleShortForms(phrase: string): string {
  let out = phrase;
  for (const [re, long] of SHORT_FORMS) out = out.replace(re, long);
  return out;
}

/** The phrase without the state an envoy is posted to ("Syria's ambassador to Russia" → "Syria's ambassador"). */
export function withoutPosting(phrase: string): string {
  return POSTED.test(phrase) ? phrase.replace(POSTING, '') : phrase;
}

/** Capitalised words that are offices, not whose office ("the Foreign Secretary", "the Prime Minister"). */
const OFFICE_CAPITAL = /^(?:The|A|An|Minister|Secretary|Spokesman|Spokeswoman|Spokesperson|Ministry|Office|Department|Affairs|Defence|Defense|Foreign|Prime|President|General|Council|Committee|Command|Forces|Force|Army|Navy|Government|Officials?|Senior|Deputy|State|Chief|Head|Chairman|Chairwoman|Chair|Press|Secretary-General|Interior|Justice|Home|First|Vice)$/;

/**
 * Does the phrase name a body by a proper word of its own ("the chairman of the Duma foreign
 * affairs committee", "the Pentagon press secretary")? Then it says whose office it is, as a
 * state's name does; "the Prime Minister" alone does not.
 */
export function namesABody(phrase: string): boolean {
  return phrase
    .split(/\s+/)
    .slice(1)
    .some((w) => /^[A-Z][a-z]{2,}/.test(w) && !OFFICE_CAPITAL.test(w.replace(/['’]s$|[,.;:]$/g, '')));
}
