// Recall on real reporting without losing precision (issue 13): each case is a
// sentence shaped like real 2015 reporting (invented wording) that one rule
// makes the engine find; each fails without that rule.
import { describe, expect, it } from 'vitest';
import { dataset } from '../dataset/index';
import { createEngine } from '../engine/index';

const engine = createEngine(dataset);
const last = (text: string) => {
  const r = engine.analyzeText(text);
  return r.claims[r.claims.length - 1];
};
const rel = (text: string, id: string) => last(text)?.matches.find((m) => m.claimId === id)?.relation;

describe('dates and durations', () => {
  it("a claim's ISO date names its month: a September date is no other event", () => {
    expect(rel('Moscow began its air campaign in Syria on Sept. 30 alongside the Syrian army.', 'russian-campaign-began-sept-30')).toBe('corroborates');
  });
  it('"about an hour\'s warning" is a figure of one hour', () => {
    const m = last("US officials complained that Russia gave them roughly an hour's warning before its jets went into action.")?.matches.find((x) => x.claimId === 'us-complains-one-hour-notice');
    expect(m?.relation).toBe('corroborates');
    expect(m?.reason).toMatch(/^same figure: 1 notice hours/);
  });
});

describe('paraphrase of the predicate', () => {
  it('a summons is a summons when the ambassador is "called in"', () => {
    expect(rel('The Russian envoy was called in to the Turkish foreign ministry on Friday.', 'russian-ambassador-summoned-ankara')).toBe('corroborates');
  });
});

describe('who states a background fact', () => {
  it("an official of the state whose institution acted may state it (Turkey's prime minister on the foreign ministry's summons)", () => {
    expect(rel("Speaking in Ankara, Prime Minister Ahmet Davutoglu said Turkey had summoned Russia's ambassador to protest over the raids.", 'russian-ambassador-summoned-ankara')).toBe('corroborates');
  });
});

describe('article date', () => {
  const at = (date: string) => {
    const r = engine.analyzeText('Long-range cruise missiles were fired from Russian warships in the Caspian Sea.', { date });
    return r.claims[0]?.matches.find((m) => m.claimId === 'cruise-missiles-from-caspian-warships')?.relation;
  };
  it('an article published before the claim was made does not restate it', () => {
    expect(at('2015-10-07')).toBe('related');
    expect(at('2015-11-21')).toBe('corroborates');
  });
});
