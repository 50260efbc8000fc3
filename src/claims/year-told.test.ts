import { describe, expect, it } from 'vitest';
import { relationOfLastSentence } from '../../tests/support/last-sentence-relation';
import { yearUntold } from './year-told';

const began = { kind: 'background', slots: { time: '2011' } };

describe('a background fact whose point is a year', () => {
  it('is not restated by a sentence that only names what is dated', () => {
    expect(yearUntold(began, "In Syria's civil war, Russia and Turkey support rival sides.")).toBe(true);
    expect(yearUntold(began, 'The Syrian civil war has killed more than 250,000 people.')).toBe(true);
  });
  it('is restated with its year or the years since', () => {
    expect(yearUntold(began, 'The war, which broke out in 2011, has no end in sight.')).toBe(false);
    expect(yearUntold(began, 'After four years of war the country lies in ruins.')).toBe(false);
    expect(yearUntold(began, 'The conflict, now in its fifth year, goes on.')).toBe(false);
    expect(yearUntold(began, 'A four-year civil war.')).toBe(false);
  });
  it('leaves other claims alone', () => {
    expect(yearUntold({ kind: 'background', slots: { time: '2015-09-30' } }, 'The campaign began.')).toBe(false);
    expect(yearUntold({ kind: 'casualty_figure', slots: { time: '2011' } }, 'Many died.')).toBe(false);
    expect(yearUntold(began, 'Some 20112 people fled.')).toBe(true);
  });
});

// invented sentences against the reports' "The Syrian conflict began in 2011"
describe('the war named is not the war dated', () => {
  const BEGAN = 'syrian-conflict-began-2011';
  it('does not corroborate the war’s start with a sentence that only names the war', () => {
    expect(relationOfLastSentence("In Syria's civil war, Russia and Turkey support rival sides.", BEGAN)).not.toBe('corroborates');
  });
  it('still corroborates it told with its year', () => {
    expect(relationOfLastSentence('The Syrian civil war, which began in 2011, has drawn in Russia and Turkey.', BEGAN)).toBe('corroborates');
  });
});
