import { describe, expect, it } from 'vitest';
import type { Annotation } from '../annotations/model';
import { sampleAnnotations } from '../db/sample-annotations';
import { ANNO_CONTEXT, ImportError, exportJsonLd, parseAnnotationFile, toWebAnnotation } from './jsonld';
import { InputError, parseJsonSafely } from './safe-json';

const mine: Annotation = {
  id: '6f1c1d2e-8f4b-4c1a-9a55-0a5b7b9c1d2e',
  url: 'https://news.example.com/2015/10/02/story?utm_source=x',
  urlKey: 'news.example.com/2015/10/02/story',
  title: 'Russian jets strike Raqqa',
  selectors: [
    { type: 'TextQuoteSelector', exact: 'killed 12 jihadists', prefix: 'raids near Raqqa ', suffix: ' from the group' },
    { type: 'TextPositionSelector', start: 120, end: 139 },
  ],
  note: 'SOHR figure;\ncompare with 30',
  tags: ['casualties', 'sohr'],
  color: 'green',
  claimId: 'sohr-12-killed',
  quote: 'killed 12 jihadists',
  created: Date.UTC(2015, 9, 2, 14, 3, 5, 123),
  updated: Date.UTC(2015, 9, 3, 9, 0, 0, 7),
};

function fileOf(items: unknown[]): string {
  return JSON.stringify({ '@context': ANNO_CONTEXT, type: 'AnnotationCollection', first: { type: 'AnnotationPage', items } });
}

describe('JSON-LD export', () => {
  it('writes a W3C AnnotationCollection with TextualBody note and tags and both selectors', () => {
    const file = JSON.parse(exportJsonLd([mine], { generated: new Date(Date.UTC(2025, 0, 1)) }));
    expect(file['@context'][0]).toBe('http://www.w3.org/ns/anno.jsonld');
    expect(file).toMatchObject({ type: 'AnnotationCollection', total: 1, generated: '2025-01-01T00:00:00.000Z', first: { type: 'AnnotationPage' } });
    const [item] = file.first.items;
    expect(item).toEqual({
      id: 'urn:uuid:6f1c1d2e-8f4b-4c1a-9a55-0a5b7b9c1d2e',
      type: 'Annotation',
      motivation: 'commenting',
      created: '2015-10-02T14:03:05.123Z',
      modified: '2015-10-03T09:00:00.007Z',
      body: [
        { type: 'TextualBody', value: 'SOHR figure;\ncompare with 30', format: 'text/plain', purpose: 'commenting' },
        { type: 'TextualBody', value: 'casualties', purpose: 'tagging' },
        { type: 'TextualBody', value: 'sohr', purpose: 'tagging' },
      ],
      target: { source: mine.url, selector: mine.selectors },
      'crosscheck:urlKey': mine.urlKey,
      'crosscheck:title': mine.title,
      'crosscheck:color': 'green',
      'crosscheck:claimId': 'sohr-12-killed',
    });
  });

  it('round-trips every field exactly, for ours and for non-uuid ids', () => {
    const bare: Annotation = { ...mine, id: 'local_id_1234', note: '', tags: [], title: '', claimId: undefined, selectors: [mine.selectors[0]!] };
    delete bare.claimId;
    const sample = sampleAnnotations(200, { seed: 3 });
    const all = [mine, bare, ...sample];
    const parsed = parseAnnotationFile(exportJsonLd(all));
    expect(parsed.records).toEqual(all);
    expect(parsed.unsupported).toBe(0);
    expect(toWebAnnotation(bare).id).toBe('urn:crosscheck:annotation:local_id_1234');
    expect(toWebAnnotation(bare).motivation).toBe('highlighting');
  });
});

