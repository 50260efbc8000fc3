/** The library's worker calls, driven through the router on fake-indexeddb. */
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Annotation } from '../../src/annotations/model';
import { CrosscheckDatabase } from '../../src/db/database';
import { createAnnotationStore } from '../../src/db/annotation-store';
import { sampleAnnotations } from '../../src/db/sample-annotations';
import type { ActorAliases } from '../../src/search/mentions';
import type { Reply } from '../shared/messages';
import type { LibraryPage } from '../shared/library-messages';
import { createLibraryService } from './library';
import { createRouter } from './router';

const EXT = 'chrome-extension://abcdefghijklmnop/';
const libraryPage = { url: `${EXT}library/library.html`, tabId: 4 };
const popup = { url: `${EXT}popup/popup.html` };
const contentScript = { url: 'https://news.example.com/2015/10/02/story', tabId: 7 };
const ACTORS: ActorAliases[] = [
  { id: 'russia', name: 'Russia', aliases: ['Russia', 'Russian Federation', 'Kremlin'] },
  { id: 'sohr', name: 'Syrian Observatory for Human Rights', aliases: ['SOHR', 'Syrian Observatory for Human Rights'] },
];

let db: CrosscheckDatabase;
let handle: ReturnType<typeof createRouter>;
let n = 0;

beforeEach(async () => {
  db = new CrosscheckDatabase(`library-router-test-${++n}-${Date.now()}`);
  const library = createLibraryService({ db, actors: () => ACTORS, now: () => Date.UTC(2025, 0, 2) });
  handle = createRouter({ store: createAnnotationStore(db), extensionOrigin: EXT, library });
});
afterEach(async () => {
  db.close();
  await db.delete();
});

function value<T>(reply: Reply<unknown>): T {
  if (!reply.ok) throw new Error(`call failed: ${reply.error.code}: ${reply.error.message}`);
  return reply.value as T;
}

const query = async (q: Record<string, unknown> = {}, sender: object = libraryPage) => value<LibraryPage>(await handle({ type: 'library/query', ...q }, sender));
const ids = (page: LibraryPage) => page.hits.map((h) => h.annotation.id);

function newAnnotation(note: string, tags: string[], quote = 'the raids near Raqqa') {
  return {
    url: 'https://news.example.com/2015/10/02/story',
    urlKey: 'news.example.com/2015/10/02/story',
    title: 'Story',
    selectors: [{ type: 'TextQuoteSelector', exact: quote }],
    note,
    tags,
  };
}

