/**
 * Backups of any size: the library page pulls pages of records and writes the
 * file itself; an import is split into items and sent in batches that the
 * worker stages and commits at once. Driven here through the real router,
 * library service and Dexie on fake-indexeddb, with the same functions the
 * library page runs (src/io/batched.ts).
 */
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Annotation } from '../../src/annotations/model';
import { createAnnotationStore } from '../../src/db/annotation-store';
import { CrosscheckDatabase } from '../../src/db/database';
import { sampleAnnotations } from '../../src/db/sample-annotations';
import { exportInParts, importInBatches } from '../../src/io/batched';
import { scanItems } from '../../src/io/item-scan';
import { exportJsonLd, parseAnnotationFile, InputError } from '../../src/io';
import type { Reply } from '../shared/messages';
import type { ExportPage, ImportReport } from '../shared/library-messages';
import { createLibraryService } from './library';
import { createRouter } from './router';

const EXT = 'chrome-extension://abcdefghijklmnop/';
const libraryPage = { url: `${EXT}library/library.html` };

let db: CrosscheckDatabase;
let handle: ReturnType<typeof createRouter>;
let n = 0;

beforeEach(() => {
  db = new CrosscheckDatabase(`batched-test-${++n}-${Date.now()}`);
  handle = createRouter({ store: createAnnotationStore(db), extensionOrigin: EXT, library: createLibraryService({ db }) });
});
afterEach(async () => {
  db.close();
  await db.delete();
});

async function call<T>(message: Record<string, unknown>): Promise<T> {
  const reply = (await handle(message, libraryPage)) as Reply<T>;
  if (!reply.ok) throw new Error(`${reply.error.code}: ${reply.error.message}`);
  return reply.value;
}

const exportAll = (limit = 300) =>
  exportInParts('jsonld', (after) => call<ExportPage>({ type: 'library/export-page', limit, ...(after === undefined ? {} : { after }) }), new Date(Date.UTC(2025, 0, 2)));

async function importAll(text: string, batchSize = 300): Promise<ImportReport> {
  const { importId } = await call<{ importId: string }>({ type: 'library/import-begin' });
  let batch = 0;
  try {
    const result = await importInBatches(text, { batchSize, send: async (annotations) => void (await call({ type: 'library/import-batch', importId, batch: batch++, annotations })) });
    return await call<ImportReport>({ type: 'library/import-commit', importId, unsupported: result.unsupported });
  } catch (error) {
    await call({ type: 'library/import-abort', importId });
    throw error;
  }
}

const byId = (list: Annotation[]) => [...list].sort((a, b) => (a.id < b.id ? -1 : 1));

