/**
 * A full disk, as Chromium reports it: QuotaExceededError over the origin's
 * quota, or UnknownError "…FILE_ERROR_NO_SPACE" when the disk itself is full.
 * The reader gets the documented message for both; and deleting notes to make
 * room works even when one big delete does not fit. Real Dexie on
 * fake-indexeddb, with a DBCore middleware that fails writes as the browser does.
 */
import 'fake-indexeddb/auto';
import type { DBCore, Middleware } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { QUOTA_MESSAGE, createAnnotationStore, isOutOfSpace } from '../../src/db/annotation-store';
import { CrosscheckDatabase } from '../../src/db/database';
import { sampleAnnotations } from '../../src/db/sample-annotations';
import { createLibraryService } from './library';
import { createRouter } from './router';

const EXT = 'chrome-extension://abcdefghijklmnop/';
const libraryPage = { url: `${EXT}library/library.html` };
const page = { url: 'https://news.example.com/story', tabId: 4 };

let n = 0;
const open: CrosscheckDatabase[] = [];
afterEach(async () => {
  for (const db of open.splice(0)) {
    db.close();
    await db.delete();
  }
});

type Failure = 'quota' | 'no-space';
const failureOf = (kind: Failure) =>
  kind === 'quota'
    ? new DOMException('The quota has been exceeded.', 'QuotaExceededError')
    : new DOMException('Internal error: IO error: /profile/IndexedDB/chrome-extension_x.indexeddb.leveldb/000123.log: FILE_ERROR_NO_SPACE (ChromeMethodBFE: 3::WritableFileAppend::8)', 'UnknownError');

/**
 * A database on a full disk (once `disk.full` is set): every add or put fails;
 * a delete of more than `disk.deleteRoom` records at once fails too (its log
 * entry does not fit), smaller ones go through.
 */
function databaseOnDisk(kind: Failure) {
  const disk = { full: false, deleteRoom: 1 };
  const db = new CrosscheckDatabase(`disk-full-test-${++n}`);
  const middleware: Middleware<DBCore> = {
    stack: 'dbcore',
    name: 'simulated-full-disk',
    create: (down) => ({
      ...down,
      table: (name) => {
        const table = down.table(name);
        return {
          ...table,
          mutate: async (req) => {
            if (!disk.full) return table.mutate(req);
            if (req.type === 'delete' && req.keys.length <= disk.deleteRoom) return table.mutate(req);
            return Promise.reject(failureOf(kind));
          },
        };
      },
    }),
  };
  db.use(middleware);
  open.push(db);
  return { db, disk };
}

const input = (i: number) => ({
  url: 'https://news.example.com/story',
  urlKey: 'news.example.com/story',
  selectors: [{ type: 'TextQuoteSelector' as const, exact: `passage ${i}` }],
  note: `note ${i}`,
});

describe.each(['quota', 'no-space'] as const)('a full disk (%s)', (kind) => {
  it('a save gets the documented message, not the browser’s raw error; nothing saved is lost', async () => {
    const { db, disk } = databaseOnDisk(kind);
    const handle = createRouter({ store: createAnnotationStore(db), extensionOrigin: EXT, library: createLibraryService({ db }) });
    expect((await handle({ type: 'annotations/create', annotation: input(1) }, page)).ok).toBe(true);
    disk.full = true;
    const reply = await handle({ type: 'annotations/create', annotation: input(2) }, page);
    expect(reply).toEqual({ ok: false, error: { code: 'quota', message: QUOTA_MESSAGE } });
    expect(QUOTA_MESSAGE).toMatch(/no storage space left for Crosscheck\. Nothing already saved was lost/);
    expect(await db.annotations.count()).toBe(1);
  });

  it('deleting 50 notes to make room works, and then a save fits again', async () => {
    const { db, disk } = databaseOnDisk(kind);
    const library = createLibraryService({ db });
    const handle = createRouter({ store: createAnnotationStore(db), extensionOrigin: EXT, library });
    const sample = sampleAnnotations(200, { seed: 4 });
    await db.annotations.bulkAdd(sample);
    disk.full = true;
    const ids = sample.slice(0, 50).map((a) => a.id);
    const reply = await handle({ type: 'library/delete-many', ids }, libraryPage);
    expect(reply.ok).toBe(true);
    expect((reply as { value: unknown[] }).value).toHaveLength(50);
    expect(await db.annotations.count()).toBe(150);
    expect(await db.annotations.bulkGet(ids)).toEqual(ids.map(() => undefined));
    // The in-page / popup delete of one note works too.
    expect((await handle({ type: 'annotations/delete', id: sample[60]!.id }, libraryPage)).ok).toBe(true);
    expect(await db.annotations.count()).toBe(149);
    disk.full = false; // the space freed
    expect((await handle({ type: 'annotations/create', annotation: input(3) }, page)).ok).toBe(true);
  });
});

describe('isOutOfSpace', () => {
  it('knows the browser’s ways of saying the disk is full, wrapped or not, and nothing else', () => {
    expect(isOutOfSpace(failureOf('quota'))).toBe(true);
    expect(isOutOfSpace(failureOf('no-space'))).toBe(true);
    expect(isOutOfSpace({ name: 'AbortError', inner: failureOf('no-space') })).toBe(true);
    expect(isOutOfSpace(new DOMException('Version change', 'VersionError'))).toBe(false);
    expect(isOutOfSpace(new DOMException('Internal error opening backing store', 'UnknownError'))).toBe(false);
    expect(isOutOfSpace(undefined)).toBe(false);
  });
});
