/**
 * Nothing lost, in real Chromium with the built extension (docs/security.md):
 * the service worker stopped in the middle of a reader's work (as Chrome stops
 * it after ~30 s idle) wakes on the next save and loses nothing; two tabs
 * saving 500 annotations each at once (and an import beside them) store all
 * exactly once, and the stored tally of notes the storage status reads
 * agrees with the rows; a database the browser wiped is noticed and reported.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, serve, type ExtensionBrowser, type TestServer } from './harness';
import { STORY, article } from './fixtures';
import { annotateSelection, highlightCounts, selectText, waitForCrosscheck } from './page-helpers';
import { watchServiceWorker, withContentWorld } from './security-helpers';
import { exportJsonLd } from '../../src/io';
import { sampleAnnotations } from '../../src/db/sample-annotations';

let browser: ExtensionBrowser;
let server: TestServer;
let extensionPage: Page;
let sw: Awaited<ReturnType<typeof watchServiceWorker>>;

beforeAll(async () => {
  server = await serve({
    '/story.html': article(STORY),
    '/world/a.html': article(STORY, { title: 'Page A of the site' }),
    '/world/b.html': article(STORY, { title: 'Page B of the site' }),
  });
  browser = await launchWithExtension();
  extensionPage = await browser.context.newPage();
  await extensionPage.goto(`chrome-extension://${browser.extensionId}/popup/popup.html`);
  sw = await watchServiceWorker(browser.context, extensionPage);
});
afterAll(async () => {
  await sw?.detach();
  await browser?.close();
  await server?.close();
});

interface Reply<T> {
  ok: boolean;
  value: T;
  error?: { code: string; message: string };
}
interface Stored {
  id: string;
  note: string;
  urlKey: string;
}

/** A worker call from an extension page (the popup's path). */
async function call<T>(message: object): Promise<Reply<T>> {
  return (await extensionPage.evaluate((m) => chrome.runtime.sendMessage(m), message)) as Reply<T>;
}

async function listPage(urlKey: string): Promise<Stored[]> {
  const reply = await call<Stored[]>({ type: 'annotations/list', urlKey });
  if (!reply.ok) throw new Error(JSON.stringify(reply));
  return reply.value;
}

const keyOf = (path: string) => `${new URL(server.origin).host}${path}`;

