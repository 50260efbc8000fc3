// A headline's figure read with the lead sentence that restates it (ADR 0160).
import { describe, expect, it } from 'vitest';
import { dataset } from '../dataset/index';
import { createEngine } from '../engine/index';
import { foldText } from '../text/fold';
import { extractNumbers } from '../text/numbers';
import { splitLines } from '../text/sentences';
import { leadTimeFor } from './lead-time';

const engine = createEngine(dataset);
const figures = (s: string) => extractNumbers(s, 0, s.length, foldText(s));

describe("a headline's lead", () => {
  const text = 'Syria crisis: Russia fires 26 cruise missiles from the Caspian Sea\n\nFour warships in the Caspian launched 26 cruise missiles on Wednesday, October 7, officials said.';
  const lead = leadTimeFor(text, splitLines(text), 0, undefined);
  it('is the lead sentence that restates one of its figures', () => {
    expect(lead(figures('Russia fires 26 cruise missiles'))).toContain('on wednesday, october 7');
  });
  it('is none when the headline shares no figure with it, or has none', () => {
    expect(lead(figures('Russia fires 18 cruise missiles'))).toBeUndefined();
    expect(lead([])).toBeUndefined();
  });
});

describe("a headline's count is read in its lead's slot", () => {
  const headlineMatches = (text: string, options: { date?: string; furniture?: boolean[] } = {}) => {
    const session = engine.beginArticle({ text, ...options });
    for (let i = 0; i < session.paragraphs.length; i++) {
      const claims = session.paragraph(i).claims;
      if (claims.length > 0) return claims[0]!.matches;
    }
    return [];
  };
  it("a salvo on 7 October is not the four-day November total", () => {
    const t = 'Syria crisis: Russia fires 26 cruise missiles from the Caspian Sea\n\nFour Russian warships in the Caspian Sea launched 26 cruise missiles at targets in Syria on Wednesday, October 7, the Russian Defence Ministry said.';
    expect(headlineMatches(t).find((m) => m.claimId === 'mod-four-days-100-missiles-800-targets')?.relation).not.toBe('contradicts');
  });
  it("a Saturday statement's 24-hour count is not the first nights' counts", () => {
    const t = "Russian air force flies 36 sorties, strikes 49 targets in Syria\n\nMOSCOW - In the past 24 hours Russia's air force has carried out 36 sorties and hit 49 Islamic State targets in Syria, the Russian Defence Ministry said in a Saturday statement.";
    const m = headlineMatches(t);
    expect(m.filter((x) => x.relation === 'contradicts')).toEqual([]);
  });
  it('the same night still contradicts: the lead restates the count overnight', () => {
    const t = 'Russian warplanes flew 15 sorties in Syria: Defence Ministry\n\nRussian warplanes flew 15 sorties overnight, the Russian Defence Ministry said.';
    expect(headlineMatches(t).find((m) => m.claimId === 'mod-ten-sorties-overnight')?.relation).toBe('contradicts');
  });
  it('the headline under a photo caption is still the headline: a dated page reports its own day', () => {
    const t = "Russian Su-30 fighters at Hmeimim aerodrome in Syria. Photo: RIA Novosti\n\nRussian jets strike 63 ISIL targets in Syria's Hama, Latakia, Idlib, Raqqa\n\nRussian jets hit 63 ISIL targets in Hama, Latakia, Idlib and Raqqa, the Russian Defence Ministry said on Sunday.";
    const m = headlineMatches(t, { date: '2015-10-11', furniture: [true, false, false] });
    expect(m.find((x) => x.claimId === 'mod-seven-targets-overnight-incl-raqqa')?.relation).not.toBe('contradicts');
  });
});

describe('a headline glued to its body by a line break', () => {
  // one block, as a page's text model gives it: the headline, a <br>, then the lead (no blank line between them)
  const firstMatches = (text: string) => engine.analyzeText(text, { paragraphs: [{ start: 0, end: text.length }] }).claims[0]?.matches ?? [];
  it("reads the lines under it as its lead: a Tuesday's 24-hour bulletin is not the first night's count", () => {
    const t = 'Moscow says its jets flew 41 sorties, struck 77 targets in Syria\nThe Russian Defence Ministry said on Tuesday its aircraft had flown 41 sorties and struck 77 targets in the past 24 hours.';
    expect(firstMatches(t).filter((m) => m.relation === 'contradicts')).toEqual([]);
  });
  it('still contradicts when the line under it restates the count of the same night', () => {
    const t = 'Russian warplanes flew 15 sorties in Syria: Defence Ministry\nRussian warplanes flew 15 sorties overnight, the Russian Defence Ministry said.';
    expect(firstMatches(t).find((m) => m.claimId === 'mod-ten-sorties-overnight')?.relation).toBe('contradicts');
  });
});
