/** The bundled dataset and its lookups, for the popup's cross-referencing. */
import { dataset } from '../../src/dataset/bundled';
import { createLookup, type DatasetLookup } from '../../src/dataset/lookup';
import type { Source } from '../../src/dataset/schema';
import { bundledInfo, combineDatasets, type DatasetEntry } from '../../src/dataset/collection';

export interface Knowledge {
  lookup: DatasetLookup;
  sources: readonly Source[];
}

export const knowledge: Knowledge = { lookup: createLookup(dataset), sources: dataset.sources };

/** The lookups over the bundled dataset and the enabled imported ones (the coverage matrix keeps the five reports). */
export function knowledgeWith(imported: readonly DatasetEntry[]): Knowledge {
  if (imported.length === 0) return knowledge;
  const known = combineDatasets([{ info: bundledInfo(dataset), dataset }, ...imported]);
  return { lookup: createLookup(known.dataset), sources: dataset.sources };
}
