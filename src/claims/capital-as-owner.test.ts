// A capital that stands for its state, written as an owner, is no place of the event (issue 13,
// paraphrase): "Turkey called in the Russian envoy after Moscow's warplanes bombed…" is a summons
// in Ankara, not in Moscow. Moscow as a place still places it. Invented wording, shaped like real
// 2015 reporting.
import { describe, expect, it } from 'vitest';
import { relationByRulesAlone } from '../../tests/support/last-sentence-relation';

const rel = relationByRulesAlone;

describe("a capital as an owner ('Moscow's warplanes')", () => {
  it('is its state, not a place: the summons after Moscow\'s raids is still the summons in Ankara', () => {
    expect(rel("Turkey called in the Russian ambassador on Friday after Moscow's warplanes pounded villages inside Syria near the border, the foreign ministry said.", 'russian-ambassador-summoned-ankara')).toBe('corroborates');
  });
  it('the capital as a place still places the event elsewhere', () => {
    expect(rel('Turkey called in the Russian ambassador in Moscow on Friday after warplanes pounded villages inside Syria near the border, the foreign ministry said.', 'russian-ambassador-summoned-ankara')).not.toBe('corroborates');
  });
});
