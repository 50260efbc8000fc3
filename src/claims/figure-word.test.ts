// An agreeing figure counts as a word the sentence and the claim share (ADR 0140): a claim
// restated with its figure in quite other words is found; a duration or a figure of another
// unit is not made a word. Invented wording, shaped like real 2015 reporting.
import { describe, expect, it } from 'vitest';
import { dataset } from '../dataset/index';
import { createEngine } from '../engine/index';

const engine = createEngine(dataset);
const matchOf = (text: string, id: string) => {
  const r = engine.analyzeText(text);
  return r.claims[r.claims.length - 1]?.matches.find((m) => m.claimId === id);
};

describe('a figure that agrees is a shared word', () => {
  it('"the air group was doubled and counts 69 aircraft" restates "raised the number of its aircraft in Syria to 69"', () => {
    const m = matchOf("Moscow's air group at the Syrian base was doubled and now counts 69 aircraft, the general told reporters.", 'russia-69-aircraft-in-syria');
    expect(m?.relation).toBe('corroborates');
    expect(m?.reason).toMatch(/^same figure: 69/);
  });
  it('"5 percent of strikes aimed at IS" restates the five-per-cent claim', () => {
    expect(matchOf('Just 5 percent of Russian strikes in Syria aimed at IS', 'fallon-only-five-percent-hit-is')?.relation).toBe('corroborates');
  });
  it('another figure in the same unit is no shared word', () => {
    expect(matchOf("Moscow's air group at the Syrian base was doubled and now counts 34 aircraft, the general told reporters.", 'russia-69-aircraft-in-syria')?.relation).not.toBe('corroborates');
  });
  it('a duration is no shared word ("four days" agrees with too much)', () => {
    const r = engine.analyzeText('Four days of missile strikes, and a protest from Ankara');
    expect(r.claims.flatMap((c) => c.matches).filter((m) => m.relation === 'corroborates')).toEqual([]);
  });
});
