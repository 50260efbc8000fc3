import { describe, expect, it } from 'vitest';
import { relationOfLastSentence } from '../../tests/support/last-sentence-relation';
import { countBeforeSlotEnds, lastDayOf } from './count-after-page';

const NIGHT_1_2_OCT = new Set(['n:2015-10-02']);
const FOUR_DAYS = new Set(['d:2015-11-17', 'n:2015-11-17', 'd:2015-11-20', 'n:2015-11-20']);

describe('countBeforeSlotEnds', () => {
  it('reads the last day a claim reaches', () => {
    expect(lastDayOf(NIGHT_1_2_OCT)).toBe('2015-10-02');
    expect(lastDayOf(FOUR_DAYS)).toBe('2015-11-20');
    expect(lastDayOf(new Set())).toBeUndefined();
  });
  it('is true for a page of a day before the slot ends, a dateline without a year read in the claim’s', () => {
    expect(countBeforeSlotEnds({ month: 9, day: 1 }, new Set(), NIGHT_1_2_OCT)).toBe(true);
    expect(countBeforeSlotEnds({ year: 2015, month: 10, day: 18 }, new Set(), FOUR_DAYS)).toBe(true);
  });
  it('is false on the slot’s last day or later, on an undated page, for a sentence naming its day, or a claim with no day', () => {
    expect(countBeforeSlotEnds({ month: 9, day: 2 }, new Set(), NIGHT_1_2_OCT)).toBe(false);
    expect(countBeforeSlotEnds({ year: 2015, month: 10, day: 21 }, new Set(), FOUR_DAYS)).toBe(false);
    expect(countBeforeSlotEnds(undefined, new Set(), NIGHT_1_2_OCT)).toBe(false);
    expect(countBeforeSlotEnds({ year: 2015, month: 9 }, new Set(), NIGHT_1_2_OCT)).toBe(false);
    expect(countBeforeSlotEnds({ month: 9, day: 1 }, new Set(['d:2015-10-01']), NIGHT_1_2_OCT)).toBe(false);
    expect(countBeforeSlotEnds({ month: 9, day: 1 }, new Set(), new Set())).toBe(false);
  });
});

// invented pages: a wire brief's count in a sentence of its own, after a lead that told the night
const brief = (dateline: string) =>
  `Russian jets strike again in Syria\n\n${dateline} - Russia's Defence Ministry said its aircraft had bombed positions in Syria in a fresh round of raids.\n\nThe warplanes flew 14 sorties, the Russian Defence Ministry said.`;

describe('a count on a page of a day before the claim’s slot ends (ADR 0250)', () => {
  it('does not contradict the night of 1-2 October’s ten sorties on a page of 1 October', () => {
    expect(relationOfLastSentence(brief('MOSCOW, Oct 1 (Wire)'), 'mod-ten-sorties-overnight')).not.toBe('contradicts');
  });
  it('still contradicts it on a page of 2 October, and on a page with no date (today’s behaviour)', () => {
    expect(relationOfLastSentence(brief('MOSCOW, Oct 2 (Wire)'), 'mod-ten-sorties-overnight')).toBe('contradicts');
    expect(relationOfLastSentence(brief('MOSCOW (Wire)'), 'mod-ten-sorties-overnight')).toBe('contradicts');
  });
});
