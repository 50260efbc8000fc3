/**
 * What the library page needs, as a small interface: the real one talks to
 * the service worker and the browser's download machinery; tests pass a fake.
 *
 * Exports and imports go a batch at a time (src/io/batched.ts): no single
 * message carries a whole library, so a backup of any size can be written and
 * restored.
 */
import type { Annotation } from '../../src/annotations/model';
import { exportInParts, importInBatches, type ExportedParts } from '../../src/io/batched';
import type { ExportFormat } from '../../src/io/formats';
import { InputError } from '../../src/io/safe-json';
import type { LibraryFacets } from '../../src/search/library-search';
import browser from 'webextension-polyfill';
import { CHANGED_NOTES_KEY, readChangedNotes, type ChangedNotes } from '../shared/changed-notes';
import { callWorker } from '../shared/client';
import { CallError } from '../shared/messages';
// Static: extension pages load no code at run time (tests/e2e/security.e2e.ts); the chunk is the popup's too.
import { dataset } from '../../src/dataset/bundled';
import { TRANSFER_BATCH, TRANSFER_CHARS, type ImportReport, type LibraryPage, type LibraryQueryRequest } from '../shared/library-messages';

/** A file ready to hand to the reader. */
export type ExportedFile = ExportedParts;

export interface LibraryApi {
  query(q: LibraryQueryRequest): Promise<LibraryPage>;
  facets(): Promise<LibraryFacets & { unreadable?: number; quarantined?: number }>;
  deleteMany(ids: string[]): Promise<Annotation[]>;
  restore(annotations: Annotation[]): Promise<{ restored: number }>;
  exportFile(format: ExportFormat, ids?: string[]): Promise<ExportedFile>;
  importText(text: string): Promise<ImportReport>;
  /** Hands a file to the browser as a download; resolves once it was handed over, rejects if it could not be. */
  save(file: ExportedFile): Promise<void>;
  /** Records a full backup, begun at `startedAt`, as made (only after `save` resolved). */
  backupDone(startedAt: number): Promise<void>;
  /** Stored rows that cannot be read, as they are, for the reader to keep. */
  unreadableRows(): Promise<{ row: unknown; reason: string }[]>;
  /** Notes whose passage was not on their page at the last visit, with when that was seen. */
  changedNotes(): Promise<ChangedNotes>;
}

/** Saves text parts as a file: a Blob behind a temporary link, clicked and removed. */
export async function downloadFile(file: { filename: string; mimeType: string; parts: string[] }, doc: Document = document): Promise<void> {
  const url = URL.createObjectURL(new Blob(file.parts, { type: `${file.mimeType};charset=utf-8` }));
  const link = doc.createElement('a');
  link.href = url;
  link.download = file.filename;
  link.hidden = true;
  doc.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** The bundled dataset's wording for a claim id, for a Markdown export (read by people, not tools). */
function bundledClaimText(format: ExportFormat): ((claimId: string) => string | undefined) | undefined {
  if (format !== 'markdown') return undefined;
  const statements = new Map(dataset.claims.map((c) => [c.id, c.statement]));
  return (claimId) => statements.get(claimId);
}

/** Exports by pulling pages of records from the worker. */
export function exportThroughWorker(format: ExportFormat, ids?: string[]): Promise<ExportedFile> {
  const claimText = bundledClaimText(format);
  if (ids) {
    // A selection: its ids go in slices too (a selection may be large).
    const slices: string[][] = [];
    for (let i = 0; i < ids.length; i += TRANSFER_BATCH) slices.push(ids.slice(i, i + TRANSFER_BATCH));
    let next = 0;
    return exportInParts(format, async () => {
      const slice = slices[next++] ?? [];
      const page = await callWorker('library/export-page', { limit: TRANSFER_BATCH, ids: slice });
      return { ...page, next: next < slices.length ? String(next) : null };
    }, undefined, claimText);
  }
  return exportInParts(format, (after) => callWorker('library/export-page', after === undefined ? { limit: TRANSFER_BATCH } : { after, limit: TRANSFER_BATCH }), undefined, claimText);
}

/** Imports by staging validated batches in the worker, then committing them in one transaction. */
export async function importThroughWorker(text: string): Promise<ImportReport> {
  const { importId } = await callWorker('library/import-begin', {});
  let batch = 0;
  try {
    const result = await importInBatches(text, {
      batchSize: TRANSFER_BATCH,
      maxChars: TRANSFER_CHARS,
      send: async (annotations) => void (await callWorker('library/import-batch', { importId, batch: batch++, annotations })),
    });
    return await callWorker('library/import-commit', { importId, unsupported: result.unsupported });
  } catch (error) {
    await callWorker('library/import-abort', { importId }).catch(() => undefined);
    if (error instanceof InputError) throw new CallError('invalid', error.message);
    throw error;
  }
}

export const browserLibraryApi: LibraryApi = {
  query: (q) => callWorker('library/query', q),
  facets: () => callWorker('library/facets', {}),
  deleteMany: (ids) => callWorker('library/delete-many', { ids }),
  restore: (annotations) => callWorker('library/restore', { annotations }),
  exportFile: (format, ids) => exportThroughWorker(format, ids),
  importText: (text) => importThroughWorker(text),
  save: (file) => downloadFile(file),
  backupDone: async (startedAt) => void (await callWorker('library/backup-done', { startedAt })),
  unreadableRows: () => callWorker('library/unreadable', {}),
  async changedNotes() {
    const stored = await browser.storage.local.get(CHANGED_NOTES_KEY);
    return readChangedNotes(stored[CHANGED_NOTES_KEY]);
  },
};
