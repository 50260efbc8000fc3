// A figure told "by X's count" after a contrast is X's (issue 13, figures). Invented sentences.
import { describe, expect, it } from 'vitest';
import { dataset } from '../dataset/index';
import { createEngine } from '../engine/index';
import { countClause } from './count-attribution';

const span = (s: string) => ({ start: 0, end: s.length });

describe('a count clause after a contrast', () => {
  it('gives the clause its owner and its words', () => {
    const s = "Ankara says its jets stayed home, but by the Pentagon's count 14 raids were flown that night.";
    const c = countClause(s, span(s), [s.indexOf('14')])!;
    expect(s.slice(c.speaker.start, c.speaker.end)).toBe('the Pentagon');
    expect(s.slice(c.content.start, c.content.end)).toBe('14 raids were flown that night');
  });
  it('is none without a figure in the clause, or without a contrast before it', () => {
    const a = "Ankara says its jets stayed home, but by the Pentagon's count that is untrue.";
    expect(countClause(a, span(a), [])).toBeNull();
    const b = "By the Pentagon's count 14 raids were flown that night.";
    expect(countClause(b, span(b), [b.indexOf('14')])).toBeNull();
  });
});

describe('the engine', () => {
  const engine = createEngine(dataset, { promote: false });
  it("reads British intelligence's share after Moscow's insistence as the British claim, not Moscow's", () => {
    const c = engine.analyzeText("The Kremlin insists its bombers are pounding IS, but by British intelligence's count only one in 20 Russian air strikes has hit the jihadists.").claims.at(-1)!;
    expect(c.matches.find((m) => m.claimId === 'fallon-only-five-percent-hit-is')?.relation).toBe('corroborates');
  });
});
