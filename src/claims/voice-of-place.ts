/**
 * Whom a state or capital named after a preposition speaks for (issue 13, who is speaking). "Officials
 * in Moscow said" is Russia speaking, and "the ministry in Damascus" is Syria's; but "activists on
 * the ground in Syria say", "a rebel commander in Syria says" and a headline's "Russian Airstrikes
 * in Syria:" are not the Syrian state: the place is only where they are. With nothing else named,
 * a state or its capital speaks only when the phrase names someone who speaks for a government
 * ("the head of Russia's security service"). Other actors after a preposition keep ADR 0145's
 * rule ("the report issued by the UN office" is the UN's).
 */

/** Words of those who speak for a government or its institutions. */
const SPEAKS_FOR_GOVERNMENT = /\b(?:officials?|ministry|ministries|minister|government|authorities|spokes(?:man|woman|person|people)|sources?|diplomats?|envoys?|ambassadors?|embassy|military|army|navy|command|kremlin|presidency|leadership|administration|security service|intelligence|state media|state television|news agency)\b/i;

/** May a state or capital named after a preposition in the speaker phrase be the speaker? */
export function placeSpeaksFor(phrase: string): boolean {
  return SPEAKS_FOR_GOVERNMENT.test(phrase);
}
