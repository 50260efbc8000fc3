// A mark inside a transliterated name belongs to it (issue 13, spellings): "Da'esh", "Da’esh" are
// Daesh; a possessive still ends the word. Invented sentences, shaped like real 2015 reporting.
import { describe, expect, it } from 'vitest';
import { dataset } from '../dataset/index';
import { createEngine } from '../engine/index';
import { hasInnerMark, innerMarkEnd } from './inner-mark';

const engine = createEngine(dataset, { promote: false });
const actors = (text: string) => engine.analyzeText(text).actors.map((a) => a.id).sort();

describe('innerMarkEnd', () => {
  it("reads a mark between letters as inside the name, not a possessive's", () => {
    expect(innerMarkEnd("Da'esh", 2, 6)).toBe(3);
    expect(innerMarkEnd('Sana’a', 4, 6)).toBe(5);
    expect(innerMarkEnd("Raqqa's", 5, 7)).toBe(5);
    expect(innerMarkEnd("Raqqa's town", 5, 12)).toBe(5);
    expect(hasInnerMark("Ma'arrat")).toBe(true);
    expect(hasInnerMark("Idlib's")).toBe(false);
  });
});

describe("a name written with a mark inside", () => {
  it("'Da'esh' and 'Da’esh' are Islamic State, on a page that names the dataset's actors", () => {
    expect(actors("Moscow's jets were not aimed at Da'esh, the ministers said.")).toContain('isis');
    expect(actors('Moscow’s jets were not aimed at Da’esh, the ministers said.')).toContain('isis');
  });
  it('a possessive still reads the name before it', () => {
    expect(actors("Russia's jets hit Raqqa's outskirts.")).toEqual(expect.arrayContaining(['raqqa', 'russia']));
  });
  it('the off-topic guard holds: a keyed name alone names nobody', () => {
    expect(actors("The band Da'esh played the festival's last night.")).toEqual([]);
  });
});

describe('the account it carries', () => {
  it("the seven countries' concern over raids 'not directed at Da'esh' restates their casualty account", () => {
    const r = engine.analyzeText("We are concerned by the attacks of the Russian Air Force on Hama, Homs and Idlib since yesterday, which caused civilian casualties and were not directed at Da'esh.", { date: '2015-10-02' });
    expect(r.claims.flatMap((c) => c.matches).some((m) => m.claimId === 'seven-countries-strikes-caused-civilian-casualties' && m.relation === 'corroborates')).toBe(true);
  });
});
