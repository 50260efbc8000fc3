/**
 * Read tolerantly, repair visibly: a database holding every kind of
 * malformed row still opens (the version-3 upgrade repairs what it can and
 * keeps the rest in `quarantine`), and every reader of stored rows — the
 * library's search and filters, exports, the page's list for the content
 * script and the popup, the storage status — works for every good row and
 * reports the bad ones. Real Dexie on fake-indexeddb.
 */
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import type { Annotation } from '../../src/annotations/model';
import { createLibraryService } from './library';
import { createRouter } from './router';
import { exportInParts } from '../../src/io/batched';
import { parseAnnotationFile } from '../../src/io';
import { createAnnotationStore } from '../../src/db/annotation-store';
import { CrosscheckDatabase } from '../../src/db/database';
import { createDurability } from '../../src/db/durability';
import { readRow, repairRow, unreadableMessage } from '../../src/db/row-check';

const EXT = 'chrome-extension://abcdefghijklmnop/';
const libraryPage = { url: `${EXT}library/library.html` };
const KEY = 'news.example.com/story';

const names: string[] = [];
afterEach(async () => {
  for (const name of names.splice(0)) await Dexie.delete(name);
});

function good(i: number): Annotation {
  const quote = `good passage ${i}`;
  return {
    id: `good-row-${String(i).padStart(4, '0')}`,
    url: 'https://news.example.com/story',
    urlKey: KEY,
    title: 'A story',
    selectors: [{ type: 'TextQuoteSelector', exact: quote }],
    note: `note ${i}`,
    tags: ['casualties'],
    color: 'yellow',
    quote,
    created: 1_443_000_000_000 + i,
    updated: 1_443_000_000_000 + i,
  };
}

/** Each kind of malformed row, and whether it can be repaired without losing anything. */
const MALFORMED: { kind: string; row: Record<string, unknown>; repaired: Partial<Annotation> | null }[] = [
  { kind: 'tags stored as one string', row: { ...good(100), id: 'bad-tags-string', tags: 'syria, raqqa; casualties' }, repaired: { tags: ['syria', 'raqqa', 'casualties'] } },
  { kind: 'no tags at all', row: { ...good(101), id: 'bad-tags-missing', tags: undefined }, repaired: { tags: [] } },
  { kind: 'tags holding a number', row: { ...good(102), id: 'bad-tags-number', tags: ['ok', 7] }, repaired: { tags: ['ok'] } },
  { kind: 'no selectors, quote kept', row: { ...good(103), id: 'bad-no-selectors', selectors: undefined }, repaired: { selectors: [{ type: 'TextQuoteSelector', exact: 'good passage 103' }] } },
  { kind: 'no quote, selector kept', row: { ...good(104), id: 'bad-no-quote', quote: undefined }, repaired: { quote: 'good passage 104' } },
  { kind: 'unknown colour', row: { ...good(105), id: 'bad-colour', color: 'chartreuse' }, repaired: { color: 'yellow' } },
  { kind: 'note null', row: { ...good(106), id: 'bad-note-null', note: null }, repaired: { note: '' } },
  { kind: 'no update time', row: { ...good(107), id: 'bad-no-updated', updated: undefined }, repaired: { updated: good(107).created } },
  { kind: 'no selectors and no quote', row: { ...good(108), id: 'bad-nothing-to-anchor', selectors: undefined, quote: undefined }, repaired: null },
  { kind: 'no creation time', row: { ...good(109), id: 'bad-no-created', created: undefined, updated: undefined }, repaired: null },
  { kind: 'page address not a URL', row: { ...good(110), id: 'bad-url', url: 'javascript:alert(1)' }, repaired: null },
  { kind: 'page key a number', row: { ...good(111), id: 'bad-key-number', urlKey: 42 }, repaired: null },
  { kind: 'selectors not a list, quote kept', row: { ...good(112), id: 'bad-selectors-object', selectors: { type: 'TextQuoteSelector' } }, repaired: { selectors: [{ type: 'TextQuoteSelector', exact: 'good passage 112' }] } },
  { kind: 'a selector of an unknown kind and no quote', row: { ...good(113), id: 'bad-selector-kind', quote: undefined, selectors: [{ type: 'XPathSelector', value: '/p[1]' }] }, repaired: null },
];
const strip = (row: Record<string, unknown>) => Object.fromEntries(Object.entries(row).filter(([, v]) => v !== undefined));
const REPAIRABLE = MALFORMED.filter((m) => m.repaired);
const UNREADABLE = MALFORMED.filter((m) => !m.repaired);

/** A version-2 database (as shipped before this upgrade) holding good rows and every malformed kind. */
async function version2Database(name: string, goods: Annotation[]): Promise<void> {
  const v2 = new Dexie(name);
  v2.version(1).stores({ annotations: 'id, urlKey, *tags, created, updated, [urlKey+created]', meta: 'key' });
  v2.version(2).stores({ annotations: 'id, urlKey, *tags, created, updated, [urlKey+created]', meta: 'key' });
  await v2.table('annotations').bulkAdd([...goods, ...MALFORMED.map((m) => strip(m.row))]);
  v2.close();
}

