import { describe, expect, it } from 'vitest';
import { relationOfLastSentence } from '../../tests/support/last-sentence-relation';

// invented sentences: the background fact that Raqqa is the capital of the territory Islamic State controls
describe('a fact about a place needs the place (place-fact.ts)', () => {
  const CAPITAL = 'raqqa-is-capital';
  it('is not restated by a sentence sharing the group and a word, not the city', () => {
    expect(relationOfLastSentence('On the first day of its raids on the self-proclaimed Islamic State, Russian aircraft hit three sites in Syria', CAPITAL)).not.toBe('corroborates');
  });
  it('is restated with the city named, in any spelling', () => {
    expect(relationOfLastSentence('Raqqa is the self-proclaimed capital of Islamic State', CAPITAL)).toBe('corroborates');
    expect(relationOfLastSentence('Russian jets pounded Raqa, the self-proclaimed capital of the Islamic State group', CAPITAL)).toBe('corroborates');
  });
});
