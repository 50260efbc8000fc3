import { describe, expect, it } from 'vitest';
import { relationOfLastSentence } from '../../tests/support/last-sentence-relation';
import { sharesOneWord } from './one-word-shared';

// invented sentences: the reporter's "Russia's air campaign in Syria began on Wednesday 30 September 2015"
describe('a beginning of nothing the claim tells (one-word-shared.ts)', () => {
  const BEGAN = 'russian-campaign-began-sept-30';
  it('counts the words shared besides actors and offices', () => {
    expect(sharesOneWord(['@russia', 'start', 'news'], new Set(['@russia', 'start', 'campaign']), new Set(), false)).toBe(true);
    expect(sharesOneWord(['@russia', 'start', 'campaign'], new Set(['@russia', 'start', 'campaign']), new Set(), false)).toBe(false);
    expect(sharesOneWord(['@russia', 'start'], new Set(['@russia', 'start']), new Set(), true)).toBe(false);
  });
  it('a briefing that starts with the news from Russia tells no beginning of the campaign', () => {
    expect(relationOfLastSentence("I'd like to start with the news from our talks with Russia.", BEGAN, '2015-10-01')).not.toBe('corroborates');
    expect(relationOfLastSentence("We'd like to start with an update on the talks with Russia.", BEGAN, '2015-10-01')).not.toBe('corroborates');
  });
  it('the campaign begun still restates it', () => {
    expect(relationOfLastSentence('Russia began air strikes in Syria on Wednesday.', BEGAN, '2015-10-01')).toBe('corroborates');
  });
});