describe('service worker lifetime', () => {
  it('a worker stopped mid-work loses nothing: the next save wakes it and succeeds, all notes there after reload', async () => {
    const page = await browser.context.newPage();
    await page.goto(server.url('/story.html'));
    await waitForCrosscheck(page);
    await selectText(page, 'the strikes near Raqqa killed 12 militants');
    await annotateSelection(page, { note: 'before the stop', tags: 'one' });
    await expect.poll(async () => (await highlightCounts(page)).annotations).toBe(1);

    // Something only this worker instance holds in memory.
    await browser.worker.evaluate(() => ((self as unknown as { __probe: number }).__probe = 1));
    const stoppedAt = Date.now();
    await sw.stop();

    // The reader saves again on the same page: the message wakes a new worker.
    await selectText(page, 'Su-34 bombers had flown ten sorties overnight');
    await annotateSelection(page, { note: 'after the stop', tags: 'two' });
    await expect.poll(async () => (await highlightCounts(page)).annotations, { timeout: 10_000 }).toBe(2);
    await sw.running(stoppedAt);
    expect(await browser.worker.evaluate(() => (self as unknown as { __probe?: number }).__probe)).toBeUndefined(); // a fresh instance

    // Mid-work: 400 saves streaming in from an extension page, the worker stopped while they are in
    // flight. Each save is sent the way callWorker (extension/shared/client.ts) sends it: with an id
    // of its own, and sent once more when the first attempt gets no answer.
    const streaming = extensionPage.evaluate(`(async () => {
      const firstTry = { ok: 0, thrown: 0, noAnswer: 0, refused: 0 };
      const replies = [];
      const pending = [];
      for (let i = 0; i < 400; i++) {
        const message = { type: 'annotations/create', id: 'stream-' + String(i).padStart(4, '0') + '-' + Math.random().toString(36).slice(2, 10), annotation: {
          url: 'https://news.example.com/stream', urlKey: 'news.example.com/stream',
          selectors: [{ type: 'TextQuoteSelector', exact: 'passage ' + i }], note: 'stream ' + i } };
        pending.push((async () => {
          let reply;
          let threw = false;
          try { reply = await chrome.runtime.sendMessage(message); } catch (e) { threw = true; }
          if (reply === undefined) {
            if (threw) firstTry.thrown++; else firstTry.noAnswer++;
            reply = await chrome.runtime.sendMessage(message).catch((e) => ({ ok: false, error: { code: 'thrown', message: String(e) } }));
          } else if (reply.ok) firstTry.ok++; else firstTry.refused++;
          replies.push(reply ?? { ok: false, error: { code: 'no-answer', message: 'no answer' } });
        })());
        if (i % 20 === 19) await new Promise((resolve) => setTimeout(resolve, 4));
      }
      await Promise.all(pending);
      return { replies, firstTry };
    })()`) as Promise<{ replies: Reply<Stored>[]; firstTry: { ok: number; thrown: number; noAnswer: number; refused: number } }>;
    await new Promise((resolve) => setTimeout(resolve, 40));
    const midAt = Date.now();
    await sw.stop();
    const { replies, firstTry } = await streaming;
    await sw.running(midAt);
    const acknowledged = replies.filter((r) => r.ok).map((r) => r.value.id);
    const failed = replies.filter((r) => !r.ok);
    const stored = await listPage('news.example.com/stream');
    // Every save is stored exactly once, and every reply says so.
    expect(replies).toHaveLength(400);
    expect(failed).toEqual([]);
    expect(new Set(stored.map((a) => a.id)).size).toBe(stored.length);
    expect(stored.map((a) => a.id).sort()).toEqual([...acknowledged].sort());
    expect(stored.map((a) => a.note).sort()).toEqual(Array.from({ length: 400 }, (_, i) => `stream ${i}`).sort());

    // Stopped once more while idle, then the reader comes back: everything is there.
    await sw.stop();
    await page.reload();
    await waitForCrosscheck(page);
    await expect.poll(async () => (await highlightCounts(page)).annotations, { timeout: 10_000 }).toBe(2);
    expect((await listPage(keyOf('/story.html'))).map((a) => a.note)).toEqual(['before the stop', 'after the stop']);
    console.log(
      `worker lifetime: stopped ${sw.stops()} times (ServiceWorker.stopAllWorkers, verified "stopped"); mid-stream: ${firstTry.ok}/400 answered at once, ${400 - firstTry.ok} answered after one retry (${firstTry.thrown} first attempts failed, ${firstTry.noAnswer} got no answer); ${stored.length} stored, 0 lost, 0 doubled`,
    );
    await page.close();
  });
});

