// A notice given ahead, written without a possessive, is that long a notice (issue 13, figures).
// Invented wording, shaped like real 2015 reporting.
import { describe, expect, it } from 'vitest';
import { dataset } from '../dataset/index';
import { createEngine } from '../engine/index';
import { extractNumbers } from './numbers';

const notices = (s: string) => extractNumbers(s).filter((n) => n.units.includes('notic')).map((n) => [n.value, n.units[0], n.qualifier]);

describe('a notice given ahead', () => {
  it('"one hour beforehand", "an hour in advance", "a day ahead" with a word of warning', () => {
    expect(notices('the warning came roughly one hour beforehand')).toEqual([[1, 'hour', 'about']]);
    expect(notices('Moscow told Washington an hour in advance')).toEqual([[1, 'hour', 'exact']]);
    expect(notices('the alert was sent a day ahead')).toEqual([[1, 'day', 'exact']]);
  });
  it('a time before something, with no warning given, is no notice', () => {
    expect(notices('the strikes began one hour before dawn')).toEqual([]);
    expect(notices('the convoy left an hour earlier')).toEqual([]);
  });
  const engine = createEngine(dataset, { promote: false });
  const rel = (text: string) => engine.analyzeText(text, { date: '2015-09-30' }).claims.at(-1)?.matches.find((m) => m.claimId === 'us-complains-one-hour-notice')?.relation;
  it("restates the US complaint of an hour's notice, and another length does not", () => {
    expect(rel('He added that the warning came roughly one hour beforehand.')).toBe('corroborates');
    expect(rel('He added that the warning came roughly one day beforehand.')).not.toBe('corroborates');
  });
});

describe('a notice given before the event it names', () => {
  it('"informed an hour before the strikes", "got word … an hour before the attack" (the event right after "before")', () => {
    expect(notices('the embassy was informed about one hour before the action')).toEqual([[1, 'hour', 'about']]);
    expect(notices('London got word from Moscow only about an hour before the raids')).toEqual([[1, 'hour', 'about']]);
    expect(notices('a tip reached the ministry an hour before the strikes')).toEqual([[1, 'hour', 'exact']]);
  });
  it('a time before something else, or with no word of warning, is still no notice', () => {
    expect(notices('the embassy was informed that the jets took off an hour before dawn')).toEqual([]);
    expect(notices('the convoy left an hour before the strikes')).toEqual([]);
  });
  const engine = createEngine(dataset, { promote: false });
  it("restates the US complaint of an hour's notice without the word 'notice'", () => {
    const rel = engine.analyzeText('Washington got word from the Russians only about an hour before the first strikes.', { date: '2015-09-30' }).claims.at(-1)?.matches.find((m) => m.claimId === 'us-complains-one-hour-notice')?.relation;
    expect(rel).toBe('corroborates');
  });
});
