/**
 * Export → wipe → import through the real store on fake-indexeddb: everything
 * comes back identically; a broken file changes nothing; a second import
 * doubles nothing.
 */
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CrosscheckDatabase } from '../db/database';
import { createLibraryStore } from '../db/library-store';
import { sampleAnnotations } from '../db/sample-annotations';
import { exportJsonLd, parseAnnotationFile } from './jsonld';

let db: CrosscheckDatabase;
let n = 0;

beforeEach(() => {
  db = new CrosscheckDatabase(`io-roundtrip-${++n}-${Date.now()}`);
});
afterEach(async () => {
  db.close();
  await db.delete();
});

async function importText(text: string) {
  const parsed = parseAnnotationFile(text);
  return createLibraryStore(db).insertNew(parsed.records);
}

describe('export → wipe → import', () => {
  it('restores 10,000 annotations identically, and a second import adds nothing', async () => {
    const sample = sampleAnnotations(10_000, { seed: 11 });
    await db.annotations.bulkAdd(sample);
    const before = await db.annotations.orderBy('id').toArray();

    const file = exportJsonLd(await createLibraryStore(db).all());
    await db.annotations.clear();
    expect(await db.annotations.count()).toBe(0);

    expect(await importText(file)).toEqual({ added: 10_000, duplicates: 0, repeated: 0 });
    expect(await db.annotations.orderBy('id').toArray()).toEqual(before);

    expect(await importText(file)).toEqual({ added: 0, duplicates: 10_000, repeated: 0 });
    expect(await db.annotations.count()).toBe(10_000);
  });

  it('a broken file changes nothing', async () => {
    const sample = sampleAnnotations(50, { seed: 12 });
    await db.annotations.bulkAdd(sample.slice(0, 10));
    const before = await db.annotations.toArray();
    const file = JSON.parse(exportJsonLd(sample));
    file.first.items[42].target.selector[0].exact = '';
    expect(() => parseAnnotationFile(JSON.stringify(file))).toThrow(/item 43 \(id urn:crosscheck:annotation:sample-000042-\w+\): target\.selector\[0\]\.exact: must not be empty/);
    expect(await db.annotations.toArray()).toEqual(before);
  });

  it('writes nothing when the transaction fails part-way', async () => {
    const sample = sampleAnnotations(20, { seed: 13 });
    const store = createLibraryStore(db);
    // Valid records, but the database fails on the last one (as a full disk would).
    let seen = 0;
    db.annotations.hook('creating', () => {
      if (++seen === 20) throw new Error('disk full');
    });
    await expect(store.insertNew(sample)).rejects.toThrow(/disk full/);
    expect(seen).toBe(20);
    expect(await db.annotations.count()).toBe(0);
  });
});
