/** The bundled dataset and its lookups, for the popup's cross-referencing. */
import { dataset } from '../../src/dataset/bundled';
import { createLookup, type DatasetLookup } from '../../src/dataset/lookup';
import type { Source } from '../../src/dataset/schema';

export interface Knowledge {
  lookup: DatasetLookup;
  sources: readonly Source[];
}

export const knowledge: Knowledge = { lookup: createLookup(dataset), sources: dataset.sources };
