/**
 * An unnamed collective of states as a speaker (issue 13, speakers): "West accuses Russia of…",
 * "Western powers said…", "Gulf and Western governments warned…". It names no one the reports
 * could lack, as a person's name does ("Ibrahim Kalin said"): like "officials" or "the
 * spokesman", it may be the reports' own speaker unnamed. It is no named stranger, so it neither
 * agrees nor clashes with a claim's claimant and the words alone decide.
 */

const BLOC = String.raw`(?:West|Western|Gulf|Arab|European|NATO)`;
/** the bloc alone ("the West"), or bloc adjectives before a plural of states or their people */
const COLLECTIVE = new RegExp(
  String.raw`^(?:the\s+)?(?:West|${BLOC}(?:\s+and\s+${BLOC})?\s+(?:powers|governments|nations|countries|capitals|leaders|states|allies|partners|officials|diplomats))$`,
  'i',
);

/** Is the speaker phrase an unnamed collective of states ("the West", "Western governments")? */
export function unnamedCollective(phrase: string): boolean {
  return COLLECTIVE.test(phrase.trim().replace(/[,.]$/, '').trim());
}
