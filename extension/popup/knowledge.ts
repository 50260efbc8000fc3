/** The bundled dataset and its lookups, for the popup's cross-referencing. */
import { dataset } from '../../src/dataset/bundled';
import { createLookup } from '../../src/dataset/lookup';

export const lookup = createLookup(dataset);
export const sources = dataset.sources;
