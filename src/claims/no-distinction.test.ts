// A charge that a campaign makes no distinction between groups, read as its claimant's own
// (no-distinction.ts, ADR 0383). Invented wording.
import { describe, expect, it } from 'vitest';
import { relationOfLastSentence as rel } from '../../tests/support/last-sentence-relation';

const OBAMA = 'obama-russia-fails-to-distinguish';

describe("Obama's charge that Russia's campaign makes no distinction", () => {
  it.each([
    'President Barack Obama said on Friday that Moscow was not telling apart the Islamic State and the moderate rebels.',
    'Russia treats the moderate rebels and the Islamic State as one and the same, President Barack Obama said on Friday.',
    'Putin is wrong to lump the rebels fighting Assad together with the terrorists, Obama told reporters on Friday.',
  ])('corroborates it in his words: %s', (text) => {
    expect(rel(text, OBAMA, '2015-10-02')).toBe('corroborates');
  });
  it('is not another speaker saying it, nor the writer, nor a question', () => {
    expect(rel('Foreign Minister Sergei Lavrov said on Friday that Moscow was not telling apart the moderate rebels and the Islamic State.', OBAMA, '2015-10-02')).not.toBe('corroborates');
    expect(rel('Critics say Moscow lumps the moderate rebels together with the Islamic State.', OBAMA, '2015-10-02')).not.toBe('corroborates');
    expect(rel('Is Russia treating the rebels and the Islamic State as one and the same, Obama asked on Friday?', OBAMA, '2015-10-02')).not.toBe('corroborates');
  });
  it('is not his word of another year', () => {
    expect(rel('President Barack Obama said on Friday that Moscow was not telling apart the Islamic State and the moderate rebels.', OBAMA, '2017-04-07')).not.toBe('corroborates');
  });
});
