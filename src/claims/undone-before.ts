/**
 * An act told as not done: a negator or a modal just before its verb ("had not summoned", "may call
 * in", "never asked") or an infinitive still wanted ("plans to summon"). Read on the text before the
 * act's words, for the rules that read an act by its own words (diplomatic-act.ts, demand-to-stop.ts).
 */
const UNDONE_BEFORE = /(?:\b(?:not|never|no|n't|may|might|could|would|will|shall|should|must)\W+(?:\w+\W+){0,2}|\bto\s+)$/i;

/** Is the act whose words start at `at` told as not done? */
export function undoneAt(sentence: string, at: number): boolean {
  return UNDONE_BEFORE.test(sentence.slice(0, at));
}
