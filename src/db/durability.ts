/**
 * Keeping the reader's notes: persistent storage, eviction detection and the
 * backup reminder.
 *
 * - **Persistence.** On startup the worker asks the browser to keep its
 *   storage (`navigator.storage.persist()` where the context has it) and
 *   reports what the browser says (`persisted()`).
 * - **Eviction.** A marker record lives in the database's `meta` table and a
 *   flag in extension storage (`browser.storage.local`, a separate store) says
 *   that annotations were ever saved. Flag set but marker gone means the
 *   browser wiped the database: that is recorded (in extension storage, which
 *   survived) and reported until the reader has seen it.
 * - **Backups.** A full JSON-LD export records its time in `meta`; annotations
 *   created after it are "unexported", and from BACKUP_REMINDER_AT of them on
 *   the reader is reminded to export.
 *
 * Free of extension APIs: the worker passes the storage area and the
 * StorageManager in; tests pass fakes.
 */
import type { CrosscheckDatabase } from './database';
import { readTally, verifyTally } from './note-tally';

/** A key/value area that outlives the database (browser.storage.local in the extension). */
export interface KeyValueArea {
  get(key: string): Promise<unknown>;
  set(key: string, value: unknown): Promise<void>;
}

/** The parts of `navigator.storage` used here; `persist` exists only in window contexts. */
export interface StorageManagerLike {
  persist?: () => Promise<boolean>;
  persisted?: () => Promise<boolean>;
}

export interface StorageStatus {
  /** When the browser was found to have wiped the database, until the reader dismisses it; else null. */
  evicted: { detectedAt: number } | null;
  /** Annotations created since the last full backup (all of them when there was none). */
  unexportedCount: number;
  /** All annotations saved. */
  total: number;
  /** When the last full backup (JSON-LD export of everything) was made, or null. */
  lastExport: number | null;
  /** Whether the browser keeps Crosscheck's storage under pressure; null when it cannot say. */
  persisted: boolean | null;
  /** `unexportedCount` has reached BACKUP_REMINDER_AT. */
  remindBackup: boolean;
  /** Stored notes that cannot be read (skipped everywhere, kept for export); filled in by the worker's library. */
  unreadable?: number;
}

/** Unexported annotations from which the reader is reminded to export a backup. */
export const BACKUP_REMINDER_AT = 50;

export const META_MARKER = 'marker';
export const META_LAST_EXPORT = 'lastExport';
export const LOCAL_SAVED = 'crosscheck.annotationsSaved';
export const LOCAL_EVICTED = 'crosscheck.evictedAt';

export interface DurabilityDeps {
  db: CrosscheckDatabase;
  local: KeyValueArea;
  storage?: StorageManagerLike;
  now?: () => number;
}

export function createDurability({ db, local, storage, now = Date.now }: DurabilityDeps) {
  let checked: Promise<void> | null = null;
  let savedFlagSet = false;
  let verified = false;

  /** Once per worker life, after a status was read: the tally checked against a count of the notes, rebuilt if off. */
  function verifyOnce(): void {
    if (verified) return;
    verified = true;
    setTimeout(() => {
      verifyTally(db).then(
        (off) => off && console.warn('Crosscheck: the stored count of notes was off; counted again'),
        () => (verified = false),
      );
    }, 0);
  }

  async function check(): Promise<void> {
    // Read the flag before anything in this worker's life could set it.
    const hadAnnotations = (await local.get(LOCAL_SAVED)) === true;
    const marker = await db.meta.get(META_MARKER);
    if (!marker) {
      if (hadAnnotations) await local.set(LOCAL_EVICTED, now());
      await db.meta.put({ key: META_MARKER, value: { createdAt: now() } });
    }
    if (!hadAnnotations && (await db.annotations.count()) > 0) {
      // Databases from before the flag existed.
      await local.set(LOCAL_SAVED, true);
      savedFlagSet = true;
    }
  }

  /** The startup check, run once per worker life; every write waits for it. */
  function ready(): Promise<void> {
    if (!checked) {
      const running = check();
      checked = running;
      running.catch(() => {
        if (checked === running) checked = null; // try again next time
      });
    }
    return checked;
  }

  return {
    /** On worker startup: check the marker, ask for persistent storage. Never throws. */
    async start(): Promise<{ evicted: boolean; persisted: boolean | null }> {
      let evicted = false;
      try {
        const before = await local.get(LOCAL_EVICTED);
        await ready();
        evicted = (await local.get(LOCAL_EVICTED)) !== before;
      } catch (error) {
        console.warn('Crosscheck: storage check failed', error);
      }
      return { evicted, persisted: await requestPersistence(storage) };
    },

    /** After annotations were written: remember that there is something to lose. */
    async noteSaved(): Promise<void> {
      if (savedFlagSet) return;
      await ready();
      await local.set(LOCAL_SAVED, true);
      savedFlagSet = true;
    },

    /**
     * After a full backup was handed to the reader. `at` is when the export
     * began: notes saved while it ran are not in the file and stay unexported.
     */
    async recordExport(at: number = now()): Promise<void> {
      await db.meta.put({ key: META_LAST_EXPORT, value: Math.min(at, now()) });
    },

    /** The reader has seen the eviction notice. */
    async dismissEviction(): Promise<void> {
      await local.set(LOCAL_EVICTED, null);
    },

    async status(): Promise<StorageStatus> {
      await ready();
      const evictedAt = await local.get(LOCAL_EVICTED);
      const last = (await db.meta.get(META_LAST_EXPORT))?.value;
      const lastExport = typeof last === 'number' ? last : null;
      // The stored tally, not a count of every note (ADR 0386); never exported: every note is unexported.
      const { total } = await readTally(db);
      const unexportedCount = lastExport === null ? total : await db.annotations.where('created').above(lastExport).count();
      verifyOnce();
      return {
        evicted: typeof evictedAt === 'number' ? { detectedAt: evictedAt } : null,
        unexportedCount,
        total,
        lastExport,
        persisted: await persistedState(storage),
        remindBackup: unexportedCount >= BACKUP_REMINDER_AT,
      };
    },
  };
}

export type Durability = ReturnType<typeof createDurability>;

/** Asks for persistent storage where the context offers it; answers what the browser now says. */
export async function requestPersistence(storage: StorageManagerLike | undefined): Promise<boolean | null> {
  try {
    if (storage?.persisted && (await storage.persisted())) return true;
    if (storage?.persist) return await storage.persist();
  } catch {
    // Not allowed here (some contexts reject): report what is known.
  }
  return persistedState(storage);
}

async function persistedState(storage: StorageManagerLike | undefined): Promise<boolean | null> {
  try {
    return storage?.persisted ? await storage.persisted() : null;
  } catch {
    return null;
  }
}
