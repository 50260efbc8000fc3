/**
 * Reading stored rows tolerantly. A database written by an older version, by
 * a bug, or damaged on disk may hold rows that do not fit the annotation
 * schema (a string of tags, no selectors). Every reader of stored rows passes
 * them through `readRow`: what can be repaired is repaired in memory, the
 * rest is skipped and counted, so one bad row never stops the others. The
 * database upgrade (database.ts) makes the same repairs on disk and moves
 * what it cannot repair to the `quarantine` table.
 */
import * as v from 'valibot';
import { AnnotationSchema, COLORS, describeIssues, type Annotation } from '../annotations/model';

export type RowResult = { ok: true; annotation: Annotation; repaired: boolean } | { ok: false; reason: string };

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The repairs that lose nothing a reader wrote: tags given as one string
 * become a list, missing optional text becomes empty, a missing quote is
 * taken from the quote selector (and the other way round), a missing update
 * time is the creation time. Returns a new object, or null when the row is
 * not an object at all.
 */
export function repairRow(row: unknown): Record<string, unknown> | null {
  if (!isObject(row)) return null;
  const out: Record<string, unknown> = { ...row };
  if (typeof out.tags === 'string') out.tags = splitTags(out.tags);
  else if (out.tags === undefined || out.tags === null) out.tags = [];
  else if (Array.isArray(out.tags)) out.tags = out.tags.filter((t) => typeof t === 'string' && t.trim() !== '');
  if (out.note === undefined || out.note === null) out.note = '';
  if (out.title === undefined || out.title === null) out.title = '';
  if (!(COLORS as readonly unknown[]).includes(out.color)) out.color = 'yellow';
  const selectors = Array.isArray(out.selectors) ? out.selectors : undefined;
  const quoteSel = selectors?.find((s) => isObject(s) && s.type === 'TextQuoteSelector') as { exact?: unknown } | undefined;
  if (typeof out.quote !== 'string' && typeof quoteSel?.exact === 'string') out.quote = quoteSel.exact;
  if (!selectors && typeof out.quote === 'string' && out.quote !== '') out.selectors = [{ type: 'TextQuoteSelector', exact: out.quote }];
  if (out.updated === undefined && typeof out.created === 'number') out.updated = out.created;
  if (out.claimId === null) delete out.claimId;
  return out;
}

/** `"a, b; c"` → `['a', 'b', 'c']`. */
function splitTags(text: string): string[] {
  return [...new Set(text.split(/[,;]/).map((t) => t.trim()).filter(Boolean))];
}

/** Validates one stored row, repairing what can be repaired. Never throws. */
export function readRow(row: unknown): RowResult {
  try {
    const direct = v.safeParse(AnnotationSchema, row);
    if (direct.success) return { ok: true, annotation: direct.output, repaired: false };
    const repaired = repairRow(row);
    if (!repaired) return { ok: false, reason: 'not a record' };
    const again = v.safeParse(AnnotationSchema, repaired);
    if (again.success) return { ok: true, annotation: again.output, repaired: true };
    return { ok: false, reason: describeIssues(again.issues) };
  } catch (error) {
    return { ok: false, reason: `unreadable: ${(error as Error)?.message ?? String(error)}` };
  }
}

/** The readable rows of a list, and how many were not. */
export function readRows(rows: readonly unknown[]): { annotations: Annotation[]; unreadable: number } {
  const annotations: Annotation[] = [];
  let unreadable = 0;
  for (const row of rows) {
    const result = readRow(row);
    if (result.ok) annotations.push(result.annotation);
    else unreadable++;
  }
  return { annotations, unreadable };
}

export { unreadableMessage } from './unreadable-message';

/** A row kept aside by the database upgrade because it could not be repaired. */
export interface QuarantinedRow {
  seq?: number;
  /** The row as it was stored. */
  row: unknown;
  /** Why it could not be read. */
  reason: string;
  /** When it was moved aside (ms). */
  at: number;
}
