// "The official said" is the official who spoke just before (detect.ts, ADR 0310). Invented wording.
import { describe, expect, it } from 'vitest';
import { createEngine } from '../engine/index';
import { dataset } from '../dataset/index';

const engine = createEngine(dataset, { promote: false });
const lastClaimant = (text: string) => engine.analyzeText(text).claims.at(-1)?.claimant;

describe('"the official" after an official spoke', () => {
  it("is that official, whose state speaks", () => {
    const text = 'The Russian jets flew close to the Turkish border on purpose, a senior U.S. defence official said. "Nobody strays that far by mistake," the official said.';
    expect(lastClaimant(text)?.actorId).toBe('united-states');
  });
  it('is no one known when the speaker before was not named as an official', () => {
    const text = 'The Russian jets flew close to the Turkish border on purpose, Washington said. "Nobody strays that far by mistake," the official said.';
    expect(lastClaimant(text)?.actorId).toBeUndefined();
  });
});
