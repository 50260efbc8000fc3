import { describe, expect, it } from 'vitest';
import { relationOfLastSentence } from '../../tests/support/last-sentence-relation';

// invented sentences: the reporters' background "Russia is one of Assad's most important allies"
describe("a background claim's subject (background-subject.ts)", () => {
  const ALLY = 'russia-key-ally-of-assad';
  it('is not restated by another state said to be the same', () => {
    expect(relationOfLastSentence('Iran is likewise one of the most important allies of Assad.', ALLY)).not.toBe('corroborates');
  });
  it('is restated when the sentence is about that state', () => {
    expect(relationOfLastSentence('Russia is one of the most important allies of Assad.', ALLY)).toBe('corroborates');
  });
});
