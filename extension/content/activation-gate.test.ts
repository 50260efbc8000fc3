// @vitest-environment happy-dom
/**
 * The bootstrap's vocabulary gate may let through a page the matcher then
 * turns down, never the reverse: on any text, it sees at least as many
 * actors as the alias matcher names.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileActorMatcher } from '../../src/actors/matcher';
import { dataset } from '../../src/dataset/bundled';
import type { Alias } from '../../src/dataset/schema';
import { actorsNamed, buildGateTable, foldWord, gateActors, gateLookup, hasContext, MIN_DISTINCT_ACTORS, packGateTable, unpackGateTable } from './activation-gate';

const built = buildGateTable(dataset.actors);
/** The table as the bootstrap reads it: packed by the build, unpacked on the page. */
const table = unpackGateTable(packGateTable(built));
const matcher = compileActorMatcher(dataset.actors);
const aliases = dataset.actors.flatMap((a) => [a.name, ...a.aliases.map((x: Alias) => (typeof x === 'string' ? x : x.text))]);

function paragraphOf(text: string): HTMLElement {
  const p = document.createElement('p');
  p.textContent = text;
  return p;
}

/** Distinct actors the matcher names, as the activation rule counts them. */
function matcherActors(text: string): number {
  return actorsNamed(matcher.find(text)).size;
}

const SEP = [' ', '  ', '\n', '-', ' – ', ', ', '. ', '"', '(', '’s ', "' ", '\u00a0', ' said ', ' and ', ' cruiser ', ' roast '];
const written = fc.tuple(fc.constantFrom(...aliases), fc.nat(7), fc.nat(4)).map(([a, how, extra]) => {
  let s = a;
  if (how === 1) s = s.toUpperCase();
  else if (how === 2) s = s.toLowerCase();
  else if (how === 3) s = s.replace(/[- ]/g, (m) => (m === '-' ? ' ' : '-'));
  else if (how === 4) s = s.replace(/o/g, 'ö').replace(/e/g, 'é');
  else if (how === 5) s = s.charAt(0).toLowerCase() + s.slice(1);
  if (extra === 1) s += "'s";
  else if (extra === 2) s += '’';
  return s;
});
const textOf = fc.array(fc.tuple(fc.oneof(written, fc.constantFrom('the', 'IS', 'us', 'Moscow said', 'WHAT IS NEXT', 'navy')), fc.constantFrom(...SEP)), { maxLength: 40 }).map((parts) => parts.map(([w, s]) => w + s).join(''));

