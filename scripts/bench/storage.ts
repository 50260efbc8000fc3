/**
 * Case 4: storage in real Chromium — the service worker's IndexedDB behind
 * the message protocol, timed from an extension page (fake-indexeddb in Node
 * is not the real thing). Insert 10,000 annotations (one import, one
 * transaction) and single saves; a page's annotations; library search; the
 * popup's first render with 10,000 stored (worker running, and stopped first).
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe } from '../../src/anchoring';
import type { Annotation } from '../../src/annotations/model';
import { sampleAnnotations } from '../../src/db/sample-annotations';
import { exportJsonLd } from '../../src/io';
import { urlKey } from '../../src/page/url-key';
import { tabIdOf } from '../../tests/e2e/harness';
import type { Browsers } from './chromium';
import { prng, type BenchPage } from './inputs';
import { alternate, row, type Row } from './report';

const STORAGE_JS = readFileSync(new URL('./page/storage.js', import.meta.url), 'utf8');
const POPUP_PROBE = readFileSync(new URL('./page/popup-probe.js', import.meta.url), 'utf8');
const PAINTED = 'crosscheck-bench:popup-painted';
/** Runs after the probe: says on the console when the probe has its last figure. */
const PAINTED_SIGNAL = `(() => {
  const state = window.__popupBench;
  let value = state.dataPainted;
  Object.defineProperty(state, 'dataPainted', { get: () => value, set: (v) => { value = v; console.debug(${JSON.stringify(PAINTED)}); }, enumerable: true });
})();`;
const COUNT = 10_000;
const ON_PAGE = 25;

type Storage = {
  once(m: unknown): Promise<[number, unknown]>;
  repeat(m: unknown, n: number): Promise<{ times: number[]; size: number | null }>;
  createEach(list: unknown[]): Promise<{ times: number[]; ids: string[] }>;
};

/** Calls a method of the in-page helper (plain JS in the page; arguments as JSON). */
function call<K extends keyof Storage>(page: Page, method: K, ...args: Parameters<Storage[K]>): Promise<Awaited<ReturnType<Storage[K]>>> {
  return page.evaluate(`window.__storage.${method}(...${JSON.stringify(args)})`) as Promise<Awaited<ReturnType<Storage[K]>>>;
}

/** 10,000 annotations across many pages, 25 of them on the bench's normal article (quotes taken from its text). */
function library(page: BenchPage, pageUrl: string, seed: number): Annotation[] {
  const all = sampleAnnotations(COUNT, { seed });
  const rand = prng(seed);
  const key = urlKey(pageUrl);
  for (let i = 0; i < ON_PAGE; i++) {
    const a = all[i * 397]!;
    const length = 20 + Math.floor(rand() * 80);
    const start = Math.floor(rand() * (page.text.length - length));
    const selectors = describe(page.text, start, start + length);
    all[i * 397] = { ...a, url: pageUrl, urlKey: key, title: page.title, selectors: [selectors.quote, selectors.position!], quote: selectors.quote.exact };
  }
  return all;
}

