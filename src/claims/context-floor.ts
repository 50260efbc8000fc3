/**
 * The sentence before at the lexical floor (issue 13, neighbouring-sentence
 * context; ADR 0235). A terse follow-up names little of what it restates —
 * "Ankara wants Moscow to end it at once" after a sentence on the bombing of
 * border villages — so its own words fall below the floor (lex 0.3), where a
 * candidate was dropped before the sentence before was ever read. Such a
 * candidate is now kept when its own words reach CONTEXT_FLOOR and, with the
 * sentence before as context (lexicalInContext: the context adds to coverage
 * only, never to the sentence's own precision), it reaches a corroboration.
 * It can only corroborate: every other relation reads the sentence's own
 * score, which stays below the floor.
 */
import { THRESHOLDS } from './match-types';

/** How much a sentence's own words must share with a claim for the sentence before to complete it. */
export const CONTEXT_FLOOR = 0.2;

/**
 * Could a candidate sharing at most `shared` idf mass with a sentence of `queryMass` be lifted?
 * With the sentence before, coverage may reach 1 but precision stays the sentence's own
 * (shared / queryMass): the best score it allows (lexicalInContext's formula at coverage 1) must
 * reach a corroboration. Retrieval reads it to skip, below the floor, what cannot be lifted.
 */
export function mayLift(shared: number, queryMass: number): boolean {
  if (queryMass === 0 || shared === 0) return false;
  const prec = Math.min(1, shared / queryMass);
  const best = 0.5 * ((2 * prec) / (1 + prec)) + 0.5 * Math.min(1, prec * 2);
  return liftedByContext(best);
}

/**
 * May a candidate below the floor on its own words lean on the sentence before? Not when the
 * sentence before already matched the claim itself (the follow-up is not given it on its words).
 */
export function mayLeanOnContext(lex: number, floor: number, hasContext: boolean, beforeMatchedIt: boolean): boolean {
  return hasContext && !beforeMatchedIt && lex < floor && lex >= CONTEXT_FLOOR;
}

/** Does the score with the sentence before reach a corroboration (the least threshold any reads)? */
export function liftedByContext(lexInContext: number): boolean {
  return lexInContext >= THRESHOLDS.corroborate;
}
