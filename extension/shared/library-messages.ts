/**
 * The library page's worker calls (search, bulk delete and undo, export,
 * import). Merged into `WorkerCalls` / `WorkerRequestSchema` in messages.ts.
 * The router answers them only for extension pages: a content script asking
 * gets `forbidden`.
 */
import * as v from 'valibot';
import { AnnotationSchema, type Annotation } from '../../src/annotations/model';
import { EXPORT_FORMATS, type ExportFile } from '../../src/io/formats';
import type { LibraryFacets, LibraryHit, LibrarySort } from '../../src/search/library-search';

export interface LibraryQueryRequest {
  /** Words to find in notes, quotes, tags, page titles and mentioned actors' names. */
  text?: string;
  tag?: string;
  /** Actor id. */
  actor?: string;
  /** Host part of the URL key, e.g. `news.example.com`. */
  site?: string;
  /** Created at or after (ms since the epoch). */
  from?: number;
  /** Created at or before (ms since the epoch). */
  to?: number;
  sort?: LibrarySort;
  offset?: number;
  limit?: number;
}

export interface LibraryPage {
  hits: LibraryHit[];
  total: number;
}

export interface ImportReport {
  /** Annotations written. */
  added: number;
  /** Skipped: an annotation with the same id is already in the library. */
  duplicates: number;
  /** Skipped: an earlier annotation in the same file has the same id (the first one was kept). */
  repeated: number;
  /** Left out: page notes, replies and annotations of non-web documents. */
  unsupported: number;
}

/** One page of an export: readable records, how many rows were skipped as unreadable, the cursor for the next page. */
export interface ExportPage {
  annotations: Annotation[];
  unreadable: number;
  /** Pass as `after` for the next page; null on the last page. */
  next: string | null;
}

/** The most records one export page or import batch carries. */
export const TRANSFER_BATCH = 1_000;
/** …and about the most characters of text (notes are capped at ~31,000 characters each): far under the 64 MiB message limit. */
export const TRANSFER_CHARS = 8_000_000;

/** What each library call answers; what it carries is what `LibraryRequestSchemas` read (messages.ts derives the call map). */
export interface LibraryCalls {
  /** Search and filter the whole library; one page of hits and the total. */
  'library/query': { response: LibraryPage };
  /** Tags, sites and mentioned actors with counts, for the filters. */
  'library/facets': { response: LibraryFacets & { unreadable?: number; quarantined?: number } };
  /** Deletes annotations in one transaction; returns what was deleted, for undo. */
  'library/delete-many': { response: Annotation[] };
  /** Puts deleted annotations back exactly as they were (undo). */
  'library/restore': { response: { restored: number } };
  /** The library (or the given ids) as a file. */
  'library/export': { response: ExportFile };
  /** Imports a JSON-LD file's text: all or nothing. */
  'library/import': { response: ImportReport };
  /** One page of the whole library (after the id `after`), or the given ids, for an export the library page writes itself. */
  'library/export-page': { response: ExportPage };
  /** After the backup file was handed to the reader: records it as the last full backup, made at `startedAt`. */
  'library/backup-done': { response: null };
  /** A batched import: begin, stage batches of validated records, commit all at once (or abort). */
  'library/import-begin': { response: { importId: string } };
  'library/import-batch': { response: { staged: number } };
  'library/import-commit': { response: ImportReport };
  'library/import-abort': { response: null };
  /** Stored rows that cannot be read (and those the upgrade kept aside), as they are, with the reason. */
  'library/unreadable': { response: { row: unknown; reason: string }[] };
}

/** The largest text an import message may carry; the parser's own, clearer cap (50 MB) is below it. */
export const MAX_IMPORT_CHARS = 64 * 1024 * 1024;
const MAX_IDS = 200_000;

const Id = v.pipe(v.string(), v.minLength(1), v.maxLength(64));
const Time = v.pipe(v.number(), v.integer(), v.minValue(0));
const Short = (max: number) => v.pipe(v.string(), v.maxLength(max));

export const LibraryRequestSchemas = [
  v.strictObject({
    type: v.literal('library/query'),
    text: v.optional(Short(1_000)),
    tag: v.optional(Short(64)),
    actor: v.optional(Short(128)),
    site: v.optional(Short(300)),
    from: v.optional(Time),
    to: v.optional(Time),
    dateOf: v.optional(v.picklist(['note', 'article'])),
    sort: v.optional(v.picklist(['relevance', 'newest', 'oldest'])),
    offset: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0))),
    limit: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(500))),
  }),
  v.strictObject({ type: v.literal('library/facets') }),
  v.strictObject({ type: v.literal('library/delete-many'), ids: v.pipe(v.array(Id), v.maxLength(MAX_IDS)) }),
  v.strictObject({ type: v.literal('library/restore'), annotations: v.pipe(v.array(AnnotationSchema), v.maxLength(MAX_IDS)) }),
  v.strictObject({ type: v.literal('library/export'), format: v.picklist(EXPORT_FORMATS), ids: v.optional(v.pipe(v.array(Id), v.maxLength(MAX_IDS))) }),
  v.strictObject({ type: v.literal('library/import'), text: v.pipe(v.string(), v.maxLength(MAX_IMPORT_CHARS, 'the file is too large to send (more than 64 MB)')) }),
  v.strictObject({
    type: v.literal('library/export-page'),
    after: v.optional(Id),
    limit: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(TRANSFER_BATCH)),
    ids: v.optional(v.pipe(v.array(Id), v.maxLength(MAX_IDS))),
  }),
  v.strictObject({ type: v.literal('library/backup-done'), startedAt: Time }),
  v.strictObject({ type: v.literal('library/import-begin') }),
  v.strictObject({
    type: v.literal('library/import-batch'),
    importId: Id,
    batch: v.pipe(v.number(), v.integer(), v.minValue(0)),
    annotations: v.pipe(v.array(AnnotationSchema), v.maxLength(TRANSFER_BATCH)),
  }),
  v.strictObject({ type: v.literal('library/import-commit'), importId: Id, unsupported: v.pipe(v.number(), v.integer(), v.minValue(0)) }),
  v.strictObject({ type: v.literal('library/import-abort'), importId: Id }),
  v.strictObject({ type: v.literal('library/unreadable') }),
] as const;