describe('JSON-LD import of foreign annotations', () => {
  const hypothesisRow = {
    id: 'Qm9vayBvZiBKb2Ju',
    created: '2021-03-04T10:11:12.000000+00:00',
    updated: '2021-03-05T10:11:12.000000+00:00',
    uri: 'https://www.example.org/article.html',
    text: 'A Hypothesis note',
    tags: ['hypo', ' spaced '],
    document: { title: ['The article'] },
    target: [
      {
        source: 'https://www.example.org/article.html',
        selector: [
          { type: 'RangeSelector', startContainer: '/div[1]/p[2]', startOffset: 0, endContainer: '/div[1]/p[2]', endOffset: 10 },
          { type: 'TextPositionSelector', start: 100, end: 110 },
          { type: 'TextQuoteSelector', exact: 'quoted bit', prefix: 'a ', suffix: ' b' },
        ],
      },
    ],
  };

  it('reads Hypothesis API rows', () => {
    const { records, unsupported } = parseAnnotationFile(JSON.stringify({ total: 1, rows: [hypothesisRow] }), { now: () => 0 });
    expect(unsupported).toBe(0);
    expect(records).toEqual([
      {
        id: 'Qm9vayBvZiBKb2Ju',
        url: 'https://www.example.org/article.html',
        urlKey: 'example.org/article.html',
        title: 'The article',
        selectors: [
          { type: 'TextPositionSelector', start: 100, end: 110 },
          { type: 'TextQuoteSelector', exact: 'quoted bit', prefix: 'a ', suffix: ' b' },
        ],
        note: 'A Hypothesis note',
        tags: ['hypo', 'spaced'],
        color: 'yellow',
        quote: 'quoted bit',
        created: Date.UTC(2021, 2, 4, 10, 11, 12),
        updated: Date.UTC(2021, 2, 5, 10, 11, 12),
      },
    ]);
  });

  it('reads plain W3C annotations (IRI ids, single objects, bodyValue) and skips what is not a text annotation', () => {
    const w3c = {
      '@context': ANNO_CONTEXT,
      id: 'http://example.org/anno1',
      type: 'Annotation',
      bodyValue: 'Comment text',
      target: { source: 'http://example.org/page1', selector: { type: 'TextQuoteSelector', exact: 'anotation' } },
    };
    const pageNote = { id: 'http://example.org/anno2', type: 'Annotation', bodyValue: 'page note', target: 'http://example.org/page1' };
    const pdf = { id: 'http://example.org/anno3', type: 'Annotation', target: { source: 'urn:x-pdf:abc', selector: { type: 'TextQuoteSelector', exact: 'x' } } };
    const reply = { ...hypothesisRow, id: 'replyreply1', references: ['Qm9vayBvZiBKb2Ju'] };
    const parsed = parseAnnotationFile(JSON.stringify([w3c, pageNote, pdf, reply]), { now: () => 42 });
    expect(parsed.unsupported).toBe(3);
    expect(parsed.records).toHaveLength(1);
    const [r] = parsed.records;
    expect(r).toMatchObject({ url: 'http://example.org/page1', urlKey: 'example.org/page1', note: 'Comment text', quote: 'anotation', created: 42, updated: 42 });
    expect(r!.id).toMatch(/^ext-[0-9a-f]{16}$/);
    // The same file again gives the same ids (so duplicates are recognised).
    expect(parseAnnotationFile(JSON.stringify(w3c), { now: () => 99 }).records[0]!.id).toBe(r!.id);
    // One annotation alone is a file too.
    expect(parseAnnotationFile(JSON.stringify(w3c)).records).toHaveLength(1);
  });
});

// A parsed file item, loosely typed so tests can break any part of it.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Item = Record<string, any>;

