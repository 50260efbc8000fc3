/**
 * The reader's notes that count as known claims ("My notes"), for the worker.
 *
 * Every article page asks for them, so reading the whole annotations table on
 * each request cost the page's analysis and the popup hundreds of milliseconds
 * with 10,000 notes stored. They are read once and kept until the table
 * changes: a DBCore middleware sees every write, whichever call made it
 * (saves, edits, deletes, imports, restores), so the copy can never be stale.
 * A stopped worker simply reads them again on its first request.
 */
import type { DBCore } from 'dexie';
import { isClaimNote, type NoteSource } from '../dataset/notes';
import type { CrosscheckDatabase } from './database';
import { readRows } from './row-check';

export function createClaimNotesReader(db: CrosscheckDatabase): () => Promise<NoteSource[]> {
  let cached: Promise<NoteSource[]> | null = null;
  db.use({
    stack: 'dbcore',
    name: 'claim-notes-cache',
    create: (down: DBCore): DBCore => ({
      ...down,
      table(name) {
        const table = down.table(name);
        if (name !== 'annotations') return table;
        return {
          ...table,
          mutate(request) {
            cached = null;
            return table.mutate(request).finally(() => {
              cached = null; // a read that began while this write ran may hold the old rows
            });
          },
        };
      },
    }),
  });
  return () => {
    cached ??= db.annotations
      .toArray()
      .then((rows) => readRows(rows).annotations.filter(isClaimNote))
      .catch((error: unknown) => {
        cached = null;
        throw error;
      });
    return cached;
  };
}
