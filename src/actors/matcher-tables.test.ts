/**
 * The matcher read back from packed tables (what the build ships, ADR 0100)
 * against the matcher compiled on the spot: same mentions on the dataset's
 * own wording and on generated text, for the bundled dataset and the fixture.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dataset } from '../dataset';
import type { Actor, Alias } from '../dataset/schema';
import { fixtureDataset } from '../engine/__fixtures__/dataset';
import { pack, unpack } from '../engine/packed';
import { buildMatcherTables, compileActorMatcher, matcherFromTables, type MatcherTables } from './matcher';

const aliasesOf = (actors: readonly Actor[]) => actors.flatMap((a) => [a.name, ...a.aliases.map((x: Alias) => (typeof x === 'string' ? x : x.text))]);

const FILLER = ['the', 'The', 'said', 'Moscow said', 'and Washington', 'roast', 'cruiser', 'navy', 'Idaho', 'WHAT IS NEXT', 'us', "'s", '’s', '-', '\n', ', ', '. ', 'Raqqah', 'Deir ez-Zor', 'Davutoğlu', 'Shoygu', 'Lattakia'];

describe('the alias matcher from packed tables', () => {
  for (const [name, actors, texts] of [
    ['bundled dataset', dataset.actors, dataset.claims.flatMap((c) => [c.statement, ...c.evidence.map((e) => e.quote)])],
    ['fixture', fixtureDataset.actors, fixtureDataset.claims.map((c) => c.statement)],
  ] as const) {
    const compiled = compileActorMatcher(actors);
    const packed = matcherFromTables(unpack<MatcherTables>(pack(buildMatcherTables(actors))), actors);

    it(`finds what the compiled matcher finds in the dataset's wording (${name})`, () => {
      expect(packed.size).toBe(compiled.size);
      const all = texts.join('\n');
      expect(packed.find(all)).toEqual(compiled.find(all));
      expect(packed.find(all).length).toBeGreaterThan(0);
      for (const t of texts) expect(packed.find(t, { datasetText: true })).toEqual(compiled.find(t, { datasetText: true }));
    });

    it(`finds what the compiled matcher finds in generated text (${name})`, () => {
      const words = fc.constantFrom(...aliasesOf(actors), ...FILLER);
      fc.assert(
        fc.property(fc.array(fc.tuple(words, fc.constantFrom(' ', ', ', '. ', '\n', ' – ')), { maxLength: 60 }), fc.nat(300), (parts, from) => {
          const text = parts.map(([w, s]) => w + s).join('');
          expect(packed.find(text)).toEqual(compiled.find(text));
          expect(packed.find(text, { from })).toEqual(compiled.find(text, { from }));
        }),
        { numRuns: 200 },
      );
    });
  }

  it('refuses tables built for other actors', () => {
    const tables = buildMatcherTables(fixtureDataset.actors);
    expect(() => matcherFromTables(tables, dataset.actors)).toThrow(/other actors/);
  });
});
