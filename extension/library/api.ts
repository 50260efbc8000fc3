/**
 * What the library page needs, as a small interface: the real one talks to
 * the service worker and the browser's download machinery; tests pass a fake.
 */
import type { Annotation } from '../../src/annotations/model';
import type { ExportFile, ExportFormat } from '../../src/io/formats';
import type { LibraryFacets } from '../../src/search/library-search';
import { callWorker } from '../shared/client';
import type { ImportReport, LibraryPage, LibraryQueryRequest } from '../shared/library-messages';

export interface LibraryApi {
  query(q: LibraryQueryRequest): Promise<LibraryPage>;
  facets(): Promise<LibraryFacets>;
  deleteMany(ids: string[]): Promise<Annotation[]>;
  restore(annotations: Annotation[]): Promise<{ restored: number }>;
  exportFile(format: ExportFormat, ids?: string[]): Promise<ExportFile>;
  importText(text: string): Promise<ImportReport>;
  /** Hands a file to the browser as a download. */
  save(file: ExportFile): void;
}

/** Saves text as a file: a Blob behind a temporary link, clicked and removed. */
export function downloadFile(file: ExportFile, doc: Document = document): void {
  const url = URL.createObjectURL(new Blob([file.text], { type: `${file.mimeType};charset=utf-8` }));
  const link = doc.createElement('a');
  link.href = url;
  link.download = file.filename;
  link.hidden = true;
  doc.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export const browserLibraryApi: LibraryApi = {
  query: (q) => callWorker('library/query', q),
  facets: () => callWorker('library/facets', {}),
  deleteMany: (ids) => callWorker('library/delete-many', { ids }),
  restore: (annotations) => callWorker('library/restore', { annotations }),
  exportFile: (format, ids) => callWorker('library/export', ids ? { format, ids } : { format }),
  importText: (text) => callWorker('library/import', { text }),
  save: (file) => downloadFile(file),
};
