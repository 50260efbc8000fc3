import { describe, expect, it } from 'vitest';
import { nearestFirst, stretchesOf, type NodeMark } from './giant-overlay';

const marks = (...starts: number[]): NodeMark[] => starts.map((start) => ({ layer: 'actor-person', start, end: start + 6 }));
const spans = (list: { start: number; end: number }[]) => list.map((s) => [s.start, s.end]);

describe('stretchesOf', () => {
  it('keeps nearby marks in one stretch and starts another past the gap', () => {
    expect(spans(stretchesOf(marks(0, 100, 200, 5_000), 1_000, 4_000))).toEqual([[0, 206], [5_000, 5_006]]);
  });

  it('cuts a run of close marks into stretches of about maxChars, each mark in exactly one', () => {
    const run = marks(...Array.from({ length: 100 }, (_, i) => i * 100));
    const out = stretchesOf(run, 20_000, 1_000);
    expect(out.length).toBe(10);
    expect(out.every((s) => s.end - s.start <= 1_000 + 6)).toBe(true);
    expect(out.map((s) => s.to - s.from)).toEqual(Array(10).fill(10));
    expect(out.every((s, i) => i === 0 || s.from === out[i - 1]!.to)).toBe(true);
  });

  it('covers a mark that starts inside the stretch however far it reaches', () => {
    const out = stretchesOf([{ layer: 'claim-corroborated', start: 10, end: 3_000 }, ...marks(20)], 20_000, 1_000);
    expect(spans(out)).toEqual([[10, 3_000]]);
  });
});

describe('nearestFirst', () => {
  const list = [{ start: 0, end: 100 }, { start: 100, end: 200 }, { start: 200, end: 300 }, { start: 300, end: 400 }];
  it('puts the stretch under the focus first, then the nearer ones', () => {
    expect(spans(nearestFirst(list, 230))).toEqual([[200, 300], [100, 200], [300, 400], [0, 100]]);
  });
  it('keeps text order without a focus', () => {
    expect(nearestFirst(list, null)).toEqual(list);
  });
});
