// A joint body written as one state and a count of others (joint-body.ts, ADR 0396): "Britain and
// six partner governments" are the seven countries of the joint statement, not Britain alone.
// Invented wording.
import { describe, expect, it } from 'vitest';
import { dataset } from '../dataset/index';
import { relationOfLastSentence as rel } from '../../tests/support/last-sentence-relation';
import { compileJointBodies } from './joint-body';

const ESCALATION = 'seven-countries-escalation-warning';

describe('one state and a count of others, speaking as the joint body', () => {
  it('corroborates the joint statement when one member and six others speak', () => {
    expect(rel('Britain and six partner governments warned on Friday that the Russian military actions were a further escalation that would only fuel more extremism and radicalisation.', ESCALATION, '2015-10-02')).toBe('corroborates');
  });

  it('carries the body to "the statement" and to "they" in its clause', () => {
    expect(rel('Germany and six other countries put their names to a statement on Friday. The Russian military actions were a further escalation and would only fuel more extremism and radicalisation, the statement said.', ESCALATION, '2015-10-02')).toBe('corroborates');
    expect(rel('On Friday Turkey and six of its allies issued a declaration in which, they said, the Russian military actions were a further escalation that would only fuel more extremism and radicalisation.', ESCALATION, '2015-10-02')).toBe('corroborates');
  });

  it('is one member alone without a count that names the body', () => {
    expect(rel('Britain and its allies warned on Friday that the Russian military actions were a further escalation that would only fuel more extremism and radicalisation.', ESCALATION, '2015-10-02')).not.toBe('corroborates');
  });
});

describe('compileJointBodies', () => {
  const jointBody = compileJointBodies(dataset.actors);
  it('reads the body whose states number the count, with the member among them', () => {
    expect(jointBody('Washington and six allied governments')).toBe('seven-countries');
    expect(jointBody('the United States and six of its partners')).toBe('seven-countries');
    expect(jointBody('In a joint note, Qatar and six other states', true)).toBe('seven-countries');
  });
  it('reads no body for another count, a state outside it, or no count', () => {
    expect(jointBody('Britain and five allies')).toBeUndefined();
    expect(jointBody('Russia and six partners')).toBeUndefined();
    expect(jointBody('Turkey and its NATO allies')).toBeUndefined();
  });
});
