import { describe, expect, it } from 'vitest';
import { relationOfLastSentence } from '../../tests/support/last-sentence-relation';
import { countOfOtherSpan, partOfTotal, periodOfDays } from './span-of-days';

describe('periodOfDays', () => {
  it('reads a day, a night and a span of days from a claim’s day keys', () => {
    expect(periodOfDays(new Set(['d:2015-10-01', 'n:2015-10-01']))).toEqual(new Set(['day']));
    expect(periodOfDays(new Set(['n:2015-10-02']))).toEqual(new Set(['overnight']));
    expect(periodOfDays(new Set(['d:2015-11-17', 'n:2015-11-17', 'd:2015-11-18', 'n:2015-11-18']))).toEqual(new Set(['span:2 day']));
    expect(periodOfDays(new Set())).toEqual(new Set());
  });
});

describe('countOfOtherSpan', () => {
  const DAY = new Set(['d:2015-10-01', 'n:2015-10-01']);
  it('is true for a week, a running total or a rate against a day that the claim’s words do not name', () => {
    expect(countOfOtherSpan(new Set(['span:1 week']), new Set(), DAY)).toBe(true);
    expect(countOfOtherSpan(new Set(['cumulative']), new Set(), DAY)).toBe(true);
    expect(countOfOtherSpan(new Set(['rate:day']), new Set(), DAY)).toBe(true);
  });
  it('is false for the same length, a sentence naming no period, a claim whose words name one, or a claim with no day', () => {
    expect(countOfOtherSpan(new Set(['day24']), new Set(), DAY)).toBe(false);
    expect(countOfOtherSpan(new Set(['weekday:thursday']), new Set(), DAY)).toBe(false);
    expect(countOfOtherSpan(new Set(), new Set(), DAY)).toBe(false);
    expect(countOfOtherSpan(new Set(['span:1 week']), new Set(['overnight']), DAY)).toBe(false);
    expect(countOfOtherSpan(new Set(['span:1 week']), new Set(), new Set())).toBe(false);
  });
});

// invented sentences on pages with no date: the ministry's five targets of 1 October (a day, no period in its words)
describe('a count over another span than a claim’s day (ADR 0250)', () => {
  const FIVE = 'mod-five-is-targets-struck';
  it('does not contradict the day’s five targets with a week’s, a running total, a rate or a month’s', () => {
    expect(relationOfLastSentence('Over the past week the Russian air force struck 300 Islamic State targets, the Russian Defence Ministry said.', FIVE)).not.toBe('contradicts');
    expect(relationOfLastSentence('Since the start of the operation the Russian air force has struck 112 Islamic State targets, the Russian Defence Ministry said.', FIVE)).not.toBe('contradicts');
    expect(relationOfLastSentence('Each day the Russian air force strikes about 12 Islamic State targets, the Russian Defence Ministry said.', FIVE)).not.toBe('contradicts');
    expect(relationOfLastSentence('Last month the Russian air force struck 1,600 Islamic State targets, the Russian Defence Ministry said.', FIVE)).not.toBe('contradicts');
  });
  it('still contradicts it with a day’s count, or a count that names no period (today’s behaviour)', () => {
    expect(relationOfLastSentence('On the second day of strikes the Russian air force struck eight Islamic State targets, the Russian Defence Ministry said.', FIVE)).toBe('contradicts');
    expect(relationOfLastSentence('The Russian air force struck eight Islamic State targets, the Russian Defence Ministry said.', FIVE)).toBe('contradicts');
  });
});

describe('partOfTotal', () => {
  const FOUR_DAYS = new Set(['d:2015-11-17', 'd:2015-11-18', 'd:2015-11-19', 'd:2015-11-20']);
  it('is true for a sentence naming no period against a total of several days or a running total', () => {
    expect(partOfTotal(new Set(), new Set(['span:4 day']), FOUR_DAYS)).toBe(true);
    expect(partOfTotal(new Set(), new Set(), FOUR_DAYS)).toBe(true);
    expect(partOfTotal(new Set(), new Set(['cumulative']), new Set())).toBe(true);
  });
  it('is false for a sentence naming a period, or a claim of one day', () => {
    expect(partOfTotal(new Set(['span:4 day']), new Set(['span:4 day']), FOUR_DAYS)).toBe(false);
    expect(partOfTotal(new Set(), new Set(), new Set(['d:2015-10-01', 'n:2015-10-01']))).toBe(false);
    expect(partOfTotal(new Set(), new Set(['span:1 day']), new Set())).toBe(false);
  });
});

// invented sentences: the ministry's "more than 100 cruise missiles in four days"
describe('one salvo against a total of several days', () => {
  const HUNDRED = 'mod-four-days-100-missiles-800-targets';
  it('does not contradict the total with a salvo naming no period', () => {
    expect(relationOfLastSentence('Russian warships fired 26 cruise missiles at targets in Syria, the Russian Defence Ministry said.', HUNDRED)).not.toBe('contradicts');
  });
  it('still contradicts it with another total over the same four days', () => {
    expect(relationOfLastSentence('In four days 40 cruise missiles were launched, the Russian Defence Ministry said.', HUNDRED)).toBe('contradicts');
  });
});
