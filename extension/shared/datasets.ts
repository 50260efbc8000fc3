/**
 * The known claims as the content script and the popup read them: the
 * bundled dataset plus the imported datasets the reader enabled, fetched from
 * the service worker (the database is in the extension's origin) and combined
 * for one engine. The worker bumps `DATASETS_REVISION_KEY` in extension
 * storage on every change, so an open page drops a switched-off dataset's
 * marks without a reload.
 */
import { ext } from './client';
import { dataset as bundled } from '../../src/dataset/bundled';
import { bundledInfo, combineDatasets, type CombinedDatasets, type DatasetEntry } from '../../src/dataset/collection';
import { callWorker } from './client';
import { NOTES_AS_CLAIMS_KEY } from './notes-as-claims';

export const DATASETS_REVISION_KEY = 'datasetsRevision';
export { NOTES_AS_CLAIMS_KEY, notesAsClaims, setNotesAsClaims } from './notes-as-claims';

/** The enabled imported datasets; none when the worker cannot answer (the bundled dataset still works). */
export async function enabledDatasets(excludeUrlKey?: string): Promise<DatasetEntry[]> {
  try {
    return await callWorker('datasets/enabled', excludeUrlKey !== undefined ? { excludeUrlKey } : {});
  } catch {
    return [];
  }
}

/** The bundled dataset first, then `imported`. */
export function knownClaims(imported: readonly DatasetEntry[]): CombinedDatasets {
  return combineDatasets([{ info: bundledInfo(bundled), dataset: bundled }, ...imported]);
}

/** Calls `listener` whenever the reader imports, switches or removes a dataset. */
export function onDatasetsChanged(listener: () => void): () => void {
  const handler = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && (DATASETS_REVISION_KEY in changes || NOTES_AS_CLAIMS_KEY in changes)) listener();
  };
  const api = ext();
  api.storage.onChanged.addListener(handler);
  return () => api.storage.onChanged.removeListener(handler);
}

/** What identifies a set of datasets' claims (to skip re-reading a page when nothing it uses changed). */
export function fingerprint(entries: readonly DatasetEntry[]): string {
  return entries.map((e) => `${e.info.id}:${e.dataset.claims.length}:${e.dataset.sources.map((s) => s.id).join(',')}`).join('|');
}
