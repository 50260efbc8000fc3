// A count of the campaign's first strikes is the first day's, no other day's figure
// (first-day-count.ts, ADR 0387). Invented wording.
import { describe, expect, it } from 'vitest';
import { relationOfLastSentence as rel } from '../../tests/support/last-sentence-relation';
import { firstDayCountOfOtherDay } from './first-day-count';

const FIVE = 'mod-five-is-targets-struck';
const SEVEN_OVERNIGHT = 'mod-seven-targets-overnight-incl-raqqa';

describe("the first strikes' count", () => {
  it('contradicts no count of a later day', () => {
    const text = 'Russian warplanes carried out their first strikes in Syria and destroyed eight Islamic State targets, the defence ministry said.';
    expect(rel(text, FIVE, '2015-10-01')).not.toBe('contradicts');
    expect(rel(text, SEVEN_OVERNIGHT, '2015-10-02')).not.toBe('contradicts');
  });
  it('leaves a count that names no first day to the other rules', () => {
    expect(rel('Russian warplanes destroyed eight Islamic State targets, the defence ministry said.', FIVE, '2015-10-01')).toBe('contradicts');
  });
  it('is read only for a claim of other days than a start the dataset states', () => {
    const start = new Set(['d:2015-09-30', 'n:2015-09-30']);
    expect(firstDayCountOfOtherDay('the first strikes hit eight targets', new Set(['d:2015-10-01']), start)).toBe(true);
    expect(firstDayCountOfOtherDay('the first strikes hit eight targets', new Set(['d:2015-09-30']), start)).toBe(false);
    expect(firstDayCountOfOtherDay('the jets hit eight targets', new Set(['d:2015-10-01']), start)).toBe(false);
    expect(firstDayCountOfOtherDay('the first strikes hit eight targets', new Set(['d:2015-10-01']), new Set())).toBe(false);
    // a place's first strikes may come on any day
    expect(firstDayCountOfOtherDay('20 militants were killed in the first air strikes on raqqa', new Set(['d:2015-10-01']), start)).toBe(false);
    expect(firstDayCountOfOtherDay('the first strikes in syria hit eight targets', new Set(['d:2015-10-01']), start)).toBe(true);
  });
});
