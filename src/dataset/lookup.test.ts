import { describe, expect, it } from 'vitest';
import type { Dataset } from './schema';
import { createLookup } from './lookup';

const data: Dataset = {
  id: 'fixture',
  title: 'Fixture',
  version: '1',
  sources: [{ id: 'a.txt', headline: 'H', outlet: 'AFP', date: '2015-10-02', dateBasis: 'b', description: 'd' }],
  actors: [
    { id: 'mod', name: 'Russian Defence Ministry', type: 'organisation', aliases: ['Defence Ministry'], sources: ['a.txt'] },
    { id: 'isis', name: 'Islamic State', type: 'armed_group', aliases: ['ISIS'], sources: ['a.txt'] },
  ],
  claims: [
    { id: 'hit', claimant: 'mod', statement: 'Strikes hit ISIS.', kind: 'strike_report', slots: { targetActors: ['isis'] }, actors: ['isis'], evidence: [{ source: 'a.txt', quote: 'q', start: 0, end: 1 }] },
    { id: 'missed', claimant: 'reporter', statement: 'Strikes missed ISIS.', kind: 'accusation', slots: {}, actors: ['isis', 'mod'], evidence: [{ source: 'a.txt', quote: 'q', start: 0, end: 1 }] },
  ],
  relations: [{ from: 'missed', to: 'hit', type: 'contradicts', reason: 'opposite accounts', justification: 'Same event and measure, opposite answers.' }],
};

describe('dataset lookup', () => {
  const lookup = createLookup(data);
  it('finds claims by and about an actor', () => {
    expect(lookup.claimsBy('mod').map((c) => c.id)).toEqual(['hit']);
    expect(lookup.claimsAbout('isis').map((c) => c.id)).toEqual(['hit', 'missed']);
    expect(lookup.claimsAbout('mod').map((c) => c.id)).toEqual(['missed']);
  });
  it('reads relations in both directions', () => {
    expect(lookup.related('hit')).toEqual([{ claim: data.claims[1], relation: 'contradicts', reason: 'opposite accounts' }]);
    expect(lookup.related('missed')[0]?.claim.id).toBe('hit');
  });
  it('labels sources and claimants', () => {
    expect(lookup.sourceLabel('a.txt')).toBe('AFP, 2 Oct 2015');
    expect(lookup.claimantName(data.claims[1]!)).toBe('the reporter');
    expect(lookup.claimantName(data.claims[0]!)).toBe('Russian Defence Ministry');
  });
});
