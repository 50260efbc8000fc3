import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CrosscheckDatabase } from './database';
import { createLibraryStore } from './library-store';
import { sampleAnnotations } from './sample-annotations';
import type { Annotation } from '../annotations/model';

let db: CrosscheckDatabase;
let store: ReturnType<typeof createLibraryStore>;
let n = 0;
const sample = sampleAnnotations(60, { seed: 7 });
const newest = [...sample].sort((a, b) => b.created - a.created);

beforeEach(async () => {
  db = new CrosscheckDatabase(`library-store-test-${++n}-${Date.now()}`);
  store = createLibraryStore(db);
  await db.annotations.bulkAdd(sample);
});
afterEach(async () => {
  db.close();
  await db.delete();
});

const ids = (list: Annotation[]) => list.map((a) => a.id);

describe('library store queries', () => {
  it('lists everything newest first, paged, with the total', async () => {
    const first = await store.listAll({ limit: 10 });
    expect(first.total).toBe(60);
    expect(ids(first.items)).toEqual(ids(newest.slice(0, 10)));
    const third = await store.listAll({ offset: 20, limit: 10 });
    expect(ids(third.items)).toEqual(ids(newest.slice(20, 30)));
    expect((await store.listAll({ offset: 1000 })).items).toEqual([]);
  });

  it('finds by tag, case-insensitively, newest first', async () => {
    const expected = newest.filter((a) => a.tags.some((t) => t.toLowerCase() === 'aleppo'));
    expect(expected.length).toBeGreaterThan(2);
    const found = await store.byTag('ALEPPO', { limit: 500 });
    expect(found.total).toBe(expected.length);
    expect(ids(found.items)).toEqual(ids(expected));
    expect((await store.byTag('no-such-tag')).total).toBe(0);
  });

  it('finds by site, port included, and not by a longer host', async () => {
    const onLocal = newest.filter((a) => a.urlKey.startsWith('127.0.0.1:8080/'));
    expect(onLocal.length).toBeGreaterThan(0);
    expect(ids((await store.bySite('127.0.0.1:8080', { limit: 500 })).items)).toEqual(ids(onLocal));
    expect((await store.bySite('127.0.0.1')).total).toBe(0);
    expect((await store.bySite('news.example')).total).toBe(0);
    expect((await store.bySite('News.Example.com')).total).toBe(newest.filter((a) => a.urlKey.startsWith('news.example.com/')).length);
  });

  it('finds by date range, both ends inclusive', async () => {
    const from = newest[40]!.created;
    const to = newest[10]!.created;
    const found = await store.byDateRange(from, to, { limit: 500 });
    expect(ids(found.items)).toEqual(ids(newest.slice(10, 41)));
    expect(found.total).toBe(31);
    expect((await store.byDateRange(to, from)).total).toBe(0);
  });

  it('deletes many in one go, returns what it deleted, and undo restores them exactly', async () => {
    const victims = [newest[0]!.id, newest[5]!.id, 'not-there-123', newest[5]!.id];
    const deleted = await store.deleteMany(victims);
    expect(ids(deleted).sort()).toEqual([newest[0]!.id, newest[5]!.id].sort());
    expect(await db.annotations.count()).toBe(58);
    const restored = await store.restore(deleted);
    expect(restored).toHaveLength(2);
    expect(await db.annotations.get(newest[5]!.id)).toEqual(newest[5]);
    expect(await db.annotations.count()).toBe(60);
  });

  it('restores nothing when one record is invalid', async () => {
    const deleted = await store.deleteMany([newest[0]!.id, newest[1]!.id]);
    const broken = [deleted[0], { ...deleted[1], selectors: [{ type: 'TextQuoteSelector', exact: '' }] }];
    await expect(store.restore(broken)).rejects.toThrow(/record 2 \(id .*\): selectors\.0\.exact: must not be empty/);
    expect(await db.annotations.count()).toBe(58);
  });

  it('inserts new records and skips duplicates, in the database and within the batch', async () => {
    const fresh = sampleAnnotations(3, { seed: 99 }).map((a, i) => ({ ...a, id: `fresh-record-${i}` }));
    const report = await store.insertNew([fresh[0], sample[0], fresh[1], fresh[1], fresh[2]]);
    expect(report).toEqual({ added: 3, duplicates: 1, repeated: 1 });
    expect(await db.annotations.count()).toBe(63);
    expect(await db.annotations.get('fresh-record-1')).toEqual(fresh[1]);
  });

  it('lists tags in use', async () => {
    const tags = await store.tags();
    expect(tags).toContain('casualties');
    expect(new Set(tags).size).toBe(tags.length);
  });
});
