/**
 * How many notes are stored, and how many of them cannot be read, kept in the
 * `meta` table beside the notes (ADR 0386), so the storage status never counts
 * or reads every note.
 *
 * A Dexie middleware keeps it: every readwrite transaction over `annotations`
 * also takes `meta`, and each write of notes updates the tally in that same
 * transaction, from the rows as they were and as they are written. Writes of
 * one transaction are applied to the tally in order; IndexedDB runs
 * transactions over the same tables one after another, so two writers (two
 * tabs, an import beside a save) cannot lose each other's change. Where the
 * tally cannot follow a write (a database upgrade, a range deleted without
 * hooks) it is dropped, and `readTally` rebuilds it from the rows.
 */
import type { DBCore, DBCoreMutateRequest, DBCoreMutateResponse, DBCoreTable, DBCoreTransaction, Middleware } from 'dexie';
import type Dexie from 'dexie';
import { readRow } from './row-check';

export const META_TALLY = 'noteTally';

export interface NoteTally {
  /** Rows in `annotations`. */
  total: number;
  /** Of those, rows `readRow` cannot read. */
  unreadable: number;
}

const NOTES = 'annotations';
const META = 'meta';

type IdbTrans = DBCoreTransaction & { mode?: IDBTransactionMode; objectStoreNames?: DOMStringList };

const readable = (row: unknown) => readRow(row).ok;
const isTally = (value: unknown): value is NoteTally =>
  typeof value === 'object' && value !== null && Number.isInteger((value as NoteTally).total) && Number.isInteger((value as NoteTally).unreadable);

/**
 * The change one write makes: rows before (undefined where none) and after
 * (undefined where deleted or failed). `anyUnreadable`: whether any stored row
 * may be unreadable; where none is, the rows before are not read again.
 */
function change(before: readonly unknown[], after: readonly unknown[], anyUnreadable: boolean): NoteTally {
  let total = 0;
  let unreadable = 0;
  for (let i = 0; i < before.length; i++) {
    const was = before[i];
    const now = after[i];
    if (was === now) continue;
    if (was !== undefined) {
      total--;
      if (anyUnreadable && !readable(was)) unreadable--;
    }
    if (now !== undefined) {
      total++;
      if (!readable(now)) unreadable++;
    }
  }
  return { total, unreadable };
}

export const noteTallyMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'NoteTally',
  // below Dexie's hooks (2), so its reads of the rows being replaced are in the transaction's cache (-1) for ours
  level: 1,
  create(down) {
    /** Per transaction: the tally after its writes so far (null: none stored, or dropped). */
    const chains = new WeakMap<DBCoreTransaction, Promise<NoteTally | null>>();
    const meta = () => down.table(META);

    function hasMeta(trans: IdbTrans): boolean {
      return !trans.objectStoreNames || trans.objectStoreNames.contains(META);
    }

    /** Applies `step` to the transaction's tally after its earlier writes; resolves once it is written. */
    function update(trans: DBCoreTransaction, step: (tally: NoteTally | null) => NoteTally | null | 'drop'): Promise<void> {
      const start = chains.get(trans) ?? meta().get({ trans, key: META_TALLY }).then((row: { value?: unknown } | undefined) => (isTally(row?.value) ? row.value : null));
      const next = start.then(async (tally) => {
        const after = step(tally);
        if (after === 'drop') {
          if (tally !== null) await meta().mutate({ type: 'delete', trans, keys: [META_TALLY] });
          return null;
        }
        if (after !== null && after !== tally) await meta().mutate({ type: 'put', trans, values: [{ key: META_TALLY, value: after }] });
        return after;
      });
      chains.set(trans, next);
      return next.then(() => undefined);
    }

    function notesTable(table: DBCoreTable): DBCoreTable {
      const keyOf = table.schema.primaryKey.extractKey!;
      return {
        ...table,
        async mutate(req: DBCoreMutateRequest): Promise<DBCoreMutateResponse> {
          const trans = req.trans as IdbTrans;
          if (!hasMeta(trans)) return table.mutate(req);
          if (trans.mode === 'versionchange' || req.type === 'deleteRange') {
            // Not followed row by row: dropped, rebuilt from the rows when next read.
            const res = await table.mutate(req);
            await update(trans, () => 'drop');
            return res;
          }
          const keys = req.type === 'delete' ? req.keys : (req.keys ?? req.values.map(keyOf));
          const before: unknown[] = req.type === 'add' ? keys.map(() => undefined) : await table.getMany({ trans, keys, cache: 'immutable' });
          const res = await table.mutate(req);
          const failed = (i: number) => res.failures[i] !== undefined || (res.results !== undefined && res.results[i] == null);
          // Per key: the row before the request, and the row its last successful write of that key left.
          const rows = new Map<unknown, { was: unknown; now: unknown }>();
          keys.forEach((k, i) => {
            const row = rows.get(k) ?? { was: before[i], now: before[i] };
            if (!failed(i)) row.now = req.type === 'delete' ? undefined : req.values[i];
            rows.set(k, row);
          });
          const was = [...rows.values()].map((r) => r.was);
          const now = [...rows.values()].map((r) => r.now);
          if (was.every((row, i) => row === now[i])) return res;
          await update(trans, (t) => {
            if (!t) return null;
            const delta = change(was, now, t.unreadable > 0);
            return delta.total === 0 && delta.unreadable === 0 ? t : { total: t.total + delta.total, unreadable: t.unreadable + delta.unreadable };
          });
          return res;
        },
      };
    }

    return {
      ...down,
      transaction(stores, mode, options) {
        // a write of notes takes the tally with it
        const scope = mode === 'readwrite' && stores.includes(NOTES) && !stores.includes(META) ? [...stores, META] : stores;
        return down.transaction(scope, mode, options);
      },
      table(name) {
        const table = down.table(name);
        return name === NOTES ? notesTable(table) : table;
      },
    };
  },
};

/** Counts every row (and reads each for the unreadable count) and stores the result, in one transaction. */
export async function rebuildTally(db: Dexie): Promise<NoteTally> {
  return db.transaction('rw', [NOTES, META], async () => {
    let total = 0;
    let unreadable = 0;
    await db.table(NOTES).each((row: unknown) => {
      total++;
      if (!readable(row)) unreadable++;
    });
    const tally = { total, unreadable };
    await db.table(META).put({ key: META_TALLY, value: tally });
    return tally;
  });
}

/** The stored tally, rebuilt from the rows where there is none. */
export async function readTally(db: Dexie): Promise<NoteTally> {
  const row = (await db.table(META).get(META_TALLY)) as { value?: unknown } | undefined;
  return isTally(row?.value) ? row.value : rebuildTally(db);
}

/**
 * Compares the stored tally with a count of the rows, in one transaction,
 * and rebuilds it where they differ or none is stored. Returns whether it
 * was rebuilt. (The cheap check: the unreadable count is not re-read here.)
 */
export async function verifyTally(db: Dexie): Promise<boolean> {
  const [row, total] = await db.transaction('r', [NOTES, META], () => Promise.all([db.table(META).get(META_TALLY), db.table(NOTES).count()]));
  const stored = (row as { value?: unknown } | undefined)?.value;
  if (isTally(stored) && stored.total === total) return false;
  await rebuildTally(db);
  return true;
}
