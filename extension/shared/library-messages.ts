/**
 * The library page's worker calls (search, bulk delete and undo, export,
 * import). Merged into `WorkerCalls` / `WorkerRequestSchema` in messages.ts.
 * The router answers them only for extension pages: a content script asking
 * gets `forbidden`.
 */
import * as v from 'valibot';
import { AnnotationSchema, type Annotation } from '../../src/annotations/model';
import { EXPORT_FORMATS, type ExportFile, type ExportFormat } from '../../src/io/formats';
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
  /** Skipped: an annotation with the same id is already saved (or came earlier in the file). */
  duplicates: number;
  /** Left out: page notes, replies and annotations of non-web documents. */
  unsupported: number;
}

export interface LibraryCalls {
  /** Search and filter the whole library; one page of hits and the total. */
  'library/query': { request: LibraryQueryRequest; response: LibraryPage };
  /** Tags, sites and mentioned actors with counts, for the filters. */
  'library/facets': { request: Record<string, never>; response: LibraryFacets };
  /** Deletes annotations in one transaction; returns what was deleted, for undo. */
  'library/delete-many': { request: { ids: string[] }; response: Annotation[] };
  /** Puts deleted annotations back exactly as they were (undo). */
  'library/restore': { request: { annotations: Annotation[] }; response: { restored: number } };
  /** The library (or the given ids) as a file. */
  'library/export': { request: { format: ExportFormat; ids?: string[] }; response: ExportFile };
  /** Imports a JSON-LD file's text: all or nothing. */
  'library/import': { request: { text: string }; response: ImportReport };
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
    sort: v.optional(v.picklist(['relevance', 'newest', 'oldest'])),
    offset: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0))),
    limit: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(500))),
  }),
  v.strictObject({ type: v.literal('library/facets') }),
  v.strictObject({ type: v.literal('library/delete-many'), ids: v.pipe(v.array(Id), v.maxLength(MAX_IDS)) }),
  v.strictObject({ type: v.literal('library/restore'), annotations: v.pipe(v.array(AnnotationSchema), v.maxLength(MAX_IDS)) }),
  v.strictObject({ type: v.literal('library/export'), format: v.picklist(EXPORT_FORMATS), ids: v.optional(v.pipe(v.array(Id), v.maxLength(MAX_IDS))) }),
  v.strictObject({ type: v.literal('library/import'), text: v.pipe(v.string(), v.maxLength(MAX_IMPORT_CHARS, 'the file is too large to send (more than 64 MB)')) }),
] as const;
