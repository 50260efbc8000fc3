/**
 * An office of another kind is no holder of this one (issue 13, who is speaking). The role
 * resolver (roles.ts) counts shared words, so "Foreign Ministry spokesman …" shared "ministry"
 * and "spokesman" with the Russian Defence Ministry's spokesman, and "a spokeswoman for the
 * Foreign Office" shared "foreign" with the Foreign Secretary. Two kinds are told apart here:
 * which ministry (foreign, defence, interior …), and a spokesperson against the office holder
 * they speak for. Words are the resolver's (folded, stemmed).
 */
import { tokenize } from '../text/tokens';

const stem = (w: string): string => tokenize(w)[0]?.t ?? w;

/** What a ministry, minister or office is for: "Foreign Ministry" is not "Defence Ministry". */
const MINISTRY_KINDS: ReadonlySet<string> = new Set(['foreign', 'defence', 'defense', 'interior', 'justice', 'finance', 'economy', 'energy', 'health', 'emergencies'].map(stem));
/** The words that make the kind a ministry's ("foreign" alone may be any foreign thing). */
const OFFICE_OF_STATE: ReadonlySet<string> = new Set(['ministry', 'minister', 'office', 'secretary', 'department'].map(stem));
const SPOKES: ReadonlySet<string> = new Set(['spokesman', 'spokeswoman', 'spokesperson', 'spokesmen', 'spokespeople'].map(stem));
/** An actor whose office is to speak for another: a spokesperson, a press secretary. */
const SPEAKS_FOR: ReadonlySet<string> = new Set([...SPOKES, stem('press')]);

function kinds(words: ReadonlySet<string>): Set<string> {
  const out = new Set<string>();
  for (const w of words) if (MINISTRY_KINDS.has(w)) out.add(w === stem('defense') ? stem('defence') : w);
  return out;
}

const hasAny = (words: ReadonlySet<string>, set: ReadonlySet<string>): boolean => {
  for (const w of words) if (set.has(w)) return true;
  return false;
};

/**
 * Does the phrase name an office of another kind than the actor's? `phrase` and `row` are the
 * resolver's word sets; `person` says whether the actor is a person (a body may be spoken for).
 */
export function anotherKindOfOffice(phrase: ReadonlySet<string>, row: ReadonlySet<string>, person: boolean): boolean {
  // "a Foreign Ministry spokesman" is no one of the Defence Ministry
  if (hasAny(phrase, OFFICE_OF_STATE)) {
    const want = kinds(phrase);
    const have = kinds(row);
    if (want.size > 0 && have.size > 0 && ![...want].some((k) => have.has(k))) return true;
  }
  // "a spokeswoman for the Foreign Office" is not the Foreign Secretary: a person named for a
  // spokesperson's words must be one (the body itself may still be the speaker)
  if (person && hasAny(phrase, SPOKES) && !hasAny(row, SPEAKS_FOR)) return true;
  return false;
}
