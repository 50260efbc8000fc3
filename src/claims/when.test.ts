import { describe, expect, it } from 'vitest';
import { dataset } from '../dataset/index';
import { createEngine } from '../engine/index';
import { splitLines } from '../text/sentences';
import { articleWhenFromText, claimDays, dateIn, latestStatedDate, monthDaysIn, sameDays, sentenceDays, sentenceWeekdays, weekdayPhraseIn, weekdaysOf } from './when';

const paras = (t: string) => splitLines(t);

describe("an article's date from its own text", () => {
  it('reads a wire dateline without a year', () => {
    const t = 'Russia says raids hit four targets\n\nMOSCOW, Oct 1 (Reuters) - The ministry said on Thursday its jets flew eight sorties.';
    expect(articleWhenFromText(t, paras(t))).toEqual({ month: 9, day: 1 });
    const u = 'Title\nMOSCOW, November 23. Russian aircraft flew 141 sorties, a spokesman said.';
    expect(articleWhenFromText(u, paras(u))).toEqual({ month: 10, day: 23 });
  });
  it('reads a date line near the top or at the foot, in the forms pages write it', () => {
    for (const [line, when] of [
      ['7th October 2015, Comments 0 comments', { year: 2015, month: 9, day: 7 }],
      ['08 October, 2015', { year: 2015, month: 9, day: 8 }],
      ['The Washington Times - Thursday, October 1, 2015', { year: 2015, month: 9, day: 1 }],
      ['February 4, 2016 at 12:07 pm', { year: 2016, month: 1, day: 4 }],
    ] as const) {
      const t = `A headline\n${line}\nA body sentence that is long enough to be a paragraph of its own, with no date in it at all.`;
      expect(articleWhenFromText(t, paras(t))).toEqual(when);
    }
    const foot = 'Headline\nOne.\nTwo.\nThree.\nFour.\nFive.\nSix.\nJune 9, 2017';
    expect(articleWhenFromText(foot, paras(foot))).toEqual({ year: 2017, month: 5, day: 9 });
  });
  it('takes no date from a body sentence or a capitalised sentence start', () => {
    const t = 'Headline\nA Russian military aircraft entered Turkish airspace south of Yayladagi in Hatay province at 12:08 on 3 October 2015.';
    expect(articleWhenFromText(t, paras(t))).toBeUndefined();
    const u = 'Headline\nIn October 11 villages were hit, the monitor said.';
    expect(articleWhenFromText(u, paras(u))).toBeUndefined();
  });
  it('reads full dates only', () => {
    expect(dateIn('Posted October 26, 2017')).toEqual({ year: 2017, month: 9, day: 26 });
    expect(dateIn('since June 2015')).toBeUndefined();
  });
});

