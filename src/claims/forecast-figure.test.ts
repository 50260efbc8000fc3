import { describe, expect, it } from 'vitest';
import { relationOfLastSentence } from '../../tests/support/last-sentence-relation';

// invented sentences: the Duma committee head's forecast that the campaign will last three to four months
describe('a forecast whose point is a figure (forecast-figure.ts)', () => {
  const MONTHS = 'duma-campaign-three-to-four-months';
  it('is not restated by a sentence on how long the campaign has run, without its figure', () => {
    expect(relationOfLastSentence('A month of Russian air strikes in Syria killed about 500 people, a monitor says', MONTHS)).not.toBe('corroborates');
  });
  it('is restated with its figure, whatever noun carries it', () => {
    expect(relationOfLastSentence('Moscow is planning an operation in Syria of three to four months, the head of the Duma foreign affairs committee said.', MONTHS)).toBe('corroborates');
  });
});