describe('library calls through the router', () => {
  it('are forbidden to content scripts, allowed to extension pages', async () => {
    const calls = [
      { type: 'library/query', text: 'x' },
      { type: 'library/facets' },
      { type: 'library/delete-many', ids: ['abcdefgh'] },
      { type: 'library/restore', annotations: [] },
      { type: 'library/export', format: 'csv' },
      { type: 'library/import', text: '[]' },
    ];
    for (const call of calls) {
      expect(await handle(call, contentScript), call.type).toMatchObject({ ok: false, error: { code: 'forbidden', message: expect.stringMatching(/own pages/) } });
      expect((await handle(call, libraryPage)).ok, call.type).toBe(true);
      expect((await handle(call, popup)).ok, call.type).toBe(true);
    }
  });

  it('validate their requests', async () => {
    const bad = [
      { type: 'library/query', limit: 10_000 },
      { type: 'library/query', text: 42 },
      { type: 'library/query', where: '*' },
      { type: 'library/export', format: 'xlsx' },
      { type: 'library/delete-many', ids: 'all' },
      { type: 'library/restore', annotations: [{ id: 'x' }] },
    ];
    for (const call of bad) expect(await handle(call, libraryPage), JSON.stringify(call)).toMatchObject({ ok: false, error: { code: 'invalid-message' } });
  });

  it('search what is created, updated and deleted through the other calls', async () => {
    const a = value<Annotation>(await handle({ type: 'annotations/create', annotation: newAnnotation('compare with SOHR', ['casualties']) }, contentScript));
    const b = value<Annotation>(await handle({ type: 'annotations/create', annotation: newAnnotation('the Kremlin line', ['denial'], 'Moscow denied it') }, contentScript));
    expect(ids(await query({ text: 'compare' }))).toEqual([a.id]);
    expect(ids(await query({ text: 'observatory' }))).toEqual([a.id]);
    expect(ids(await query({ actor: 'russia' }))).toEqual([b.id]);
    expect(ids(await query({ tag: 'denial' }))).toEqual([b.id]);
    expect((await query()).total).toBe(2);

    // Changes after the index exists are followed.
    await handle({ type: 'annotations/update', id: a.id, patch: { note: 'nothing to compare now', tags: ['checked'] }, baseUpdated: a.updated }, popup);
    expect(ids(await query({ tag: 'checked' }))).toEqual([a.id]);
    expect((await query({ text: 'observatory' })).total).toBe(0);
    const c = value<Annotation>(await handle({ type: 'annotations/create', annotation: newAnnotation('a third one', []) }, contentScript));
    expect(ids(await query({ text: 'third' }))).toEqual([c.id]);
    await handle({ type: 'annotations/delete', id: c.id }, popup);
    expect((await query({ text: 'third' })).total).toBe(0);

    const facets = value<{ total: number; actors: { id: string }[]; sites: { value: string }[] }>(await handle({ type: 'library/facets' }, libraryPage));
    expect(facets.total).toBe(2);
    expect(facets.actors.map((x) => x.id)).toEqual(['russia']);
    expect(facets.sites).toEqual([{ value: 'news.example.com', count: 2 }]);
  });

  it('delete many and restore them (undo), with the index following', async () => {
    await db.annotations.bulkAdd(sampleAnnotations(30, { seed: 5 }));
    const all = await query({ limit: 100 });
    expect(all.total).toBe(30);
    const victims = ids(all).slice(0, 10);
    const deleted = value<Annotation[]>(await handle({ type: 'library/delete-many', ids: victims }, libraryPage));
    expect(deleted.map((a) => a.id).sort()).toEqual([...victims].sort());
    expect((await query()).total).toBe(20);
    expect(value(await handle({ type: 'library/restore', annotations: deleted }, libraryPage))).toEqual({ restored: 10 });
    expect(ids(await query({ limit: 100 }))).toEqual(ids(all));
  });

  it('export, wipe, import: identical; importing again doubles nothing', async () => {
    const sample = sampleAnnotations(120, { seed: 6 });
    await db.annotations.bulkAdd(sample);
    const before = await db.annotations.orderBy('id').toArray();
    await query(); // the index exists, and must follow the wipe and the import
    const file = value<{ filename: string; text: string; mimeType: string }>(await handle({ type: 'library/export', format: 'jsonld' }, libraryPage));
    expect(file.filename).toBe('crosscheck-annotations-2025-01-02.jsonld');

    value(await handle({ type: 'library/delete-many', ids: sample.map((a) => a.id) }, libraryPage));
    expect((await query()).total).toBe(0);

    expect(value(await handle({ type: 'library/import', text: file.text }, libraryPage))).toEqual({ added: 120, duplicates: 0, repeated: 0, unsupported: 0 });
    expect(await db.annotations.orderBy('id').toArray()).toEqual(before);
    expect((await query()).total).toBe(120);
    expect(value(await handle({ type: 'library/import', text: file.text }, libraryPage))).toEqual({ added: 0, duplicates: 120, repeated: 0, unsupported: 0 });
  });

  it('exports chosen ids as Markdown or CSV', async () => {
    const sample = sampleAnnotations(5, { seed: 8 });
    await db.annotations.bulkAdd(sample);
    const csv = value<{ text: string }>(await handle({ type: 'library/export', format: 'csv', ids: [sample[1]!.id] }, libraryPage));
    expect(csv.text.trim().split('\r\n')).toHaveLength(2);
    const md = value<{ text: string }>(await handle({ type: 'library/export', format: 'markdown' }, libraryPage));
    expect(md.text).toContain('Exported 2025-01-02: 5 annotations');
  });

  it('import a broken file: a clear error and nothing changed', async () => {
    await db.annotations.bulkAdd(sampleAnnotations(3, { seed: 9 }));
    const before = await db.annotations.toArray();
    const file = JSON.parse(value<{ text: string }>(await handle({ type: 'library/export', format: 'jsonld' }, libraryPage)).text);
    file.first.items = [...file.first.items, ...sampleAnnotations(3, { seed: 10 }).map((a) => ({ ...structuredClone(file.first.items[0]), id: `urn:crosscheck:annotation:${a.id}` }))];
    file.first.items[4].target.selector[0].exact = '';
    const reply = await handle({ type: 'library/import', text: JSON.stringify(file) }, libraryPage);
    expect(reply).toMatchObject({ ok: false, error: { code: 'invalid' } });
    if (!reply.ok) expect(reply.error.message).toMatch(/^Nothing was imported: 1 of 6 annotations are invalid[^]*item 5 \(id urn:crosscheck:annotation:sample-000001-\w+\): target\.selector\[0\]\.exact: must not be empty/);
    expect(await db.annotations.toArray()).toEqual(before);

    expect(await handle({ type: 'library/import', text: '{not json' }, libraryPage)).toMatchObject({ ok: false, error: { code: 'invalid', message: expect.stringMatching(/not valid JSON/) } });
  });
});

describe('library index recovery', () => {
  it('rebuilds after a failed build instead of staying broken', async () => {
    let fail = true;
    const library = createLibraryService({
      db,
      actors: () => {
        if (fail) throw new Error('dataset unavailable');
        return ACTORS;
      },
    });
    await db.annotations.bulkAdd(sampleAnnotations(3, { seed: 1 }));
    await expect(library.query({})).rejects.toThrow('dataset unavailable');
    fail = false;
    expect((await library.query({})).total).toBe(3);
  });
});
