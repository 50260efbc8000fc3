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
import type { Browsers } from './chromium';
import { prng, type BenchPage } from './inputs';
import { callSummary, popupRows, popupRuns, popupTarget } from './popup';
import { row, type Row } from './report';

const STORAGE_JS = readFileSync(new URL('./page/storage.js', import.meta.url), 'utf8');
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

  // The popup on the normal article, with 10,000 stored (25 on this page): popup.ts.
  const target = await popupTarget('crosscheck', b.ext, pageUrl);
  try {
    const { running, stopped, retries } = await popupRuns([target], runs, log);
    const p = running.crosscheck!;
    rows.push(...popupRows(c, p, stopped.crosscheck!));
    notes.push(`popup: times from navigation start of the popup page; it listed "${p[0]?.notesTab ?? '?'}" of the 10,000${retries ? `; ${retries} popup(s) failed to open and were opened again` : ''}`);
  } finally {
    await target.control.detach().catch(() => undefined);
    await target.tab.close().catch(() => undefined);
  }
  return { rows, notes };
}

/**
 * `--only popup`: the popup rows alone. Imports the same 10,000 notes into
 * each build (this one, and the `--baseline` build when given) and opens the
 * popups of both in the same rounds.
 */
export async function popupCase(b: Browsers, normal: BenchPage, runs: number, log: (s: string) => void): Promise<{ rows: Row[]; notes: string[] }> {
  log('case popup: the popup with 10,000 notes stored (worker running, and stopped first)');
  const c = '4 storage, 10,000 notes';
  const pageUrl = b.server.url('/normal.html');
  const file = exportJsonLd(library(normal, pageUrl, 7));
  const builds = [['crosscheck', b.ext], ...(b.baseline ? [['baseline', b.baseline] as const] : [])] as const;
  const targets = [];
  for (const [name, ext] of builds) {
    const driver = await ext.context.newPage();
    await driver.goto(`chrome-extension://${ext.extensionId}/options/options.html`);
    await driver.evaluate(STORAGE_JS);
    const [, report] = await call(driver, 'once', { type: 'library/import', text: file });
    if ((report as { added: number }).added !== COUNT) throw new Error(`${name}: import added ${JSON.stringify(report)}`);
    await driver.close();
    targets.push(await popupTarget(name, ext, pageUrl));
  }
  try {
    const { running, stopped, retries } = await popupRuns(targets, runs, log);
    const rows = targets.flatMap((t) => popupRows(c, running[t.name]!, stopped[t.name]!, t.name === 'baseline' ? 'baseline build: ' : ''));
    const notes = [
      `popup: times from navigation start of the popup page; it listed "${running.crosscheck![0]?.notesTab ?? '?'}" of the 10,000${retries ? `; ${retries} popup(s) failed to open and were opened again` : ''}`,
      ...targets.flatMap((t) => [callSummary(`${t.name}, worker running`, running[t.name]!), callSummary(`${t.name}, worker stopped first`, stopped[t.name]!)]),
    ];
    return { rows, notes };
  } finally {
    for (const t of targets) {
      await t.control.detach().catch(() => undefined);
      await t.tab.close().catch(() => undefined);
    }
  }
}
