/**
 * A phrasal verb whose particle comes after its object: "brought the plane
 * down", "shot two drones down", "blew the jet up". The particle carries the
 * sense (the verb alone says little), and news writes both orders; the
 * tokenizer joins the two when the particle follows the verb within a few
 * words and no punctuation stands between (ADR 0235). Only the particles that
 * are no preposition ("down", "up"): "called Obama in September" is no
 * summons, so "call … in" joins only side by side, as before.
 */

/** verb (as written, or its stem) and particle → the term the pair makes; kept in step with the adjacent table in tokens.ts */
const SPLIT: Readonly<Record<string, string>> = {
  'bring down': 'down', 'shoot down': 'down', 'blow up': 'down', 'blew up': 'down', 'blown up': 'down',
  'step up': 'intens', 'ramp up': 'intens',
};

/** How many words may stand between the verb and its particle. */
export const SPLIT_MAX_WORDS = 3;

/** The particles that may stand apart from their verb. */
export const SPLIT_PARTICLES: ReadonlySet<string> = new Set(['down', 'up']);

const HEADS: ReadonlySet<string> = new Set(Object.keys(SPLIT).map((k) => k.slice(0, k.indexOf(' '))));

/** Is the word (as written, or its stem) a verb that may be split from its particle? */
export function isSplitHead(written: string, stemmed: string | null): boolean {
  return HEADS.has(written) || (stemmed !== null && HEADS.has(stemmed));
}

/** The term a split verb and particle make together, if they are a pair. */
export function splitTerm(written: string, stemmed: string, particle: string): string | undefined {
  const k1 = `${written} ${particle}`;
  if (Object.hasOwn(SPLIT, k1)) return SPLIT[k1];
  const k2 = `${stemmed} ${particle}`;
  return Object.hasOwn(SPLIT, k2) ? SPLIT[k2] : undefined;
}

/** Does folded text[from, to) hold only spaces, letters, digits, hyphens and apostrophes (no clause break)? */
export function plainGap(folded: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = folded.charCodeAt(i);
    if (!((c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 32 || c === 45 || c === 39)) return false;
  }
  return true;
}
