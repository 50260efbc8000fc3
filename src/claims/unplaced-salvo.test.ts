import { describe, expect, it } from 'vitest';
import { relationOfLastSentence } from '../../tests/support/last-sentence-relation';
import { type SalvoReading, salvoUnplaced } from './unplaced-salvo';

const FRIDAY = new Set(['d:2015-11-20', 'n:2015-11-20']);
const reading = (over: Partial<SalvoReading> = {}): SalvoReading => ({
  claimKind: 'strike_report', claimCounts: true, claimDays: FRIDAY, figureOrDateAgrees: false, sentenceDays: new Set(), folded: 'russia fired cruise missiles', pageDay: undefined, ...over,
});

describe('salvoUnplaced', () => {
  it('is true for a count of one of many told with neither its figure nor its day, on a page of no date or another day', () => {
    expect(salvoUnplaced(reading())).toBe(true);
    expect(salvoUnplaced(reading({ pageDay: '2015-11-25' }))).toBe(true);
  });
  it('is false with the figure or date agreeing, a day written, a page of that day or the next, or a claim of its own kind', () => {
    expect(salvoUnplaced(reading({ figureOrDateAgrees: true }))).toBe(false);
    expect(salvoUnplaced(reading({ sentenceDays: FRIDAY }))).toBe(false);
    expect(salvoUnplaced(reading({ folded: 'russia fired cruise missiles for a fourth day' }))).toBe(false);
    expect(salvoUnplaced(reading({ pageDay: '2015-11-20' }))).toBe(false);
    expect(salvoUnplaced(reading({ pageDay: '2015-11-21' }))).toBe(false);
    expect(salvoUnplaced(reading({ claimKind: 'forecast' }))).toBe(false);
    expect(salvoUnplaced(reading({ claimCounts: false }))).toBe(false);
    expect(salvoUnplaced(reading({ claimDays: new Set() }))).toBe(false);
  });
});

// invented sentences against the military's "On Friday Russia fired 18 cruise missiles, destroying seven targets in Raqqa, Idlib and Aleppo provinces"
describe('another salvo of cruise missiles', () => {
  const EIGHTEEN = 'russian-military-18-cruise-missiles-friday';
  const GENERIC = "Russia's defence minister said Russian warplanes had fired cruise missiles at militant positions in Idlib and Aleppo provinces.";
  it('does not corroborate Friday’s salvo with a salvo of no figure and no day', () => {
    expect(relationOfLastSentence(GENERIC, EIGHTEEN)).not.toBe('corroborates');
    expect(relationOfLastSentence(GENERIC, EIGHTEEN, '2015-11-26')).not.toBe('corroborates');
  });
  it('still corroborates it with its figure, or on a page of that day', () => {
    expect(relationOfLastSentence(GENERIC.replace('fired cruise', 'fired 18 cruise'), EIGHTEEN)).toBe('corroborates');
    expect(relationOfLastSentence(GENERIC, EIGHTEEN, '2015-11-20')).toBe('corroborates');
  });
});
