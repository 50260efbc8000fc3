// A share written as one hyphenated word ("1-in-20", "one-in-five") is the same share as "one in
// 20" (issue 13, figures; u27's first-run miss was of this form). Invented wording, shaped like
// real 2015 reporting; the engine cases also check the quantifier's scope still reads it.
import { describe, expect, it } from 'vitest';
import { dataset } from '../dataset/index';
import { createEngine } from '../engine/index';
import { extractNumbers } from './numbers';

const shares = (s: string) => extractNumbers(s).filter((n) => n.units.includes('percent')).map((n) => n.value);

describe('a hyphenated ratio', () => {
  it('"1-in-20 raids" and "one-in-five strikes" are shares', () => {
    expect(shares('just 1-in-20 Russian raids hit the group')).toEqual([5]);
    expect(shares('barely one-in-five strikes landed near the front')).toEqual([20]);
    expect(shares('a one-out-of-ten chance of rain')).toEqual([10]);
  });
  it('a hyphenated range or a score is no share', () => {
    expect(shares('a 3-2 win in 20 minutes')).toEqual([]);
    expect(shares('the 1-in-2015 edition')).toEqual([]);
  });
  const engine = createEngine(dataset, { promote: false });
  const rel = (text: string, id: string) => engine.analyzeText(text).claims.at(-1)?.matches.find((m) => m.claimId === id)?.relation;
  it('corroborates the five per cent, and its small-share scope is read', () => {
    expect(rel('Just 1-in-20 Russian raids have struck Islamic State targets, Fallon said.', 'fallon-only-five-percent-hit-is')).toBe('corroborates');
    // "only 1-in-20 … hit IS" says most did not: no clash with "did not target IS"
    expect(rel('Just 1-in-20 Russian raids have struck Islamic State targets, Fallon said.', 'seven-countries-strikes-did-not-target-isis')).not.toBe('contradicts');
  });
  it('another hyphenated share is not the five per cent', () => {
    expect(rel('Just 1-in-4 Russian raids have struck Islamic State targets, Fallon said.', 'fallon-only-five-percent-hit-is')).not.toBe('corroborates');
  });
});