describe('batched export and import', () => {
  it('writes the same file as the one-piece export, page by page', async () => {
    const sample = sampleAnnotations(1_000, { seed: 3 });
    await db.annotations.bulkAdd(sample);
    const file = await exportAll(128);
    expect(file.count).toBe(1_000);
    const text = file.parts.join('');
    // Same bytes as the one-piece export of the same records in the same (id) order.
    expect(text).toBe(exportJsonLd(byId(sample), { generated: new Date(Date.UTC(2025, 0, 2)) }));
    const empty = await exportInParts('jsonld', async () => ({ annotations: [], unreadable: 0, next: null }), new Date(Date.UTC(2025, 0, 2)));
    expect(empty.parts.join('')).toBe(exportJsonLd([], { generated: new Date(Date.UTC(2025, 0, 2)) }));
  });

  it('backs up and restores 5,000 notes identically in batches; a second import adds nothing', async () => {
    const sample = sampleAnnotations(5_000, { seed: 5 });
    await db.annotations.bulkAdd(sample);
    const before = await db.annotations.orderBy('id').toArray();
    const text = (await exportAll()).parts.join('');
    await db.annotations.clear();
    expect(await importAll(text)).toEqual({ added: 5_000, duplicates: 0, repeated: 0, unsupported: 0 });
    expect(await db.annotations.orderBy('id').toArray()).toEqual(before);
    expect(await db.importStaging.count()).toBe(0);
    expect(await importAll(text)).toEqual({ added: 0, duplicates: 5_000, repeated: 0, unsupported: 0 });
  }, 90_000); // 5,000 rows through fake-indexeddb: seconds when quiet, far more on a loaded machine

  it('says what happened to a repeated id in the file: the first kept, the repeat left out', async () => {
    const [a, b] = sampleAnnotations(2, { seed: 8 });
    const twin = { ...b!, id: a!.id, note: 'a different note under the same id' };
    const report = await importAll(exportJsonLd([a!, twin, b!]));
    expect(report).toEqual({ added: 2, duplicates: 0, repeated: 1, unsupported: 0 });
    expect((await db.annotations.get(a!.id))?.note).toBe(a!.note);
  });

  it('a file with one invalid item imports nothing, even after batches were staged', async () => {
    const sample = sampleAnnotations(900, { seed: 9 });
    const file = JSON.parse(exportJsonLd(sample));
    file.first.items[850].target.selector[0].exact = '';
    await expect(importAll(JSON.stringify(file), 100)).rejects.toThrow(/Nothing was imported: 1 of 900 annotations are invalid[^]*item 851/);
    expect(await db.annotations.count()).toBe(0);
    expect(await db.importStaging.count()).toBe(0);
  });

  it('an import abandoned half way (the page closed) leaves nothing, and the next import starts clean', async () => {
    const sample = sampleAnnotations(50, { seed: 10 });
    const { importId } = await call<{ importId: string }>({ type: 'library/import-begin' });
    await call({ type: 'library/import-batch', importId, batch: 0, annotations: sample.slice(0, 25) });
    // A repeated batch message (a retry) stages it once.
    await call({ type: 'library/import-batch', importId, batch: 0, annotations: sample.slice(0, 25) });
    expect(await db.annotations.count()).toBe(0);
    expect(await importAll(exportJsonLd(sample.slice(25)))).toMatchObject({ added: 25, repeated: 0 });
    expect(await db.annotations.count()).toBe(25);
    expect(await db.importStaging.count()).toBe(0);
  });

  it('reads every shape of file the one-piece parser reads, with the same records', async () => {
    const sample = sampleAnnotations(3, { seed: 12 });
    const collection = JSON.parse(exportJsonLd(sample));
    const shapes = [
      JSON.stringify(collection),
      JSON.stringify(collection.first.items),
      JSON.stringify({ items: collection.first.items }),
      JSON.stringify({ rows: collection.first.items, total: 3 }),
      `\uFEFF${JSON.stringify(collection, null, 4)}`,
    ];
    for (const text of shapes) {
      const scan = scanItems(text)!;
      expect(scan.spans).toHaveLength(3);
      const records: Annotation[] = [];
      await importInBatches(text, { batchSize: 2, send: async (r) => void records.push(...r) });
      expect(records).toEqual(parseAnnotationFile(text).records);
      expect(records).toHaveLength(3);
    }
    expect(scanItems(JSON.stringify(collection.first.items[0]))).toBeNull(); // one annotation: the ordinary parser
    expect(() => scanItems(JSON.stringify(collection).slice(0, -30))).toThrow(InputError);
    expect(() => scanItems('{"first": {"items": [{"a": "unterminated')).toThrow(/ends inside a string/);
  });

  it('refuses a truncated or garbled file with a clear message and sends nothing', async () => {
    const text = exportJsonLd(sampleAnnotations(5, { seed: 13 }));
    const sent: Annotation[][] = [];
    await expect(importInBatches(text.slice(0, text.length / 2), { send: async (r) => void sent.push(r) })).rejects.toThrow(InputError);
    await expect(importInBatches(text.replace('"type": "Annotation"', '"type": Annotation'), { send: async (r) => void sent.push(r) })).rejects.toThrow(/item 1: The file is not valid JSON/);
    expect(sent).toEqual([]);
  });
});
