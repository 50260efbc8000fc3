/** The bundled dataset and its lookups, for the popup's cross-referencing. */
import { dataset } from '../../src/dataset/bundled';
import { createLookup, type DatasetLookup } from '../../src/dataset/lookup';
import type { Source } from '../../src/dataset/schema';
import { withSlice, type KnownSlice } from '../../src/dataset/slice';

export interface Knowledge {
  lookup: DatasetLookup;
  sources: readonly Source[];
}

export const knowledge: Knowledge = { lookup: createLookup(dataset), sources: dataset.sources };

/**
 * The lookups over the bundled dataset and the part of the imported ones the
 * page's results refer to (the page sends it with its analysis; the coverage
 * matrix keeps the five reports). The popup no longer reads every enabled
 * dataset from the worker: with the reader's 10,000 notes as known claims
 * that was megabytes on every opening.
 */
export function knowledgeOf(slice: KnownSlice | undefined): Knowledge {
  const known = slice ? withSlice(dataset, slice) : dataset;
  return known === dataset ? knowledge : { lookup: createLookup(known), sources: dataset.sources };
}
