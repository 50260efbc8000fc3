/**
 * Quota exceeded while saving: the reader is told in words they can act on
 * (the store's `quota` error, which the worker sends back as the reply's
 * message), and nothing already stored is lost or half-written.
 */
import 'fake-indexeddb/auto';
import type { DBCore, Middleware } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { createRouter } from './router';
import { createLibraryService } from './library';
import { exportJsonLd } from '../../src/io';
import { createAnnotationStore, StoreError } from '../../src/db/annotation-store';
import { CrosscheckDatabase } from '../../src/db/database';
import { createLibraryStore } from '../../src/db/library-store';

let n = 0;
const open: CrosscheckDatabase[] = [];
afterEach(async () => {
  for (const db of open.splice(0)) {
    db.close();
    await db.delete();
  }
});

/**
 * A database whose disk fills up: when `full.now` is set, writes are refused
 * the way IndexedDB refuses them; with `full.room` set, that many more records
 * fit and the write that passes it is cut short there (what fits is written,
 * then the request fails).
 */
function databaseWithQuota() {
  const full = { now: false, room: Infinity };
  const db = new CrosscheckDatabase(`quota-test-${++n}`);
  const quota: Middleware<DBCore> = {
    stack: 'dbcore',
    name: 'simulated-quota',
    create: (down) => ({
      ...down,
      table: (name) => {
        const table = down.table(name);
        return {
          ...table,
          mutate: async (req) => {
            const refuse = () => Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
            if (req.type === 'delete' || req.type === 'deleteRange') return table.mutate(req);
            if (full.now) return refuse();
            if (req.values.length <= full.room) {
              full.room -= req.values.length;
              return table.mutate(req);
            }
            const fits = full.room;
            full.room = 0;
            if (fits > 0) await table.mutate({ ...req, values: req.values.slice(0, fits), keys: req.keys?.slice(0, fits) } as typeof req);
            return refuse();
          },
        };
      },
    }),
  };
  db.use(quota);
  open.push(db);
  return { db, full };
}

const EXT = 'chrome-extension://abcdefghijklmnop/';
const page = { url: 'https://news.example.com/story', tabId: 4 };
const libraryPage = { url: `${EXT}library/library.html` };
const input = (i: number) => ({
  url: 'https://news.example.com/story',
  urlKey: 'news.example.com/story',
  selectors: [{ type: 'TextQuoteSelector' as const, exact: `passage ${i}`, prefix: 'a ', suffix: ' b' }],
  note: `note ${i}`,
  tags: ['t'],
});

describe('quota exceeded while saving', () => {
  it('maps the DOMException thrown by the table to a quota error, and keeps what was stored', async () => {
    const db = new CrosscheckDatabase(`quota-test-${++n}`);
    open.push(db);
    const store = createAnnotationStore(db);
    const kept = [await store.create(input(1)), await store.create(input(2))];

    const add = db.annotations.add.bind(db.annotations);
    db.annotations.add = (() => Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError'))) as unknown as typeof add;
    const error = await store.create(input(3)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreError);
    expect((error as StoreError).code).toBe('quota');
    expect((error as StoreError).message).toMatch(/no storage space left/);
    expect((error as StoreError).message).toMatch(/Nothing already saved was lost/);
    db.annotations.add = add;

    expect(await db.annotations.orderBy('created').toArray()).toEqual(kept);
  });

  it('answers a save refused by IndexedDB with a quota reply the toolbar shows, and loses nothing', async () => {
    const { db, full } = databaseWithQuota();
    const handle = createRouter({ store: createAnnotationStore(db), extensionOrigin: EXT });
    for (let i = 0; i < 5; i++) expect((await handle({ type: 'annotations/create', annotation: input(i) }, page)).ok).toBe(true);
    const before = await db.annotations.toArray();

    full.now = true;
    const reply = await handle({ type: 'annotations/create', annotation: input(9) }, page);
    expect(reply).toMatchObject({ ok: false, error: { code: 'quota' } });
    if (!reply.ok) expect(reply.error.message).toMatch(/no storage space left for Crosscheck/);
    // Updates are refused the same way, and leave the note as it was.
    const update = await handle({ type: 'annotations/update', id: before[0]!.id, patch: { note: 'changed' }, baseUpdated: before[0]!.updated }, page);
    expect(update).toMatchObject({ ok: false, error: { code: 'quota' } });

    full.now = false;
    expect(await db.annotations.toArray()).toEqual(before);
  });

  it('writes nothing of an import that runs out of space (one transaction)', async () => {
    const { db, full } = databaseWithQuota();
    const store = createAnnotationStore(db);
    for (let i = 0; i < 3; i++) await store.create(input(i));
    const before = await db.annotations.orderBy('id').toArray();
    const handle = createRouter({ store, extensionOrigin: EXT, library: createLibraryService({ db }) });

    // A file of 500 new annotations; the disk fills up as it is written.
    const incoming = Array.from({ length: 500 }, (_, i) => ({
      ...input(100 + i),
      id: `imported-${String(i).padStart(4, '0')}`,
      title: '',
      color: 'yellow' as const,
      quote: `passage ${100 + i}`,
      created: 1_000 + i,
      updated: 1_000 + i,
    }));
    full.room = 200; // the disk fills up 200 records into the import
    const reply = await handle({ type: 'library/import', text: exportJsonLd(incoming) }, libraryPage);
    expect(reply).toMatchObject({ ok: false, error: { code: 'quota' } });
    full.room = Infinity;
    expect(await db.annotations.orderBy('id').toArray()).toEqual(before);

    // Bulk restore (undo) likewise.
    full.room = 100;
    await expect(createLibraryStore(db).restore(incoming)).rejects.toMatchObject({ code: 'quota' });
    full.room = Infinity;
    expect(await db.annotations.orderBy('id').toArray()).toEqual(before);
  });
});
