/**
 * Durability: the eviction marker, the saved-annotations flag, the backup
 * reminder and the persistence request, on fake-indexeddb with real Dexie.
 */
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createAnnotationStore } from './annotation-store';
import { CrosscheckDatabase } from './database';
import { BACKUP_REMINDER_AT, LOCAL_EVICTED, LOCAL_SAVED, META_MARKER, createDurability, requestPersistence, type KeyValueArea } from './durability';

let n = 0;
const open: CrosscheckDatabase[] = [];
function freshDb(name = `durability-test-${++n}`): CrosscheckDatabase {
  const db = new CrosscheckDatabase(name);
  open.push(db);
  return db;
}
afterEach(async () => {
  for (const db of open.splice(0)) {
    db.close();
    await db.delete();
  }
});

/** browser.storage.local, in memory; it outlives any one database. */
function memoryArea(readDelayMs = 0): KeyValueArea & { data: Map<string, unknown> } {
  const data = new Map<string, unknown>();
  return {
    data,
    get: async (key) => {
      if (readDelayMs) await new Promise((resolve) => setTimeout(resolve, readDelayMs));
      return data.get(key);
    },
    set: async (key, value) => void data.set(key, value),
  };
}

const note = (i: number) => ({
  url: `https://news.example.com/story-${i % 3}`,
  urlKey: `news.example.com/story-${i % 3}`,
  selectors: [{ type: 'TextQuoteSelector' as const, exact: `passage ${i}` }],
  note: `note ${i}`,
});

describe('eviction marker', () => {
  it('a fresh install writes the marker and reports nothing', async () => {
    const db = freshDb();
    const local = memoryArea();
    const durability = createDurability({ db, local });
    expect(await durability.start()).toEqual({ evicted: false, persisted: null });
    expect(await db.meta.get(META_MARKER)).toBeDefined();
    expect((await durability.status()).evicted).toBeNull();
  });

  it('detects a database the browser wiped after annotations were saved, and reports it until dismissed', async () => {
    const name = `durability-evicted-${++n}`;
    const local = memoryArea();
    let clock = 1_000;
    const now = () => clock;

    // First life: notes are saved.
    const db1 = freshDb(name);
    const d1 = createDurability({ db: db1, local, now });
    await d1.start();
    const store = createAnnotationStore(db1);
    await store.create(note(1));
    await d1.noteSaved();
    expect(local.data.get(LOCAL_SAVED)).toBe(true);
    db1.close();

    // The browser evicts the origin's IndexedDB (extension storage survives).
    await db1.delete();

    // Next worker start.
    clock = 5_000;
    const db2 = freshDb(name);
    const d2 = createDurability({ db: db2, local, now });
    expect((await d2.start()).evicted).toBe(true);
    const status = await d2.status();
    expect(status.evicted).toEqual({ detectedAt: 5_000 });
    expect(status.total).toBe(0);

    // Later starts keep reporting it (the marker is back, so no second detection)...
    const d3 = createDurability({ db: db2, local, now });
    expect((await d3.start()).evicted).toBe(false);
    expect((await d3.status()).evicted).toEqual({ detectedAt: 5_000 });
    // ...until the reader dismisses it.
    await d3.dismissEviction();
    expect((await d3.status()).evicted).toBeNull();
  });

  it('raises no alarm for a database from before the marker existed (upgrade with data)', async () => {
    const db = freshDb();
    await createAnnotationStore(db).create(note(1));
    const local = memoryArea();
    const durability = createDurability({ db, local });
    expect((await durability.start()).evicted).toBe(false);
    expect(local.data.get(LOCAL_SAVED)).toBe(true); // from now on, a wipe would be noticed
    expect(local.data.get(LOCAL_EVICTED)).toBeUndefined();
  });

  it('raises no alarm when the first save of a fresh install races the startup check', async () => {
    const db = freshDb();
    const local = memoryArea(40); // slow reads: the save finishes while the check is still reading
    const durability = createDurability({ db, local });
    const store = createAnnotationStore(db);
    // The worker was woken by a save: both run at once.
    await Promise.all([durability.start(), store.create(note(1)).then(() => durability.noteSaved())]);
    expect((await durability.status()).evicted).toBeNull();
  });
});

describe('backup reminder', () => {
  it('counts annotations created since the last full backup and reminds from the threshold on', async () => {
    const db = freshDb();
    let clock = 10_000;
    const now = () => clock;
    const durability = createDurability({ db, local: memoryArea(), now });
    const store = createAnnotationStore(db, { now });
    await durability.start();

    for (let i = 0; i < BACKUP_REMINDER_AT - 1; i++) {
      clock += 1;
      await store.create(note(i));
    }
    let status = await durability.status();
    expect(status).toMatchObject({ unexportedCount: BACKUP_REMINDER_AT - 1, total: BACKUP_REMINDER_AT - 1, lastExport: null, remindBackup: false });
    clock += 1;
    await store.create(note(99));
    expect(await durability.status()).toMatchObject({ unexportedCount: BACKUP_REMINDER_AT, remindBackup: true });

    // A backup resets the count; notes made after it count again.
    clock += 1;
    await durability.recordExport();
    status = await durability.status();
    expect(status).toMatchObject({ unexportedCount: 0, total: BACKUP_REMINDER_AT, lastExport: clock, remindBackup: false });
    clock += 1;
    await store.create(note(100));
    expect(await durability.status()).toMatchObject({ unexportedCount: 1, total: BACKUP_REMINDER_AT + 1 });
  });

  it('reads the stored tally, never counts or reads the notes, when there was never a backup (every one is unexported)', async () => {
    const db = freshDb();
    const durability = createDurability({ db, local: memoryArea() });
    const store = createAnnotationStore(db);
    await durability.start();
    for (let i = 0; i < 3; i++) await store.create(note(i));
    // The status is asked on every popup; a whole-store count of 10,000 took ~8 ms warm, ~70 ms cold in Chromium (ADR 0365, 0386).
    const counted = vi.spyOn(db.annotations, 'count');
    const read = vi.spyOn(db.annotations, 'each');
    expect(await durability.status()).toMatchObject({ unexportedCount: 3, total: 3, lastExport: null });
    expect(counted).not.toHaveBeenCalled();
    expect(read).not.toHaveBeenCalled();
  });
});

describe('persistent storage', () => {
  it('asks where the context can, and reports what the browser says', async () => {
    let granted = false;
    const asked: string[] = [];
    const windowLike = {
      persisted: async () => granted,
      persist: async () => {
        asked.push('persist');
        granted = true;
        return true;
      },
    };
    expect(await requestPersistence(windowLike)).toBe(true);
    expect(await requestPersistence(windowLike)).toBe(true);
    expect(asked).toEqual(['persist']); // not asked again once granted

    // A worker: no persist(), persisted() only.
    expect(await requestPersistence({ persisted: async () => false })).toBe(false);
    // No StorageManager at all, or one that throws.
    expect(await requestPersistence(undefined)).toBeNull();
    expect(await requestPersistence({ persist: async () => Promise.reject(new Error('denied')) })).toBeNull();
  });

  it('start() never throws, even when storage fails', async () => {
    const db = freshDb();
    const broken: KeyValueArea = { get: () => Promise.reject(new Error('storage gone')), set: () => Promise.reject(new Error('storage gone')) };
    const durability = createDurability({ db, local: broken, storage: { persisted: async () => true } });
    const warn = console.warn;
    console.warn = () => {};
    try {
      expect(await durability.start()).toEqual({ evicted: false, persisted: true });
    } finally {
      console.warn = warn;
    }
  });
});
