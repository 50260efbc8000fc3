import { describe, expect, it } from 'vitest';
import { relationOfLastSentence } from '../../tests/support/last-sentence-relation';
import { leavesOpen } from './open-question';

// invented sentences: the reporter's "It is unclear whether Putin warned Erdogan in advance of the strikes"
describe('an open question has no polarity (open-question.ts)', () => {
  const OPEN = 'unclear-if-putin-warned-erdogan';
  it('reads "unclear whether", "not known if", "remains to be seen"', () => {
    expect(leavesOpen('it is unclear whether he knew')).toBe(true);
    expect(leavesOpen('it is not yet known if the talks will go ahead')).toBe(true);
    expect(leavesOpen('it remains to be seen')).toBe(true);
    expect(leavesOpen('he made it clear that he knew')).toBe(false);
  });
  it('is not contradicted by a negation, nor restated by an answer', () => {
    expect(relationOfLastSentence('Putin and Erdogan met in Moscow last week in talks that were not announced in advance, a spokesman said', OPEN)).not.toBe('contradicts');
    expect(relationOfLastSentence('Putin did not warn Erdogan in advance of the strikes, a Turkish official said', OPEN)).not.toBe('contradicts');
    expect(relationOfLastSentence('Putin warned Erdogan in advance of the strikes, a Kremlin aide said', OPEN)).not.toBe('corroborates');
  });
  it('is restated by a sentence that leaves it open', () => {
    expect(relationOfLastSentence('It is still unclear whether Putin told Erdogan of the strikes in advance', OPEN)).toBe('corroborates');
  });
});
