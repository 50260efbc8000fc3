import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CrosscheckDatabase } from '../../src/db/database';
import { createAnnotationStore } from '../../src/db/annotation-store';
import { createDatasetStore } from '../../src/db/dataset-store';
import { createRouter } from './router';
import { newAnnotation } from './fixtures.test-util';

const EXT = 'chrome-extension://abcdefghijklmnop/';
const page = { url: 'https://news.example.com/2024/story', tabId: 7 };
const options = { url: `${EXT}options/options.html` };
const feed = readFileSync(resolve(__dirname, '../../tests/fixtures/datasets/claimreview-array.json'), 'utf8');

let db: CrosscheckDatabase;
let handle: ReturnType<typeof createRouter>;
let changes = 0;
let n = 0;

beforeEach(() => {
  db = new CrosscheckDatabase(`router-datasets-${++n}`);
  changes = 0;
  handle = createRouter({ store: createAnnotationStore(db), extensionOrigin: EXT, datasets: createDatasetStore(db), onDatasetsChanged: () => void changes++ });
});
afterEach(async () => {
  db.close();
  await db.delete();
});

describe('dataset calls', () => {
  it('imports from an extension page, lists, switches, reads the enabled claims; content scripts get none of it', async () => {
    const imported = await handle({ type: 'datasets/import', fileName: 'feed.json', text: feed }, options);
    expect(imported).toMatchObject({ ok: true, value: { duplicate: false, dataset: { claims: 12, enabled: true } } });
    expect(changes).toBe(1);
    const again = await handle({ type: 'datasets/import', fileName: 'copy.json', text: feed }, options);
    expect(again).toMatchObject({ ok: true, value: { duplicate: true } });
    expect(changes).toBe(1);
    const id = (imported as { value: { dataset: { id: string } } }).value.dataset.id;

    // a page's content script gets only what its text matched, from the analysis port (ADR 0095)
    expect(await handle({ type: 'datasets/enabled' }, page)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const enabled = await handle({ type: 'datasets/enabled' }, options);
    expect((enabled as { value: { dataset: { claims: unknown[] } }[] }).value[0]!.dataset.claims).toHaveLength(12);
    await handle({ type: 'datasets/set-enabled', id, enabled: false }, options);
    expect(await handle({ type: 'datasets/enabled' }, options)).toEqual({ ok: true, value: [] });
    expect(changes).toBe(2);
  });

  it('a page cannot import, list, switch or remove', async () => {
    for (const request of [{ type: 'datasets/import', fileName: 'x.json', text: feed }, { type: 'datasets/list' }, { type: 'datasets/remove', id: 'import-0123456789abcdef' }]) {
      expect(await handle(request, page)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    expect(await db.datasets.count()).toBe(0);
  });

  it('a bad file is refused with its reason and stores nothing', async () => {
    const reply = await handle({ type: 'datasets/import', fileName: 'bad.json', text: '[{"@type":"ClaimReview","claimReviewed":42}]' }, options);
    expect(reply).toMatchObject({ ok: false, error: { code: 'invalid', message: expect.stringContaining('bad.json: [0].claimReviewed: expected a non-empty text, got a number') } });
    expect(await db.datasets.count()).toBe(0);
    expect(await db.datasetBodies.count()).toBe(0);
    expect(changes).toBe(0);
    // malformed requests never reach the store
    expect(await handle({ type: 'datasets/set-enabled', id: '../x', enabled: true }, options)).toMatchObject({ ok: false, error: { code: 'invalid-message' } });
  });

  it('adds the reader\'s notes as "My notes", never the asking page\'s own, and tells pages when one is saved or deleted', async () => {
    const notesHandle = createRouter({
      store: createAnnotationStore(db),
      extensionOrigin: EXT,
      datasets: createDatasetStore(db),
      onDatasetsChanged: () => void changes++,
      notes: () => db.annotations.toArray(),
    });
    const created = await notesHandle({ type: 'annotations/create', annotation: newAnnotation({ selectors: [{ type: 'TextQuoteSelector', exact: 'Turkey says Russia flew 14 drones into Turkish airspace near Kilis.' }] }) }, page);
    expect(created.ok).toBe(true);
    expect(changes).toBe(1);
    const elsewhere = (await notesHandle({ type: 'datasets/enabled', excludeUrlKey: 'other.example.com/b' }, options)) as { value: { info: { id: string }; dataset: { claims: unknown[] } }[] };
    expect(elsewhere.value.map((e) => [e.info.id, e.dataset.claims.length])).toEqual([['my-notes', 1]]);
    expect(await notesHandle({ type: 'datasets/enabled', excludeUrlKey: 'news.example.com/2015/10/02/story' }, options)).toEqual({ ok: true, value: [] });
    await notesHandle({ type: 'annotations/delete', id: (created as { value: { id: string } }).value.id }, page);
    expect(changes).toBe(2);
    expect(await notesHandle({ type: 'datasets/enabled' }, options)).toEqual({ ok: true, value: [] });
  });
});
