/** The export formats and the file an export produces (no code: safe to import anywhere). */
export const EXPORT_FORMATS = ['jsonld', 'markdown', 'csv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportFile {
  filename: string;
  mimeType: string;
  text: string;
}
