import { describe, expect, it } from 'vitest';
import { relationOfLastSentence } from '../../tests/support/last-sentence-relation';
import { toldOf } from './told-of';

// invented sentences: the US complaint that Russia gave it only an hour's notice of its first strikes
describe('telling someone of an event is an act, not a claim (told-of.ts)', () => {
  it('a verb of informing with "of" or "about" after its object', () => {
    expect(toldOf('told', ' about the raids')).toBe(true);
    expect(toldOf('informed', ' of the strikes')).toBe(true);
    expect(toldOf('told', ' that the raids')).toBe(false);
    expect(toldOf('warned', ' of consequences')).toBe(false);
  });
  it('Russia telling the US of the raids is the act the US complained of, not roles reversed', () => {
    expect(relationOfLastSentence('Moscow told Washington about the raids barely an hour before they began', 'us-complains-one-hour-notice')).not.toBe('contradicts');
  });
});
