/**
 * The dataset loader. `loadDataset(json)` validates any dataset (the bundled
 * one or a newsroom's own) against `DatasetSchema` and then checks what a
 * schema cannot: unique ids and references between sources, actors, claims
 * and relations. `dataset` is the bundled dataset, validated once at import.
 *
 * No file-system access here: the JSON is imported statically so the same
 * module works in Node and bundled into a content script.
 */
import bundled from './data/syria-2015.json' with { type: 'json' };
import type { Dataset } from './schema';
import { validateDataset } from './validate';

export * from './schema';
export { DatasetError, semanticProblems, validateDataset } from './validate';

/**
 * Validates `json` (default: the bundled dataset) and returns it typed.
 * Throws a `DatasetError` naming the path of every bad field.
 */
export function loadDataset(json: unknown = bundled): Dataset {
  return validateDataset(json);
}

/** The bundled dataset (five 2015 reports on the Russian air campaign in Syria), validated. */
export const dataset: Dataset = loadDataset(bundled);
