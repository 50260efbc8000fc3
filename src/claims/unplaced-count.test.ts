import { describe, expect, it } from 'vitest';
import { relationOfLastSentence } from '../../tests/support/last-sentence-relation';

// invented sentences: the ministry's five Islamic State targets of 1 October, against a daily bulletin
describe('a "last 24 hours" count on a page with no date (unplaced-count.ts)', () => {
  const FIVE = 'mod-five-is-targets-struck';
  const BULLETIN = 'The Russian Defence Ministry said its air force had struck eight Islamic State targets in Syria in the past 24 hours.';

  it('does not contradict a day’s figure: the bulletin may be of any day', () => {
    expect(relationOfLastSentence(BULLETIN, FIVE)).not.toBe('contradicts');
  });

  it('still contradicts on a page dated that day, or when the sentence writes the date', () => {
    expect(relationOfLastSentence(BULLETIN, FIVE, '2015-10-01')).toBe('contradicts');
    expect(relationOfLastSentence(BULLETIN.replace('said its', 'said on 1 October its'), FIVE)).toBe('contradicts');
  });
});

describe('a weekday alone on a page with no date', () => {
  it('does not place a bulletin: any week has a Thursday', () => {
    expect(relationOfLastSentence('The Russian Defence Ministry said on Thursday its air force had struck eight Islamic State targets in Syria in the past 24 hours.', 'mod-five-is-targets-struck')).not.toBe('contradicts');
  });
});
