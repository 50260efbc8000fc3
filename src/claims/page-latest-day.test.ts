// An event's words recurring for another event (ADR 0200): a page with no date whose top and lead
// write only earlier days does not restate a later event in a sentence that names no time.
// Invented wording, shaped like real 2015 reporting.
import { describe, expect, it } from 'vitest';
import { dataset } from '../dataset/index';
import { createEngine } from '../engine/index';
import { firstDayOf, latestMonthDay, pageBeforeDay } from './page-latest-day';

const engine = createEngine(dataset);
const SUMMONS = 'russian-ambassador-summoned-ankara';
const relations = (page: string) => engine.analyzeText(page).claims.flatMap((c) => c.matches.filter((m) => m.claimId === SUMMONS).map((m) => m.relation));
const summons = 'Ankara summoned the Russian ambassador to the foreign ministry to hear a protest.';

describe("another event's summons", () => {
  it('an October airspace summons is not the November one', () => {
    const page = `Turkey calls in Russian envoy over air space breach\n\nThe Turkish foreign ministry said on Monday October 5 that a Russian jet had crossed into Turkish air space on Saturday.\n\n${summons}`;
    expect(relations(page)).not.toContain('corroborates');
  });
  it("a lead of the claim's day still restates it", () => {
    const page = `Turkey calls in Russian envoy over bombing\n\nThe Turkish foreign ministry said on Friday November 20 that Russian jets had bombed Turkmen villages.\n\n${summons}`;
    expect(relations(page)).toContain('corroborates');
  });
  it("a background day further down is no story's day (the campaign's start)", () => {
    const page = `Turkey calls in Russian envoy over bombing\n\nThe Turkish foreign ministry said Russian jets had bombed Turkmen villages near the border.\n\n${summons}\n\nRussia began its air strikes in Syria on September 30.`;
    expect(relations(page)).toContain('corroborates');
  });
});

describe("another salvo's count", () => {
  const salvo = 'Four warships fired 26 cruise missiles at 11 targets in Raqqa, Aleppo and Idlib provinces, the ministry said.';
  const contradicts = (page: string) =>
    engine.analyzeText(page).claims.some((c) => c.matches.some((m) => m.claimId === 'mod-four-days-100-missiles-800-targets' && m.relation === 'contradicts'));
  it("an October salvo, dated by the page's lead, does not contradict the November four-day count", () => {
    expect(contradicts(`Russian warships strike Syria from the Caspian\n\nRussia opened a new front on Wednesday October 7, the defence ministry said, as its ships joined the campaign.\n\n${salvo}`)).toBe(false);
  });
  it('on a page that gives no time at all, a salvo naming no period is a part of the four days, no contradiction (ADR 0295; was ADR 0160)', () => {
    expect(contradicts(`Russian warships strike Syria from the Caspian\n\nRussia opened a new front, the defence ministry said, as its ships joined the campaign.\n\n${salvo}`)).toBe(false);
  });
});

describe('latestMonthDay and pageBeforeDay', () => {
  it("reads a claim's first day from its day keys", () => {
    expect(firstDayOf(new Set(['d:2015-11-18', 'd:2015-11-17']))).toBe('2015-11-17');
    expect(firstDayOf(new Set(['n:2015-10-02']))).toBe('2015-10-01');
    expect(firstDayOf(new Set())).toBeUndefined();
  });
  it('reads the latest day written of the past', () => {
    expect(latestMonthDay('said on monday october 5 that a jet crossed on saturday')).toEqual({ month: 9, day: 5 });
    expect(latestMonthDay('they met on november 3. talks will resume on november 30.')).toEqual({ month: 10, day: 3 });
    expect(latestMonthDay('no day here')).toBeUndefined();
  });
  it("compares it with a claim's first day in the claim's year", () => {
    expect(pageBeforeDay({ month: 9, day: 5 }, '2015-11-20')).toBe(true);
    expect(pageBeforeDay({ month: 10, day: 20 }, '2015-11-20')).toBe(false);
    expect(pageBeforeDay({ month: 9, day: 5 }, undefined)).toBe(false);
  });
});
