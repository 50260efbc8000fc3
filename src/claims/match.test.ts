import { describe, expect, it } from 'vitest';
import { createEngine } from '../engine/index';
import { fixtureDataset } from '../engine/__fixtures__/dataset';

const engine = createEngine(fixtureDataset);
/** matches of the one claim sentence in `text` (the last one if several) */
const matchesOf = (text: string) => {
  const r = engine.analyzeText(text);
  return r.claims[r.claims.length - 1]?.matches ?? [];
};
const strong = (text: string) => matchesOf(text).filter((m) => m.relation !== 'related');

describe('claim matching', () => {
  it('corroborates a re-reported figure, with a readable reason', () => {
    const m = strong('The Syrian Observatory for Human Rights said a dozen Islamic State jihadists died in Russian raids on Raqqa.');
    expect(m).toHaveLength(1);
    expect(m[0]).toMatchObject({ claimId: 'sohr-12-killed', relation: 'corroborates' });
    expect(m[0]!.reason).toBe('same figure: 12 militants killed; source: Syrian Observatory for Human Rights');
    expect(m[0]!.score).toBeGreaterThan(0.6);
    expect(m[0]!.score).toBeLessThanOrEqual(1);
  });

  it('contradicts a changed figure in the same slot', () => {
    const m = strong('The Syrian Observatory for Human Rights said 20 ISIS fighters were killed in the Russian strikes near Raqqa.');
    expect(m).toEqual([
      expect.objectContaining({ claimId: 'sohr-12-killed', relation: 'contradicts', reason: 'different figure: 20 vs 12 militants killed (Syrian Observatory for Human Rights)' }),
    ]);
  });

  it('does not compare figures of another unit (wounded is not killed)', () => {
    expect(strong('The Syrian Observatory for Human Rights said 20 ISIS fighters were wounded in the Russian strikes near Raqqa.').filter((m) => m.relation === 'contradicts')).toEqual([]);
  });

  it('keeps other places and other dates apart', () => {
    expect(strong('The monitoring group said 20 ISIS fighters were killed in Russian strikes near Aleppo.')).toEqual([]);
    expect(strong('In February 2016 the monitoring group said 20 ISIS fighters were killed in Russian strikes on Raqqa.')).toEqual([]);
  });

  it('contradicts an admission against a denial', () => {
    const m = strong('Putin acknowledged that civilians had been killed in Russian raids.');
    expect(m).toEqual([expect.objectContaining({ claimId: 'putin-denies-civilians', relation: 'contradicts' })]);
    expect(m[0]!.reason).toMatch(/^opposite polarity/);
  });

  it('corroborates a denial that is re-reported as a denial', () => {
    expect(strong('Putin denied that civilians had been killed in Russian raids, calling the reports information warfare.')).toEqual([
      expect.objectContaining({ claimId: 'putin-denies-civilians', relation: 'corroborates' }),
    ]);
  });

  it('contradicts a word negated on one side and affirmed on the other, about the same thing', () => {
    expect(strong('Putin said the current level of attacks was enough to defeat Islamic State.')).toEqual([
      expect.objectContaining({ claimId: 'putin-not-enough', relation: 'contradicts' }),
    ]);
    expect(strong('Putin said the current level of attacks was not enough to defeat IS.')).toEqual([
      expect.objectContaining({ claimId: 'putin-not-enough', relation: 'corroborates' }),
    ]);
    // another doer, or another target, is no contradiction
    expect(strong('The United States and its allies are carrying out air strikes in Syria, targeting Islamic State.').filter((m) => m.relation === 'contradicts')).toEqual([]);
    expect(strong('Russian strikes again target Assad.').filter((m) => m.relation === 'contradicts')).toEqual([]);
  });

  it('contradicts a reversed attribution', () => {
    const m = strong('Russia warned Turkey to stop bombing civilian Turkmen villages in Syria at once.');
    expect(m).toEqual([expect.objectContaining({ claimId: 'turkey-demands-stop-turkmen', relation: 'contradicts' })]);
    expect(m[0]!.reason).toMatch(/^reversed attribution/);
  });

  it('contradicts, through the dataset relations, what the matched claim is contradicted by', () => {
    const m = strong('"The operation has been entirely against positions of the Free Syrian Army," Davutoglu said.');
    expect(m.map((x) => [x.claimId, x.relation])).toEqual([
      ['davutoglu-fsa', 'corroborates'],
      ['russia-says-bombing-isis', 'contradicts'],
    ]);
    expect(m[1]!.reason).toMatch(/^opposite account \(via davutoglu-fsa\)/);
  });

  it('does not corroborate on topic alone', () => {
    const m = matchesOf('Russian jets struck targets in Syria again on Saturday, officials said.');
    expect(m.filter((x) => x.relation === 'corroborates')).toEqual([]);
  });

  it('finds nothing in unrelated text', () => {
    expect(matchesOf('The council approved 12 new streetlights, the mayor said.')).toEqual([]);
  });
});
