/**
 * The oracle of the engine's rule tests under src/claims/: the relation the bundled engine gives
 * the last sentence of a text (on a page with no date, or the one given) to one known claim (undefined: not a candidate at all), as the
 * extension runs it, or by the hand rules alone (the fitted second look off, ADR 0135).
 */
import { dataset } from '../../src/dataset/index';
import { createEngine, type Engine } from '../../src/engine/index';
import type { Relation } from '../../src/claims/match';

const asRun = createEngine(dataset);
const rulesAlone = createEngine(dataset, { promote: false });

const lastRelation = (engine: Engine, text: string, claimId: string, date?: string): Relation | undefined =>
  engine.analyzeText(text, date === undefined ? {} : { date }).claims.at(-1)?.matches.find((m) => m.claimId === claimId)?.relation;

/** `date`: the page's own date (ISO); without it the page has none */
export const relationOfLastSentence = (text: string, claimId: string, date?: string) => lastRelation(asRun, text, claimId, date);
export const relationByRulesAlone = (text: string, claimId: string) => lastRelation(rulesAlone, text, claimId);
