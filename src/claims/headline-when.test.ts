// A headline that cannot be placed in time says nothing of when something began (ADR 0160).
import { describe, expect, it } from 'vitest';
import { dataset } from '../dataset/index';
import { createEngine } from '../engine/index';

const engine = createEngine(dataset);
const firstClaim = (text: string, date?: string) => engine.analyzeText(text, date ? { date } : {}).claims[0];
const relation = (text: string, id: string, date?: string) => firstClaim(text, date)?.matches.find((m) => m.claimId === id)?.relation;

describe('a headline and a claim whose point is when it happened', () => {
  it("an undated page's headline naming no time does not restate the campaign's start, or the war's", () => {
    const t = 'Russia Begins Airstrikes in Syria\n\nRussian jets struck near the Syrian city of Homs, US officials said.';
    expect(relation(t, 'russian-campaign-began-sept-30')).not.toBe('corroborates');
    expect(relation(t, 'syrian-conflict-began-2011')).not.toBe('corroborates');
  });
  it('a section line above the headline is not the headline', () => {
    const t = 'Country Report | Syria | Politics\n\nRussia launches air attacks in Syria\n\nFew expected Russia to enter the war this abruptly.';
    const claims = engine.analyzeText(t).claims;
    const headline = claims.find((c) => c.text.startsWith('Russia launches'));
    expect(headline?.matches.find((m) => m.claimId === 'russian-campaign-began-sept-30')?.relation).not.toBe('corroborates');
  });
  it('a sentence that writes the day still restates it', () => {
    expect(relation('Russia began its air strikes in Syria on September 30.', 'russian-campaign-began-sept-30')).toBe('corroborates');
  });
  it("a dated page's headline under navigation lines it did not mark is still that day's news", () => {
    const t = "Off the wire\n\nYou are here: Home\n\nSeveral IS positions in Syria destroyed by Russian missile strikes\n\nXinhua, October 7, 2015\n\nOvernight Russian cruise missiles destroyed a number of Islamic State positions in three Syrian provinces, state media said.";
    const headline = engine.analyzeText(t).claims.find((c) => c.text.startsWith('Several IS'));
    // 7 October's salvo is not Russia's account of its first strikes on 30 September
    expect(headline?.matches.find((m) => m.claimId === 'russia-says-first-strikes-hit-isis')?.relation).not.toBe('corroborates');
  });
});
