// The sentence before at the lexical floor (ADR 0235): a terse follow-up, below the floor on its
// own words, restates a claim with the sentence before; invented sentences.
import { describe, expect, it } from 'vitest';
import { relationOfLastSentence as rel } from '../../tests/support/last-sentence-relation';
import { CONTEXT_FLOOR, liftedByContext, mayLeanOnContext, mayLift } from './context-floor';

const VILLAGES = 'Russian aircraft are bombing civilian Turkmen villages in northern Syria near the Turkish border, officials in Ankara say.';
const CLAIM = 'turkey-demands-stop-bombing-turkmen-villages';

describe('a terse follow-up with the sentence before', () => {
  it('restates the demand the sentence before gives the words of', () => {
    expect(rel(`${VILLAGES} Turkey has asked Russia to stop at once.`, CLAIM)).toBe('corroborates');
  });
  it('restates nothing alone', () => {
    expect(rel('Turkey has asked Russia to stop at once.', CLAIM)).toBeUndefined();
  });
  it('is not lifted when its own words say something else', () => {
    expect(rel(`${VILLAGES} Turkey has asked Russia for talks on gas prices.`, CLAIM)).toBeUndefined();
    expect(rel(`${VILLAGES} Turkey has asked Russia to send more tourists next year.`, CLAIM)).toBeUndefined();
  });
});

describe('the rule', () => {
  it('leans on the sentence before only between the context floor and the floor', () => {
    expect(mayLeanOnContext(0.25, 0.3, true, false)).toBe(true);
    expect(mayLeanOnContext(CONTEXT_FLOOR - 0.01, 0.3, true, false)).toBe(false);
    expect(mayLeanOnContext(0.31, 0.3, true, false)).toBe(false);
    expect(mayLeanOnContext(0.25, 0.3, false, false)).toBe(false);
    // the sentence before matched the claim itself: the follow-up is not given it on its words
    expect(mayLeanOnContext(0.25, 0.3, true, true)).toBe(false);
  });
  it('lifts only to a corroboration', () => {
    expect(liftedByContext(0.49)).toBe(false);
    expect(liftedByContext(0.5)).toBe(true);
  });
  it("bounds what can be lifted by the sentence's own precision (the context adds coverage only)", () => {
    // at coverage 1 the score is 0.5 * 2p / (1 + p) + 0.5 * min(1, 2p): it reaches 0.5 from p ≈ 0.281
    expect(mayLift(0.27, 1)).toBe(false);
    expect(mayLift(0.29, 1)).toBe(true);
    expect(mayLift(0, 1)).toBe(false);
    expect(mayLift(1, 0)).toBe(false);
  });
});
