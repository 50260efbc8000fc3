// A demand that a party stop something, read as a proposition (demand-to-stop.ts): Turkey's demand
// of Friday 20 November 2015 that Russia stop bombing the Turkmen villages. Invented wording.
import { describe, expect, it } from 'vitest';
import { dataset } from '../dataset/index';
import { relationOfLastSentence as rel } from '../../tests/support/last-sentence-relation';
import { stopDemandAt, stopDemands } from './demand-to-stop';

const DEMAND = 'turkey-demands-stop-bombing-turkmen-villages';
const before = 'Russian jets pounded Turkmen villages in northern Syria close to the border. ';

describe("Turkey's demand that the bombing of the Turkmen villages stop, in the demand's own words", () => {
  it.each([
    ['Ankara asked Moscow to halt the operation straight away.', '2015-11-20'],
    ['Turkey wants Russia to wind its operation up quickly, a foreign ministry spokesman said.', '2015-11-21'],
    ["Turkey's request that the raids be brought to an end was passed to the Russian envoy, the ministry said.", '2015-11-20'],
  ])('corroborates it in the week after: %s', (text, date) => {
    expect(rel(before + text, DEMAND, date)).toBe('corroborates');
  });

  it('reads a dateline with no year as of the claim’s year', () => {
    expect(rel(`ANKARA, Nov. 20 (Agencies) -- ${before}Ankara asked Moscow to halt the operation straight away.`, DEMAND)).toBe('corroborates');
  });

  it('needs what is to stop: an operation with no Turkmen in the sentence or the one before is not read', () => {
    expect(rel('Ankara asked Moscow to halt the operation straight away.', DEMAND, '2015-11-20')).not.toBe('corroborates');
  });

  it('is not another demander, another month, nor a demand not made', () => {
    expect(rel(before + 'Washington asked Moscow to halt the operation straight away.', DEMAND, '2015-11-20')).not.toBe('corroborates');
    expect(rel(before + 'Ankara asked Moscow to halt the operation straight away.', DEMAND, '2015-10-05')).not.toBe('corroborates');
    expect(rel(before + 'Ankara has not asked Moscow to halt the operation.', DEMAND, '2015-11-20')).not.toBe('corroborates');
  });
});

describe('stopDemands and stopDemandAt', () => {
  it('reads the bundled demands of one day to stop', () => {
    expect(stopDemands(dataset.claims).map((d) => [d.claimId, d.demander, d.actor])).toEqual([
      ['seven-countries-demand-russia-cease-attacks', 'seven-countries', 'russia'],
      [DEMAND, 'turkey', 'russia'],
    ]);
  });
  it('finds the demand and the stop within a few words, as done', () => {
    expect(stopDemandAt('turkey wants the operation stopped without delay')).toBe(7);
    expect(stopDemandAt('ankara called on moscow to put an end to the raids')).toBe(7);
    expect(stopDemandAt('ankara may ask moscow to stop')).toBe(-1);
    expect(stopDemandAt('ankara asked about the talks; the raids stopped')).toBe(-1);
  });
});
