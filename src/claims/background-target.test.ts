// A standing fact of whose strikes hit whom needs its target named (background-target.ts). Invented wording.
import { describe, expect, it } from 'vitest';
import { dataset } from '../dataset/index';
import { createEngine } from '../engine/index';

const engine = createEngine(dataset);
const COALITION = 'us-and-allies-strike-is-in-syria';
const matchesOf = (text: string) => engine.analyzeText(text, {}).claims.flatMap((c) => c.matches);
const corroborates = (text: string) => matchesOf(text).some((m) => m.claimId === COALITION && m.relation === 'corroborates');

describe('the coalition’s strikes on Islamic State, a standing fact', () => {
  it('is told by a sentence that names the target', () => {
    expect(corroborates('For over a year a US-led coalition has been bombing Islamic State targets in Syria.')).toBe(true);
  });

  it('is not told by a headline on other strikes the coalition rebukes, nor by a plan of whom to strike', () => {
    expect(corroborates('Washington and six allies rebuke Moscow over Syria strikes')).toBe(false);
    expect(corroborates('Russia and US-led coalition agree on who to strike in Syria: Lavrov')).toBe(false);
  });
});