describe('JSON-LD import of broken or hostile files', () => {
  const good = () => JSON.parse(JSON.stringify(toWebAnnotation(mine)));

  function errorOf(text: string): ImportError {
    try {
      parseAnnotationFile(text);
    } catch (error) {
      return error as ImportError;
    }
    throw new Error('expected an error');
  }

  it('names the item, its id and the path in the file', () => {
    const items = Array.from({ length: 40 }, (_, i) => ({ ...good(), id: `urn:uuid:6f1c1d2e-8f4b-4c1a-9a55-0a5b7b9c${String(i).padStart(4, '0')}` }));
    items[36]!.target.selector[0].exact = '';
    const error = errorOf(fileOf(items));
    expect(error).toBeInstanceOf(ImportError);
    expect(error.message).toContain('Nothing was imported: 1 of 40 annotations are invalid');
    expect(error.problems).toEqual(['item 37 (id urn:uuid:6f1c1d2e-8f4b-4c1a-9a55-0a5b7b9c0036): target.selector[0].exact: must not be empty']);
  });

  it.each([
    ['a bad tag', (a: Item) => void (a.body[1].value = 'x'.repeat(65)), 'body[1].value: Invalid length: Expected <=64 but received 65'],
    ['a huge note', (a: Item) => void (a.body[0].value = 'x'.repeat(20_001)), 'body[0].value: must be at most 20000 characters'],
    ['a bad url', (a: Item) => void (a.target.source = 'javascript:alert(1)'), 'target.source: must be an http(s) page address'],
    ['a bad date', (a: Item) => void (a.created = 'yesterday'), 'created: "yesterday" is not a date-time'],
    ['a bad colour', (a: Item) => void (a['crosscheck:color'] = 'red'), 'crosscheck:color: Invalid type'],
    ['a bad id', (a: Item) => void (a.id = 'urn:uuid:<script>'), 'id: must be 8–64 letters'],
    ['a missing quote', (a: Item) => void a.target.selector.shift(), 'target.selector: needs a TextQuoteSelector'],
    ['a negative position', (a: Item) => void (a.target.selector[1].start = -1), 'target.selector[1].start: Invalid value'],
  ])('reports %s', (_label, breakIt, expected) => {
    const item = good();
    breakIt(item);
    expect(errorOf(fileOf([item])).message).toContain(expected);
  });

  it('lists a few problems and counts the rest', () => {
    const items = Array.from({ length: 12 }, () => ({ ...good(), created: 'nope' }));
    const error = errorOf(fileOf(items));
    expect(error.problems).toHaveLength(5);
    expect(error.message).toContain('(and 7 more invalid items)');
  });

  it('rejects what is not an annotation file with a clear message', () => {
    expect(errorOf('').message).toBe('The file is empty.');
    expect(errorOf('{"hello": 1').message).toMatch(/^The file is not valid JSON: /);
    expect(errorOf('{"hello": 1}').message).toMatch(/^The file holds no annotations/);
    expect(errorOf('[1]').message).toContain('item 1: must be an annotation object');
  });

  it('refuses oversized files before parsing', () => {
    const huge = '['.padEnd(2_000, ' ') + ']';
    expect(() => parseAnnotationFile(huge, { maxBytes: 1_000 })).toThrow(/too large \(more than 1000 bytes\)/);
    expect(() => parseJsonSafely('"' + 'é'.repeat(600) + '"', { maxBytes: 1_000 })).toThrow(InputError);
    expect(parseJsonSafely('"' + 'e'.repeat(600) + '"', { maxBytes: 1_000 })).toHaveLength(600);
  });

  it('refuses deep nesting before parsing, and ignores brackets inside strings', () => {
    expect(() => parseAnnotationFile('['.repeat(100_000) + ']'.repeat(100_000))).toThrow(/more than 64 levels deep/);
    expect(parseJsonSafely('["[[[[[[[[[[\\"[[[[["]', { maxDepth: 2 })).toEqual(['[[[[[[[[[["[[[[[']);
  });

  it('never lets __proto__ or constructor keys reach a prototype', () => {
    const item = { ...good(), ['__proto__']: { polluted: 'yes' } };
    const text = fileOf([item]).replace('"type":"Annotation"', '"__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}},"type":"Annotation"');
    expect(text).toContain('"__proto__"');
    const parsed = parseAnnotationFile(text);
    expect(parsed.records).toHaveLength(1);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(parsed.records[0])).toBe(Object.prototype);
    expect(Object.keys(parseJsonSafely('{"__proto__":{"a":1},"b":2}') as object)).toEqual(['b']);
  });

  it('rejects absurd strings through the schema limits', () => {
    const item = good();
    item.target.selector[0].exact = 'x'.repeat(10_001);
    expect(errorOf(fileOf([item])).message).toContain('target.selector[0].exact: Invalid length');
  });
});
