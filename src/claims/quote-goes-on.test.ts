import { describe, expect, it } from 'vitest';
import { dataset } from '../dataset/index';
import { createEngine } from '../engine/index';
import { quoteGoesOn } from './quote-goes-on';

const engine = createEngine(dataset);
const relationsOf = (text: string, claimId: string): string[] =>
  engine.analyzeText(text).claims.flatMap((c) => c.matches.filter((m) => m.claimId === claimId && m.relation !== 'related').map((m) => `${m.relation}: ${c.text}`));

describe('quoteGoesOn', () => {
  it('is true for an undetected sentence naming no one that opens a quotation after a speaker', () => {
    expect(quoteGoesOn('"and that is a recipe for disaster."', false, 0, true)).toBe(true);
    expect(quoteGoesOn('“and that is a recipe for disaster.”', false, 0, true)).toBe(true);
  });
  it('is false with no speaker before, a name in it, a claim cue of its own or no quotation', () => {
    expect(quoteGoesOn('"and that is a recipe for disaster."', false, 0, false)).toBe(false);
    expect(quoteGoesOn('"and that is a recipe for disaster."', false, 1, true)).toBe(false);
    expect(quoteGoesOn('"and that is a recipe for disaster."', true, 0, true)).toBe(false);
    expect(quoteGoesOn('and that is a recipe for disaster.', false, 0, true)).toBe(false);
  });
});

// invented page: the president's words cut in two by the reporter
describe('a quotation that goes on', () => {
  const OBAMA = 'obama-from-their-perspective-all-terrorists';
  it("gives the speaker's second sentence the claim it restates", () => {
    const page = 'Obama warned that Moscow was backing Assad. "In the Russian view, every one of them is a terrorist. And that is a recipe for disaster."';
    expect(relationsOf(page, OBAMA).length).toBeGreaterThan(0);
  });
  it('never gives it a claim the attributed sentence before carries', () => {
    const page = '"From their perspective, they are all terrorists," Obama told reporters at the White House. "And that is a recipe for disaster."';
    const found = relationsOf(page, OBAMA);
    expect(found.length).toBe(1);
    expect(found[0]).toContain('Obama told reporters');
  });
});
