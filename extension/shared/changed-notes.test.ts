import { describe, expect, it } from 'vitest';
import { afterVisit, readChangedNotes } from './changed-notes';

describe('changed notes', () => {
  it('enter when their passage is missing, keep their first time, and leave when it is found again', () => {
    const first = afterVisit(undefined, ['a'], ['b', 'c'], 100)!;
    expect(first).toEqual({ b: 100, c: 100 });
    expect(afterVisit(first, ['a'], ['b', 'c'], 200)).toBeNull();
    expect(afterVisit(first, ['b'], ['c'], 300)).toEqual({ c: 100 });
  });

  it('reads only well-formed entries', () => {
    expect(readChangedNotes({ a: 1, b: 'x', ['c'.repeat(80)]: 2 })).toEqual({ a: 1 });
    expect(readChangedNotes('junk')).toEqual({});
  });
});
