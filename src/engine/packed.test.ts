import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { pack, unpack } from './packed';

describe('pack / unpack', () => {
  it('round-trips the kinds of data a compiled table holds', () => {
    const entry = { id: 'a', rules: undefined, n: 1 };
    const value = {
      entries: [entry, { id: 'b', rules: { context: /(?:^|x)cruiser/i, words: ['navy'] }, n: -0 }],
      byHead: new Map<number | string, unknown>([
        [7, entry],
        ['k', [entry]],
      ]),
      heads: new Set([1, 2, 3]),
      scan: new Uint8Array(65536).fill(255),
      rows: new Uint16Array([0, 0, 0, 0, 0, 5, 6, 7, 7, 7, 7, 7, 1]),
      ints: new Int32Array([-1, -1, -1, -1, 3]),
      floats: new Float64Array([NaN, Infinity, -Infinity, 0.5]),
      odd: [NaN, Infinity, null, true, 'x', undefined],
      START: /[A-Z]/g,
    };
    value.scan[65] = 3;
    const back = unpack<typeof value>(pack(value));
    expect(back).toEqual(value);
    expect(Object.is(back.entries[1]!.n, -0)).toBe(true);
    expect('rules' in back.entries[0]!).toBe(true);
    expect(back.scan).toBeInstanceOf(Uint8Array);
    expect(back.START.flags).toBe('g');
  });

  it('keeps one object reached from several places as one object', () => {
    const entry = { id: 'a' };
    const value = { list: [entry, entry], map: new Map([['a', entry]]), set: new Set([entry]) };
    const back = unpack<typeof value>(pack(value));
    expect(back.list[0]).toBe(back.list[1]);
    expect(back.map.get('a')).toBe(back.list[0]);
    expect([...back.set][0]).toBe(back.list[0]);
  });

  it('writes long runs of a typed array short', () => {
    expect(pack(new Uint8Array(65536).fill(255)).length).toBeLessThan(100);
  });

  it('refuses what is not data, saying where', () => {
    expect(() => pack({ keys: { find: () => 1 } })).toThrow(/\.keys\.find is a function/);
    class Thing {}
    expect(() => pack({ list: [new Thing()] })).toThrow(/\.list\[0\] is a Thing/);
  });

  it('reads a "__proto__" key as a key', () => {
    const value = JSON.parse('{"__proto__": {"polluted": 1}, "b": 2}') as Record<string, unknown>;
    const back = unpack<Record<string, unknown>>(pack(value));
    expect(Object.getPrototypeOf(back)).toBe(Object.prototype);
    expect(Object.keys(back)).toEqual(['__proto__', 'b']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('round-trips any JSON-like value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (v) => {
        expect(unpack(pack(v))).toEqual(v);
      }),
    );
  });
});

describe('pack, what it refuses', () => {
  it('refuses a value that contains itself', () => {
    const loop: { self?: unknown } = {};
    loop.self = [loop];
    expect(() => pack(loop)).toThrow(/contains itself/);
  });

  it('keeps a plain object that has a "$" key', () => {
    const value = { a: { $: 'u', i: 3 }, b: [{ $: 'r' }] };
    expect(unpack(pack(value))).toEqual(value);
  });
});

describe('pack, typed arrays', () => {
  it('writes rising offsets by their steps, and reads them back', () => {
    const offsets = Uint16Array.from({ length: 3000 }, (_, i) => 2 * i);
    expect(pack(offsets).length).toBeLessThan(200);
    expect(unpack(pack(offsets))).toEqual(offsets);
    const mixed = Int32Array.from([5, -3, 2_000_000_000, -2_000_000_000, 0, 0, 0, 0, 7]);
    expect(unpack(pack(mixed))).toEqual(mixed);
  });
});
