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
import { StoreError } from '../../src/db/annotation-store';
import type { CrosscheckDatabase } from '../../src/db/database';
import { createLibraryStore } from '../../src/db/library-store';
import { InputError, exportFile, parseAnnotationFile, type ExportFile, type ExportFormat } from '../../src/io';
import { createLibrarySearch, type LibraryFacets, type LibrarySearch } from '../../src/search/library-search';
import type { ActorAliases } from '../../src/search/mentions';
import type { ImportReport, LibraryPage, LibraryQueryRequest } from '../shared/library-messages';

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

  async function build(): Promise<LibrarySearch> {
    const known = (await actors?.()) ?? [];
    const search = createLibrarySearch({ actors: known });
    search.reset(await store.all());
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

    async facets(): Promise<LibraryFacets> {
      return (await ready()).facets();
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
      const { added, duplicates } = await store.insertNew(parsed.records);
      return { added, duplicates, unsupported: parsed.unsupported };
    },

    /** Drops the index; the next query rebuilds it from the database. */
    invalidate() {
      index = null;
    },
  };
}

export type LibraryService = ReturnType<typeof createLibraryService>;

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
  };
}
