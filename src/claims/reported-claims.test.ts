import { describe, expect, it } from 'vitest';
import { relationOfLastSentence } from '../../tests/support/last-sentence-relation';
import { reportsOthersClaims } from './reported-claims';

// invented sentences: Putin's denial that Russian raids have killed civilians
describe("others' claims reported affirm nothing (reported-claims.ts)", () => {
  const DENIAL = 'putin-rejects-civilian-deaths';
  it('a content whose subject is claims or reports, or that calls them alleged', () => {
    expect(reportsOthersClaims('Reports Russian bombs killed civilians came out before the first raid')).toBe(true);
    expect(reportsOthersClaims('the jets supposedly killed civilians')).toBe(true);
    expect(reportsOthersClaims('Russian warplanes killed 12 civilians in Homs')).toBe(false);
  });
  it('does not contradict the denial it restates', () => {
    expect(relationOfLastSentence('Putin: Reports Russian bombs killed civilians came out before the first raid', DENIAL)).not.toBe('contradicts');
    expect(relationOfLastSentence('Putin: Claims that Russian warplanes killed civilians surfaced before they took off', DENIAL)).not.toBe('contradicts');
  });
  it('a toll affirmed still contradicts the denial', () => {
    expect(relationOfLastSentence('Russian warplanes killed 12 civilians in Homs, activists say', DENIAL)).toBe('contradicts');
  });
});
