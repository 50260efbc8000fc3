/**
 * Property tests: random article-like text, a random selection, random small
 * edits. The selection is mapped through the edits; whenever anchor() claims
 * success it must land on (or, for a deleted quote, right at) that place.
 */
import fc from 'fast-check';
import { describe as suite, expect, it } from 'vitest';
import { anchor, anchorMany, describe } from './index';
import type { Anchor } from './types';

const VOCABULARY = (
  'the a of to and in that said was for on with as by at from council mayor bridge city vote ' +
  'residents engineers report minister police government week year people new old first last ' +
  'million percent Tuesday Monday according officials would could after before more than about ' +
  'two three four hundred thousand school hospital road river budget plan review statement court'
).split(' ');

const word = fc.constantFrom(...VOCABULARY);
/** A place in [0, 1): uniform half of the time, biased towards the edges (0, tiny values) otherwise. */
const fraction = fc.oneof(
  fc.noBias(fc.integer({ min: 0, max: 999_999 })).map((n) => n / 1_000_000),
  fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }),
);
const punctuation = fc.constantFrom(' ', ' ', ' ', ' ', ' ', ', ', '. ', '. ', '; ');
const article = fc
  .array(fc.tuple(word, punctuation), { minLength: 15, maxLength: 220 })
  .map((pairs) => pairs.map(([w, p]) => w + p).join('').trim());

type Kind = 'insert' | 'delete' | 'replace';
interface EditSpec {
  /** Where, as a fraction of the allowed zone. */
  at: number;
  kind: Kind;
  length: number;
  content: string;
}

const editSpec = fc.record({
  at: fraction,
  kind: fc.constantFrom<Kind>('insert', 'delete', 'replace'),
  length: fc.integer({ min: 1, max: 8 }),
  content: fc.oneof(word.map((w) => `${w} `), fc.constantFrom('x', 'e', ',', ' ', 'ion', 'ed')),
});

interface Range {
  start: number;
  end: number;
}

/**
 * Apply one edit at [at, at + removed) and map the selection through it.
 * The mapping is generous: text inserted or replaced at or inside the
 * selection's ends becomes part of it (we cannot know which side of the
 * insertion the reader would have meant).
 */
function applyEdit(text: string, range: Range, at: number, removed: number, inserted: string): { text: string; range: Range } {
  const end = at + removed;
  const delta = inserted.length - removed;
  const start = range.start < at ? range.start : range.start > end ? range.start + delta : at;
  const stop = range.end < at ? range.end : range.end > end ? range.end + delta : at + inserted.length;
  return { text: text.slice(0, at) + inserted + text.slice(end), range: { start, end: Math.max(start, stop) } };
}

type Zone = 'anywhere' | 'outside' | 'inside';

/**
 * Apply edits to the text. `outside`: every edit stays more than 40
 * characters away from the selection (quote and context untouched);
 * `inside`: strictly within the selection, away from its ends.
 */
function edit(text: string, range: Range, specs: EditSpec[], zone: Zone): { text: string; range: Range; applied: number } {
  let state = { text, range };
  let applied = 0;
  for (const spec of specs) {
    const { text: t, range: r } = state;
    let at: number;
    let removed = spec.kind === 'insert' ? 0 : spec.length;
    const inserted = spec.kind === 'delete' ? '' : spec.content;
    if (zone === 'inside') {
      if (r.end - r.start < 6) continue;
      at = r.start + 1 + Math.floor(spec.at * (r.end - r.start - 2));
      removed = Math.min(removed, r.end - 1 - at);
    } else if (zone === 'outside') {
      const margin = 40;
      const before = Math.max(0, r.start - margin - removed);
      const after = Math.max(0, t.length - (r.end + margin + 1));
      if (before + after === 0) continue;
      const k = Math.floor(spec.at * (before + after));
      at = k < before ? k : r.end + margin + 1 + (k - before);
      removed = Math.min(removed, t.length - at);
    } else {
      at = Math.floor(spec.at * (t.length + 1));
      removed = Math.min(removed, t.length - at);
    }
    state = applyEdit(t, r, at, removed, inserted);
    applied++;
  }
  return { ...state, applied };
}

/**
 * The anchor is at the right place: overlapping the mapped selection or
 * within NEAR characters of it. The slack is for edits that rebuild quoted
 * characters right beside their old spot ("people" -> "ple", "three three"
 * -> "three"), where no selector can tell the two places apart; a wrong place
 * is anywhere further away.
 */
const NEAR = 4;
function rightPlace(a: Anchor, r: Range): boolean {
  return a.start <= r.end + NEAR && r.start <= a.end + NEAR;
}

/** A random selection in `text`: [start, end) with 1..maxLength characters. */
function selection(text: string, startFraction: number, length: number): Range {
  const start = Math.min(text.length - 1, Math.floor(startFraction * text.length));
  return { start, end: Math.min(text.length, start + length) };
}

const RUNS = { numRuns: 300 };

