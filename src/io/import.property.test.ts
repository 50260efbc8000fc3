/**
 * Property tests (fast-check) for the import parser, which reads files a
 * reader picks and which may be hostile: for any text — random characters,
 * random JSON, a real export garbled, truncated or laced with `__proto__` /
 * `constructor.prototype` keys — `parseAnnotationFile` either returns records
 * that each pass the annotation schema, or throws an InputError with a
 * message; never another exception, never a prototype touched.
 */
import fc from 'fast-check';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { AnnotationSchema, type Annotation } from '../annotations/model';
import { InputError, exportJsonLd, parseAnnotationFile } from './index';

const SAMPLE: Annotation[] = Array.from({ length: 4 }, (_, i) => ({
  id: `00000000-0000-4000-8000-00000000000${i}`,
  url: `https://news.example.com/story-${i}`,
  urlKey: `news.example.com/story-${i}`,
  title: `Story ${i}`,
  selectors: [
    { type: 'TextQuoteSelector', exact: `the strikes near Raqqa ${i}`, prefix: 'said ', suffix: ' on Friday' },
    { type: 'TextPositionSelector', start: 10, end: 34 },
  ],
  note: `note ${i} <img src=x onerror=alert(1)>`,
  tags: ['casualties', `t${i}`],
  color: 'blue',
  quote: `the strikes near Raqqa ${i}`,
  created: 1_443_000_000_000 + i,
  updated: 1_443_000_000_000 + i,
}));
const EXPORT = exportJsonLd(SAMPLE, { generated: new Date(0) });

const protoKeys = () => Object.getOwnPropertyNames(Object.prototype).sort().join();
const PROTO_BEFORE = protoKeys();
let tried = 0;

function check(text: string) {
  tried++;
  let parsed: ReturnType<typeof parseAnnotationFile> | undefined;
  try {
    parsed = parseAnnotationFile(text, { now: () => 1_000 });
  } catch (error) {
    if (!(error instanceof InputError)) throw new Error(`unexpected ${String(error)} for ${JSON.stringify(text.slice(0, 200))}`);
    expect(error.message.length).toBeGreaterThan(10);
  }
  if (parsed) {
    for (const record of parsed.records) expect(v.is(AnnotationSchema, record)).toBe(true);
    expect(parsed.records.length + parsed.unsupported).toBeLessThanOrEqual(parsed.items);
  }
  expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
  expect(([] as unknown as { polluted?: unknown }).polluted).toBeUndefined();
  expect(protoKeys()).toBe(PROTO_BEFORE);
}

/** Garbles a text: replaces, deletes or inserts characters, or cuts it short. */
const garbled = fc
  .tuple(
    fc.array(fc.tuple(fc.constantFrom('replace', 'delete', 'insert'), fc.nat(), fc.constantFrom('"', '{', '}', '[', ']', ',', ':', '\\', '\u0000', '\ud800', 'x', '9', 'null', '__proto__')), { minLength: 1, maxLength: 8 }),
    fc.option(fc.nat(), { nil: undefined }),
  )
  .map(([edits, cut]) => {
    let text = EXPORT;
    for (const [op, at, piece] of edits) {
      const i = at % (text.length + 1);
      if (op === 'replace') text = text.slice(0, i) + piece + text.slice(i + 1);
      else if (op === 'delete') text = text.slice(0, i) + text.slice(i + piece.length);
      else text = text.slice(0, i) + piece + text.slice(i);
    }
    return cut === undefined ? text : text.slice(0, cut % (text.length + 1));
  });