export async function storageCase(b: Browsers, normal: BenchPage, runs: number, log: (s: string) => void): Promise<{ rows: Row[]; notes: string[] }> {
  log('case 4: storage in Chromium (service worker IndexedDB, timed from an extension page)');
  const c = '4 storage, 10,000 notes';
  const pageUrl = b.server.url('/normal.html');
  const records = library(normal, pageUrl, 7);
  const file = exportJsonLd(records);
  const ids = records.map((a) => a.id);
  const driver = await b.ext.context.newPage();
  await driver.goto(`chrome-extension://${b.ext.extensionId}/options/options.html`);
  // evaluated, not a script tag: extension pages' CSP allows no inline scripts
  await driver.evaluate(STORAGE_JS);
  const rows: Row[] = [];
  const notes: string[] = [];
  try {
    // Insert: the whole library in one import (validation + one transaction), from empty, several times.
    const inserts: number[] = [];
    const deletes: number[] = [];
    for (let i = 0; i < Math.max(2, runs - 2); i++) {
      const [ms, report] = await call(driver, 'once', { type: 'library/import', text: file });
      inserts.push(ms);
      if ((report as { added: number }).added !== COUNT) throw new Error(`import added ${JSON.stringify(report)}`);
      const [del] = await call(driver, 'once', { type: 'library/delete-many', ids });
      deletes.push(del);
    }
    await call(driver, 'once', { type: 'library/import', text: file });
    rows.push(row(c, `insert ${COUNT.toLocaleString('en')} (library/import: JSON-LD parse, validation, one transaction)`, 'ms', inserts));
    rows.push(row(c, `delete ${COUNT.toLocaleString('en')} (library/delete-many, one transaction)`, 'ms', deletes));
    notes.push(`import file: ${(file.length / 1024 / 1024).toFixed(1)} MB of JSON-LD`);

    // Single saves, as a reader makes them, with 10,000 stored.
    const fresh = sampleAnnotations(60, { seed: 99 }).map((a) => ({ url: a.url, urlKey: a.urlKey, title: a.title, selectors: a.selectors, note: a.note, tags: a.tags, color: a.color }));
    const created = await call(driver, 'createEach', fresh);
    rows.push(row(c, 'save one note (annotations/create), with 10,000 stored', 'ms', created.times.slice(10)));
    await call(driver, 'once', { type: 'library/delete-many', ids: created.ids });

    const key = urlKey(pageUrl);
    const list = await call(driver, 'repeat', { type: 'annotations/list', urlKey: key }, 40);
    rows.push(row(c, `one page's notes (annotations/list → ${list.size})`, 'ms', list.times.slice(10), { target: { op: '<', value: 5 } }));

    const [firstQuery] = await call(driver, 'once', { type: 'library/query', text: 'observatory', limit: 50 });
    rows.push(row(c, 'first library query (builds the search index over 10,000)', 'ms', [firstQuery]));
    for (const [label, q] of [
      ['search "observatory"', { text: 'observatory' }],
      ['search "c" (first letter typed)', { text: 'c' }],
      ['search "russian federation"', { text: 'russian federation' }],
      ['search by actor alias "daesh"', { text: 'daesh' }],
      ['search word + tag + site filters', { text: 'ministry', tag: 'strikes', site: 'ledger.example' }],
    ] as const) {
      const r = await call(driver, 'repeat', { type: 'library/query', ...q, limit: 50 }, 25);
      rows.push(row(c, `library ${label} → ${r.size} hits`, 'ms', r.times.slice(5), { target: { op: '<', value: 50 } }));
    }
  } finally {
    await driver.close();
  }

  // The popup on the normal article, with 10,000 stored (25 on this page): with
  // the service worker running (it just answered), and with it stopped first,
  // as Chrome stops it after 30 s idle — the usual state when a reader opens
  // the popup a while after the page loaded.
  const tab = await b.ext.context.newPage();
  await tab.goto(pageUrl);
  await tab.waitForFunction(() => document.documentElement.dataset.crosscheck === 'ready', undefined, { timeout: 30_000 });
  const tabId = await tabIdOf(b.ext.worker, tab);
  const control = await b.ext.context.newCDPSession(tab);
  await control.send('ServiceWorker.enable');
  /** Opens the popup on the article's tab; resolves with its figures once it has painted the page's data. */
  async function openPopup() {
    const popup = await b.ext.context.newPage();
    try {
      await popup.addInitScript({ content: POPUP_PROBE });
      await popup.addInitScript({ content: PAINTED_SIGNAL });
      // Waiting on a console message, not polling the page: a poll runs in the popup's
      // renderer (Playwright injects its script there on the first one, a ~10–40 ms task)
      // and would land inside the window being measured.
      const painted = popup.waitForEvent('console', { predicate: (m) => m.text() === PAINTED, timeout: 15_000 });
      painted.catch(() => undefined); // awaited below; not left unhandled when the navigation fails first
      await popup.goto(`chrome-extension://${b.ext.extensionId}/popup/popup.html?tab=${tabId}`, { waitUntil: 'commit' });
      await painted;
      // Let the popup finish what it does after its first view (the backup reminder's storage
      // status counts all 10,000) before closing it, so none of it runs into the next popup's figures.
      await popup.waitForSelector('[data-backup]', { timeout: 10_000 }).catch(() => undefined);
      return await popup.evaluate(() => {
        const paint = performance.getEntriesByType('paint').find((e) => e.name === 'first-contentful-paint');
        const s = (window as unknown as { __popupBench: { data: number; dataPainted: number } }).__popupBench;
        const notesTab = [...document.querySelectorAll('[role="tab"]')].map((t) => t.textContent ?? '').find((t) => t.startsWith('Notes')) ?? '';
        return { fcp: paint?.startTime ?? NaN, data: s.data, dataPainted: s.dataPainted, notesTab };
      });
    } finally {
      await popup.close().catch(() => undefined);
    }
  }
  let retries = 0;
  const popups = await alternate(
    ['popup', 'stopped'] as const,
    async (which) => {
      const stop = async () => {
        if (which !== 'stopped') return;
        await control.send('ServiceWorker.stopAllWorkers');
        await new Promise((r) => setTimeout(r, 300));
      };
      await stop();
      try {
        return await openPopup();
      } catch (error) {
        // Seen once in a few runs right after stopping the worker: the popup's navigation or
        // page went away. One more try, from the same starting state.
        log(`  popup (${which}) failed, tried again: ${(error as Error).message.split('\n')[0]}`);
        retries++;
        await stop();
        return await openPopup();
      }
    },
    { runs, warmup: 1 },
  );
  await control.detach();
  await tab.close();
  const p = popups.popup;
  const cold = popups.stopped;
  rows.push(row(c, 'popup: first contentful paint', 'ms', p.map((x) => x.fcp), { target: { op: '<', value: 100 } }));
  rows.push(row(c, "popup: first render with the page's data, painted", 'ms', p.map((x) => x.dataPainted), { target: { op: '<', value: 100 } }));
  rows.push(row(c, 'popup, worker stopped first: first contentful paint', 'ms', cold.map((x) => x.fcp)));
  rows.push(row(c, "popup, worker stopped first: first render with the page's data, painted", 'ms', cold.map((x) => x.dataPainted)));
  notes.push(`popup: times from navigation start of the popup page; it listed "${p[0]?.notesTab ?? '?'}" of the 10,000${retries ? `; ${retries} popup(s) failed to open and were opened again` : ''}`);
  return { rows, notes };
}
