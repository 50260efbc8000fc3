// A finding of what brought an airliner down, read as a proposition (crash-cause.ts): Russia's word
// of 17 November 2015 that a bomb destroyed the Metrojet airliner. Invented wording.
import { describe, expect, it } from 'vitest';
import { dataset } from '../dataset/index';
import { relationOfLastSentence as rel } from '../../tests/support/last-sentence-relation';
import { causeClaims, causeToldAt } from './crash-cause';

const BOMB = 'russia-metrojet-bomb-224-killed';

describe("Russia's finding that a bomb brought the airliner down", () => {
  it.each([
    ['Moscow concluded in mid-November that a home-made bomb had brought the Russian passenger plane down over Sinai.', '2015-12-01'],
    ["Russia's security service now says that it was a bomb that destroyed the passenger jet over Egypt.", '2015-11-17'],
    // a plane that "was bombed", a device named by its charge, the plane named by its crash (ADR 0378)
    ['Jet lost over Egypt was bombed, Moscow admits', '2015-11-18'],
    ['A home-made device with a kilo of TNT destroyed the airliner, the head of Russia’s security service said.', '2015-11-18'],
    ["Moscow's investigators agree a bomb was the cause of the Egypt crash", '2015-11-18'],
  ])('corroborates it when Russia’s side finds it: %s', (text, date) => {
    expect(rel(text, BOMB, date)).toBe('corroborates');
  });

  it('is not another party’s reading, nor speculation, nor a denial', () => {
    expect(rel('British officials said a bomb had probably brought the Russian passenger plane down.', BOMB, '2015-11-05')).not.toBe('corroborates');
    expect(rel('Moscow said it was too early to say whether a bomb had brought the passenger plane down.', BOMB, '2015-11-05')).not.toBe('corroborates');
    expect(rel('The Kremlin dismissed reports that a bomb had destroyed the passenger jet.', BOMB, '2015-11-05')).not.toBe('corroborates');
  });

  it('is not the airline named as the finder, nor Russia’s bombing campaign', () => {
    expect(rel('A Metrojet Airbus bound for Saint Petersburg was brought down by a bomb soon after take-off.', BOMB, '2016-05-20')).not.toBe('corroborates');
    expect(rel('Moscow said its bombing of Raqqa had destroyed a command post and a plane on the ground.', BOMB, '2015-11-20')).not.toBe('corroborates');
  });
});

describe('causeClaims and causeToldAt', () => {
  it('reads the bundled finding: a bomb on the Metrojet airliner, found by Russia (not the bombing campaign)', () => {
    expect(causeClaims(dataset.claims)).toEqual([{ claimId: BOMB, finder: 'russia', plane: 'metrojet' }]);
  });
  it('needs a cause and an effect, without doubt', () => {
    expect(causeToldAt('moscow established that a bomb had destroyed the plane')).toBe(26);
    expect(causeToldAt('moscow said a bomb may have destroyed the plane')).toBe(-1);
    expect(causeToldAt('moscow said the crash was a terrorist act')).toBe(-1);
    expect(causeToldAt('moscow said the plane was bombed')).toBe(22);
    expect(causeToldAt('russian jets bombed raqqa')).toBe(-1);
  });
});
