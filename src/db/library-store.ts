/**
 * The reader's library: whole-database queries (newest first, by tag, by site,
 * by date), bulk delete with undo, and the all-or-nothing bulk insert behind
 * import. Written against a CrosscheckDatabase passed in, like the annotation
 * store, so it runs in the service worker and under Vitest on fake-indexeddb.
 */
import * as v from 'valibot';
import { AnnotationSchema, describeIssues, type Annotation } from '../annotations/model';
import { StoreError, guard, isOutOfSpace } from './annotation-store';
import type { CrosscheckDatabase } from './database';
import { readRow, readRows } from './row-check';

export interface Paging {
  offset?: number;
  limit?: number;
}

export interface Paged<T> {
  items: T[];
  /** How many match in all. */
  total: number;
}

export interface BulkInsertReport {
  /** Records written. */
  added: number;
  /** Records skipped because an annotation with the same id is already in the library. */
  duplicates: number;
  /** Records skipped because an earlier record of the same file had the same id (the first is kept). */
  repeated: number;
}

export const MAX_PAGE = 500;

export function createLibraryStore(db: CrosscheckDatabase) {
  const window = (paging: Paging = {}) => {
    const offset = Math.max(0, Math.floor(paging.offset ?? 0));
    const limit = Math.min(MAX_PAGE, Math.max(1, Math.floor(paging.limit ?? 50)));
    return { offset, limit };
  };
  /**
   * One page, newest first, of the records whose ids a query returns. Reads
   * keys only (the matching ids, then all ids in time order) and then just
   * the page's records, so a tag on thousands of notes costs about as much
   * as reading fifty of them.
   */
  const newestOf = (matching: () => Promise<string[]>, paging?: Paging): Promise<Paged<Annotation>> => {
    const { offset, limit } = window(paging);
    return guard(() =>
      db.transaction('r', db.annotations, async () => {
        const wanted = new Set(await matching());
        if (wanted.size === 0) return { items: [], total: 0 };
        const inOrder = (await db.annotations.orderBy('created').reverse().primaryKeys()).filter((id) => wanted.has(id));
        const pageIds = inOrder.slice(offset, offset + limit);
        const items = readRows((await db.annotations.bulkGet(pageIds)).filter((a) => a !== undefined)).annotations;
        return { items, total: wanted.size };
      }),
    );
  };

  return {
    /** Every annotation, newest first, one page at a time. */
    async listAll(paging?: Paging): Promise<Paged<Annotation>> {
      const { offset, limit } = window(paging);
      return guard(() =>
        db.transaction('r', db.annotations, async () => ({
          items: readRows(await db.annotations.orderBy('created').reverse().offset(offset).limit(limit).toArray()).annotations,
          total: await db.annotations.count(),
        })),
      );
    },

    /** Annotations carrying a tag (case-insensitive), newest first. */
    async byTag(tag: string, paging?: Paging): Promise<Paged<Annotation>> {
      // The tags as written that match regardless of case, then each by exact key: plain
      // key lookups stay fast everywhere (equalsIgnoreCase walks the index in jumps).
      const wanted = tag.trim().toLowerCase();
      return newestOf(async () => {
        const spellings = (await db.annotations.orderBy('tags').uniqueKeys()).filter((t) => String(t).toLowerCase() === wanted);
        const keys = await Promise.all(spellings.map((t) => db.annotations.where('tags').equals(t).primaryKeys()));
        return keys.flat();
      }, paging);
    },

    /** Annotations on a site (the host part of their URL key, port included), newest first. */
    async bySite(site: string, paging?: Paging): Promise<Paged<Annotation>> {
      const host = site.trim().toLowerCase();
      if (!host || /[/?#]/.test(host)) return { items: [], total: 0 };
      return newestOf(async () => {
        const keys = await Promise.all([`${host}/`, `${host}?`].map((prefix) => db.annotations.where('urlKey').startsWith(prefix).primaryKeys()));
        return keys.flat();
      }, paging);
    },

    /** Annotations created between two times (ms, both inclusive), newest first. */
    async byDateRange(from: number, to: number, paging?: Paging): Promise<Paged<Annotation>> {
      if (!(from <= to)) return { items: [], total: 0 };
      const { offset, limit } = window(paging);
      return guard(() =>
        db.transaction('r', db.annotations, async () => {
          const range = () => db.annotations.where('created').between(from, to, true, true);
          return { items: readRows(await range().reverse().offset(offset).limit(limit).toArray()).annotations, total: await range().count() };
        }),
      );
    },

    /**
     * Every readable annotation, oldest first (for building the search index),
     * and how many stored rows could not be read (skipped, never fatal).
     */
    async all(): Promise<Annotation[]> {
      return (await this.allReadable()).annotations;
    },

    async allReadable(): Promise<{ annotations: Annotation[]; unreadable: number }> {
      // Primary-key order, not the `created` index: a row without a valid time is missing from that index.
      const { annotations, unreadable } = readRows(await guard(() => db.annotations.toArray()));
      annotations.sort((a, b) => a.created - b.created);
      return { annotations, unreadable };
    },

    /**
     * One page of a full export in primary-key order, from after `after` (an id):
     * a cursor that stays cheap at any depth, unlike an offset. Unreadable rows
     * are skipped and counted. `next` is the cursor for the following page, or null.
     */
    async exportPage(after: string | undefined, limit: number, maxChars = Infinity): Promise<{ annotations: Annotation[]; unreadable: number; next: string | null }> {
      const range = () => (after === undefined ? db.annotations.toCollection() : db.annotations.where(':id').above(after));
      let rows = await guard(() => range().limit(limit).toArray());
      const full = rows.length === limit;
      // Long notes: cut the page short so that one message stays small.
      let chars = 0;
      const fits = maxChars === Infinity ? -1 : rows.findIndex((row) => (chars += approximateChars(row)) > maxChars);
      const cut = fits > 0 ? fits : fits === 0 ? 1 : rows.length;
      const more = full || cut < rows.length;
      rows = rows.slice(0, cut);
      const { annotations, unreadable } = readRows(rows);
      const last = more ? (rows[rows.length - 1] as { id?: unknown }).id : undefined;
      return { annotations, unreadable, next: typeof last === 'string' ? last : null };
    },

    /** The readable annotations with these ids (a selection to export), and how many were not readable. */
    async byIds(ids: readonly string[]): Promise<{ annotations: Annotation[]; unreadable: number }> {
      const rows = (await guard(() => db.annotations.bulkGet([...new Set(ids)]))).filter((r) => r !== undefined);
      return readRows(rows);
    },

    /** How many rows the database upgrade kept aside, and how many stored rows cannot be read now. */
    async health(): Promise<{ quarantined: number; unreadable: number }> {
      const quarantined = await guard(() => db.quarantine.count());
      let unreadable = 0;
      await guard(() =>
        db.annotations.each((row) => {
          if (!readRow(row).ok) unreadable++;
        }),
      );
      return { quarantined, unreadable };
    },

    /** The rows kept aside and the unreadable rows still stored, as they are, for the reader to export. */
    async unreadableRows(): Promise<{ row: unknown; reason: string }[]> {
      const out: { row: unknown; reason: string }[] = (await guard(() => db.quarantine.toArray())).map(({ row, reason }) => ({ row, reason }));
      await guard(() =>
        db.annotations.each((row) => {
          const result = readRow(row);
          if (!result.ok) out.push({ row, reason: result.reason });
        }),
      );
      return out;
    },

    async count(): Promise<number> {
      return guard(() => db.annotations.count());
    },

    /** Deletes the annotations with these ids in one transaction; returns those that existed, for undo. */
    async deleteMany(ids: readonly string[]): Promise<Annotation[]> {
      const unique = [...new Set(ids)];
      const deleteIn = (slice: string[]) =>
        db.transaction('rw', db.annotations, async () => {
          const found = (await db.annotations.bulkGet(slice)).filter((a): a is Annotation => a !== undefined);
          await db.annotations.bulkDelete(found.map((a) => a.id));
          return found;
        });
      return guard(async () => {
        try {
          return await deleteIn(unique);
        } catch (error) {
          // A full disk: deleting also writes (the database's log), and one big
          // transaction may not fit where many small ones do. Free space one note
          // at a time; what was deleted stays deleted.
          if (!isOutOfSpace(error)) throw error;
          const found: Annotation[] = [];
          for (const id of unique) found.push(...(await deleteIn([id])));
          return found;
        }
      });
    },

    /**
     * Puts deleted annotations back (undo), exactly as they were, in one
     * transaction. Every record is validated first; one bad record restores nothing.
     */
    async restore(records: readonly unknown[]): Promise<Annotation[]> {
      const valid = validateAll(records);
      await guard(() => db.transaction('rw', db.annotations, () => db.annotations.bulkPut(valid)));
      return valid;
    },

    /**
     * Adds validated records in one transaction, skipping ids already present
     * (in the database or earlier in the batch). Either all new records are
     * written or, on any failure, none.
     */
    async insertNew(records: readonly unknown[]): Promise<BulkInsertReport> {
      const valid = validateAll(records);
      return guard(() =>
        db.transaction('rw', db.annotations, async () => {
          const seen = new Set<string>();
          const batch = valid.filter((a) => !seen.has(a.id) && seen.add(a.id));
          const existing = await db.annotations.bulkGet(batch.map((a) => a.id));
          const fresh = batch.filter((_, i) => existing[i] === undefined);
          await db.annotations.bulkAdd(fresh);
          return { added: fresh.length, duplicates: batch.length - fresh.length, repeated: valid.length - batch.length };
        }),
      );
    },

    /**
     * Moves an import's staged records into the library in one transaction,
     * slice by slice (all or nothing, like `insertNew`), then drops them from
     * staging. Records were validated when staged; they are validated again
     * here, as anything read back from storage is.
     */
    async commitStaged(importId: string): Promise<BulkInsertReport> {
      return guard(() =>
        db.transaction('rw', [db.annotations, db.importStaging], async () => {
          const seen = new Set<string>();
          let added = 0;
          let duplicates = 0;
          let repeated = 0;
          const batches = await db.importStaging.where('[importId+batch]').between([importId, -Infinity], [importId, Infinity]).primaryKeys();
          for (const key of batches) {
            const staged = await db.importStaging.get(key);
            const valid = validateAll(staged?.records ?? []);
            const batch = valid.filter((a) => {
              if (seen.has(a.id)) {
                repeated++;
                return false;
              }
              seen.add(a.id);
              return true;
            });
            const existing = await db.annotations.bulkGet(batch.map((a) => a.id));
            const fresh = batch.filter((_, i) => existing[i] === undefined);
            duplicates += batch.length - fresh.length;
            await db.annotations.bulkAdd(fresh);
            added += fresh.length;
          }
          await db.importStaging.where('importId').equals(importId).delete();
          return { added, duplicates, repeated };
        }),
      );
    },

    /** Every tag in use, as stored (distinct, sorted). */
    async tags(): Promise<string[]> {
      return guard(async () => (await db.annotations.orderBy('tags').uniqueKeys()).map(String));
    },
  };
}

export type LibraryStore = ReturnType<typeof createLibraryStore>;

function validateAll(records: readonly unknown[]): Annotation[] {
  return records.map((record, i) => {
    const result = v.safeParse(AnnotationSchema, record);
    if (!result.success) {
      const id = (record as { id?: unknown } | null)?.id;
      const label = typeof id === 'string' ? ` (id ${id.slice(0, 64)})` : '';
      throw new StoreError('invalid', `record ${i + 1}${label}: ${describeIssues(result.issues)}`);
    }
    return result.output;
  });
}

/** About how many characters a stored row takes in a message (its strings, two levels deep, and some room). */
function approximateChars(row: unknown): number {
  let n = 300;
  const add = (value: unknown, depth: number) => {
    if (typeof value === 'string') n += value.length;
    else if (value && typeof value === 'object' && depth < 3) for (const inner of Object.values(value)) add(inner, depth + 1);
  };
  add(row, 0);
  return n;
}
