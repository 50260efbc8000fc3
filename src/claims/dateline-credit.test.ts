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