suite('anchor properties', () => {
  it('without edits, always anchors exactly at the stored position', () => {
    fc.assert(
      fc.property(article, fraction, fc.integer({ min: 1, max: 150 }), (text, f, length) => {
        const r = selection(text, f, length);
        expect(anchor(text, describe(text, r.start, r.end))).toEqual({ ...r, method: 'position', score: 1 });
      }),
      RUNS,
    );
  });

  it('with edits away from the quote and its context, always finds exactly the quote', () => {
    fc.assert(
      fc.property(article, fraction, fc.integer({ min: 1, max: 150 }), fc.array(editSpec, { minLength: 1, maxLength: 5 }), (text, f, length, specs) => {
        const r = selection(text, f, length);
        const selectors = describe(text, r.start, r.end);
        const edited = edit(text, r, specs, 'outside');
        const a = anchor(edited.text, selectors);
        expect(a).not.toBeNull();
        expect({ start: a!.start, end: a!.end }).toEqual(edited.range);
        expect(a!.method).not.toBe('fuzzy');
      }),
      RUNS,
    );
  });

  it('with a duplicated passage, picks the copy that was selected (edits away from it)', () => {
    fc.assert(
      fc.property(
        article,
        fraction,
        fc.integer({ min: 150, max: 400 }),
        fraction,
        fc.boolean(),
        fraction,
        fc.integer({ min: 1, max: 60 }),
        fc.array(editSpec, { maxLength: 5 }),
        (base, chunkAt, chunkLength, copyAt, selectCopy, quoteAt, length, specs) => {
          fc.pre(base.length > chunkLength + 20);
          const cs = Math.floor(chunkAt * (base.length - chunkLength));
          const chunk = base.slice(cs, cs + chunkLength);
          // Put the copy somewhere outside the chunk.
          const outside = base.length - chunkLength;
          const k = Math.floor(copyAt * (outside + 1));
          const at = k <= cs ? k : k + chunkLength;
          const text = `${base.slice(0, at)} ${chunk} ${base.slice(at)}`;
          const original = at <= cs ? cs + chunk.length + 2 : cs;
          const copy = at + 1;
          // A quote well inside the chunk, so both copies share its context.
          const offset = 40 + Math.floor(quoteAt * Math.max(1, chunk.length - 80 - length));
          const chosen = selectCopy ? copy : original;
          const r = { start: chosen + offset, end: Math.min(chosen + offset + length, chosen + chunk.length - 40) };
          fc.pre(r.end > r.start);
          expect(text.slice(original + offset, original + offset + (r.end - r.start))).toBe(text.slice(r.start, r.end));
          const edited = edit(text, r, specs, 'outside');
          const a = anchor(edited.text, describe(text, r.start, r.end));
          expect(a).not.toBeNull();
          expect({ start: a!.start, end: a!.end }).toEqual(edited.range);
        },
      ),
      RUNS,
    );
  });

  it('with small edits inside a long quote, still anchors, at the right place', () => {
    fc.assert(
      fc.property(article, fraction, fc.integer({ min: 40, max: 150 }), editSpec, (text, f, length, spec) => {
        const r = selection(text, f, length);
        fc.pre(r.end - r.start >= 40);
        const selectors = describe(text, r.start, r.end);
        const edited = edit(text, r, [{ ...spec, length: Math.min(spec.length, 3), content: spec.content.slice(0, 3) }], 'inside');
        const a = anchor(edited.text, selectors);
        expect(a).not.toBeNull();
        expect(rightPlace(a!, edited.range)).toBe(true);
      }),
      RUNS,
    );
  });

  it('with random edits anywhere, never claims a wrong place', () => {
    fc.assert(
      fc.property(article, fraction, fc.integer({ min: 1, max: 150 }), fc.array(editSpec, { minLength: 1, maxLength: 6 }), (text, f, length, specs) => {
        const r = selection(text, f, length);
        const selectors = describe(text, r.start, r.end);
        const edited = edit(text, r, specs, 'anywhere');
        const a = anchor(edited.text, selectors);
        if (a) {
          expect(rightPlace(a, edited.range), JSON.stringify({ a, range: edited.range, quote: selectors.quote, got: edited.text.slice(a.start, a.end) })).toBe(true);
          expect(a.score).toBeGreaterThanOrEqual(0);
          expect(a.score).toBeLessThanOrEqual(1);
        }
      }),
      RUNS,
    );
  });

  it('anchorMany: several notes through the same edits are each right or orphaned', () => {
    fc.assert(
      fc.property(
        article,
        fc.array(fc.tuple(fraction, fc.integer({ min: 1, max: 120 })), { minLength: 1, maxLength: 8 }),
        fc.array(editSpec, { minLength: 0, maxLength: 5 }),
        (text, picks, specs) => {
          const ranges = picks.map(([f, length]) => selection(text, f, length));
          const selectors = ranges.map((r) => describe(text, r.start, r.end));
          // Apply the same edits to every range: compute the edit positions on the first, then map the rest.
          let current = text;
          let mapped = ranges;
          for (const spec of specs) {
            const at = Math.floor(spec.at * (current.length + 1));
            const removed = spec.kind === 'insert' ? 0 : Math.min(spec.length, current.length - at);
            const inserted = spec.kind === 'delete' ? '' : spec.content;
            mapped = mapped.map((r) => applyEdit(current, r, at, removed, inserted).range);
            current = current.slice(0, at) + inserted + current.slice(at + removed);
          }
          const results = anchorMany(current, selectors);
          results.forEach((a, i) => {
            if (specs.length === 0) expect(a).toEqual({ ...ranges[i], method: 'position', score: 1 });
            if (a) expect(rightPlace(a, mapped[i]!)).toBe(true);
          });
        },
      ),
      { numRuns: 150 },
    );
  });
});
