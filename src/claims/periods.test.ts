import { describe, expect, it } from 'vitest';
import { periodsIn, samePeriod } from './periods';

describe('periods of a figure', () => {
  it('reads spans, weekdays, nights and running totals', () => {
    expect(periodsIn('in four days more than 100 cruise missiles were launched')).toEqual(new Set(['span:4 day']));
    expect(periodsIn('over the past 24 hours it flew 25 sorties')).toEqual(new Set(['overnight']));
    expect(periodsIn('on friday russia fired 18 cruise missiles')).toEqual(new Set(['weekday:friday']));
    expect(periodsIn('39 civilians over two weeks')).toEqual(new Set(['span:2 week']));
    expect(periodsIn('strikes have hit 112 targets so far')).toEqual(new Set(['cumulative']));
  });

  it('two figures share a slot only over the same period', () => {
    expect(samePeriod(periodsIn('on wednesday 26 missiles'), periodsIn('in four days more than 100 missiles'))).toBe(false);
    expect(samePeriod(periodsIn('15 sorties overnight'), periodsIn('10 sorties overnight'))).toBe(true);
    expect(samePeriod(periodsIn('on friday 25 missiles'), periodsIn('overnight on friday'))).toBe(true);
    expect(samePeriod(periodsIn('80 aircraft'), periodsIn('in four days'))).toBe(true);
  });
});
