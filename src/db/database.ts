/**
 * The reader's database. Only the extension's service worker opens it in the
 * browser (see docs/adr/0002-database-in-extension-origin.md); tests open it on
 * fake-indexeddb. Every schema change is a new `version()` with its upgrade,
 * never an edit of an old one: readers carry old databases forward.
 */
import Dexie, { type DexieOptions, type Table, type Transaction } from 'dexie';
import type { Annotation } from '../annotations/model';
import { urlKey } from '../page/url-key';

export const DB_NAME = 'crosscheck';

/**
 * A stored annotation. Records migrated from version 1 whose page key the
 * current `urlKey()` spells differently keep the key they were saved under in
 * `previousUrlKey` (see `renormaliseKeys`).
 */
export type StoredAnnotation = Annotation & { previousUrlKey?: string };

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
    // Version 2: page keys saved by older url-key rules (tracking parameters
    // since added to the list, AMP segments, index.html, twin hosts) are
    // spelled the current way, or their notes would never be found again.
    this.version(2)
      .stores({
        annotations: 'id, urlKey, *tags, created, updated, [urlKey+created]',
        meta: 'key',
      })
      .upgrade(renormaliseKeys);
  }
}

/** A web page key starts with `host[:port]`; other keys (`file:///…`, `about:blank`) are whole URLs. */
const WEB_KEY = /^[^/?#:@\s]+(?::\d+)?(?=[/?#]|$)/;

/**
 * The current spelling of a stored page key, or null to leave it as it is.
 * Keys are URLs without their scheme; keys that are not web addresses, or that
 * no longer parse, are left alone.
 */
export function currentKey(key: unknown): string | null {
  if (typeof key !== 'string' || !WEB_KEY.test(key)) return null;
  const next = urlKey(`https://${key}`);
  return WEB_KEY.test(next) ? next : null;
}

/**
 * The version 1 → 2 upgrade. It must never throw on a reader's data (an
 * upgrade that throws leaves the database unopenable), so records it cannot
 * read are left untouched.
 */
export async function renormaliseKeys(tx: Transaction): Promise<void> {
  await tx
    .table('annotations')
    .toCollection()
    .modify((record: Record<string, unknown>) => {
      const next = currentKey(record.urlKey);
      if (next === null || next === record.urlKey) return;
      record.previousUrlKey = record.urlKey;
      record.urlKey = next;
    });
}
