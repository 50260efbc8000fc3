import { describe, expect, it } from 'vitest';
import { relationOfLastSentence } from '../../tests/support/last-sentence-relation';

// invented sentences: the US complaint that Russia gave it only an hour's notice of its first strikes
describe('the one warned is not the one who warned (notice-recipient.ts)', () => {
  const NOTICE = 'us-complains-one-hour-notice';
  it("another party's warning to Russia gives no other figure for Russia's notice", () => {
    expect(relationOfLastSentence('The US gave a two-minute warning to Russia before its Syria strike', NOTICE)).not.toBe('contradicts');
  });
  it("Russia's own notice of another length still contradicts, and of an hour corroborates", () => {
    expect(relationOfLastSentence('Russia gave the US a two-minute warning before its first strikes', NOTICE)).toBe('contradicts');
    expect(relationOfLastSentence("Russia gave the US an hour's notice before its first strikes", NOTICE)).toBe('corroborates');
  });
});
