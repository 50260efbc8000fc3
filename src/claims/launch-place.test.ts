// Where a salvo was launched from, read as a proposition (launch-place.ts): the cruise missiles
// fired from Caspian Sea warships on Friday 20 November 2015. Invented wording.
import { describe, expect, it } from 'vitest';
import { dataset } from '../dataset/index';
import { relationOfLastSentence as rel } from '../../tests/support/last-sentence-relation';
import { launchClaims } from './launch-place';

const CASPIAN = 'cruise-missiles-from-caspian-warships';

describe('a salvo told with its launch place inside another sentence', () => {
  it.each([
    ["A dozen missiles from the ships of Russia's Caspian Sea flotilla hit targets in Raqqa and Idlib, the minister said.", '2015-11-20'],
    ['Warships in the Caspian Sea also sent cruise missiles towards targets across Syria.', '2015-11-21'],
  ])('corroborates the launch from the Caspian in the week after it: %s', (text, date) => {
    expect(rel(text, CASPIAN, date)).toBe('corroborates');
  });

  it("is another salvo on a page of October (the first launches from the Caspian)", () => {
    expect(rel('Warships in the Caspian Sea sent cruise missiles towards targets across Syria.', CASPIAN, '2015-10-08')).not.toBe('corroborates');
  });

  it('needs the missiles, the sea and the fleet; not a salvo denied', () => {
    expect(rel('Russian bombers flew over the Caspian Sea on their way to Syria.', CASPIAN, '2015-11-20')).not.toBe('corroborates');
    expect(rel('Missiles struck targets across Syria, the ministry said.', CASPIAN, '2015-11-20')).not.toBe('corroborates');
    expect(rel('No missiles were fired from the Caspian fleet on Friday, the ministry said.', CASPIAN, '2015-11-20')).not.toBe('corroborates');
  });
});

describe('launchClaims', () => {
  it('reads the bundled launch from the Caspian: a weapon, a sea, a fleet', () => {
    const typeOf = (id: string) => dataset.actors.find((a) => a.id === id)?.type;
    expect(launchClaims(dataset.claims, typeOf)).toEqual([{ claimId: CASPIAN, doer: 'russian-navy', place: 'caspian-sea', weapon: 'cruise-missiles' }]);
  });
});
