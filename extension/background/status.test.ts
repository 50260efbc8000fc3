/**
 * The storage-status worker calls behind the popup's backup reminder: what
 * counts as a backup, who may ask, and that saves mark the database as worth
 * protecting (eviction detection).
 */
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAnnotationStore } from '../../src/db/annotation-store';
import { CrosscheckDatabase } from '../../src/db/database';
import { LOCAL_SAVED, createDurability, type KeyValueArea } from '../../src/db/durability';
import { exportJsonLd } from '../../src/io';
import { createLibraryService } from './library';
import { createRouter } from './router';

const EXT = 'chrome-extension://abcdefghijklmnop/';
const page = { url: 'https://news.example.com/story', tabId: 7 };
const popup = { url: `${EXT}popup/popup.html` };

let db: CrosscheckDatabase;
let local: Map<string, unknown>;
let handle: ReturnType<typeof createRouter>;
let clock = 1_000;
let n = 0;

beforeEach(async () => {
  db = new CrosscheckDatabase(`status-test-${++n}`);
  local = new Map();
  const area: KeyValueArea = { get: async (k) => local.get(k), set: async (k, v) => void local.set(k, v) };
  const now = () => ++clock;
  const durability = createDurability({ db, local: area, now, storage: { persisted: async () => true } });
  await durability.start();
  handle = createRouter({ store: createAnnotationStore(db, { now }), extensionOrigin: EXT, library: createLibraryService({ db, now }), durability });
});
afterEach(async () => {
  db.close();
  await db.delete();
});

const create = (i: number) =>
  handle(
    {
      type: 'annotations/create',
      annotation: { url: page.url, urlKey: 'news.example.com/story', selectors: [{ type: 'TextQuoteSelector', exact: `passage ${i}` }], note: `n${i}` },
    },
    page,
  );

const status = async () => {
  const reply = await handle({ type: 'status/get' }, popup);
  if (!reply.ok) throw new Error(reply.error.message);
  return reply.value as { unexportedCount: number; total: number; remindBackup: boolean; lastExport: number | null; persisted: boolean | null; evicted: unknown };
};

describe('storage status calls', () => {
  it('counts unexported notes; only a full JSON-LD backup handed to the reader counts', async () => {
    for (let i = 0; i < 60; i++) expect((await create(i)).ok).toBe(true);
    expect(local.get(LOCAL_SAVED)).toBe(true);
    expect(await status()).toMatchObject({ unexportedCount: 60, total: 60, remindBackup: true, lastExport: null, persisted: true, evicted: null });

    // Markdown, CSV and partial exports do not restore a library: still unexported.
    expect((await handle({ type: 'library/export', format: 'markdown' }, popup)).ok).toBe(true);
    expect((await handle({ type: 'library/export', format: 'csv' }, popup)).ok).toBe(true);
    const someId = ((await handle({ type: 'library/query', limit: 1 }, popup)) as { value: { hits: { annotation: { id: string } }[] } }).value.hits[0]!.annotation.id;
    expect((await handle({ type: 'library/export', format: 'jsonld', ids: [someId] }, popup)).ok).toBe(true);
    expect((await status()).unexportedCount).toBe(60);

    // Producing the file is not a backup yet: the library page says so once the file was handed to the reader.
    const startedAt = clock;
    expect((await handle({ type: 'library/export', format: 'jsonld' }, popup)).ok).toBe(true);
    expect((await status()).unexportedCount).toBe(60);
    expect(await handle({ type: 'library/backup-done', startedAt }, page)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect((await status()).unexportedCount).toBe(60);
    expect((await handle({ type: 'library/backup-done', startedAt }, popup)).ok).toBe(true);
    expect(await status()).toMatchObject({ unexportedCount: 0, total: 60, remindBackup: false, lastExport: startedAt });
    expect((await create(99)).ok).toBe(true);
    expect((await status()).unexportedCount).toBe(1);
  });

  it('does not answer content scripts (the counts span every site)', async () => {
    expect(await handle({ type: 'status/get' }, page)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await handle({ type: 'status/dismiss-eviction' }, page)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await handle({ type: 'status/get', extra: 1 }, popup)).toMatchObject({ ok: false, error: { code: 'invalid-message' } });
  });

  it('marks the database as worth protecting after an import', async () => {
    const record = {
      id: 'imported-0001',
      url: page.url,
      urlKey: 'news.example.com/story',
      title: '',
      selectors: [{ type: 'TextQuoteSelector' as const, exact: 'passage' }],
      note: 'from a backup',
      tags: [],
      color: 'yellow' as const,
      quote: 'passage',
      created: 5,
      updated: 5,
    };
    expect(local.get(LOCAL_SAVED)).toBeUndefined();
    expect(await handle({ type: 'library/import', text: exportJsonLd([record]) }, popup)).toMatchObject({ ok: true, value: { added: 1 } });
    expect(local.get(LOCAL_SAVED)).toBe(true);
  });
});