/** A real export with prototype-aimed keys put in at random objects. */
const laced = fc
  .tuple(
    fc.array(fc.nat(), { minLength: 1, maxLength: 6 }),
    fc.constantFrom(
      '"__proto__": {"polluted": "yes", "id": "x"}',
      '"constructor": {"prototype": {"polluted": "yes"}}',
      '"prototype": {"polluted": "yes"}',
      '"__proto__": [1, 2, {"polluted": 1}]',
      '"__proto__": null',
    ),
  )
  .map(([positions, member]) => {
    const opens = [...EXPORT.matchAll(/\{/g)].map((m) => m.index!);
    let text = EXPORT;
    for (const p of [...new Set(positions.map((p) => opens[p % opens.length]!))].sort((a, b) => b - a)) {
      text = `${text.slice(0, p + 1)}${member},${text.slice(p + 1)}`;
    }
    return text;
  });

/** Annotation-like objects with random field values, in the shapes the parser accepts. */
const annotationLike = fc.record(
  {
    '@context': fc.constantFrom('http://www.w3.org/ns/anno.jsonld', 42, null),
    id: fc.oneof(fc.string(), fc.uuid(), fc.constant('urn:uuid:1'), fc.integer()),
    type: fc.constantFrom('Annotation', 'Page', ''),
    motivation: fc.constantFrom('commenting', 'highlighting', 'replying', 7),
    created: fc.oneof(fc.date({ noInvalidDate: true }).map((d) => d.toISOString()), fc.string(), fc.integer()),
    body: fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.array(fc.record({ type: fc.constant('TextualBody'), value: fc.string(), purpose: fc.constantFrom('tagging', 'commenting') }))),
    target: fc.oneof(
      fc.jsonValue({ maxDepth: 2 }),
      fc.record({
        source: fc.oneof(fc.webUrl(), fc.string(), fc.constant('javascript:alert(1)')),
        selector: fc.array(
          fc.oneof(
            fc.record({ type: fc.constant('TextQuoteSelector'), exact: fc.string({ maxLength: 300 }), prefix: fc.string(), suffix: fc.string() }),
            fc.record({ type: fc.constant('TextPositionSelector'), start: fc.integer(), end: fc.double() }),
            fc.jsonValue({ maxDepth: 1 }),
          ),
          { maxLength: 3 },
        ),
      }),
    ),
    uri: fc.webUrl(),
    text: fc.string(),
    tags: fc.array(fc.string({ maxLength: 80 })),
  },
  { requiredKeys: [] },
);

const shapes = fc.oneof(
  annotationLike,
  fc.array(annotationLike, { maxLength: 5 }),
  fc.record({ type: fc.constant('AnnotationCollection'), first: fc.record({ items: fc.array(annotationLike, { maxLength: 5 }), next: fc.oneof(fc.string(), fc.integer()) }, { requiredKeys: ['items'] }) }),
  fc.record({ rows: fc.array(annotationLike, { maxLength: 5 }), total: fc.integer() }),
);

describe('import parser (property)', () => {
  it('random text: an error with a message, or valid records', () => {
    fc.assert(fc.property(fc.oneof(fc.string({ maxLength: 400 }), fc.string({ unit: 'binary', maxLength: 400 }), fc.json({ maxDepth: 4 })), check), { numRuns: 1_000 });
  });

  it('a real export, garbled or cut short', () => {
    fc.assert(fc.property(garbled, check), { numRuns: 1_000 });
  });

  it('a real export laced with __proto__ / constructor.prototype keys never reaches a prototype', () => {
    fc.assert(
      fc.property(laced, (text) => {
        check(text);
        // Our own file with stray keys still imports: the keys are dropped, not obeyed.
        const parsed = parseAnnotationFile(text);
        expect(parsed.records.map((r) => r.id)).toEqual(SAMPLE.map((a) => a.id));
        for (const record of parsed.records) expect(Object.getPrototypeOf(record)).toBe(Object.prototype);
      }),
      { numRuns: 300 },
    );
  });

  it('annotation-shaped objects with random fields, in every accepted file shape', () => {
    fc.assert(fc.property(shapes.map((value) => JSON.stringify(value)), check), { numRuns: 1_000 });
  });

  it('tried many inputs', () => {
    console.log(`import parser property tests: ${tried} files tried`);
    expect(tried).toBeGreaterThanOrEqual(3_300);
  });
});