describe('the activation gate', () => {
  it('carries the table packed as text and reads it back whole', () => {
    expect({ ...table }).toEqual(built);
    expect(Object.getPrototypeOf(table)).toBeNull(); // a key word "constructor" or "__proto__" is a plain key
    expect(packGateTable(built).length).toBeLessThan(JSON.stringify(built).length);
    expect(() => packGateTable({ 'a b': [[0, 0]] })).toThrow(/cannot pack/);
    expect(unpackGateTable(packGateTable({ is: [[3, 2, 'IS']], moscow: [[1, 1], [2, 0, 0, ['cruiser', 'navy']]], x: [[4, 0, 0, ['cruiser', 'navy']]] }))).toEqual({ is: [[3, 2, 'IS']], moscow: [[1, 1], [2, 0, 0, ['cruiser', 'navy']]], x: [[4, 0, 0, ['cruiser', 'navy']]] });
  });

  it("reads a word's entries from the packed text only when asked, the same as the whole table (what the bootstrap uses; ADR 0185)", () => {
    const lookup = gateLookup(packGateTable(built));
    for (const key of Object.keys(built)) expect(lookup(key), key).toEqual(built[key]);
    expect(lookup('moscow')).toBeDefined();
    expect(lookup('moscow')).toBe(lookup('moscow')); // parsed once
    for (const word of ['constructor', '__proto__', 'toString', '', 'kettle']) expect(lookup(word), word).toBeUndefined();
    fc.assert(
      fc.property(textOf, (text) => {
        expect(gateActors(lookup, paragraphOf(text), Infinity)).toBe(gateActors(table, paragraphOf(text), Infinity));
      }),
      { numRuns: 500 },
    );
  });

  it('sees every actor the matcher finds (a superset, never fewer), on generated text', () => {
    fc.assert(
      fc.property(textOf, (text) => {
        expect(gateActors(table, paragraphOf(text), Infinity)).toBeGreaterThanOrEqual(matcherActors(text));
      }),
      { numRuns: 1500 },
    );
  });

  it('sees the same actors in a text padded with words that are no keys, however long', () => {
    const filler = ' The kettle is on offer this week, with free delivery to your door.'.repeat(80);
    fc.assert(
      fc.property(fc.array(fc.tuple(written, fc.constantFrom(...SEP)), { maxLength: 30 }), (parts) => {
        const text = parts.map(([w, s]) => w + s).join('');
        expect(gateActors(table, paragraphOf(text + filler), Infinity)).toBe(gateActors(table, paragraphOf(text), Infinity));
      }),
      { numRuns: 100 },
    );
  });

  it('sees each alias of the dataset on its own, as written', () => {
    for (const alias of aliases) {
      const text = `Reports said ${alias} was there.`;
      expect(gateActors(table, paragraphOf(text), Infinity), alias).toBeGreaterThanOrEqual(matcherActors(text));
    }
  });

  it('stays shut on pages with no actors (a shop, a search form, an inbox) and opens on three named ones', () => {
    expect(gateActors(table, paragraphOf('Steel kettle £24.99. Add to basket. Free delivery. Search the shop. Prices include VAT.'))).toBe(0);
    expect(gateActors(table, paragraphOf('Inbox (3) — Re: minutes of Tuesday; Lunch is on us; WHAT IS NEXT for the team'))).toBeLessThan(MIN_DISTINCT_ACTORS);
    expect(gateActors(table, paragraphOf('Russia, Turkey and the Free Syrian Army.'))).toBeGreaterThanOrEqual(MIN_DISTINCT_ACTORS);
  });

  it('reads words between any characters that are not Latin letters or digits, and no key inside a longer word', () => {
    expect(gateActors(table, paragraphOf('«Russia»/Turkey—(Assad)'), Infinity)).toBe(3);
    expect(gateActors(table, paragraphOf('Russian\u00a0Turkey\tAssad2 Syriana'), Infinity)).toBeLessThan(3);
    expect(gateActors(table, paragraphOf('constructor __proto__ toString hasOwnProperty'), Infinity)).toBe(0);
  });

  it('skips script and style text', () => {
    const div = document.createElement('div');
    div.innerHTML = '<script>var a = "Russia Turkey Assad";</script><style>.Russia{} .Turkey{} .Assad{}</style><p>Nothing here.</p>';
    expect(gateActors(table, div)).toBe(0);
  });

  it('folds words as the matcher does', () => {
    expect(foldWord('Sinirlioğlu')).toBe('sinirlioglu');
    expect(foldWord('DAESH')).toBe('daesh');
    expect(foldWord('Łódź')).toBe('lodz');
  });

  it('counts actors named as the dataset spells them, not those found by a transliteration key', () => {
    const text = 'Russia said Raqqah and Deir Ezzor were hit, and Lattakia too.';
    const found = matcher.find(text);
    expect(actorsNamed(found).size).toBeLessThanOrEqual(gateActors(table, paragraphOf(text), Infinity));
    expect(actorsNamed([{ actorId: 'raqqa', alias: 'Raqqa', text: 'Raqqah', start: 0, end: 6 }]).size).toBe(0);
    expect(actorsNamed([{ actorId: 'assad', alias: 'al-Assad', text: 'Al – Assad', start: 0, end: 10 }]).size).toBe(1);
  });

  it('counts an actor once however it is used ("Moscow said" names Moscow)', () => {
    expect(gateActors(table, paragraphOf('Moscow said so. Moscow denied it. Moscow.'), Infinity)).toBe(1);
  });

  it('finds a context word where the look-behind pattern it replaced does, and nowhere else (ADR 0240)', () => {
    const LATIN = 'A-Za-z0-9\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u024F\\u0300-\\u036F\\u1E00-\\u1EFF';
    const before = (context: readonly string[], text: string) => new RegExp(`(?<![${LATIN}])(?:${context.join('|')})`, 'i').test(text);
    const contexts = [...new Set(Object.values(table).flatMap((entries) => entries.flatMap((e) => (e[3] ? [e[3]] : []))))];
    expect(contexts.length).toBeGreaterThan(0);
    const piece = fc.oneof(
      fc.constantFrom(...contexts.flat()).map((w) => w.slice(0, 2 + (w.length % 3))),
      fc.constantFrom(...contexts.flat()),
      fc.constantFrom(' ', '-', 'é', 'x', 'K', '\u212A', 'İ', 'ſ', '1', '\u0301', '.', 'CRUISER', 'Navy', 'naVAL'),
    );
    fc.assert(
      fc.property(fc.constantFrom(...contexts), fc.array(piece, { maxLength: 12 }), fc.boolean(), (context, pieces, upper) => {
        const text = pieces.join('');
        const t = upper ? text.toUpperCase() : text;
        expect(hasContext(context, t)).toBe(before(context, t));
      }),
      { numRuns: 2000 },
    );
  });

  it('is small enough to inline in the bootstrap', () => {
    expect(JSON.stringify(table).length).toBeLessThan(8_000);
  });
});
