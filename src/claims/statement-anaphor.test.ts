// "The statement said" is the last speaker's statement, never the nearest actor's (issue 13, speakers). Invented wording.
import { describe, expect, it } from 'vitest';
import { dataset } from '../dataset/index';
import { createEngine } from '../engine/index';
import { statementAnaphor } from './statement-anaphor';

const engine = createEngine(dataset, { promote: false });
const claimant = (text: string) => engine.analyzeText(text).claims.at(-1)?.claimant;

describe('statementAnaphor', () => {
  it('is a bare statement, not one with its author named', () => {
    expect(statementAnaphor('the statement')).toBe(true);
    expect(statementAnaphor('the joint statement')).toBe(true);
    expect(statementAnaphor("the ministry's statement")).toBe(false);
    expect(statementAnaphor('a statement from the kremlin')).toBe(false);
  });
});

describe('"the statement" as a speaker', () => {
  it('is the speaker before it, not the actor it spoke of', () => {
    const text = 'The Turkish foreign ministry said on Friday it had summoned the Russian envoy. Ankara wants Moscow to "halt the bombing of the villages at once," the statement said.';
    expect(claimant(text)?.actorId).toBe('turkish-foreign-ministry');
  });
  it('with no speaker before it is left unnamed, never the nearest state', () => {
    const text = 'Strikes by Russia hit villages near the border on Friday. The statement stressed "grave concern" over the raids.';
    expect(claimant(text)?.actorId).toBeUndefined();
  });
});
