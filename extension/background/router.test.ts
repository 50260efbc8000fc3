import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CrosscheckDatabase } from '../../src/db/database';
import { createAnnotationStore } from '../../src/db/annotation-store';
import { newAnnotation } from './fixtures.test-util';
import { createRouter } from './router';

const EXT = 'chrome-extension://abcdefghijklmnop/';
const page = { url: 'https://news.example.com/2015/10/02/story', tabId: 7 };
const popup = { url: `${EXT}popup/popup.html` };


let db: CrosscheckDatabase;
let handle: ReturnType<typeof createRouter>;
let n = 0;

beforeEach(async () => {
  db = new CrosscheckDatabase(`router-test-${++n}`);
  handle = createRouter({ store: createAnnotationStore(db), extensionOrigin: EXT });
});
afterEach(async () => {
  db.close();
  await db.delete();
});

describe('worker router', () => {
  it('creates, lists, updates and deletes through validated calls', async () => {
    const created = await handle({ type: 'annotations/create', annotation: newAnnotation() }, page);
    expect(created.ok).toBe(true);
    const id = (created as { value: { id: string } }).value.id;

    const listed = await handle({ type: 'annotations/list', urlKey: 'news.example.com/2015/10/02/story' }, page);
    expect(listed).toMatchObject({ ok: true, value: [{ id, quote: 'Raqqa', note: 'check this', tags: ['strikes'] }] });

    const base = (created as { value: { updated: number } }).value.updated;
    const updated = await handle({ type: 'annotations/update', id, patch: { note: 'checked', tags: ['a', 'b'] }, baseUpdated: base }, popup);
    expect(updated).toMatchObject({ ok: true, value: { note: 'checked', tags: ['a', 'b'] } });
    // An edit of the version before that one is refused, and changes nothing.
    const stale = await handle({ type: 'annotations/update', id, patch: { color: 'blue' }, baseUpdated: base }, popup);
    expect(stale).toMatchObject({ ok: false, error: { code: 'conflict' } });
    if (!stale.ok) expect(stale.error.message).toMatch(/changed elsewhere since you opened it/);
    expect(await db.annotations.get(id)).toMatchObject({ note: 'checked', color: 'yellow' });

    expect(await handle({ type: 'annotations/delete', id }, popup)).toMatchObject({ ok: true, value: { id } });
    expect(await db.annotations.count()).toBe(0);
  });

  const malformed: [string, unknown][] = [
    ['not an object', 'hello'],
    ['null', null],
    ['unknown type', { type: 'annotations/drop-all' }],
    ['missing field', { type: 'annotations/list' }],
    ['wrong field type', { type: 'annotations/list', urlKey: 42 }],
    ['extra field', { type: 'annotations/delete', id: 'abcdefgh', where: '*' }],
    ['empty quote', { type: 'annotations/create', annotation: newAnnotation({ selectors: [{ type: 'TextQuoteSelector', exact: '' }] }) }],
    ['bad url', { type: 'annotations/create', annotation: newAnnotation({ url: 'javascript:alert(1)x' }) }],
    ['huge note', { type: 'annotations/create', annotation: newAnnotation({ note: 'x'.repeat(50_000) }) }],
  ];

  it.each(malformed)('answers a malformed message (%s) with an error and changes nothing', async (_label, message) => {
    await handle({ type: 'annotations/create', annotation: newAnnotation() }, page);
    const before = await db.annotations.toArray();
    const reply = await handle(message, page);
    expect(reply.ok).toBe(false);
    if (!reply.ok) {
      expect(reply.error.code).toBe('invalid-message');
      expect(reply.error.message).toMatch(/Malformed request/);
    }
    expect(await db.annotations.toArray()).toEqual(before);
  });

  it('does not let a page reach annotations of another site', async () => {
    const created = await handle({ type: 'annotations/create', annotation: newAnnotation() }, page);
    const id = (created as { value: { id: string } }).value.id;
    const evil = { url: 'https://evil.example.org/', tabId: 9 };

    expect(await handle({ type: 'annotations/list', urlKey: 'news.example.com/2015/10/02/story' }, evil)).toEqual({ ok: true, value: [] });
    expect(await handle({ type: 'annotations/delete', id }, evil)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await handle({ type: 'annotations/update', id, patch: { note: 'pwned' }, baseUpdated: 0 }, evil)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await handle({ type: 'annotations/create', annotation: newAnnotation() }, evil)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    // Claiming the other site's page as its canonical does not help either.
    const spoof = newAnnotation({ url: 'https://evil.example.org/copy', urlKey: 'news.example.com/2015/10/02/story' });
    expect(await handle({ type: 'annotations/create', annotation: spoof }, evil)).toMatchObject({ ok: true });
    const seenByEvil = await handle({ type: 'annotations/list', urlKey: 'news.example.com/2015/10/02/story' }, evil);
    expect((seenByEvil as { value: { url: string }[] }).value.map((a) => a.url)).toEqual(['https://evil.example.org/copy']);
    expect((await db.annotations.get(id))?.note).toBe('check this');
    expect(await db.annotations.count()).toBe(2);
  });

  it('lets a syndicated copy (canonical on another host) keep its own notes', async () => {
    const mirror = { url: 'http://127.0.0.1:8080/world/story.html', tabId: 3 };
    const annotation = newAnnotation({ url: mirror.url, urlKey: 'ledger.example/world/story' });
    expect(await handle({ type: 'annotations/create', annotation }, mirror)).toMatchObject({ ok: true });
    expect(await handle({ type: 'annotations/list', urlKey: 'ledger.example/world/story' }, mirror)).toMatchObject({ ok: true, value: [{ url: mirror.url }] });
  });

  it('reports a missing annotation as not-found on update', async () => {
    expect(await handle({ type: 'annotations/update', id: 'nonexistent', patch: { note: 'x' }, baseUpdated: 0 }, popup)).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });
});

describe('annotations/for-tab (ADR 0365)', () => {
  const key = 'news.example.com/2015/10/02/story';
  const asked: [number, unknown][] = [];
  const routerWith = (answer: (tabId: number) => Promise<unknown>) =>
    createRouter({
      store: createAnnotationStore(db),
      extensionOrigin: EXT,
      askPage: (tabId, message) => (asked.push([tabId, message]), answer(tabId)),
    });

  beforeEach(() => {
    asked.length = 0;
  });

  it('answers the notes of the page in a tab, under the key its content script gives', async () => {
    await handle({ type: 'annotations/create', annotation: newAnnotation() }, page);
    await handle({ type: 'annotations/create', annotation: newAnnotation({ url: 'https://news.example.com/other', urlKey: 'news.example.com/other' }) }, page);
    const route = routerWith(async () => ({ ok: true, value: { url: page.url, urlKey: key, title: 'Story', state: 'ready' } }));
    const reply = await route({ type: 'annotations/for-tab', tabId: 12 }, popup);
    expect(asked).toEqual([[12, { type: 'page/info' }]]);
    expect(reply).toMatchObject({ ok: true, value: { urlKey: key, annotations: [{ quote: 'Raqqa', urlKey: key }] } });
    expect((reply as { value: { annotations: unknown[] } }).value.annotations).toHaveLength(1);
  });

  it('answers null where no content script answers, or its answer has no usable key', async () => {
    for (const answer of [async () => Promise.reject(new Error('Could not establish connection')), async () => undefined, async () => ({ ok: false, error: { code: 'internal', message: 'x' } }), async () => ({ ok: true, value: { urlKey: '' } })]) {
      expect(await routerWith(answer)({ type: 'annotations/for-tab', tabId: 3 }, popup)).toEqual({ ok: true, value: null });
    }
  });

  it('lists by the key the tab\'s content script last asked its notes by, without asking the page', async () => {
    const remembered = new Map<number, string>();
    const tabKeys = { remember: (tabId: number, urlKey: string) => void remembered.set(tabId, urlKey), recall: async (tabId: number) => remembered.get(tabId) };
    const route = createRouter({ store: createAnnotationStore(db), extensionOrigin: EXT, tabKeys, askPage: async (tabId, message) => (asked.push([tabId, message]), undefined) });
    await route({ type: 'annotations/create', annotation: newAnnotation() }, page);
    // the popup's own anchors call (an extension page) is not a tab's key
    await route({ type: 'annotations/anchors', urlKey: 'news.example.com/elsewhere' }, { ...popup, tabId: 30 });
    await route({ type: 'annotations/anchors', urlKey: key }, page);
    expect([...remembered]).toEqual([[page.tabId, key]]);
    const reply = await route({ type: 'annotations/for-tab', tabId: page.tabId }, popup);
    expect(reply).toMatchObject({ ok: true, value: { urlKey: key, annotations: [{ urlKey: key }] } });
    expect(asked).toEqual([]);
    // a tab it knows nothing of: the page is asked
    expect(await route({ type: 'annotations/for-tab', tabId: 30 }, popup)).toEqual({ ok: true, value: null });
    expect(asked).toEqual([[30, { type: 'page/info' }]]);
  });

  it('is refused to content scripts (another tab\'s notes) and validated', async () => {
    const route = routerWith(async () => ({ ok: true, value: { urlKey: key } }));
    expect(await route({ type: 'annotations/for-tab', tabId: 12 }, page)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await route({ type: 'annotations/for-tab', tabId: -1 }, popup)).toMatchObject({ ok: false, error: { code: 'invalid-message' } });
    expect(await route({ type: 'annotations/for-tab', tabId: '12' }, popup)).toMatchObject({ ok: false, error: { code: 'invalid-message' } });
    expect(asked).toEqual([]);
  });
});
