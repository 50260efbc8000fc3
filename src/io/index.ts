/**
 * Export and import of the reader's annotations. Pure functions over records;
 * the caller reads and writes the database (see src/db/library-store.ts).
 */
import type { Annotation } from '../annotations/model';
import { exportJsonLd } from './jsonld';
import { exportCsv, exportMarkdown } from './text-formats';
import type { ExportFile, ExportFormat } from './formats';

export { ImportError, exportJsonLd, parseAnnotationFile, toWebAnnotation, type ParsedFile } from './jsonld';
export { exportCsv, exportMarkdown, csvField } from './text-formats';
export { InputError, MAX_FILE_BYTES, MAX_DEPTH } from './safe-json';

export { EXPORT_FORMATS, type ExportFormat, type ExportFile } from './formats';

/** The annotations as a file in one of the export formats, named with the date. */
export function exportFile(format: ExportFormat, annotations: readonly Annotation[], generated = new Date()): ExportFile {
  const day = generated.toISOString().slice(0, 10);
  switch (format) {
    case 'jsonld':
      return { filename: `crosscheck-annotations-${day}.jsonld`, mimeType: 'application/ld+json', text: exportJsonLd(annotations, { generated }) };
    case 'markdown':
      return { filename: `crosscheck-annotations-${day}.md`, mimeType: 'text/markdown', text: exportMarkdown(annotations, { generated }) };
    case 'csv':
      return { filename: `crosscheck-annotations-${day}.csv`, mimeType: 'text/csv', text: exportCsv(annotations) };
  }
}
