/**
 * The oracle of the engine's rule tests under src/claims/: the relation the bundled engine gives
 * the last sentence of a text to one known claim (undefined: not a candidate at all), as the
 * extension runs it, or by the hand rules alone (the fitted second look off, ADR 0135).
 */
import { dataset } from '../../src/dataset/index';
import { createEngine, type Engine } from '../../src/engine/index';
import type { Relation } from '../../src/claims/match';

const asRun = createEngine(dataset);
const rulesAlone = createEngine(dataset, { promote: false });

const lastRelation = (engine: Engine, text: string, claimId: string): Relation | undefined =>
  engine.analyzeText(text).claims.at(-1)?.matches.find((m) => m.claimId === claimId)?.relation;

export const relationOfLastSentence = (text: string, claimId: string) => lastRelation(asRun, text, claimId);
export const relationByRulesAlone = (text: string, claimId: string) => lastRelation(rulesAlone, text, claimId);
