/**
 * The reader's database. Only the extension's service worker opens it in the
 * browser (see docs/adr/0002-database-in-extension-origin.md); tests open it on
 * fake-indexeddb. Every schema change is a new `version()` with its upgrade,
 * never an edit of an old one: readers carry old databases forward.
 */
import Dexie, { type DexieOptions, type Table, type Transaction } from 'dexie';
import type { Annotation } from '../annotations/model';
import type { DatasetInfo } from '../dataset/import';
import type { Dataset } from '../dataset/schema';
import { urlKey } from '../page/url-key';
import { META_TALLY, noteTallyMiddleware } from './note-tally';
import { readRow, type QuarantinedRow } from './row-check';

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

/** An imported dataset as the options page lists it: its facts, never its claims. */
export interface DatasetRecord {
  /** `import-` + 16 hex digits of the file's SHA-256 (the same file is the same record). */
  id: string;
  info: DatasetInfo;
  hash: string;
  enabled: boolean;
  /** when it was imported (ms) */
  added: number;
  /** set while a removal can still be undone; purged after that */
  removedAt?: number;
}

/** An imported dataset's content, apart from its record so listing never reads claims. */
export interface DatasetBody {
  id: string;
  dataset: Dataset;
}

export class CrosscheckDatabase extends Dexie {
  annotations!: Table<Annotation, string>;
  meta!: Table<MetaRecord, string>;
  /** Rows the version-3 upgrade could not repair, kept for the reader to export (see row-check.ts). */
  quarantine!: Table<QuarantinedRow, number>;
  /** Records of an import in progress, moved into `annotations` in one transaction when it commits. */
  importStaging!: Table<StagedBatch, [string, number]>;
  datasets!: Table<DatasetRecord, string>;
  datasetBodies!: Table<DatasetBody, string>;

  constructor(name: string = DB_NAME, options?: DexieOptions) {
    super(name, options);
    // every write of notes keeps the stored tally of notes in the same transaction (ADR 0386)
    this.use(noteTallyMiddleware);
    // a new database starts with its tally (an older one gets it, counted, on the first status)
    this.on('populate', (tx) => {
      void tx.table('meta').put({ key: META_TALLY, value: { total: 0, unreadable: 0 } });
    });
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
    // Version 3: rows that do not fit the schema are repaired where nothing is
    // lost (tags as a string → a list, …) and the rest moved to `quarantine`;
    // imports stage their records in `importStaging` (large imports arrive in batches).
    this.version(3)
      .stores({
        annotations: 'id, urlKey, *tags, created, updated, [urlKey+created]',
        meta: 'key',
        quarantine: '++seq',
        importStaging: '[importId+batch], importId',
      })
      .upgrade(repairOrQuarantine);
    // Version 4: imported datasets (ClaimReview feeds, native datasets), the
    // listing apart from the content. New tables only: nothing to upgrade.
    this.version(4).stores({
      annotations: 'id, urlKey, *tags, created, updated, [urlKey+created]',
      meta: 'key',
      quarantine: '++seq',
      importStaging: '[importId+batch], importId',
      datasets: 'id',
      datasetBodies: 'id',
    });
  }
}

/** One batch of an import in progress (keyed by import and batch number, so a repeated message stages it once). */
export interface StagedBatch {
  importId: string;
  batch: number;
  records: Annotation[];
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

/**
 * The version 2 → 3 upgrade: repairs rows in place, moves unreadable rows to
 * `quarantine`. Like every upgrade it must never throw on a reader's data.
 */
export async function repairOrQuarantine(tx: Transaction): Promise<void> {
  const table = tx.table('annotations');
  const aside: { key: unknown; row: unknown; reason: string }[] = [];
  await table.toCollection().modify((row: Record<string, unknown>, ctx: { primKey: unknown }) => {
    const result = readRow(row);
    if (!result.ok) {
      aside.push({ key: ctx.primKey, row: structuredClone(row), reason: result.reason });
      return;
    }
    // Valid as stored, defaults included (a missing optional field reads as its default): leave it.
    if (!result.repaired && Object.keys(result.annotation).every((key) => key in row)) return;
    for (const key of Object.keys(row)) if (!(key in result.annotation) && key !== 'previousUrlKey') delete row[key];
    Object.assign(row, result.annotation);
  });
  if (!aside.length) return;
  const at = Date.now();
  await tx.table('quarantine').bulkAdd(aside.map(({ row, reason }) => ({ row, reason, at })));
  await table.bulkDelete(aside.map((a) => a.key) as string[]);
}
