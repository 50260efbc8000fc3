import { describe, expect, it } from 'vitest';
import { relationOfLastSentence } from '../../tests/support/last-sentence-relation';
import { anotherDoer, type DoerReading, doerOnlyBacks } from './another-doer';

const STATES: Record<string, string[]> = { russia: ['russia'], 'united-states': ['united-states'], 'us-led-coalition': [], 'russian-air-force': ['russia'], syria: ['syria'] };
const reading = (named: string[], over: Partial<DoerReading> = {}): DoerReading => ({
  doer: 'us-led-coalition',
  claimActors: new Set(['united-states', 'us-led-coalition', 'isis', 'syria']),
  others: new Set(['isis', 'syria']),
  named: named.map((id) => ({ id, before: id === 'syria' ? 'strikes in ' : '' })),
  speakers: [],
  isBystander: (id) => id === 'raqqa',
  compatible: (a, b) => a === b,
  statesOf: (id) => STATES[id] ?? [],
  ...over,
});

describe('anotherDoer', () => {
  it('reads a subject of another state than the doer’s side (a coalition’s side is its claim’s other actors)', () => {
    expect(anotherDoer(reading(['russia', 'syria', 'isis']))).toBe(true);
  });
  it('is false when the doer is named, the subject speaks, is a place, is governed by a preposition or has no state', () => {
    expect(anotherDoer(reading(['russia', 'us-led-coalition']))).toBe(false);
    expect(anotherDoer(reading(['russia', 'isis'], { speakers: ['russia'] }))).toBe(false);
    expect(anotherDoer(reading(['raqqa', 'isis']))).toBe(false);
    expect(anotherDoer(reading(['syria']))).toBe(false);
    expect(anotherDoer({ ...reading(['russia']), named: [{ id: 'russia', before: 'strikes against ' }] })).toBe(false);
    expect(anotherDoer(reading(['isis']))).toBe(false);
  });
  it('is false for a subject on the doer’s own side', () => {
    expect(anotherDoer(reading(['russian-air-force'], { doer: 'russia', claimActors: new Set(['russia', 'isis']), others: new Set(['isis']) }))).toBe(false);
  });
});

// invented sentences against the reports' "The United States and its allies are also carrying out air strikes on IS in Syria"
describe('another party’s strikes are not the coalition’s', () => {
  const ALLIES = 'us-and-allies-strike-is-in-syria';
  it('does not corroborate the coalition’s strikes with Russia’s', () => {
    expect(relationOfLastSentence('Russia carried out a fourth day of air strikes in Syria on Saturday, saying it was bombing Islamic State fighters.', ALLIES)).not.toBe('corroborates');
  });
  it('still corroborates them told of the coalition', () => {
    expect(relationOfLastSentence('The United States and its allies are also bombing Islamic State fighters in Syria.', ALLIES)).toBe('corroborates');
  });
});

describe('doerOnlyBacks', () => {
  const same = (a: string, b: string): boolean => a === b;
  it('is true when every mention of the doer is as another’s backer', () => {
    expect(doerOnlyBacks('russia', [{ id: 'syria', before: '' }, { id: 'russia', before: 'ground offensive backed by ' }], same)).toBe(true);
    expect(doerOnlyBacks('russia', [{ id: 'russia', before: 'pushed on with the support of ' }], same)).toBe(true);
  });
  it('is false when the doer is named as a doer once, or not named among the mentions', () => {
    expect(doerOnlyBacks('russia', [{ id: 'russia', before: '' }, { id: 'russia', before: 'backed by ' }], same)).toBe(false);
    expect(doerOnlyBacks('russia', [{ id: 'syria', before: '' }], same)).toBe(false);
  });
});

// invented headline against the Kremlin's "There is no talk of putting Russian troops on the ground in Syria"
describe('a backer is not the doer of a denial', () => {
  it('does not contradict the denial with another army’s offensive that Russia backs', () => {
    expect(relationOfLastSentence('Syrian troops launch ground offensive in Hama backed by Russia', 'kremlin-no-ground-troops')).not.toBe('contradicts');
  });
});