describe('concurrency', () => {
  it('two tabs on two pages of one site save 500 annotations each at the same time: 1,000 stored exactly once', async () => {
    const tabs = await Promise.all(['/world/a.html', '/world/b.html'].map(async (path) => {
      const page = await browser.context.newPage();
      // The content script's own world: its chrome.runtime, the page as sender — the path the toolbar takes.
      const world = await withContentWorld(page, () => page.goto(server.url(path)));
      await waitForCrosscheck(page);
      return { page, world, path };
    }));
    const imported = exportJsonLd(sampleAnnotations(300, { seed: 21 }));
    const started = performance.now();
    // an import from the library page at the same time
    const importing = call<{ added: number }>({ type: 'library/import', text: imported });
    const results = await Promise.all(
      tabs.map(({ world, path }, t) =>
        world.eval<{ ok: number; failed: string[]; ids: string[] }>(`(async () => {
          const words = document.querySelector('article').textContent.split(/\\s+/).filter(Boolean);
          const replies = await Promise.all(Array.from({ length: 500 }, (_, i) => chrome.runtime.sendMessage({ type: 'annotations/create', annotation: {
            url: location.href, urlKey: location.host + ${JSON.stringify(path)}, title: document.title,
            selectors: [{ type: 'TextQuoteSelector', exact: words.slice(i % 40, i % 40 + 4).join(' '), prefix: '', suffix: '' }, { type: 'TextPositionSelector', start: i, end: i + 10 }],
            note: 'tab ${t} note ' + i, tags: ['load', 'tab${t}'] } })));
          return { ok: replies.filter((r) => r && r.ok).length, failed: replies.filter((r) => !r || !r.ok).map((r) => JSON.stringify(r)).slice(0, 3), ids: replies.filter((r) => r && r.ok).map((r) => r.value.id) };
        })()`),
      ),
    );
    const importReply = await importing;
    const elapsed = performance.now() - started;
    expect(importReply).toMatchObject({ ok: true, value: { added: 300 } });
    expect(results.map((r) => r.failed)).toEqual([[], []]);
    expect(results.map((r) => r.ok)).toEqual([500, 500]);

    const [a, b] = await Promise.all([listPage(keyOf('/world/a.html')), listPage(keyOf('/world/b.html'))]);
    expect(a).toHaveLength(500);
    expect(b).toHaveLength(500);
    const ids = [...a, ...b].map((x) => x.id);
    expect(new Set(ids).size).toBe(1_000);
    expect(ids.sort()).toEqual([...results[0]!.ids, ...results[1]!.ids].sort());
    const notes = (list: Stored[]) => list.map((x) => x.note).sort();
    expect(notes(a)).toEqual(Array.from({ length: 500 }, (_, i) => `tab 0 note ${i}`).sort());
    expect(notes(b)).toEqual(Array.from({ length: 500 }, (_, i) => `tab 1 note ${i}`).sort());
    const byTag = await call<{ total: number }>({ type: 'library/query', tag: 'load', limit: 1 });
    expect(byTag.value.total).toBe(1_000);
    // The storage status reads the stored tally (ADR 0386): it agrees with the rows counted straight in IndexedDB.
    const rows = await browser.worker.evaluate(async () => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open('crosscheck');
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      const count = await new Promise<number>((resolve, reject) => {
        const request = db.transaction('annotations').objectStore('annotations').count();
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      db.close();
      return count;
    });
    const status = await call<{ total: number }>({ type: 'status/get' });
    expect(rows).toBeGreaterThanOrEqual(1_300);
    expect(status.value.total).toBe(rows);
    console.log(`concurrency: 2 tabs × 500 annotations saved at once through the content scripts, and 300 imported beside them, in ${Math.round(elapsed)} ms; 1,000 stored, 0 lost, 0 doubled; status total ${status.value.total} = ${rows} rows`);
    for (const { page, world } of tabs) {
      await world.detach();
      await page.close();
    }
  });
});

describe('eviction', () => {
  it('notices that the browser wiped the database, reports it once the worker restarts, until dismissed', async () => {
    expect((await call({ type: 'annotations/create', annotation: { url: 'https://news.example.com/x', urlKey: 'news.example.com/x', selectors: [{ type: 'TextQuoteSelector', exact: 'x' }] } })).ok).toBe(true);
    const before = await call<{ evicted: unknown; total: number; persisted: boolean | null }>({ type: 'status/get' });
    expect(before.value.evicted).toBeNull();
    expect(before.value.total).toBeGreaterThan(0);

    // What the browser does under storage pressure: the origin's IndexedDB is deleted (extension storage stays).
    const deleted = await browser.worker.evaluate(
      () =>
        new Promise<string>((resolve) => {
          const request = indexedDB.deleteDatabase('crosscheck');
          request.onsuccess = () => resolve('deleted');
          request.onerror = () => resolve(`error ${request.error?.name}`);
          request.onblocked = () => resolve('blocked');
        }),
    );
    expect(deleted).toBe('deleted'); // Dexie closes its connection on versionchange
    await sw.stop();

    const after = await call<{ evicted: { detectedAt: number } | null; total: number; unexportedCount: number }>({ type: 'status/get' });
    expect(after.ok).toBe(true);
    expect(after.value.evicted?.detectedAt).toBeGreaterThan(0);
    expect(after.value.total).toBe(0);
    expect((await call({ type: 'status/dismiss-eviction' })).ok).toBe(true);
    expect((await call<{ evicted: unknown }>({ type: 'status/get' })).value.evicted).toBeNull();
    console.log(`eviction: database wiped with ${before.value.total} notes → reported after the restart; persistent storage granted: ${before.value.persisted}`);
  });
});
