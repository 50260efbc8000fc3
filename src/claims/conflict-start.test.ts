// The year a war began, read as a proposition (conflict-start.ts, ADR 0395): the reports' background
// fact that the Syrian conflict began in 2011, told in a clause of another sentence. Invented wording.
import { describe, expect, it } from 'vitest';
import { dataset } from '../dataset/index';
import { relationOfLastSentence as rel } from '../../tests/support/last-sentence-relation';
import { conflictStartClaims, conflictStartYear } from './conflict-start';

const BEGAN = 'syrian-conflict-began-2011';

describe('the year the Syrian war began, told in passing', () => {
  it.each([
    'Damascus has been losing ground ever since Syria’s civil war broke out in 2011, officials conceded.',
    'The Syrian leader, who set off the uprising in 2011 by firing on crowds, now holds a third of the land.',
    'Syria’s conflict sprang from street protests of 2011 and has since emptied whole cities.',
    'Aleppo lies in Syria. Since war first flared up there in 2011, half the city has been rubble.',
  ])('corroborates it: %s', (text) => {
    expect(rel(text, BEGAN, '2015-10-20')).toBe('corroborates');
  });

  it('is not another year, a war of no place named, or a page of another time', () => {
    expect(rel('Syria’s Kurds say their own uprising only began in 2012.', BEGAN, '2015-10-20')).not.toBe('corroborates');
    expect(rel('Syria’s conflict sprang from street protests of 2011 and has since emptied whole cities.', BEGAN, '2018-05-02')).not.toBe('corroborates');
    expect(rel('A war broke out in 2011 between two football clubs in the city.', BEGAN, '2015-10-20')).not.toBe('corroborates');
  });
});

describe('conflictStartClaims and conflictStartYear', () => {
  it('reads the bundled background fact: Syria, 2011', () => {
    expect(conflictStartClaims(dataset.claims)).toEqual([{ claimId: BEGAN, place: 'syria', year: '2011' }]);
  });
  it('needs a war, its beginning and the year dating it', () => {
    expect(conflictStartYear('the conflict, which began in 2011, goes on')).toBe('2011');
    expect(conflictStartYear('a conflict that has raged since march 2011')).toBe('2011');
    expect(conflictStartYear('the talks began in 2011')).toBeUndefined();
    expect(conflictStartYear('since libya’s civil war erupted in 2011, syria has watched')).toBeUndefined();
    expect(conflictStartYear('the war began long ago and in 2011 the talks failed')).toBeUndefined();
  });
});