describe('the days a claim and a sentence speak of', () => {
  it("reads a claim's time slot: a day, a night, a range", () => {
    expect(claimDays('2015-10-01')).toEqual(new Set(['d:2015-10-01', 'n:2015-10-01']));
    // the night, and the evening it begins on: "on October 1 Su-34s hit …" (ADR 0382)
    expect(claimDays('night of 1-2 October 2015')).toEqual(new Set(['n:2015-10-02', 'e:2015-10-01']));
    expect(sameDays(claimDays('night of 1-2 October 2015'), new Set(['d:2015-10-01', 'n:2015-10-01']))).toBe(true);
    expect(sameDays(claimDays('night of 1-2 October 2015'), new Set(['d:2015-10-02']))).toBe(false);
    expect(claimDays('17-18 November 2015')).toEqual(new Set(['d:2015-11-17', 'n:2015-11-17', 'd:2015-11-18', 'n:2015-11-18']));
    expect(claimDays('October 2015').size).toBe(0);
  });
  it("'overnight' in a page dated 1 October is the night ending that morning, not the night of 1-2 October", () => {
    const s = sentenceDays('russia says overnight raids in syria hit four islamic state targets', { month: 9, day: 1 }, 2015);
    expect(s).toEqual(new Set(['n:2015-10-01']));
    expect(sameDays(s, claimDays('night of 1-2 October 2015'))).toBe(false);
    expect(sameDays(s, claimDays('2015-10-01'))).toBe(true);
  });
  it('a weekday is the last one on or before the page date', () => {
    // 8 October 2015 was a Thursday
    expect(sentenceDays('its air force flew 27 raids on thursday', { year: 2015, month: 9, day: 8 }, undefined)).toEqual(new Set(['d:2015-10-08', 'n:2015-10-08']));
  });
  it('a day told after a speech verb may report the day before', () => {
    const s = sentenceDays('russia has bombed raqqa, the defence ministry said on friday (oct 2)', { year: 2015, month: 9, day: 2 }, undefined);
    expect(sameDays(s, claimDays('2015-10-01'))).toBe(true);
  });
  it("reads a day's 24-hour count as that day's report, not the day before's too (ADR 0160)", () => {
    // told on Friday 2 October: the 24 hours up to then, not 1 October's report
    const s = sentenceDays('over the past 24 hours it made 18 sorties and struck 12 targets, konashenkov told reporters on friday', { month: 9, day: 2 }, 2015);
    expect(sameDays(s, claimDays('2015-10-01'))).toBe(false);
    expect(sameDays(s, claimDays('2015-10-02'))).toBe(true);
    // on a dated page with no weekday, the page's day
    expect(sameDays(sentenceDays('jets hit 63 targets in the past 24 hours', { year: 2015, month: 9, day: 11 }, undefined), claimDays('night of 1-2 October 2015'))).toBe(false);
    // the night, written 'in the night', is the night ending the page's day
    expect(sentenceDays('ten of the flights were made in the night', { month: 9, day: 2 }, 2015)).toEqual(new Set(['n:2015-10-02']));
  });
  it("reads a statement's day written without 'on' (ADR 0160)", () => {
    // undated page: 'in a Saturday statement' on the past 24 hours is a Saturday's report
    const sat = sentenceWeekdays('in the past 24 hours the air force carried out 36 sorties, the ministry said in a saturday statement');
    expect(sat).toEqual(new Set([6]));
    expect([...weekdaysOf(claimDays('night of 1-2 October 2015'))].some((d) => sat.has(d))).toBe(false);
    expect(sentenceWeekdays('nine targets were hit, a spokesman told reporters monday')).toEqual(new Set([1, 0]));
    expect(sentenceWeekdays("saturday's statement listed 49 targets")).toEqual(new Set([6, 5]));
    expect(weekdayPhraseIn('the ministry said monday that 141 sorties were flown')).toBe('said monday');
    // a weekday that is no statement's day is not read without 'on'
    expect(sentenceWeekdays('the saturday market reopened').size).toBe(0);
  });
  it('names no day for an undated sentence, a running total, or an unknown page date', () => {
    expect(sentenceDays('russia struck five targets', { year: 2015, month: 9, day: 1 }, undefined).size).toBe(0);
    expect(sentenceDays('strikes since september 30 hit 800 targets', { year: 2015, month: 10, day: 20 }, undefined).size).toBe(0);
    expect(sentenceDays('its jets flew 27 raids on thursday', undefined, 2015).size).toBe(0);
  });
});

describe('the latest date a text states of the past', () => {
  it('bounds when an undated page was written', () => {
    expect(latestStatedDate('SOHR documented the deaths today, the 30th of September 2016, in strikes. Russia began on 30 September 2015.')).toEqual({ year: 2016, month: 8, day: 30 });
  });
  it('skips dates said of the future', () => {
    expect(latestStatedDate('On 2 October 2015 Putin met Hollande; they will meet again on 26 November 2015.')).toEqual({ year: 2015, month: 9, day: 2 });
  });
});

describe('a written day followed by its year', () => {
  it('"on September 30, 2015" is the 30th of September; "September 30 percent" and "September 3, 12 killed" stay no day', () => {
    expect([...monthDaysIn('air raids in syria began on september 30, 2015', true)]).toEqual(['9-30']);
    expect([...monthDaysIn('since october 1 2015 the raids went on', true)]).toEqual(['10-1']);
    expect([...monthDaysIn('by september 30 percent of the strikes')]).toEqual([]);
    expect([...monthDaysIn('on september 3, 12 people were killed', true)]).toEqual([]);
  });
  it('the campaign\'s start is found, in a long sentence, by its date written with the year', () => {
    const r = createEngine(dataset).analyzeText('Lawmakers in Moscow approved the use of troops abroad after a request from Damascus, and Russian air raids in Syria began on September 30, 2015.');
    expect(r.claims.flatMap((c) => c.matches).find((m) => m.claimId === 'russian-campaign-began-sept-30')?.relation).toBe('corroborates');
  });
});
