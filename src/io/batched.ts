/**
 * Exports and imports of any size, a batch at a time. No message between the
 * library page and the worker may exceed 64 MiB, so a backup is never carried
 * whole: the page pulls pages of records and writes the file itself (Blob
 * parts), and an import file is split into items, validated, and sent in
 * batches that the worker stages and commits in one transaction.
 *
 * Limits: an import file is read as one string, so its size is bounded by the
 * browser's longest string (Chromium: 2^29 − 24 characters, about 500 MB,
 * some 500,000 notes of a typical size); at most MAX_IMPORT_ITEMS items.
 */
import type { Annotation } from '../annotations/model';
import type { ExportFormat } from './formats';
import { ImportError, ProblemList, exportJsonLd, itemsOf, parseAnnotationFile, readItem, toWebAnnotation } from './jsonld';
import { scanItems } from './item-scan';
import { assertDepth, isRecord, parseJsonSafely } from './safe-json';
import { exportCsv, exportMarkdown } from './text-formats';

export const MAX_IMPORT_ITEMS = 1_000_000;

export interface RecordPage {
  annotations: Annotation[];
  /** Stored rows skipped as unreadable. */
  unreadable: number;
  next: string | null;
}

export interface ExportedParts {
  filename: string;
  mimeType: string;
  parts: string[];
  /** Annotations written. */
  count: number;
  /** Stored rows that could not be read and are not in the file. */
  unreadable: number;
}

/**
 * Pulls every page (`fetchPage(after)`) and writes the file as parts. JSON-LD
 * items are written page by page; Markdown groups by page and CSV sorts by
 * time, so those two gather the records first (records, not text, in memory).
 */
export async function exportInParts(
  format: ExportFormat,
  fetchPage: (after: string | undefined) => Promise<RecordPage>,
  generated = new Date(),
  claimText?: (claimId: string) => string | undefined,
): Promise<ExportedParts> {
  const day = generated.toISOString().slice(0, 10);
  const parts: string[] = [];
  const gathered: Annotation[] = [];
  let count = 0;
  let unreadable = 0;
  let after: string | undefined;
  let first = true;
  for (;;) {
    const page = await fetchPage(after);
    unreadable += page.unreadable;
    count += page.annotations.length;
    if (format === 'jsonld') {
      for (const a of page.annotations) {
        parts.push((first ? '      ' : ',\n      ') + JSON.stringify(toWebAnnotation(a), null, 2).replace(/\n/g, '\n      '));
        first = false;
      }
    } else {
      for (const a of page.annotations) gathered.push(a);
    }
    if (page.next === null) break;
    after = page.next;
  }
  switch (format) {
    case 'jsonld': {
      // The collection with an empty list, split where the items go.
      const empty = exportJsonLd([], { generated }).replace('"total": 0', `"total": ${count}`);
      const at = empty.indexOf('"items": []') + '"items": ['.length;
      if (count > 0) {
        parts.unshift(empty.slice(0, at) + '\n');
        parts.push('\n    ' + empty.slice(at));
      } else parts.push(empty);
      return { filename: `crosscheck-annotations-${day}.jsonld`, mimeType: 'application/ld+json', parts, count, unreadable };
    }
    case 'markdown':
      gathered.sort((a, b) => a.created - b.created);
      return { filename: `crosscheck-annotations-${day}.md`, mimeType: 'text/markdown', parts: [exportMarkdown(gathered, { generated, claimText })], count, unreadable };
    case 'csv':
      gathered.sort((a, b) => a.created - b.created);
      return { filename: `crosscheck-annotations-${day}.csv`, mimeType: 'text/csv', parts: [exportCsv(gathered)], count, unreadable };
  }
}

export interface BatchImportOptions {
  now?: () => number;
  batchSize?: number;
  /** A batch is sent early once its records hold about this many characters of text. */
  maxChars?: number;
  /** Receives each batch of valid records, in file order; awaited before the next. */
  send: (records: Annotation[]) => Promise<void>;
}

export interface BatchImportResult {
  /** Valid records sent. */
  records: number;
  unsupported: number;
  items: number;
}

/**
 * Splits a file into items, validates each and sends the valid ones in
 * batches. Throws ImportError (after sending possibly some batches: the
 * caller aborts the staged import) when any item is invalid or the file is
 * not an annotation file.
 */
export async function importInBatches(text: string, options: BatchImportOptions): Promise<BatchImportResult> {
  const now = options.now ?? Date.now;
  const batchSize = options.batchSize ?? 1_000;
  const maxChars = options.maxChars ?? Infinity;
  const scan = scanItems(text);
  if (!scan) {
    // One annotation, or something that is not an annotation file: the ordinary parser says which.
    const parsed = parseAnnotationFile(text, { now, maxItems: MAX_IMPORT_ITEMS });
    for (let i = 0; i < parsed.records.length; i += batchSize) await options.send(parsed.records.slice(i, i + batchSize));
    return { records: parsed.records.length, unsupported: parsed.unsupported, items: parsed.items };
  }
  // The skeleton is the file minus its items: its shape is checked as for any file.
  const skeleton = parseJsonSafely(scan.skeleton);
  itemsOf(skeleton);
  if (isRecord(skeleton) && isRecord(skeleton.first) && skeleton.first.next !== undefined && typeof skeleton.first.next !== 'string') {
    throw new ImportError('first.next: must be a link');
  }
  assertDepth(text);
  const items = scan.spans.length;
  if (items > MAX_IMPORT_ITEMS) throw new ImportError(`The file holds ${items} annotations; Crosscheck imports at most ${MAX_IMPORT_ITEMS} at once.`);

  const problems = new ProblemList();
  let batch: Annotation[] = [];
  let chars = 0;
  let records = 0;
  let unsupported = 0;
  for (let i = 0; i < items; i++) {
    const [start, end] = scan.spans[i]!;
    let item: unknown;
    try {
      item = parseJsonSafely(text.slice(start, end));
    } catch (error) {
      problems.add(`item ${i + 1}: ${(error as Error).message}`);
      continue;
    }
    const read = readItem(item, i, now);
    if (read.kind === 'unsupported') unsupported++;
    else if (read.kind === 'bad') problems.add(read.problem);
    else if (problems.bad === 0) {
      batch.push(read.record);
      chars += textSize(read.record);
      records++;
      if (batch.length >= batchSize || chars >= maxChars) {
        await options.send(batch);
        batch = [];
        chars = 0;
      }
    }
  }
  problems.throwIfAny(items, scan.where);
  if (batch.length) await options.send(batch);
  return { records, unsupported, items };
}

/** About how many characters a record takes in a message. */
export function textSize(a: Annotation): number {
  let n = 300 + a.url.length + a.urlKey.length + a.title.length + a.note.length + a.quote.length + a.tags.join('').length;
  for (const s of a.selectors) if (s.type === 'TextQuoteSelector') n += s.exact.length + (s.prefix?.length ?? 0) + (s.suffix?.length ?? 0);
  return n;
}
