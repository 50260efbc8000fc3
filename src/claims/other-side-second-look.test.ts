// Another side's account is its own for the fitted second look too (ADR 0225; ADR 0200 step 1 for
// counts). Invented wording, shaped like a wire report citing state television; the first probe is
// promoted without the veto.
import { describe, expect, it } from 'vitest';
import { dataset } from '../dataset/index';
import { createEngine } from '../engine/index';
import { FEATURE_NAMES } from './promote';

// a model that promotes every candidate the vetoes let it see: what it is shown is what the vetoes left
const promoteAll = createEngine(dataset, { promote: { features: [...FEATURE_NAMES], weights: FEATURE_NAMES.map(() => 0), bias: 0, threshold: 0 } });
const rel = (text: string, id: string) => promoteAll.analyzeText(text).claims.at(-1)?.matches.find((m) => m.claimId === id)?.relation;
const RAIDS = 'russia-raids-destroyed-hq-warehouse-bomb-factory';

describe('the second look is not asked about another side’s account', () => {
  it('a source cited by another state’s television is not promoted to Russia’s own account', () => {
    expect(rel('A military source quoted by Syrian television said the Russian raids destroyed a terrorist headquarters.', RAIDS)).not.toBe('corroborates');
  });
  it('the claimant’s own words still are', () => {
    expect(rel('Russia said its raids destroyed a terrorist headquarters.', RAIDS)).toBe('corroborates');
  });
});
