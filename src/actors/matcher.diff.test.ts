/**
 * The table-driven scanner in matcher.ts against the previous implementation
 * (reference-matcher.ts: a native-regex prefilter in front of a dense
 * automaton): on generated text they must report exactly the same mentions,
 * for the bundled dataset, the fixture, and generated alias lists.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dataset } from '../dataset';
import type { Actor, Alias } from '../dataset/schema';
import { fixtureDataset } from '../engine/__fixtures__/dataset';
import { compileActorMatcher, isJsSpace } from './matcher';
import { compileReferenceMatcher } from './reference-matcher';

function aliasesOf(actors: readonly Actor[]): string[] {
  return actors.flatMap((a) => [a.name, ...a.aliases.map((x: Alias) => (typeof x === 'string' ? x : x.text))]);
}

/** Units that exercise folding, classes and the candidate tests beyond ASCII. */
const EXOTIC = [
  'é', 'É', 'Ö', 'ß', 'ø', 'Ł', 'ı', 'İ', 'ſ', 'K', 'ǅ', 'ẞ', 'ụ', 'Ụ', 'Ω', 'ж', 'Ж', '中', '\u0301', '\u00ad', '\u2010', '\u2011',
  '\u2013', '\u2014', '\u2015', '\u2016', '\u200b', '\u2212', '\uff0d', '\u00a0', '\u2009', '\u202f', '\u3000', '\ufeff', '\u2028', '\u1680', '\r', '\t', '’', '‘',
  '“', '”', '`', '´', '×', '÷', 'ª', 'µ', '²', '\ud83d\ude00', '\ud83d', 'Ａ', '0', '9',
];
const FILLER = [
  'the', 'The', 'THE', 'a', 'al', 'air', 'also', 'after', 'top', 'head', 'former', 'eastern', 'regime', 'president', 'monitoring',
  'moderate', 'missile', 'said', 'says', 'told', 'and', 'with', 'roast', 'oven', 'cruiser', 'navy', 'warship', 'dressing', 'Idaho',
  'Texas', 'Pa.', 'Washington', 'Mr.', 'U.S.', 'WHAT', 'IS', 'NEXT', 'us', 'is', 'Moscow said', 'calling on', 'and Washington',
  "'s", '’s', "'", '-', '–', ' ', '  ', '\n', '\n\n', ',', '.', '. ', '! ', '? ', '(', ')', '"', ':', ';', '/', '12', '1,000',
];
const SEP = [' ', ' ', ' ', '  ', '\n', '-', ' – ', '\u2015', '\u2028', ', ', '. ', '"', '(', '’s ', "' ", '\u00a0'];

/** An alias as a text might write it: its case changed, accents or dashes swapped, possessive added. */
const written = (aliases: readonly string[]) =>
  fc.tuple(fc.constantFrom(...aliases), fc.nat(9), fc.nat(9)).map(([a, how, extra]) => {
    let s = a;
    if (how === 1) s = s.toUpperCase();
    else if (how === 2) s = s.toLowerCase();
    else if (how === 3) s = s.replace(/[- ]/g, (m) => (m === '-' ? ' ' : '-'));
    else if (how === 4) s = s.replace(/o/g, 'ö').replace(/e/g, 'é');
    else if (how === 5) s = s.replace(/ /g, '\n');
    else if (how === 6) s = s.slice(0, Math.max(1, s.length - 1));
    else if (how === 7) s = s.replace(/[- ]/g, () => ['\u2015', '\u2010', '\u00ad', '\u2212', '\u3000', '\u2028'][s.length % 6]!);
    if (extra === 1) s += "'s";
    else if (extra === 2) s += '’';
    else if (extra === 3) s = EXOTIC[s.length % EXOTIC.length]! + s;
    else if (extra === 4) s += EXOTIC[s.length % EXOTIC.length]!;
    return s;
  });

const textOf = (aliases: readonly string[]) =>
  fc
    .array(
      fc.tuple(
        fc.oneof({ weight: 5, arbitrary: written(aliases) }, { weight: 4, arbitrary: fc.constantFrom(...FILLER) }, { weight: 1, arbitrary: fc.constantFrom(...EXOTIC) }),
        fc.constantFrom(...SEP),
      ),
      { maxLength: 60 },
    )
    .map((parts) => parts.map(([w, sep]) => w + sep).join(''));

