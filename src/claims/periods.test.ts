import { describe, expect, it } from 'vitest';
import { periodsIn, samePeriod } from './periods';

describe('periods of a figure', () => {
  it('reads spans, weekdays, nights and running totals', () => {
    expect(periodsIn('in four days more than 100 cruise missiles were launched')).toEqual(new Set(['span:4 day']));
    expect(periodsIn('over the past 24 hours it flew 25 sorties')).toEqual(new Set(['day24']));
    expect(periodsIn('ten of the flights were made in the night')).toEqual(new Set(['overnight']));
    expect(periodsIn('on friday russia fired 18 cruise missiles')).toEqual(new Set(['weekday:friday']));
    expect(periodsIn('39 civilians over two weeks')).toEqual(new Set(['span:2 week']));
    expect(periodsIn('strikes have hit 112 targets so far')).toEqual(new Set(['cumulative']));
  });

  it('reads a superlative "to date" as no running total', () => {
    expect(periodsIn("50 bombing raids in deir al-zour province - russia's most intense assault there to date")).toEqual(new Set());
    expect(periodsIn('the heaviest strikes so far hit 40 targets')).toEqual(new Set());
    expect(periodsIn('russia has fired 44 missiles to date')).toEqual(new Set(['cumulative']));
  });

  it('two figures share a slot only over the same period', () => {
    expect(samePeriod(periodsIn('on wednesday 26 missiles'), periodsIn('in four days more than 100 missiles'))).toBe(false);
    expect(samePeriod(periodsIn('15 sorties overnight'), periodsIn('10 sorties overnight'))).toBe(true);
    expect(samePeriod(periodsIn('on friday 25 missiles'), periodsIn('overnight on friday'))).toBe(true);
    expect(samePeriod(periodsIn('80 aircraft'), periodsIn('in four days'))).toBe(true);
  });

  it("a day's 24-hour count is not the night's, and a weekday does not stretch another length (ADR 0160)", () => {
    // the ministry's '18 sorties in 24 hours' held its '10 in the night'
    expect(samePeriod(periodsIn('in the past 24 hours it made 18 sorties'), periodsIn('10 sorties overnight'))).toBe(false);
    // a two-day count told on a Monday is not a night's count reported on a Friday
    expect(samePeriod(periodsIn('in the past 48 hours, said on monday, 141 sorties'), periodsIn('on friday it said 10 sorties overnight'))).toBe(false);
    expect(samePeriod(periodsIn('in the past 24 hours 36 sorties, said on saturday'), periodsIn('10 sorties overnight, said on friday'))).toBe(false);
    // a day holds its 24 hours' report and its night
    expect(samePeriod(periodsIn('on friday 20 sorties'), periodsIn('in the past 24 hours 18 sorties'))).toBe(true);
    expect(samePeriod(periodsIn('in one day 20 sorties'), periodsIn('overnight 10 sorties'))).toBe(true);
  });
});

describe('periods told without a preposition or a count (ADR 0250)', () => {
  it('reads "last month", "this week", "the first week", "each day" and "on the second day"', () => {
    expect(periodsIn('last month the jets flew 1,391 sorties')).toEqual(new Set(['span:1 month']));
    expect(periodsIn('this week the air force hit 300 targets')).toEqual(new Set(['span:1 week']));
    expect(periodsIn('in the first week of the campaign they struck 120 targets')).toEqual(new Set(['span:1 week']));
    expect(periodsIn('each day the warplanes fly about 20 sorties')).toEqual(new Set(['rate:day']));
    expect(periodsIn('on the second day of strikes the air force hit 12 targets')).toEqual(new Set(['span:1 day']));
    expect(periodsIn('the jets returned last night')).toEqual(new Set(['overnight']));
  });
});
