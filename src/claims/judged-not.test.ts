import { describe, expect, it } from 'vitest';
import { relationOfLastSentence } from '../../tests/support/last-sentence-relation';
import { judgesNotDoing } from './judged-not';

// invented sentences: Russia's word that its first strikes targeted ISIS positions, on a page of 3 October
describe('a judgement on not doing is no report of what was done (judged-not.ts)', () => {
  const FIRST = 'russia-says-first-strikes-hit-isis';
  it('reads "wrong not to", "a mistake not to", "our duty not to"', () => {
    expect(judgesNotDoing('he said it would be morally wrong not to hit is in syria')).toBe(true);
    expect(judgesNotDoing("it was a mistake not to strike the convoy")).toBe(true);
    expect(judgesNotDoing("russia's strikes were not aimed at is")).toBe(false);
  });
  it("a minister's judgement on his own side's strikes does not contradict Russia's account", () => {
    expect(relationOfLastSentence("Fallon said it would be morally wrong not to hit IS in Syria, despite Russia's moves.", FIRST, '2015-10-03')).not.toBe('contradicts');
  });
  it("another party's account that Russia's strikes missed IS still does", () => {
    expect(relationOfLastSentence("US officials said Russia's strikes were not aimed at IS.", FIRST, '2015-10-03')).toBe('contradicts');
  });
});
