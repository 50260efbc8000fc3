/**
 * The bundled dataset as the extension ships it, without run-time checks.
 *
 * scripts/build.mjs validates this same JSON (schema and references, through
 * `./index.ts`) and refuses to build with an invalid one, so the extension's
 * own contexts need not validate it again on every page load (a content
 * script runs on every page; the check cost ~10–20 ms there, cold). The
 * schema has no defaults or transforms, so the validated value and the JSON
 * are the same. Everything else — the CLI, tests, a newsroom's own dataset —
 * goes through `loadDataset` in `./index.ts`.
 */
import bundled from './data/syria-2015.json' with { type: 'json' };
import type { Dataset } from './schema';

export const dataset: Dataset = bundled as unknown as Dataset;
