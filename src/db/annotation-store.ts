/**
 * Annotation storage operations, written against a CrosscheckDatabase passed
 * in, so the same code runs in the service worker and under Vitest.
 */
import * as v from 'valibot';
import {
  AnnotationPatchSchema,
  NewAnnotationSchema,
  describeIssues,
  quoteSelector,
  type Annotation,
  type AnnotationPatch,
  type NewAnnotation,
} from '../annotations/model';
import type { CrosscheckDatabase } from './database';
import { readRows } from './row-check';

export interface StoreDeps {
  now?: () => number;
  newId?: () => string;
}

/** An error a caller can show to a reader, with a stable code to branch on. */
export class StoreError extends Error {
  constructor(
    readonly code: 'invalid' | 'not-found' | 'quota' | 'storage' | 'conflict',
    message: string,
  ) {
    super(message);
    this.name = 'StoreError';
  }
}

export function createAnnotationStore(db: CrosscheckDatabase, deps: StoreDeps = {}) {
  const now = deps.now ?? Date.now;
  const newId = deps.newId ?? (() => crypto.randomUUID());

  return {
    /** A page's annotations, oldest first. */
    async listByPage(urlKey: string): Promise<Annotation[]> {
      return (await this.listByPageTolerant(urlKey)).annotations;
    },

    /** A page's readable annotations, oldest first, and how many of its rows could not be read. */
    async listByPageTolerant(urlKey: string): Promise<{ annotations: Annotation[]; unreadable: number }> {
      // The urlKey index, not [urlKey+created]: a row with a broken time is missing from the compound index.
      const { annotations, unreadable } = readRows(await guard(() => db.annotations.where('urlKey').equals(urlKey).toArray()));
      annotations.sort((a, b) => a.created - b.created);
      return { annotations, unreadable };
    },

    async get(id: string): Promise<Annotation | undefined> {
      return guard(() => db.annotations.get(id));
    },

    /**
     * Saves a new annotation. With `id` (chosen by the caller) it is
     * idempotent: if that id is already saved with the same page, quote and
     * note, the call is a retry of a save that went through and answers the
     * stored record; any other record under that id is an error.
     */
    async create(input: NewAnnotation, id?: string): Promise<Annotation> {
      const parsed = validate(NewAnnotationSchema, input);
      const quote = quoteSelector(parsed.selectors);
      if (!quote) throw new StoreError('invalid', 'selectors: a TextQuoteSelector is required');
      const time = now();
      const record: Annotation = { ...parsed, id: id ?? newId(), quote: quote.exact, created: time, updated: time };
      if (id === undefined) {
        await guard(() => db.annotations.add(record));
        return record;
      }
      return guard(() =>
        db.transaction('rw', db.annotations, async () => {
          const existing = await db.annotations.get(id);
          if (!existing) {
            await db.annotations.add(record);
            return record;
          }
          const retry = existing.url === record.url && existing.urlKey === record.urlKey && existing.quote === record.quote && existing.note === record.note;
          if (!retry) throw new StoreError('invalid', `id: ${id} is already taken`);
          return existing;
        }),
      );
    },

    /**
     * Applies a patch. With `baseUpdated` (the `updated` time of the version
     * the edit was based on), an edit of an older version is refused with a
     * `conflict`: a form opened before the note was changed elsewhere never
     * overwrites the newer note. Every update moves `updated` forward, so
     * versions never share a time.
     */
    async update(id: string, patch: AnnotationPatch, baseUpdated?: number): Promise<Annotation> {
      const changes = validate(AnnotationPatchSchema, patch);
      return guard(() =>
        db.transaction('rw', db.annotations, async () => {
          const current = await db.annotations.get(id);
          if (!current) throw new StoreError('not-found', `no annotation with id ${id}`);
          if (baseUpdated !== undefined && current.updated !== baseUpdated) {
            throw new StoreError('conflict', 'This note was changed elsewhere since you opened it, so your edit was not saved. Your words are kept here: open the note again to see the newer version.');
          }
          const next: Annotation = { ...current, updated: Math.max(now(), current.updated + 1) };
          if (changes.note !== undefined) next.note = changes.note;
          if (changes.tags !== undefined) next.tags = changes.tags;
          if (changes.color !== undefined) next.color = changes.color;
          if (changes.claimId === null) delete next.claimId;
          else if (changes.claimId !== undefined) next.claimId = changes.claimId;
          await db.annotations.put(next);
          return next;
        }),
      );
    },

    /** Deletes and returns what was deleted, so the caller can offer undo. */
    async remove(id: string): Promise<Annotation | undefined> {
      return guard(() =>
        db.transaction('rw', db.annotations, async () => {
          const current = await db.annotations.get(id);
          if (current) await db.annotations.delete(id);
          return current;
        }),
      );
    },

    async count(): Promise<number> {
      return guard(() => db.annotations.count());
    },
  };
}

export type AnnotationStore = ReturnType<typeof createAnnotationStore>;

function validate<S extends v.GenericSchema>(schema: S, input: unknown): v.InferOutput<S> {
  const result = v.safeParse(schema, input);
  if (!result.success) throw new StoreError('invalid', describeIssues(result.issues));
  return result.output;
}

/** Translates storage failures into errors a reader can act on. */
export async function guard<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof StoreError) throw error;
    if (isOutOfSpace(error)) throw new StoreError('quota', QUOTA_MESSAGE);
    throw new StoreError('storage', `Storage failed: ${(error as Error).message ?? String(error)}`);
  }
}

export const QUOTA_MESSAGE =
  'The browser has no storage space left for Crosscheck. Nothing already saved was lost; free some disk space or export and delete old annotations.';

/**
 * Out of space, however the browser says it: QuotaExceededError (over the
 * origin's quota), or — when the disk itself is full — Chromium's
 * UnknownError carrying FILE_ERROR_NO_SPACE (Dexie wraps either as `inner`).
 */
export function isOutOfSpace(error: unknown): boolean {
  for (let e = error as { name?: string; message?: string; inner?: unknown } | undefined, depth = 0; e && depth < 4; e = e.inner as typeof e, depth++) {
    if (e.name === 'QuotaExceededError') return true;
    if (/FILE_ERROR_NO_SPACE|no space left|disk is full|QuotaExceeded/i.test(String(e.message ?? ''))) return true;
  }
  return false;
}
