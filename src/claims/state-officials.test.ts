// A state's unnamed officials speak for the state (issue 13: figures and headlines told by
// "…, say Russian officials"). Invented sentences shaped like 2015 wire copy.
import { describe, expect, it } from 'vitest';
import { dataset } from '../dataset/index';
import { createEngine } from '../engine/index';
import { stateOfOfficials } from './state-officials';

describe('a state\'s unnamed officials', () => {
  it('name the state: "Russian officials", "US defence officials", "the UK\'s diplomats"', () => {
    expect(stateOfOfficials('Russian officials')).toBe('russia');
    expect(stateOfOfficials('US defence officials')).toBe('united-states');
    expect(stateOfOfficials("the UK's diplomats")).toBe('britain');
  });
  it('name no state with a name, a capital, one official or another head noun', () => {
    expect(stateOfOfficials('Russian official Igor Petrov')).toBeUndefined();
    expect(stateOfOfficials('Moscow officials')).toBeUndefined();
    expect(stateOfOfficials('a Russian official')).toBeUndefined();
    expect(stateOfOfficials('Russian warplanes')).toBeUndefined();
  });
});

describe('the speaker of a sentence', () => {
  const engine = createEngine(dataset, { promote: false });
  const claimant = (text: string) => engine.analyzeText(text).claims.at(-1)?.claimant;
  it('"…, say Russian officials" is Russia, not the first actor of the claim', () => {
    expect(claimant('Six Islamic State depots were destroyed in the night raids, say Russian officials.')?.actorId).toBe('russia');
  });
  it('"Turkish officials said" is Turkey', () => {
    expect(claimant('Turkish officials said the jet had been warned ten times.')?.actorId).toBe('turkey');
  });
});
