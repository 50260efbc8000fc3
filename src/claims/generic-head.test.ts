/**
 * A generic head, a relative clause and a person the dataset does not name, as reporting writes
 * them before "said" (issue 13, who is speaking; ADR 0345). Invented sentences.
 */
import { describe, expect, it } from 'vitest';
import { createEngine } from '../engine/index';
import { dataset } from '../dataset/index';

const engine = createEngine(dataset, { promote: false });
const speakerOf = (text: string, start: string): string | undefined => {
  const c = engine.analyzeText(text).claims.find((x) => x.text.startsWith(start))?.claimant;
  return c ? (c.actorId ?? `words: ${c.text}`) : undefined;
};
const before = 'Islamic State group fighters left the town of Tabqa on Friday. ';

describe('a generic head that is no earlier actor (generic-head.ts)', () => {
  it('reads a body named in apposition as that body', () => {
    expect(speakerOf(`${before}The activist group Tabqa Speaks Out says the raids spared the market.`, 'The activist group')).toBe('words: The activist group Tabqa Speaks Out');
  });
  it('reads "a group that …" as a new body', () => {
    expect(speakerOf(`${before}Residents and a group that counts the dead said jets bombed the bakery.`, 'Residents and a group')).not.toBe('isis');
  });
  it('still reads "the group" as the group named before', () => {
    expect(speakerOf(`${before}The group said its fighters had held the airport.`, 'The group said')).toBe('isis');
  });
});

describe('a relative clause between the speaker and the verb', () => {
  it('gives the appositive\'s named stranger the words, not what the clause spoke of', () => {
    expect(speakerOf(`${before}Omar Haddad, a local doctor, who works 50 miles from the IS stronghold, said the wards were full.`, 'Omar Haddad')).toBe(
      'words: Omar Haddad, a local doctor, who works 50 miles from the IS stronghold,',
    );
  });
  it('keeps "the official" the official named before', () => {
    const text = 'A senior U.S. official said Moscow gave an hour\'s notice. The official, who asked not to be named, said the warning came through Baghdad.';
    expect(speakerOf(text, 'The official, who')).toBe('united-states');
  });
  it('keeps a state\'s official speaking for the state', () => {
    const text = '"The jet was brought down," Pavel Sorokin, head of Russia\'s security service, said on Monday.';
    expect(speakerOf(text, '"The jet')).toBe('russia');
  });
});
