/**
 * Creates are idempotent when the caller picks the id (callWorker always
 * does): a retry after a lost reply — the worker stopped after writing, before
 * answering — stores nothing twice, and an id cannot be used to reach or
 * overwrite someone else's record.
 */
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAnnotationStore } from '../../src/db/annotation-store';
import { CrosscheckDatabase } from '../../src/db/database';
import { randomUuid } from '../shared/ids';
import { createRouter } from './router';

const EXT = 'chrome-extension://abcdefghijklmnop/';
const page = { url: 'https://news.example.com/story', tabId: 7 };
const evil = { url: 'https://evil.example.org/', tabId: 9 };

let db: CrosscheckDatabase;
let handle: ReturnType<typeof createRouter>;
let n = 0;
beforeEach(() => {
  db = new CrosscheckDatabase(`idempotent-test-${++n}`);
  handle = createRouter({ store: createAnnotationStore(db), extensionOrigin: EXT });
});
afterEach(async () => {
  db.close();
  await db.delete();
});

const annotation = (note = 'first', url = page.url) => ({
  url,
  urlKey: new URL(url).host + new URL(url).pathname,
  selectors: [{ type: 'TextQuoteSelector', exact: 'Raqqa' }],
  note,
});

describe('idempotent create', () => {
  it('a retry with the same id answers the saved record and stores it once', async () => {
    const id = randomUuid();
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    const first = await handle({ type: 'annotations/create', annotation: annotation(), id }, page);
    const retry = await handle({ type: 'annotations/create', annotation: annotation(), id }, page);
    expect(first).toMatchObject({ ok: true, value: { id, note: 'first' } });
    expect(retry).toEqual(first);
    expect(await db.annotations.count()).toBe(1);
  });

  it('many concurrent retries of one save still store it once', async () => {
    const id = randomUuid();
    const replies = await Promise.all(Array.from({ length: 20 }, () => handle({ type: 'annotations/create', annotation: annotation(), id }, page)));
    expect(replies.every((r) => r.ok)).toBe(true);
    expect(await db.annotations.count()).toBe(1);
  });

  it('refuses another record under a taken id, and never shows it to another site', async () => {
    const id = randomUuid();
    await handle({ type: 'annotations/create', annotation: annotation('mine'), id }, page);
    expect(await handle({ type: 'annotations/create', annotation: annotation('changed'), id }, page)).toMatchObject({ ok: false, error: { code: 'invalid' } });
    const fromEvil = await handle({ type: 'annotations/create', annotation: annotation('mine', 'https://evil.example.org/copy'), id }, evil);
    expect(fromEvil).toMatchObject({ ok: false });
    expect(JSON.stringify(fromEvil)).not.toContain('news.example.com');
    expect((await db.annotations.get(id))?.note).toBe('mine');
    expect(await db.annotations.count()).toBe(1);
  });

  it('checks the id like any other field', async () => {
    for (const id of ['', 'short', 'has spaces in it', 'x'.repeat(65), '../../etc/passwd']) {
      expect(await handle({ type: 'annotations/create', annotation: annotation(), id }, page)).toMatchObject({ ok: false, error: { code: 'invalid-message' } });
    }
    expect(await db.annotations.count()).toBe(0);
  });
});
