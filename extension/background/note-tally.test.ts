/**
 * The stored tally of notes (ADR 0386) follows every write of notes in its
 * own transaction: saves, edits, deletes, imports, two connections writing at
 * once, writes in parallel inside one transaction, rows that cannot be read.
 * Real Dexie on fake-indexeddb; every check compares the stored tally with
 * the rows themselves.
 */
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import type { Annotation } from '../../src/annotations/model';
import { createLibraryService } from './library';
import { exportJsonLd } from '../../src/io';
import { createAnnotationStore } from '../../src/db/annotation-store';
import { CrosscheckDatabase } from '../../src/db/database';
import { META_TALLY, readTally, verifyTally, type NoteTally } from '../../src/db/note-tally';
import { readRow } from '../../src/db/row-check';
import { sampleAnnotations } from '../../src/db/sample-annotations';

const names: string[] = [];
let n = 0;
function freshName(): string {
  const name = `note-tally-${++n}`;
  names.push(name);
  return name;
}
const open: CrosscheckDatabase[] = [];
function openDb(name: string): CrosscheckDatabase {
  const db = new CrosscheckDatabase(name);
  open.push(db);
  return db;
}
afterEach(async () => {
  for (const db of open.splice(0)) db.close();
  for (const name of names.splice(0)) await Dexie.delete(name);
});

const stored = async (db: CrosscheckDatabase) => (await db.meta.get(META_TALLY))?.value as NoteTally | undefined;

/** What the rows say, read one by one. */
async function counted(db: CrosscheckDatabase): Promise<NoteTally> {
  let total = 0;
  let unreadable = 0;
  await db.annotations.each((row) => {
    total++;
    if (!readRow(row).ok) unreadable++;
  });
  return { total, unreadable };
}

const note = (i: number, extra: Partial<Annotation> = {}) => ({
  url: 'https://news.example.com/story',
  urlKey: 'news.example.com/story',
  selectors: [{ type: 'TextQuoteSelector' as const, exact: `a passage numbered ${i}` }],
  note: `note ${i}`,
  ...extra,
});

