// Another side's count is its own count (ADR 0200): it contradicts the claim's figure only when the
// same event is shown. Invented wording, shaped like real 2015 reporting.
import { describe, expect, it } from 'vitest';
import { dataset } from '../dataset/index';
import { createEngine } from '../engine/index';
import { countOfOtherSide, sameEventShown } from './other-side-count';

const engine = createEngine(dataset);
const rel = (text: string, id: string, date?: string) => engine.analyzeText(text, date ? { date } : undefined).claims.at(-1)?.matches.find((m) => m.claimId === id)?.relation;
const SEVEN = 'mod-seven-targets-overnight-incl-raqqa';

describe("a count given by another side (the ministry's seven targets overnight)", () => {
  it("another state's source giving another count, on no day, is that side's count", () => {
    expect(rel('A military source cited by Syrian state television said Russian jets had hit 11 targets near Raqqa.', SEVEN)).toBe('related');
    expect(rel('A Syrian army officer said Russian aircraft bombed 11 targets near Raqqa.', SEVEN)).toBe('related');
    expect(rel('Pentagon officials said Russia now had 80 aircraft in Syria.', 'russia-69-aircraft-in-syria')).toBe('related');
  });
  it('the same side, or no speaker, still contradicts (the slot unknown, ADR 0160)', () => {
    expect(rel('A Russian military source in Syria said Russian jets had hit 11 targets near Raqqa.', SEVEN)).toBe('contradicts');
    expect(rel('The Russian Defence Ministry said its aircraft bombed 11 targets in Syria overnight, including a command post near Raqqa.', SEVEN)).toBe('contradicts');
    expect(rel('Russian aircraft bombed 11 targets in Syria overnight, including a command post near Raqqa.', SEVEN)).toBe('contradicts');
    expect(rel('Officials in Moscow said Russia now had 80 aircraft in Syria.', 'russia-69-aircraft-in-syria')).toBe('contradicts');
  });
  it('another side on the same night, shown by the page, is a second account of that night', () => {
    expect(rel('A Syrian army officer said Russian aircraft bombed 11 targets near Raqqa overnight.', SEVEN, '2015-10-02')).toBe('contradicts');
  });
});

describe('countOfOtherSide and sameEventShown', () => {
  const isState = (id: string) => ['syria', 'russia'].includes(id);
  // the Russian ministry's side: Russia and its bodies
  const ownSide = (id: string) => ['russia', 'russian-defence-ministry', 'russian-armed-forces'].includes(id);
  it('reads the speaker phrase', () => {
    expect(countOfOtherSide({ present: true, agrees: false, clashes: false, actors: ['syria'] }, ownSide, isState)).toBe(true);
    expect(countOfOtherSide({ present: true, agrees: false, clashes: false, actors: ['russia'] }, ownSide, isState)).toBe(false);
    expect(countOfOtherSide({ present: true, agrees: false, clashes: false, actors: [] }, ownSide, isState)).toBe(false);
    expect(countOfOtherSide({ present: false, agrees: false, clashes: false, actors: [] }, ownSide, isState)).toBe(false);
    expect(countOfOtherSide({ present: true, agrees: false, clashes: true, actors: ['pentagon'] }, ownSide, isState)).toBe(true);
    // a body of the claimant's own state, placed in another ("a Russian military source in Syria")
    expect(countOfOtherSide({ present: true, agrees: false, clashes: true, actors: ['russian-armed-forces', 'syria'] }, ownSide, isState)).toBe(false);
  });
  it('needs a shared day, weekday or date', () => {
    expect(sameEventShown(new Set(['n:2015-10-02']), new Set(['n:2015-10-02']), new Set(), new Set(), false)).toBe(true);
    expect(sameEventShown(new Set(['n:2015-10-02']), new Set(), new Set([5]), new Set([5]), false)).toBe(true);
    expect(sameEventShown(new Set(['n:2015-10-02']), new Set(), new Set([5]), new Set(), false)).toBe(false);
  });
});
