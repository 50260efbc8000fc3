// A diplomatic act of one day read as a proposition (diplomatic-act.ts): Turkey's summons of
// Russia's ambassador on Friday 20 November 2015. Invented wording, shaped like real reporting.
import { describe, expect, it } from 'vitest';
import { dataset } from '../dataset/index';
import { relationOfLastSentence as rel } from '../../tests/support/last-sentence-relation';
import { actClaims, tellsAct } from './diplomatic-act';

const SUMMONS = 'russian-ambassador-summoned-ankara';

describe("Turkey's summons of Russia's ambassador, told in the act's own words", () => {
  it.each([
    ["Ankara calls in Russia's envoy over raids on Turkmen villages", '2015-11-20'],
    ['Turkey called in the Russian ambassador last week over the bombing of Turkmen villages across the border.', '2015-11-25'],
    ["Russia's ambassador was called to the Foreign Ministry in Ankara and told the raids on the Turkmens must stop.", '2015-11-21'],
    // (the envoy as a translated statement names him: an alias from reading)
    ["Turkey's foreign ministry said the Russian Federation's Ambassador in Ankara had been called to the Ministry over the raids.", '2015-11-20'],
  ])('corroborates the summons in the week after it: %s', (text, date) => {
    expect(rel(text, SUMMONS, date)).toBe('corroborates');
  });

  it("is another summons on a page of October (the airspace incursions)", () => {
    expect(rel("Turkey called in Russia's ambassador to protest at the violation of its airspace.", SUMMONS, '2015-10-05')).not.toBe('corroborates');
  });

  it('is not the act the other way round, nor one left undone or still to come', () => {
    expect(rel("Moscow called in Turkey's military attache after the jet was shot down.", SUMMONS, '2015-11-25')).not.toBe('corroborates');
    expect(rel("Turkey has not summoned Russia's ambassador over the raids, officials said.", SUMMONS, '2015-11-21')).not.toBe('corroborates');
    expect(rel("Turkey may call in Russia's ambassador if the raids go on.", SUMMONS, '2015-11-21')).not.toBe('corroborates');
  });

  it('needs the doer named: an envoy called in by no one named is not read as Turkey’s summons', () => {
    expect(rel("The Russian ambassador was called in over the raids.", SUMMONS, '2015-11-21')).not.toBe('corroborates');
  });
});

describe('actClaims and tellsAct', () => {
  it('reads the bundled summons as an act of one day on one party', () => {
    expect(actClaims(dataset.claims).map((a) => [a.claimId, a.doer, a.object])).toEqual([[SUMMONS, 'turkish-foreign-ministry', 'russian-ambassador-to-turkey']]);
  });
  it('reads the act in its forms, and not after a negator', () => {
    const [a] = actClaims(dataset.claims);
    expect(tellsAct(a!, 'ankara summoned the envoy')).toBe(true);
    expect(tellsAct(a!, 'the ambassador had been called to the ministry')).toBe(true);
    expect(tellsAct(a!, 'turkey calls in the envoy')).toBe(true);
    expect(tellsAct(a!, 'turkey did not summon the envoy')).toBe(false);
    expect(tellsAct(a!, "turkey may call in the envoy")).toBe(false);
    expect(tellsAct(a!, "ankara plans to summon the envoy")).toBe(false);
    expect(tellsAct(a!, 'the ambassador was called a liar')).toBe(false);
  });
});
