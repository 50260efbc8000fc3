// Invented pages: a dateline with the agencies' credit after a comma, and a headline dated by it.
import { describe, expect, it } from 'vitest';
import { dataset } from '../dataset/index';
import { createEngine } from '../engine/index';
import { textModelFromString } from '../text/model';
import { articleWhenFromText } from './when';

const when = (text: string) => articleWhenFromText(text, textModelFromString(text).paragraphs);
const engine = createEngine(dataset);
/** the relation of the page's headline (its first block that is no masthead or rule) */
const headlineRelation = (page: string, claimId: string) => {
  const headline = page.split('\n\n')[2]!;
  const model = textModelFromString(page);
  return engine.analyzeText(model.text, { paragraphs: model.paragraphs }).claims.find((c) => c.text === headline)?.matches.find((m) => m.claimId === claimId)?.relation;
};

describe('a dateline with the credit after a comma', () => {
  it('reads "MOSCOW, Oct 4, (Agencies):" as 4 October', () => {
    expect(when('DAILY NEWS\n\nMOSCOW, Oct 4, (Agencies): The ministry said its jets flew 20 sorties.')).toEqual({ month: 9, day: 4 });
    expect(when('MOSCOW, Oct 4 (Reuters) - The ministry said its jets flew 20 sorties.')).toEqual({ month: 9, day: 4 });
  });
});

describe('a headline on a page dated by a dateline with no year', () => {
  // a masthead and a rule above the headline, as a print page's copy has them
  const page =
    'GULF DAILY\n\n---------- ----------\n\nRussia hits 10 IS targets in Syria\n\nMOSCOW, Oct 4, (Agencies): Over the past 24 hours Russian planes made 20 sorties and struck 10 Islamic State targets, the defence ministry said in a statement on Sunday.';
  it("is that day's news: its count does not contradict the first day's five targets", () => {
    expect(headlineRelation(page, 'mod-five-is-targets-struck')).not.toBe('contradicts');
  });
  it('still contradicts them on that first day', () => {
    expect(headlineRelation(page.replace('Oct 4', 'Oct 1'), 'mod-five-is-targets-struck')).toBe('contradicts');
  });
});

describe('a date line further down the top, and a date opening the lead', () => {
  it('reads a date line below outlet, section, headline, outlet and place lines, before any prose', () => {
    const page = 'THE DAILY\n\nDIPLOMACY\n\nAnkara and Washington talk over raids\n\nTHE DAILY\n\nISTANBUL\n\nPublished 21.11.2015 00:00\n\nThe two ministers spoke by telephone on Friday night about the Russian raids on Turkmen villages.';
    expect(when(page)).toEqual({ year: 2015, month: 10, day: 21 });
  });
  it('does not take a short line after the first prose paragraph for the date line', () => {
    const prose = 'The two ministers spoke by telephone on Friday night about the Russian raids on Turkmen villages near the border.';
    const page = `THE DAILY\n\nHeadline here\n\n${prose}\n\nMore\n\nLinks\n\nThe vote of 1 March 2016 was close.\n\n${prose}\n\n${prose}`;
    expect(when(page)).toBeUndefined();
  });
  it('reads "November 24, 2015 (by a staff writer) - …" opening the lead', () => {
    expect(when('Jet downed\n\nNovember 24, 2015 (by a staff writer) - A Turkish F-16 shot down a Russian bomber near the border this morning, officials said.')).toEqual({ year: 2015, month: 10, day: 24 });
  });
});

describe('a date line with an Arabic comma', () => {
  it('reads "20 November، 2015" as an agency prints it', () => {
    expect(when('AGENCY\n\nShoigu: ten ships in the operation\n\n20 November، 2015\n\nThe minister said the fleet had fired cruise missiles at targets in Raqqa.')).toEqual({ year: 2015, month: 10, day: 20 });
  });
});
