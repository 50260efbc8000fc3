import { describe, expect, it } from 'vitest';
import { dataset } from '../../src/dataset/bundled';
import { EMPTY_SLICE } from '../../src/dataset/slice';
import { knowledge, knowledgeOf } from './knowledge';

describe('the popup knowledge', () => {
  it('is the bundled dataset when the page refers to nothing imported', () => {
    expect(knowledgeOf(undefined)).toBe(knowledge);
    expect(knowledgeOf(EMPTY_SLICE)).toBe(knowledge);
  });

  it('adds the imported claims, actors and sources the page sent with its analysis', () => {
    const source = { id: 'feed:s1', headline: 'A check', date: '2024-02-10' };
    const claim = { ...dataset.claims[0]!, id: 'feed:c1', statement: 'An imported claim.', evidence: [{ ...dataset.claims[0]!.evidence[0]!, source: 'feed:s1' }] };
    const k = knowledgeOf({ claims: [claim], actors: [], sources: [source as never], relations: [] });
    expect(k.lookup.claim('feed:c1')?.statement).toBe('An imported claim.');
    expect(k.lookup.source('feed:s1')?.headline).toBe('A check');
    expect(k.lookup.claim(dataset.claims[1]!.id)).toBeDefined();
    expect(k.sources).toBe(dataset.sources);
  });
});
