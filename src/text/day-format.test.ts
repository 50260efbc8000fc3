import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatCount, formatDay } from './day-format';

const intl = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
const viaIntl = (iso: string) => intl.format(new Date(`${iso}T00:00:00Z`));

describe('formatDay', () => {
  it('writes every day of four years as Intl does', () => {
    for (let t = Date.UTC(2015, 0, 1); t < Date.UTC(2017, 0, 1); t += 86_400_000) {
      const iso = new Date(t).toISOString().slice(0, 10);
      expect(formatDay(iso)).toBe(viaIntl(iso));
    }
    for (const iso of ['2000-02-29', '1900-02-28', '2024-09-30', '1999-12-31']) expect(formatDay(iso)).toBe(viaIntl(iso));
  });

  it('hands anything else to Intl: rolled-over days, years before 1000, bad text', () => {
    for (const iso of ['2015-02-30', '1900-02-29', '0999-05-01']) expect(formatDay(iso)).toBe(viaIntl(iso));
    expect(() => formatDay('not a date')).toThrow(RangeError);
    expect(() => formatDay('2015-13-01')).toThrow(RangeError);
  });

  it('agrees with Intl on any day from 1000 to 9999', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date(Date.UTC(1000, 0, 1)), max: new Date(Date.UTC(9999, 11, 31)), noInvalidDate: true }), (d) => {
        const iso = d.toISOString().slice(0, 10);
        expect(formatDay(iso)).toBe(viaIntl(iso));
      }),
    );
  });
});

describe('formatCount', () => {
  it('groups thousands as en-GB does', () => {
    fc.assert(fc.property(fc.integer({ min: -2_000_000_000, max: 2_000_000_000 }), (n) => {
        expect(formatCount(n)).toBe(n.toLocaleString('en-GB'));
      }),
    );
    for (const n of [0, 999, 1000, 25_000, 1_234_567_890_123]) expect(formatCount(n)).toBe(n.toLocaleString('en-GB'));
    expect(formatCount(1.5)).toBe((1.5).toLocaleString('en-GB'));
  });
});
