import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SpanIndex } from './span-index';

describe('SpanIndex', () => {
  it('finds nested and overlapping spans, innermost first', () => {
    const index = new SpanIndex([
      { start: 0, end: 100, id: 'sentence' },
      { start: 10, end: 16, id: 'actor' },
      { start: 12, end: 40, id: 'note' },
    ]);
    expect(index.at(11).map((s) => s.id)).toEqual(['actor', 'sentence']);
    expect(index.at(13).map((s) => s.id)).toEqual(['actor', 'note', 'sentence']);
    expect(index.at(16).map((s) => s.id)).toEqual(['note', 'sentence']);
    expect(index.at(100)).toEqual([]);
  });

  it('agrees with a linear scan on random spans', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(500), fc.integer({ min: 1, max: 80 })), { maxLength: 60 }),
        fc.nat(600),
        (raw, offset) => {
          const spans = raw.map(([start, len], i) => ({ start, end: start + len, i }));
          const expected = spans.filter((s) => s.start <= offset && offset < s.end).map((s) => s.i).sort();
          const got = new SpanIndex(spans).at(offset).map((s) => s.i).sort();
          expect(got).toEqual(expected);
        },
      ),
    );
  });
});
