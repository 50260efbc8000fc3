// An anaphor sharing one word with a claim is no account of it (ADR 0200). Invented wording,
// shaped like real 2015 reporting.
import { describe, expect, it } from 'vitest';
import { relationOfLastSentence } from '../../tests/support/last-sentence-relation';
import { anaphorOneWord, isAnaphoric } from './anaphor-one-word';

const rel = relationOfLastSentence;

describe('"this is our position as well"', () => {
  it("a minister agreeing with someone's list is no restatement of Russia's first-strike account", () => {
    expect(rel('"That is basically our position too," said Lavrov, who spoke at the United Nations.', 'russia-says-first-strikes-hit-isis')).not.toBe('corroborates');
  });
  it('a sentence that says its claim in one word still restates it', () => {
    expect(rel('There is a risk, Alexei Pushkov told French radio. He added that the strikes would intensify.', 'duma-campaign-will-intensify')).toBe('corroborates');
  });
});

describe('anaphorOneWord', () => {
  it('reads the anaphor and counts the shared words', () => {
    expect(isAnaphoric('This is basically our position as well')).toBe(true);
    expect(isAnaphoric('the strikes would intensify')).toBe(false);
    const claim = new Set(['posit', 'target', '@isis']);
    expect(anaphorOneWord('This is our position', ['posit', 'basic'], claim, 0, false)).toBe(true);
    expect(anaphorOneWord('This is our position', ['posit', 'target'], claim, 0, false)).toBe(false);
    expect(anaphorOneWord('This is our position', ['posit'], claim, 1, false)).toBe(false);
    expect(anaphorOneWord('This is our position', ['posit'], claim, 0, true)).toBe(false);
  });
});
