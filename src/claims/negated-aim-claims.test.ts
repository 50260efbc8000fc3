// A known accusation that strikes did not aim at a group, restated by its own claimant
// (negated-aim-claims.ts). Invented wording, shaped like real 2015 reporting.
import { describe, expect, it } from 'vitest';
import { dataset } from '../dataset/index';
import { createEngine } from '../engine/index';
import { negatedAimClaims } from './negated-aim-claims';

const engine = createEngine(dataset);
const SEVEN = 'seven-countries-strikes-did-not-target-isis';
const FIRST = 'russia-says-first-strikes-hit-isis';
const lastMatches = (text: string, date: string) => engine.analyzeText(text, { date }).claims.at(-1)?.matches ?? [];
const relationTo = (text: string, date: string, id: string) => lastMatches(text, date).find((m) => m.claimId === id);

describe('an accusation that the strikes did not aim at a group, restated by its claimant', () => {
  const signatories = 'The signatories, the United States, Britain, France, Germany, Turkey, Qatar and Saudi Arabia, criticised Russian air raids that as they saw it had not been aimed at Islamic State.';

  it('corroborates the joint statement when its states are named, and contradicts Moscow’s report through it', () => {
    expect(relationTo(signatories, '2015-10-02', SEVEN)?.relation).toBe('corroborates');
    const first = relationTo(signatories, '2015-10-02', FIRST);
    expect(first?.relation).toBe('contradicts');
    expect(first?.reason).toMatch(/^opposite account \(via seven-countries-strikes-did-not-target-isis\)/);
  });

  it('is no statement of the seven when one official alone says it: a direct contradiction of Moscow only', () => {
    const text = 'A Pentagon official said the Russian raids near Hama had not been aimed at Islamic State.';
    expect(relationTo(text, '2015-10-02', SEVEN)?.relation).not.toBe('corroborates');
    expect(relationTo(text, '2015-10-02', FIRST)?.relation).toBe('contradicts');
  });

  it('is not read on a page a month later', () => {
    expect(relationTo(signatories, '2015-11-20', SEVEN)?.relation).not.toBe('corroborates');
  });
});

describe('an accusation about the strikes\' aim, against an account of strikes on the group', () => {
  it('is not disputed by the writer\'s own account of strikes, only by a speaker answering it', () => {
    const writer = engine.analyzeText('Russian warplanes strike key Islamic State targets in Syria', {}).claims.flatMap((c) => c.matches);
    expect(writer.find((m) => m.claimId === SEVEN && m.relation === 'contradicts')).toBeUndefined();
    expect(relationTo('Russia\'s defence ministry insisted on Friday that its warplanes were striking Islamic State targets in Syria.', '2015-10-02', SEVEN)?.relation).toBe('contradicts');
  });
});

describe('negatedAimClaims', () => {
  it('reads the bundled accusation: Russia, not Islamic State, by the seven countries', () => {
    const isGroup = (id: string) => dataset.actors.find((a) => a.id === id)?.type === 'armed_group';
    expect(negatedAimClaims(dataset.claims, isGroup)).toEqual([{ claimId: SEVEN, claimant: 'seven-countries', doer: 'russia', group: 'isis' }]);
  });
});
