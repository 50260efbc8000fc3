// A page's date line written in figures (issue 13, figures): read when unambiguous, and only as
// the page's own date line. Invented date lines, shaped like real 2015 pages.
import { describe, expect, it } from 'vitest';
import { textModelFromString } from '../text/model';
import { numericDateIn } from './numeric-date';
import { articleWhenFromText } from './when';

describe('numericDateIn', () => {
  it('reads day-first, dotted, month-first and year-first dates when the figures say which is which', () => {
    expect(numericDateIn('Published on 30/09/2015')).toEqual({ year: 2015, month: 8, day: 30 });
    expect(numericDateIn('31.10.2015 | Front page')).toEqual({ year: 2015, month: 9, day: 31 });
    expect(numericDateIn('05.10.2015')).toEqual({ year: 2015, month: 9, day: 5 });
    expect(numericDateIn('Posted 10/20/2015 at noon')).toEqual({ year: 2015, month: 9, day: 20 });
    expect(numericDateIn('2015/10/20')).toEqual({ year: 2015, month: 9, day: 20 });
  });
  it('leaves an ambiguous slash date, an impossible one, and version numbers unread', () => {
    expect(numericDateIn('05/10/2015')).toBeUndefined();
    expect(numericDateIn('40/13/2015')).toBeUndefined();
    expect(numericDateIn('release 1.2.2015.3')).toBeUndefined();
    expect(numericDateIn('a score of 3/4')).toBeUndefined();
  });
});

describe("a page's date line in figures", () => {
  it('dates the page', () => {
    const text = 'Russian jets hit near Homs\n\nPublished on 30/09/2015\n\nRussia launched its first air strike in Syria on Wednesday.';
    expect(articleWhenFromText(text, textModelFromString(text).paragraphs)).toEqual({ year: 2015, month: 8, day: 30 });
  });
  it('a figure date inside a body sentence is not the page date', () => {
    const text = 'Russian jets hit near Homs\n\nThe ceasefire agreed on 30/09/2015 was broken within days, residents said, and fighting resumed across the province as government forces moved north towards the town.';
    expect(articleWhenFromText(text, textModelFromString(text).paragraphs)).toBeUndefined();
  });
});

describe("a page's 'Last modified' line (ADR 0379)", () => {
  it('dates nothing: an institution touches its page long after writing it, so the text is read for its date instead', () => {
    const text = 'Joint statement on Syria\n\nThe statement below was issued on 2 October 2015 by the governments of seven countries, on the latest Russian strikes in Syria:\n\nLast modified 27/11/2015';
    expect(articleWhenFromText(text, textModelFromString(text).paragraphs)).toBeUndefined();
  });
  it("leaves a news page's 'Updated' line its date", () => {
    const text = 'Russian jets hit near Homs\n\nUpdated 30/09/2015\n\nRussia launched its first air strike in Syria on Wednesday.';
    expect(articleWhenFromText(text, textModelFromString(text).paragraphs)).toEqual({ year: 2015, month: 8, day: 30 });
  });
});
