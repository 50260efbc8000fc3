// A denial of what a sentence names as the claimant's own claim restates the claiming (ADR 0335).
// Invented sentences in the shape of wire copy on the Sinai crash.
import { describe, expect, it } from 'vitest';
import { relationOfLastSentence } from '../../tests/support/last-sentence-relation';
import { claimNamedAsClaimantsClaim } from './claim-named-as-claim';

const isIs = (id: string) => id === 'isis';
const at = (text: string, name: string) => ({ start: text.indexOf(name), end: text.indexOf(name) + name.length, id: 'isis' });

describe('claimNamedAsClaimantsClaim', () => {
  it('reads "the IS claim", "IS’s claim", "a boast by IS" and "claims from IS"', () => {
    for (const [text, name] of [
      ['Officials rejected the Islamic State claim that it downed the plane.', 'Islamic State'],
      ["They dismissed IS's claim of responsibility.", 'IS'],
      ['Moscow brushed aside a boast by ISIS that it did it.', 'ISIS'],
      ['Experts doubt the claims from IS fighters in Sinai.', 'IS'],
    ] as const) expect(claimNamedAsClaimantsClaim(text, [at(text, name)], isIs)).toBe(true);
  });
  it('is false when the claimant is no owner of a claim, or another party’s claim is named', () => {
    const a = 'Islamic State claims it downed the plane.';
    expect(claimNamedAsClaimantsClaim(a, [at(a, 'Islamic State')], isIs)).toBe(false);
    const b = 'Islamic State fighters claimed the town.';
    expect(claimNamedAsClaimantsClaim(b, [at(b, 'Islamic State')], isIs)).toBe(false);
    const c = 'The Islamic State claim was rejected.';
    expect(claimNamedAsClaimantsClaim(c, [at(c, 'Islamic State')], () => false)).toBe(false);
  });
});

describe('a rejected claim named as its claimant’s', () => {
  it('is no contradiction of the claimant’s claim', () => {
    expect(
      relationOfLastSentence('Russian and Egyptian officials dismissed as not credible the Islamic State claim that it had downed the airliner.', 'is-claims-metrojet-downing'),
    ).not.toBe('contradicts');
  });
});
