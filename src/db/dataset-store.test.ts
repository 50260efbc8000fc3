import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importDatasetText } from '../dataset/import';
import { CrosscheckDatabase } from './database';
import { UNDO_MS, createDatasetStore } from './dataset-store';

const dir = resolve(__dirname, '../../tests/fixtures/datasets');
const feed = (name: string) => importDatasetText(readFileSync(resolve(dir, name), 'utf8'), name);
let n = 0;
const fresh = () => new CrosscheckDatabase(`datasets-test-${n++}-${Date.now()}`);

describe('dataset store', () => {
  it('stores, lists, switches, removes with undo, purges after the undo time', async () => {
    const db = fresh();
    let clock = 1_000;
    const store = createDatasetStore(db, { now: () => clock });
    const a = await feed('claimreview-array.json');
    const b = await feed('claimreview-graph.jsonld');
    expect((await store.add(a)).duplicate).toBe(false);
    clock++;
    await store.add(b);
    expect((await store.add(a)).duplicate).toBe(true);
    expect((await store.list()).map((d) => [d.name, d.claims, d.enabled])).toEqual([
      ['Fact checks by Factwise, Truth Meter', 12, true],
      ['Fact checks by Checkpoint Desk', 8, true],
    ]);
    expect((await store.enabled()).map((e) => e.dataset.claims.length)).toEqual([12, 8]);

    await store.setEnabled(a.info.id, false);
    expect((await store.enabled()).map((e) => e.info.id)).toEqual([b.info.id]);
    expect((await store.list())[0]!.enabled).toBe(false);

    await store.remove(b.info.id);
    expect((await store.list()).map((d) => d.id)).toEqual([a.info.id]);
    expect(await store.enabled()).toEqual([]);
    await store.restore(b.info.id);
    expect((await store.enabled()).map((e) => e.info.id)).toEqual([b.info.id]);

    await store.remove(b.info.id);
    clock += UNDO_MS + 1;
    await store.list();
    expect(await db.datasets.get(b.info.id)).toBeUndefined();
    expect(await db.datasetBodies.get(b.info.id)).toBeUndefined();
    await expect(store.restore(b.info.id)).rejects.toMatchObject({ code: 'not-found' });
    // a file removed and purged imports again as new
    expect((await store.add(b)).duplicate).toBe(false);
    db.close();
  });
});
