/**
 * sentenceWindow scans once each way from the mention; it must give the
 * bounds its earlier form gave (bounded slices searched for each stop with
 * indexOf/lastIndexOf, abbreviations skipped), kept here as the reference.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sentenceWindow } from './sentence-window';

const ABBREVIATION = /(?:^|[\s.])(?:[A-Z]|Mr|Mrs|Ms|Dr|St|Gen|Col|Lt|Maj|No)$/;
const abbreviationAt = (text: string, dot: number): boolean => ABBREVIATION.test(text.slice(Math.max(0, dot - 4), dot));

/** The earlier sentenceWindow, as it was. */
function referenceWindow(text: string, start: number, end: number, limit = 400): [number, number] {
  const minA = Math.max(0, start - limit);
  const left = text.slice(minA, start);
  let a = left.lastIndexOf('\n') + 1;
  for (const stop of ['. ', '! ', '? ', '.\u00a0']) {
    let at = left.lastIndexOf(stop);
    while (at >= a && stop === '. ' && abbreviationAt(left, at)) at = at > 0 ? left.lastIndexOf(stop, at - 1) : -1;
    if (at >= a) a = at + 2;
  }
  const maxB = Math.min(text.length, end + limit);
  const right = text.slice(end, maxB);
  let b = right.indexOf('\n');
  if (b === -1) b = right.length;
  for (const stop of ['. ', '! ', '? ', '.\u00a0']) {
    let at = right.indexOf(stop);
    while (at !== -1 && at < b && stop === '. ' && abbreviationAt(right, at)) at = right.indexOf(stop, at + 1);
    if (at !== -1 && at + 1 < b) b = at + 1;
  }
  return [minA + a, end + b];
}

const PIECES = ['.', '. ', '! ', '? ', '.\u00a0', '\u00a0', '\n', ' ', 'Mr', 'Dr', 'St', 'No', 'Gen', 'U', 'S', 'A', 'a', 'word', 'Turkey', '!', '?', '?"', ',', '\r'];

describe('sentenceWindow', () => {
  it('bounds a sentence by its stops and line breaks, not by an abbreviation', () => {
    const text = 'Before. Mr. Smith met Dr. Jones in Moscow today! After.';
    const at = text.indexOf('Moscow');
    const [a, b] = sentenceWindow(text, at, at + 6);
    expect(text.slice(a, b)).toBe('Mr. Smith met Dr. Jones in Moscow today!');
    const line = 'One line\nTurkey roast\nnext';
    const t = line.indexOf('Turkey');
    expect(line.slice(...sentenceWindow(line, t, t + 6))).toBe('Turkey roast');
  });

  it('gives what the slice-and-search form gave, on generated text', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 120 }), fc.nat(), fc.nat(6), fc.integer({ min: 1, max: 60 }), (pieces, at, len, limit) => {
        const text = pieces.join('');
        const start = text.length === 0 ? 0 : at % text.length;
        const end = Math.min(text.length, start + len);
        expect(sentenceWindow(text, start, end, limit)).toEqual(referenceWindow(text, start, end, limit));
        expect(sentenceWindow(text, start, end)).toEqual(referenceWindow(text, start, end));
      }),
      { numRuns: 3000 },
    );
  });
});
