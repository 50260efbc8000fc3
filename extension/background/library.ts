/**
 * The library behind the library page, in the service worker: the search
 * index (built on first use from the database, then kept in step with it),
 * bulk delete and undo, export and import. Free of extension APIs so the
 * router tests drive it on fake-indexeddb.
 *
 * The index follows the database through Dexie table hooks whose changes are
 * applied only when their transaction commits: every writer in the worker
 * (the annotation store, the library store, calls added later) keeps it
 * right without having to remember to. The worker may be stopped at any
 * time; the index is rebuilt on the next query after a restart.
 */
import type { Transaction } from 'dexie';
import type { Annotation } from '../../src/annotations/model';
import { StoreError, guard } from '../../src/db/annotation-store';
import type { CrosscheckDatabase } from '../../src/db/database';
import { createLibraryStore } from '../../src/db/library-store';
import { readTally } from '../../src/db/note-tally';
import { InputError, exportFile, parseAnnotationFile, type ExportFile, type ExportFormat } from '../../src/io';
import { createLibrarySearch, type LibraryFacets, type LibrarySearch } from '../../src/search/library-search';
import type { ActorAliases } from '../../src/search/mentions';
import { TRANSFER_CHARS, type ExportPage, type ImportReport, type LibraryPage, type LibraryQueryRequest } from '../shared/library-messages';

export interface LibraryServiceDeps {
  db: CrosscheckDatabase;
  /** The known actors whose aliases make an annotation "mention" them (e.g. the bundled dataset's). */
  actors?: () => readonly ActorAliases[] | Promise<readonly ActorAliases[]>;
  now?: () => number;
}

type IndexOp = (search: LibrarySearch) => void;

export function createLibraryService({ db, actors, now = Date.now }: LibraryServiceDeps) {
  const store = createLibraryStore(db);
  let index: Promise<LibrarySearch> | null = null;
  /** Stored rows that could not be read when the index was last built (skipped, reported). */
  let unreadable = 0;

  async function build(): Promise<LibrarySearch> {
    const known = (await actors?.()) ?? [];
    const search = createLibrarySearch({ actors: known });
    const all = await store.allReadable();
    unreadable = all.unreadable;
    search.reset(all.annotations);
    return search;
  }

  function ready(): Promise<LibrarySearch> {
    if (!index) {
      const building = build();
      index = building;
      building.catch(() => {
        if (index === building) index = null; // try again on the next call
      });
    }
    return index;
  }

  /** Applies a committed change to the index, in order, if the index exists. */
  function apply(op: IndexOp) {
    if (!index) return; // built later, it reads the change from the database
    const next = index.then((search) => {
      op(search);
      return search;
    });
    index = next;
    next.catch(() => {
      if (index === next) index = null; // rebuilt from the database on the next call
    });
  }

  // Hooks: collect each transaction's changes, apply them when it commits.
  const pending = new WeakMap<Transaction, IndexOp[]>();
  function later(trans: Transaction, op: IndexOp) {
    let ops = pending.get(trans);
    if (!ops) {
      const list: IndexOp[] = [];
      ops = list;
      pending.set(trans, list);
      trans.idbtrans.addEventListener('complete', () => list.forEach(apply));
    }
    ops.push(op);
  }
  db.annotations.hook('creating', function (_key, obj, trans) {
    const record = obj;
    this.onsuccess = () => later(trans, (s) => s.upsert(record));
  });
  db.annotations.hook('updating', function (_mods, _key, _obj, trans) {
    this.onsuccess = (updated) => later(trans, (s) => s.upsert(updated));
  });
  db.annotations.hook('deleting', function (key, _obj, trans) {
    this.onsuccess = () => later(trans, (s) => s.remove(key));
  });

  return {
    async query(q: LibraryQueryRequest): Promise<LibraryPage> {
      return (await ready()).query(q);
    },

    async facets(): Promise<LibraryFacets & { unreadable: number; quarantined: number }> {
      const facets = (await ready()).facets();
      return { ...facets, unreadable, quarantined: await guardCount(() => db.quarantine.count()) };
    },

    /**
     * Unreadable stored rows (the stored tally, ADR 0386) and rows the upgrade
     * kept aside.
     */
    async unreadableCount(): Promise<number> {
      const live = await guardCount(async () => (await readTally(db)).unreadable);
      return live + (await guardCount(() => db.quarantine.count()));
    },

    /** Rows that could not be read, as they are stored, for the reader to export. */
    unreadableRows: () => store.unreadableRows(),

    /** One page of a full export (or of the selected ids), readable rows only; see ExportPage. */
    async exportPage(req: { after?: string; limit: number; ids?: readonly string[] }): Promise<ExportPage> {
      if (req.ids) {
        const { annotations, unreadable: skipped } = await store.byIds(req.ids);
        return { annotations, unreadable: skipped, next: null };
      }
      return store.exportPage(req.after, req.limit, TRANSFER_CHARS);
    },

    /** Starts a batched import: drops what an earlier, unfinished import staged. */
    async importBegin(): Promise<{ importId: string }> {
      await guard(() => db.importStaging.clear());
      return { importId: crypto.randomUUID() };
    },

    /** Stages one batch of validated records; nothing reaches the library before the commit. */
    async importBatch(importId: string, batch: number, records: Annotation[]): Promise<{ staged: number }> {
      await guard(() => db.importStaging.put({ importId, batch, records }));
      return { staged: records.length };
    },

    /**
     * Moves the staged records into the library in one transaction (all or
     * nothing, as before), skipping ids already saved and ids repeated in the file.
     */
    async importCommit(importId: string, unsupported: number): Promise<ImportReport> {
      // Tens of thousands of records: rebuilding the index once on the next query
      // costs less than applying each insert to it (the hooks skip a dropped index).
      index = null;
      try {
        return { ...(await store.commitStaged(importId)), unsupported };
      } finally {
        index = null;
      }
    },

    async importAbort(importId: string): Promise<null> {
      await guard(() => db.importStaging.where('importId').equals(importId).delete());
      return null;
    },

    deleteMany: (ids: readonly string[]): Promise<Annotation[]> => store.deleteMany(ids),

    async restore(records: readonly Annotation[]): Promise<{ restored: number }> {
      return { restored: (await store.restore(records)).length };
    },

    async export(format: ExportFormat, ids?: readonly string[]): Promise<ExportFile> {
      let records = await store.all();
      if (ids) {
        const wanted = new Set(ids);
        records = records.filter((a) => wanted.has(a.id));
      }
      return exportFile(format, records, new Date(now()));
    },

    async import(text: string): Promise<ImportReport> {
      let parsed;
      try {
        parsed = parseAnnotationFile(text, { now });
      } catch (error) {
        if (error instanceof InputError) throw new StoreError('invalid', error.message);
        throw error;
      }
      const { added, duplicates, repeated } = await store.insertNew(parsed.records);
      return { added, duplicates, repeated, unsupported: parsed.unsupported };
    },

    /** Drops the index; the next query rebuilds it from the database. */
    invalidate() {
      index = null;
    },
  };
}

