/**
 * Importing a dataset file a reader picks: a ClaimReview feed (JSON-LD, or a
 * page with JSON-LD blocks) or a native dataset (docs/dataset.md). Pure and
 * DOM-free, so the service worker, the CLI and the tests run the same code.
 *
 * Limits (stated to the reader in the options page and in docs/dataset.md):
 * files over 20 MB and datasets over 25,000 claims are refused before
 * anything is stored. A file is one dataset, named by the SHA-256 of its
 * text: importing the same file again finds the dataset already there.
 */
import { InputError, formatBytes, parseJsonSafely } from '../io/safe-json';
import { ImportProblems, claimReviewDataset, findClaimReviews, jsonLdBlocks } from './claimreview';
import type { Dataset } from './schema';
import { DatasetError, validateDataset } from './validate';
import { IMPORT_LIMITS } from './import-limits';

export { ImportProblems } from './claimreview';

export { IMPORT_LIMITS };

export type DatasetFormat = 'bundled' | 'native' | 'claimreview' | 'notes';

/** What the options page lists about a dataset (never its claims). */
export interface DatasetInfo {
  /** Stored key: `import-` + the first 16 hex digits of the file's SHA-256. */
  id: string;
  name: string;
  format: DatasetFormat;
  /** Who publishes it: the fact-checkers, or the dataset's `publisher`. */
  source: string;
  licence?: string;
  /** Date range of its sources, ISO. */
  from?: string;
  to?: string;
  claims: number;
  /** The file it came from. */
  fileName?: string;
}

export interface ImportedDataset {
  info: DatasetInfo;
  dataset: Dataset;
  /** SHA-256 of the file's text, hex. */
  hash: string;
}

/** Hex SHA-256 of a text (Web Crypto: present in Node ≥ 20, pages and workers). */
export async function sha256Hex(text: string): Promise<string> {
  const bytes = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(bytes)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** Is this parsed JSON a native dataset (rather than ClaimReview JSON-LD)? */
function looksNative(value: unknown): boolean {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && 'claims' in value && 'actors' in value && 'sources' in value;
}

const safeName = (fileName: string) => fileName.replace(/[^\p{L}\p{N} ._()-]/gu, '_').slice(0, 120) || 'the file';

/** A one-line reason fit for the reader, from any failure of `importDatasetText`. */
export function importErrorMessage(error: unknown): string {
  if (error instanceof ImportProblems || error instanceof InputError) return error.message;
  return `The file could not be imported: ${(error as Error)?.message ?? String(error)}`;
}

/**
 * Reads, validates and maps a dataset file. Throws `ImportProblems` (every
 * problem, with the file, the path in it and what was expected) or
 * `InputError` (too large, not JSON, nested too deep).
 */
export async function importDatasetText(text: string, fileName: string): Promise<ImportedDataset> {
  const file = safeName(fileName);
  if (typeof text !== 'string') throw new ImportProblems([`${file}: expected a text file`]);
  try {
    // the size check comes before any parsing (also inside parseJsonSafely)
    const limit = { maxBytes: IMPORT_LIMITS.maxBytes };
    if (text.length > IMPORT_LIMITS.maxBytes) throw new InputError(`${file}: the file is larger than ${formatBytes(IMPORT_LIMITS.maxBytes)}; Crosscheck imports datasets of up to ${formatBytes(IMPORT_LIMITS.maxBytes)}.`);
    const hash = await sha256Hex(text);
    const id = `import-${hash.slice(0, 16)}`;
    const body = text.trimStart();
    let dataset: Dataset;
    let format: DatasetFormat;
    if (body.startsWith('<')) {
      const blocks = jsonLdBlocks(body);
      const found = blocks.flatMap((block, i) => {
        let parsed: unknown;
        try {
          parsed = parseJsonSafely(block, limit);
        } catch (error) {
          throw new ImportProblems([`${file}: JSON-LD block ${i + 1}: ${(error as Error).message.replace(/^The file/, 'the block')}`]);
        }
        return findClaimReviews(parsed, `block ${i + 1}`);
      });
      if (blocks.length === 0) throw new ImportProblems([`${file}: the page has no <script type="application/ld+json"> block (expected ClaimReview JSON-LD)`]);
      countCheck(file, found.length);
      dataset = claimReviewDataset(found, { id, fileName: file });
      format = 'claimreview';
    } else {
      let parsed: unknown;
      try {
        parsed = parseJsonSafely(text, limit);
      } catch (error) {
        throw new InputError(`${file}: ${(error as Error).message}`);
      }
      if (looksNative(parsed)) {
        const claims = (parsed as { claims: unknown }).claims;
        if (Array.isArray(claims)) countCheck(file, claims.length);
        try {
          dataset = validateDataset(parsed);
        } catch (error) {
          if (error instanceof DatasetError) throw new ImportProblems(error.problems.map((p) => `${file}: ${p}`));
          throw error;
        }
        format = 'native';
      } else {
        const found = findClaimReviews(parsed);
        countCheck(file, found.length);
        dataset = claimReviewDataset(found, { id, fileName: file });
        format = 'claimreview';
      }
    }
    return { info: describeDataset(dataset, { id, format, fileName: file }), dataset, hash };
  } catch (error) {
    if (error instanceof ImportProblems || error instanceof InputError) throw error;
    throw new ImportProblems([`${file}: ${(error as Error)?.message ?? String(error)}`]);
  }
}

function countCheck(file: string, claims: number) {
  if (claims > IMPORT_LIMITS.maxClaims) {
    throw new ImportProblems([`${file}: ${claims.toLocaleString('en-GB')} claims; Crosscheck imports datasets of up to ${IMPORT_LIMITS.maxClaims.toLocaleString('en-GB')} claims. Split the file and import the parts.`]);
  }
}

/** The listing facts of a dataset: name, publisher, licence, date range, claim count. */
export function describeDataset(dataset: Dataset, extra: { id: string; format: DatasetFormat; fileName?: string }): DatasetInfo {
  let from: string | undefined;
  let to: string | undefined;
  for (const s of dataset.sources) {
    if (from === undefined || s.date < from) from = s.date;
    if (to === undefined || s.date > to) to = s.date;
  }
  const outlets = [...new Set(dataset.sources.map((s) => s.outlet).filter((o): o is string => !!o))];
  const info: DatasetInfo = {
    id: extra.id,
    name: dataset.title,
    format: extra.format,
    source: dataset.publisher ?? (outlets.length ? outlets.slice(0, 4).join(', ') + (outlets.length > 4 ? ` and ${outlets.length - 4} more` : '') : 'not stated'),
    claims: dataset.claims.length,
  };
  if (dataset.licence) info.licence = dataset.licence;
  if (from) info.from = from;
  if (to) info.to = to;
  if (extra.fileName) info.fileName = extra.fileName;
  return info;
}
