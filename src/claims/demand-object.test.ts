import { describe, expect, it } from 'vitest';
import { relationOfLastSentence } from '../../tests/support/last-sentence-relation';
import { demandObjectMissing } from './demand-object';

const DEMAND = { kind: 'demand' as const, slots: { targetActors: ['syrian-opposition'], target: 'the Syrian opposition and civilians' } };

describe('demandObjectMissing', () => {
  it('is true for a demand whose target actors and words the sentence lacks', () => {
    expect(demandObjectMissing(DEMAND, new Set(['civilian']), new Set(['ceas', 'desist', 'violat', '@russia']))).toBe(true);
  });
  it('is false when a target actor or word is there, for a demand with no target, or for another kind', () => {
    expect(demandObjectMissing(DEMAND, new Set(['civilian']), new Set(['@syrian-opposition']))).toBe(false);
    expect(demandObjectMissing(DEMAND, new Set(['civilian']), new Set(['civilian']))).toBe(false);
    expect(demandObjectMissing({ kind: 'demand', slots: {} }, new Set(), new Set(['ceas']))).toBe(false);
    expect(demandObjectMissing({ ...DEMAND, kind: 'statement' as never }, new Set(['civilian']), new Set())).toBe(false);
  });
});

// invented sentences against the seven countries' "Russia must immediately stop its attacks on the Syrian opposition and civilians"
describe('a demand to stop something else', () => {
  const SEVEN = 'seven-countries-demand-russia-cease-attacks';
  it('does not restate the demand with a call to stop airspace violations', () => {
    expect(relationOfLastSentence('NATO condemned the incursions into Turkish airspace. It called on Russia to immediately stop and explain these violations.', SEVEN)).not.toBe('corroborates');
  });
  it('still restates it naming the opposition, or with the sentence before naming what is to end', () => {
    expect(relationOfLastSentence('The seven countries called on Russia to immediately stop its attacks on the Syrian opposition and civilians.', SEVEN)).toBe('corroborates');
    expect(relationOfLastSentence('Turkey said Russian jets had heavily bombed civilian Turkmen villages in Syria near the border. Ankara demanded that Russia immediately stop the bombing.', 'turkey-demands-stop-bombing-turkmen-villages')).toBe('corroborates');
  });
});
