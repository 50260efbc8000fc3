/**
 * The reader's database. Only the extension's service worker opens it in the
 * browser (see docs/adr/0002-database-in-extension-origin.md); tests open it on
 * fake-indexeddb. Every schema change is a new `version()` with its upgrade,
 * never an edit of an old one: readers carry old databases forward.
 */
import Dexie, { type DexieOptions, type Table } from 'dexie';
import type { Annotation } from '../annotations/model';

export const DB_NAME = 'crosscheck';

/** Small key/value facts about the database itself (e.g. the eviction marker). */
export interface MetaRecord {
  key: string;
  value: unknown;
}

export class CrosscheckDatabase extends Dexie {
  annotations!: Table<Annotation, string>;
  meta!: Table<MetaRecord, string>;

  constructor(name: string = DB_NAME, options?: DexieOptions) {
    super(name, options);
    this.version(1).stores({
      // by page, by tag (multi-entry), by time; compound index for a page in time order
      annotations: 'id, urlKey, *tags, created, updated, [urlKey+created]',
      meta: 'key',
    });
  }
}
