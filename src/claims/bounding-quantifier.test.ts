// "No more than one in 20" bounds a share, as "only one in 20" does: it is no negation of the
// sentence (polarity.ts, polarity-rules.ts). Invented wording, shaped like real 2015 reporting.
import { describe, expect, it } from 'vitest';
import { dataset } from '../dataset/index';
import { createEngine } from '../engine/index';
import { NEGATION } from './polarity';

const engine = createEngine(dataset);
const FALLON = 'fallon-only-five-percent-hit-is';
const relation = (text: string) => engine.analyzeText(text, { date: '2015-10-03' }).claims.at(-1)?.matches.find((m) => m.claimId === FALLON)?.relation;

describe('a bound on a figure is not a negation', () => {
  it('reads "no more than", "no fewer than", "no later than" as bounds', () => {
    for (const s of ['no more than one in 20', 'no fewer than 12 targets', 'no later than friday', 'no less than a week']) expect(NEGATION.test(s)).toBe(false);
    for (const s of ['no isis fighters', 'there is no more talk', 'not more than']) expect(NEGATION.test(s)).toBe(true);
  });

  it('restates the British estimate with "no more than" as with "only", and never contradicts it', () => {
    expect(relation("Britain's defence secretary said on Saturday that no more than one Russian air strike in 20 had been aimed at Islamic State fighters.")).toBe('corroborates');
    expect(relation("Britain's defence secretary said on Saturday that only one Russian air strike in 20 had been aimed at Islamic State fighters.")).toBe('corroborates');
  });
});
