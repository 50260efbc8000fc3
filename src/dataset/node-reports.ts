/**
 * Node-only helpers for the dataset tooling and tests: where the report texts
 * live and how to read them. Never imported by `index.ts` (which must stay
 * free of `fs` for the browser bundle).
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** `$CROSSCHECK_REPORTS`, else `../shared/seeds/` beside the repository. */
export function defaultReportsDir(): string {
  return resolve(process.env.CROSSCHECK_REPORTS ?? resolve(repoRoot, '../shared/seeds'));
}

/**
 * Reads the reports named by `sourceIds` from `dir` as UTF-8. Throws a
 * readable Error when the directory or a file is missing.
 */
export function readReports(dir: string, sourceIds: readonly string[]): Record<string, string> {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    throw new Error(
      `report texts not found: ${dir} is not a directory. Put the reports in ../shared/seeds/ beside the repository, pass a directory, or set CROSSCHECK_REPORTS.`,
    );
  }
  const missing = sourceIds.filter((id) => !existsSync(resolve(dir, id)));
  if (missing.length > 0) {
    throw new Error(`report texts not found in ${dir}: ${missing.join(', ')}`);
  }
  return Object.fromEntries(sourceIds.map((id) => [id, readFileSync(resolve(dir, id), 'utf8')]));
}
