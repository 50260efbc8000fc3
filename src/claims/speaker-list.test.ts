// Several parties named as one speaker at a sentence's head (issue 13, speakers). Invented wording.
import { describe, expect, it } from 'vitest';
import { dataset } from '../dataset/index';
import { createEngine } from '../engine/index';
import { relationByRulesAlone } from '../../tests/support/last-sentence-relation';
import { commaInSpeakerList } from './speaker-list';

const engine = createEngine(dataset, { promote: false });
const claimant = (text: string) => engine.analyzeText(text).claims.at(-1)?.claimant;

describe('commaInSpeakerList', () => {
  it('joins the items of a list of names that ends in "and"', () => {
    expect(commaInSpeakerList('The USA', ' Turkey and their allies', ' Turkey and their allies')).toBe(true);
    expect(commaInSpeakerList('Russia', ' Iran', ' Iran, Iraq and Syria')).toBe(true);
    expect(commaInSpeakerList('Russia, Iran', ' Iraq and Syria', ' Iraq and Syria')).toBe(true);
  });
  it('is no list after a time, a place or a linking word, nor with no "and" to come', () => {
    expect(commaInSpeakerList('On Thursday', ' Russia and Syria', ' Russia and Syria')).toBe(false);
    expect(commaInSpeakerList('In Moscow', ' Lavrov and Kerry', ' Lavrov and Kerry')).toBe(false);
    expect(commaInSpeakerList('Russia', ' Iran', ' Iran')).toBe(false);
    expect(commaInSpeakerList('the strikes went on', ' Britain and France', ' Britain and France')).toBe(false);
  });
});

describe('a list of speakers at the head of a sentence', () => {
  it('speaks as all its members, not as the last one with its allies', () => {
    const c = claimant('The United States, Britain and several Gulf partners on Friday urged Moscow to end its raids on Syrian rebels and civilians at once.');
    expect(c?.actorIds).toEqual(expect.arrayContaining(['united-states', 'britain']));
  });
  it('gives a joint demand its joint statement (one member alone would not)', () => {
    const text = 'The USA, Britain and a group of Gulf states on Friday called on Russia to halt at once its airstrikes on Syrian opposition forces and civilians.';
    expect(relationByRulesAlone(text, 'seven-countries-demand-russia-cease-attacks')).toBe('corroborates');
    expect(relationByRulesAlone('Britain and a group of Gulf states on Friday called on Russia to halt at once its airstrikes on Syrian opposition forces and civilians.', 'seven-countries-demand-russia-cease-attacks')).not.toBe('corroborates');
  });
  it('a time before the comma is no member of the list', () => {
    expect(claimant('On Friday, Britain and France said the raids must stop.')?.text).toBe('Britain and France');
  });
});
