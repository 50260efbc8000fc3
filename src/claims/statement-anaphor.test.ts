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

describe('"the statement" after its issuer was named (statementIssuer)', () => {
  it('is the issuer named for the statement before, not the speaker before it', () => {
    const text =
      'On Friday the seven countries issued a statement asking Moscow to end its raids on the opposition.\n\nThe US said separately that it had been warned an hour before the first strike.\n\nThe statement stressed "deep concern" over the raids.';
    expect(claimant(text)?.actorId).toBe('seven-countries');
  });
  it('reads the issuer from a possessive', () => {
    const text = "In the seven countries' joint statement, the raids were said to risk escalation.\n\nThe statement stressed \"deep concern\" over the raids.";
    expect(claimant(text)?.actorId).toBe('seven-countries');
  });
  it('takes no actor a statement only speaks of', () => {
    const text = 'A statement about Russia was read out in the chamber on Friday. The statement stressed "grave concern" over the raids.';
    expect(claimant(text)?.actorId).not.toBe('russia');
  });
});