describe('readRow', () => {
  it.each(MALFORMED)('$kind: repaired when nothing is lost, else refused with a reason', ({ row, repaired }) => {
    const result = readRow(strip(row));
    if (repaired) {
      expect(result).toMatchObject({ ok: true, annotation: repaired });
    } else {
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.reason).not.toBe('');
    }
  });

  it('passes good rows through untouched and never throws, whatever the row', () => {
    expect(readRow(good(1))).toEqual({ ok: true, annotation: good(1), repaired: false });
    const cyclic: Record<string, unknown> = { ...good(2) };
    cyclic.self = cyclic;
    for (const odd of [null, undefined, 7, 'text', [], cyclic, Object.create(null)]) expect(() => readRow(odd)).not.toThrow();
    expect(repairRow('text')).toBeNull();
  });

  it('says how many notes could not be read, in words', () => {
    expect(unreadableMessage(0)).toBe('');
    expect(unreadableMessage(1)).toBe('1 note could not be read — repair or export them from the library.');
    expect(unreadableMessage(2)).toBe('2 notes could not be read — repair or export them from the library.');
  });
});

describe('a database holding every kind of malformed row', () => {
  it('opens; the upgrade repairs what it can and keeps the rest aside, exportable', async () => {
    const name = `row-check-${Math.random().toString(36).slice(2)}`;
    names.push(name);
    const goods = Array.from({ length: 25 }, (_, i) => good(i));
    await version2Database(name, goods);

    const db = new CrosscheckDatabase(name);
    await db.open();
    const stored = await db.annotations.toArray();
    expect(stored).toHaveLength(goods.length + REPAIRABLE.length);
    for (const m of REPAIRABLE) expect(stored.find((a) => a.id === m.row.id)).toMatchObject(m.repaired!);
    for (const g of goods) expect(stored.find((a) => a.id === g.id)).toEqual(g);
    const aside = await db.quarantine.toArray();
    expect(aside.map((q) => (q.row as { id: string }).id).sort()).toEqual(UNREADABLE.map((m) => m.row.id).sort());
    expect(aside.every((q) => q.reason.length > 0)).toBe(true);
    // The repaired tags are in the tag index too.
    expect(await db.annotations.where('tags').equals('raqqa').count()).toBe(1);
    db.close();
  });

  it('every reader works for every good row and reports the bad ones (also rows gone bad after the upgrade)', async () => {
    const name = `row-check-${Math.random().toString(36).slice(2)}`;
    names.push(name);
    const goods = Array.from({ length: 25 }, (_, i) => good(i));
    await version2Database(name, goods);
    const db = new CrosscheckDatabase(name);
    await db.open();
    // Rows written badly after the upgrade (a bug, a damaged disk): read tolerantly, never fatal.
    await db.annotations.bulkPut(UNREADABLE.map((m) => ({ ...strip(m.row), id: `late-${String(m.row.id)}` })) as unknown as Annotation[]);

    const store = createAnnotationStore(db);
    const library = createLibraryService({ db });
    const local = new Map<string, unknown>();
    const durability = createDurability({ db, local: { get: async (k) => local.get(k), set: async (k, v) => void local.set(k, v) } });
    const handle = createRouter({ store, extensionOrigin: EXT, library, durability });
    const call = async <T,>(message: Record<string, unknown>, sender: { url: string; tabId?: number } = libraryPage): Promise<T> => {
      const reply = await handle(message, sender);
      if (!reply.ok) throw new Error(reply.error.message);
      return reply.value as T;
    };
    const readable = goods.length + REPAIRABLE.length;

    // The content script's list and anchors, and the popup's list: good rows only.
    const contentScript = { url: 'https://news.example.com/story', tabId: 3 };
    expect(await call<Annotation[]>({ type: 'annotations/list', urlKey: KEY }, contentScript)).toHaveLength(readable);
    expect(await call<unknown[]>({ type: 'annotations/anchors', urlKey: KEY }, contentScript)).toHaveLength(readable);

    // Library search and filters.
    const facets = await call<{ total: number; unreadable: number; quarantined: number }>({ type: 'library/facets' });
    expect(facets).toMatchObject({ total: readable, unreadable: UNREADABLE.length, quarantined: UNREADABLE.length });
    expect((await call<{ total: number }>({ type: 'library/query', text: 'passage' })).total).toBe(readable);
    expect((await call<{ total: number }>({ type: 'library/query', tag: 'raqqa' })).total).toBe(1);

    // Exports: every format, good rows in, bad rows counted.
    for (const format of ['jsonld', 'markdown', 'csv'] as const) {
      const file = await exportInParts(format, (after) => call({ type: 'library/export-page', limit: 7, ...(after ? { after } : {}) }));
      expect(file).toMatchObject({ count: readable, unreadable: UNREADABLE.length });
      if (format === 'jsonld') expect(parseAnnotationFile(file.parts.join('')).records).toHaveLength(readable);
    }
    // The bad rows themselves, for the reader to keep.
    const rows = await call<{ row: { id: string }; reason: string }[]>({ type: 'library/unreadable' });
    expect(rows).toHaveLength(2 * UNREADABLE.length);

    // The popup's storage status says so.
    expect(await call({ type: 'status/get' }, { url: `${EXT}popup/popup.html` })).toMatchObject({ total: readable + UNREADABLE.length, unreadable: 2 * UNREADABLE.length });
    db.close();
  });
});
