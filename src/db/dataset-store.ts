/**
 * Imported datasets in the reader's database (the extension's origin, never a
 * page's). A record holds what the options page lists; the claims live in a
 * second table, read only for the enabled datasets. Written against a
 * CrosscheckDatabase passed in, so the service worker and Vitest run the
 * same code.
 */
import type { DatasetEntry } from '../dataset/collection';
import type { DatasetInfo, ImportedDataset } from '../dataset/import';
import { StoreError, guard } from './annotation-store';
import type { CrosscheckDatabase, DatasetRecord } from './database';

/** How long a removed dataset can be brought back ("Undo"). */
export const UNDO_MS = 10 * 60 * 1000;

export interface ListedDataset extends DatasetInfo {
  enabled: boolean;
  added: number;
}

const listed = (r: DatasetRecord): ListedDataset => ({ ...r.info, enabled: r.enabled, added: r.added });

export function createDatasetStore(db: CrosscheckDatabase, deps: { now?: () => number } = {}) {
  const now = deps.now ?? Date.now;

  async function existing(id: string): Promise<DatasetRecord> {
    const record = await guard(() => db.datasets.get(id));
    if (!record) throw new StoreError('not-found', 'That dataset is no longer stored.');
    return record;
  }

  return {
    /** The imported datasets, oldest first; removals past their undo time are purged on the way. */
    async list(): Promise<ListedDataset[]> {
      const all = await guard(() => db.datasets.toArray());
      const expired = all.filter((r) => r.removedAt !== undefined && now() - r.removedAt > UNDO_MS).map((r) => r.id);
      if (expired.length) {
        await guard(() => db.transaction('rw', db.datasets, db.datasetBodies, async () => {
          await db.datasets.bulkDelete(expired);
          await db.datasetBodies.bulkDelete(expired);
        })).catch(() => undefined);
      }
      return all.filter((r) => r.removedAt === undefined).sort((a, b) => a.added - b.added).map(listed);
    },

    /**
     * Stores an import (record and claims in one transaction: all or nothing).
     * The same file again answers the dataset already there (`duplicate`); a
     * file removed and imported again comes back.
     */
    async add(imported: ImportedDataset): Promise<{ dataset: ListedDataset; duplicate: boolean }> {
      const { info } = imported;
      return guard(() =>
        db.transaction('rw', db.datasets, db.datasetBodies, async () => {
          const current = await db.datasets.get(info.id);
          if (current && current.removedAt === undefined) return { dataset: listed(current), duplicate: true };
          const record: DatasetRecord = { id: info.id, info, hash: imported.hash, enabled: true, added: now() };
          await db.datasets.put(record);
          await db.datasetBodies.put({ id: info.id, dataset: imported.dataset });
          return { dataset: listed(record), duplicate: false };
        }),
      );
    },

    async setEnabled(id: string, enabled: boolean): Promise<ListedDataset> {
      const record = await existing(id);
      if (record.removedAt !== undefined) throw new StoreError('not-found', 'That dataset was removed.');
      await guard(() => db.datasets.update(id, { enabled }));
      return listed({ ...record, enabled });
    },

    /** Removes a dataset from use at once; its content stays for UNDO_MS so `restore` can bring it back. */
    async remove(id: string): Promise<ListedDataset> {
      const record = await existing(id);
      await guard(() => db.datasets.update(id, { removedAt: now() }));
      return listed(record);
    },

    async restore(id: string): Promise<ListedDataset> {
      const record = await existing(id);
      if (record.removedAt === undefined) return listed(record);
      await guard(() => db.datasets.where('id').equals(id).modify((r) => void delete r.removedAt));
      return listed(record);
    },

    /** The enabled datasets with their claims, oldest first (for the engine). */
    async enabled(): Promise<DatasetEntry[]> {
      const records = (await guard(() => db.datasets.toArray())).filter((r) => r.enabled && r.removedAt === undefined).sort((a, b) => a.added - b.added);
      if (records.length === 0) return [];
      const bodies = await guard(() => db.datasetBodies.bulkGet(records.map((r) => r.id)));
      return records.flatMap((r, i) => {
        const body = bodies[i];
        return body ? [{ info: r.info, dataset: body.dataset }] : [];
      });
    },
  };
}

export type DatasetStore = ReturnType<typeof createDatasetStore>;