describe('the stored tally of notes', () => {
  it('starts at zero in a new database and follows saves, edits and deletes', async () => {
    const db = openDb(freshName());
    const store = createAnnotationStore(db);
    await db.open();
    expect(await stored(db)).toEqual({ total: 0, unreadable: 0 });
    const made = [];
    for (let i = 0; i < 5; i++) made.push(await store.create(note(i)));
    expect(await stored(db)).toEqual({ total: 5, unreadable: 0 });
    await store.update(made[0]!.id, { note: 'changed' });
    expect(await stored(db)).toEqual({ total: 5, unreadable: 0 });
    await store.remove(made[1]!.id);
    await store.remove(made[1]!.id); // already gone: no change
    expect(await stored(db)).toEqual({ total: 4, unreadable: 0 });
    expect(await stored(db)).toEqual(await counted(db));
  });

  it('follows an import of many notes, and a bulk delete with undo, through the library', async () => {
    const db = openDb(freshName());
    const library = createLibraryService({ db });
    const notes = sampleAnnotations(800, { seed: 3 });
    await library.import(exportJsonLd(notes.slice(0, 600)));
    expect(await stored(db)).toEqual({ total: 600, unreadable: 0 });
    // the same file again: nothing new
    await library.import(exportJsonLd(notes.slice(0, 600)));
    expect(await stored(db)).toEqual({ total: 600, unreadable: 0 });
    // a large file arrives in batches, committed in one transaction; 100 of its notes are saved already
    const { importId } = await library.importBegin();
    await library.importBatch(importId, 0, notes.slice(500, 700));
    await library.importBatch(importId, 1, notes.slice(700, 800));
    await library.importCommit(importId, 0);
    expect(await stored(db)).toEqual({ total: 800, unreadable: 0 });
    await db.annotations.bulkDelete(notes.slice(600, 800).map((a) => a.id));
    const ids = (await db.annotations.limit(250).primaryKeys()) as string[];
    const removed = await library.deleteMany(ids);
    expect(await stored(db)).toEqual({ total: 350, unreadable: 0 });
    await library.restore(removed);
    expect(await stored(db)).toEqual({ total: 600, unreadable: 0 });
    await db.annotations.clear();
    expect(await readTally(db)).toEqual({ total: 0, unreadable: 0 });
  });

  it('stays right with two connections writing at once', async () => {
    const name = freshName();
    const [a, b] = [openDb(name), openDb(name)];
    const [storeA, storeB] = [createAnnotationStore(a), createAnnotationStore(b)];
    await a.open();
    await b.open();
    const made = await Promise.all([...Array.from({ length: 20 }, (_, i) => storeA.create(note(i))), ...Array.from({ length: 20 }, (_, i) => storeB.create(note(100 + i)))]);
    await Promise.all([
      ...made.slice(0, 10).map((m, i) => (i % 2 ? storeA : storeB).remove(m.id)),
      a.annotations.bulkPut(sampleAnnotations(30, { seed: 9 })),
      b.annotations.bulkAdd(sampleAnnotations(30, { seed: 10 })),
    ]);
    expect(await stored(a)).toEqual(await counted(a));
    expect((await stored(a))!.total).toBe(40 - 10 + 60);
  });

  it('stays right with writes in parallel inside one transaction, and a key written twice in one request', async () => {
    const db = openDb(freshName());
    const rows = sampleAnnotations(12, { seed: 4 });
    await db.transaction('rw', db.annotations, async () => {
      await Promise.all([db.annotations.bulkAdd(rows.slice(0, 4)), db.annotations.put(rows[4]!), db.annotations.bulkPut(rows.slice(5, 9)), db.annotations.delete(rows[0]!.id)]);
    });
    expect(await stored(db)).toEqual(await counted(db));
    await db.annotations.bulkPut([rows[9]!, { ...rows[9]!, note: 'again' }]);
    await db.annotations.bulkAdd([rows[10]!, rows[10]!]).catch(() => undefined); // the second fails, the first stays
    expect(await stored(db)).toEqual(await counted(db));
    expect((await stored(db))!.total).toBe(10);
  });

  it('leaves no change behind when the transaction fails', async () => {
    const db = openDb(freshName());
    const rows = sampleAnnotations(3, { seed: 5 });
    await db.annotations.bulkAdd(rows.slice(0, 2));
    await db
      .transaction('rw', db.annotations, async () => {
        await db.annotations.put(rows[2]!);
        throw new Error('stop');
      })
      .catch(() => undefined);
    expect(await stored(db)).toEqual({ total: 2, unreadable: 0 });
  });

  it('counts rows that cannot be read, and their repair or removal', async () => {
    const db = openDb(freshName());
    const [good, other] = sampleAnnotations(2, { seed: 6 });
    const broken = { ...good!, id: 'broken-row', created: undefined, updated: undefined };
    await db.annotations.bulkPut([good!, broken as unknown as Annotation]);
    expect(await stored(db)).toEqual({ total: 2, unreadable: 1 });
    await db.annotations.put({ ...other!, id: 'broken-row' });
    expect(await stored(db)).toEqual({ total: 2, unreadable: 0 });
    await db.annotations.put(broken as unknown as Annotation);
    await db.annotations.delete('broken-row');
    expect(await stored(db)).toEqual({ total: 1, unreadable: 0 });
  });

  it('is rebuilt from the rows where none is stored, and where a check finds it off', async () => {
    const db = openDb(freshName());
    await db.annotations.bulkAdd(sampleAnnotations(7, { seed: 8 }));
    await db.meta.delete(META_TALLY);
    await db.annotations.add(sampleAnnotations(1, { seed: 99 })[0]!); // not followed while none is stored
    expect(await stored(db)).toBeUndefined();
    expect(await readTally(db)).toEqual({ total: 8, unreadable: 0 });
    expect(await verifyTally(db)).toBe(false);
    await db.meta.put({ key: META_TALLY, value: { total: 3, unreadable: 0 } });
    expect(await verifyTally(db)).toBe(true);
    expect(await stored(db)).toEqual({ total: 8, unreadable: 0 });
  });
});