export type LibraryService = ReturnType<typeof createLibraryService>;

const guardCount = (work: () => Promise<number>) => guard(work).catch(() => 0);

/**
 * The library's worker-call handlers. `requirePage` throws (forbidden) unless
 * the sender is one of the extension's own pages.
 */
export function libraryHandlers<S>(library: LibraryService | undefined, requirePage: (sender: S) => void) {
  const use = (sender: S): LibraryService => {
    requirePage(sender);
    if (!library) throw new StoreError('storage', 'The library is not available.');
    return library;
  };
  return {
    'library/query': async ({ type: _t, ...q }: { type: 'library/query' } & LibraryQueryRequest, sender: S) => use(sender).query(q),
    'library/facets': async (_req: { type: 'library/facets' }, sender: S) => use(sender).facets(),
    'library/delete-many': async (req: { ids: string[] }, sender: S) => use(sender).deleteMany(req.ids),
    'library/restore': async (req: { annotations: Annotation[] }, sender: S) => use(sender).restore(req.annotations),
    'library/export': async (req: { format: ExportFormat; ids?: string[] }, sender: S) => use(sender).export(req.format, req.ids),
    'library/import': async (req: { text: string }, sender: S) => use(sender).import(req.text),
    'library/export-page': async ({ type: _t, ...req }: { type: 'library/export-page'; after?: string; limit: number; ids?: string[] }, sender: S) =>
      use(sender).exportPage(req),
    'library/import-begin': async (_req: { type: 'library/import-begin' }, sender: S) => use(sender).importBegin(),
    'library/import-batch': async (req: { importId: string; batch: number; annotations: Annotation[] }, sender: S) =>
      use(sender).importBatch(req.importId, req.batch, req.annotations),
    'library/import-commit': async (req: { importId: string; unsupported: number }, sender: S) => use(sender).importCommit(req.importId, req.unsupported),
    'library/import-abort': async (req: { importId: string }, sender: S) => use(sender).importAbort(req.importId),
    'library/unreadable': async (_req: { type: 'library/unreadable' }, sender: S) => use(sender).unreadableRows(),
  };
}