function expectSame(actors: readonly Actor[], text: string, from?: number, to?: number): void {
  const options = { ...(from !== undefined ? { from } : {}), ...(to !== undefined ? { to } : {}) };
  expect(compiled(actors).find(text, options)).toEqual(reference(actors).find(text, options));
}

const cache = new Map<readonly Actor[], [ReturnType<typeof compileActorMatcher>, ReturnType<typeof compileReferenceMatcher>]>();
function both(actors: readonly Actor[]) {
  let pair = cache.get(actors);
  if (!pair) cache.set(actors, (pair = [compileActorMatcher(actors), compileReferenceMatcher(actors)]));
  return pair;
}
const compiled = (actors: readonly Actor[]) => both(actors)[0];
const reference = (actors: readonly Actor[]) => both(actors)[1];

describe('the alias matcher against the previous implementation', () => {
  it('reads white space as the regex \\s does', () => {
    for (let c = 0; c < 0x10000; c++) expect(isJsSpace(c), c.toString(16)).toBe(/\s/.test(String.fromCharCode(c)));
  });

  for (const [name, actors] of [
    ['bundled dataset', dataset.actors],
    ['fixture', fixtureDataset.actors],
  ] as const) {
    const aliases = aliasesOf(actors);

    it(`finds the same mentions in generated text (${name})`, () => {
      fc.assert(
        fc.property(textOf(aliases), (text) => expectSame(actors, text)),
        { numRuns: 300 },
      );
    });

    it(`finds the same mentions in a window of the text (${name})`, () => {
      fc.assert(
        fc.property(textOf(aliases), fc.nat(400), fc.nat(400), (text, a, b) => expectSame(actors, text, Math.min(a, b), Math.max(a, b))),
        { numRuns: 200 },
      );
    });
  }

  it('finds the same mentions where a capital is followed by a separator or an accented unit', () => {
    const actors: Actor[] = [
      { id: 'r', name: 'R-Ru', type: 'state', aliases: ['U Sa', 'Ébro', 'al Ụx', { text: 'X-Y', caseSensitive: true }], sources: [] },
    ];
    const text = 'R\u2015Ru, R\u2014Ru, R\u2010Ru, R\u2011Ru, R\u00adRu, R\u2212Ru, R\u3000Ru, R\u2028Ru, U\u00a0Sa, Ébro, EBRO, al Ụx, al ux, X\u2015Y, x-y';
    expect(compileActorMatcher(actors).find(text)).toEqual(compileReferenceMatcher(actors).find(text));
  });

  it('finds the same mentions with generated alias lists', () => {
    const aliasText = fc
      .array(fc.oneof(fc.constantFrom('a', 'e', 'R', 'S', 'u', 'U', '.', "'", '-', ' ', 'é', 'É', 'ö', 'ł', 'İ', '1', 'ж', 'x', 'Ü', 'ß'), fc.constantFrom('Ru', 'al', 'ia', 'St', 'US')), {
        minLength: 1,
        maxLength: 6,
      })
      .map((parts) => parts.join(''));
    const alias: fc.Arbitrary<Alias> = fc.oneof(
      aliasText,
      fc.record({ text: aliasText, caseSensitive: fc.boolean() }),
      fc.record({ text: aliasText, context: fc.constant<string[]>(['navy', 'wild ox']) }),
    );
    const actorsArb = fc.array(
      fc.record({ name: aliasText, aliases: fc.array(alias, { maxLength: 4 }), type: fc.constantFrom('state', 'place', 'person'), metonym: fc.boolean() }),
      { minLength: 1, maxLength: 6 },
    ).map((list) =>
      list.map(
        (x, k): Actor => ({ id: `a${k}`, name: x.name, aliases: x.aliases, type: x.type, sources: [], ...(x.metonym && x.type === 'place' ? { metonymFor: 'a0' } : {}) }),
      ),
    );
    fc.assert(
      fc.property(
        actorsArb.chain((actors) => fc.tuple(fc.constant(actors), textOf(aliasesOf(actors).filter((a) => a.trim() !== '').concat('x')), fc.nat(50))),
        ([actors, text, from]) => {
          const a = compileActorMatcher(actors);
          const b = compileReferenceMatcher(actors);
          expect(a.find(text)).toEqual(b.find(text));
          expect(a.find(text, { from })).toEqual(b.find(text, { from }));
        },
      ),
      { numRuns: 300 },
    );
  });
});
