import { describe, expect, it } from 'vitest';
import { relationOfLastSentence } from '../../tests/support/last-sentence-relation';
import { tellsNewRound } from './new-round';

describe('tellsNewRound', () => {
  it('reads new, fresh, further and another round of strikes', () => {
    expect(tellsNewRound('russia targets islamic state in new airstrikes in syria')).toBe(true);
    expect(tellsNewRound('a fresh round of russian air raids on the militia')).toBe(true);
    expect(tellsNewRound('moscow carried out further strikes overnight')).toBe(true);
  });
  it('not the strikes of a judgement, nor other new things', () => {
    expect(tellsNewRound("russia's air strikes did not target islamic state")).toBe(false);
    expect(tellsNewRound('a new front opened in hama')).toBe(false);
  });
});

// invented headlines against the seven countries' "Russia's air strikes did not target Islamic State"
describe('new strikes against a judgement on the strikes before', () => {
  const SEVEN = 'seven-countries-strikes-did-not-target-isis';
  it('do not contradict it', () => {
    expect(relationOfLastSentence('Russian jets target Islamic State in a new round of air strikes', SEVEN)).not.toBe('contradicts');
  });
  it('while the strikes said to target Islamic State still do, in Moscow\'s word (the writer\'s own account disputes it only via Moscow\'s report: ADR 0374)', () => {
    expect(relationOfLastSentence('Moscow says it targets Islamic State in its air strikes in Syria', SEVEN)).toBe('contradicts');
  });
});
