/**
 * Stored data that never locks the reader out, and pages that cannot switch
 * Crosscheck off or forge it (issue 17), in real Chromium with the built
 * extension:
 * - a page whose stored notes include unreadable rows shows every good note;
 *   the library says how many could not be read and offers them for export;
 * - `<img id="__crosscheckLoaded">` does not stop Crosscheck;
 * - a page that clears, replaces or edits Crosscheck's entries in the shared
 *   highlight registry gets Crosscheck's highlights back.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { urlKey } from '../../src/page/url-key';
import { launchWithExtension, serve, type ExtensionBrowser, type TestServer } from './harness';
import { STORY, article } from './fixtures';
import { highlightCounts, waitForCrosscheck } from './page-helpers';

let browser: ExtensionBrowser;
let server: TestServer;

beforeAll(async () => {
  server = await serve({
    '/notes': article(STORY, { title: 'A story with damaged notes' }),
    '/clobber': article(STORY, { title: 'A page that clobbers the start guard', extraHead: '' }).replace('<article>', '<img id="__crosscheckLoaded" alt=""><form name="__crosscheckLoaded"></form><article>'),
    '/repaint': article(STORY, { title: 'A page that repaints the highlight registry' }),
    '/plain': article(STORY, { title: 'A plain page' }),
  });
  browser = await launchWithExtension();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Writes rows straight into the worker's database, as an older or damaged build might have left them. */
async function putRows(rows: Record<string, unknown>[]): Promise<void> {
  await browser.worker.evaluate(async (list) => {
    // The worker creates the database on start: wait for it rather than create an empty one.
    for (let i = 0; i < 100 && !(await indexedDB.databases()).some((d) => d.name === 'crosscheck' && (d.version ?? 0) >= 30); i++) await new Promise((r) => setTimeout(r, 100));
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('crosscheck');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const tx = db.transaction(['annotations', 'meta'], 'readwrite');
    for (const row of list) tx.objectStore('annotations').put(row);
    // as an older build left its database: without the tally of notes, which the worker then counts (ADR 0386)
    tx.objectStore('meta').delete('noteTally');
    await new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  }, rows);
}

async function open(path: string): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(server.url(path));
  await waitForCrosscheck(page);
  return page;
}

describe('stored rows that cannot be read', () => {
  it('the content script shows every good note of the page; the library reports the bad ones and exports them', async () => {
    const url = server.url('/notes');
    const key = urlKey(url);
    const row = (i: number, exact: string, extra: Record<string, unknown> = {}) => ({
      id: `robust-note-${i}`,
      url,
      urlKey: key,
      title: 'A story with damaged notes',
      selectors: [{ type: 'TextQuoteSelector', exact }],
      note: `note ${i}`,
      tags: ['checked'],
      color: 'yellow',
      quote: exact,
      created: 1_700_000_000_000 + i,
      updated: 1_700_000_000_000 + i,
      ...extra,
    });
    await putRows([
      row(1, 'Russian warplanes struck targets in Syria'),
      row(2, 'Su-34 bombers had flown ten sorties overnight'),
      row(3, 'which tracks the war from Britain'),
      // Tags stored as one string (an older build): read as a list.
      row(4, 'the operation had been aimed at the Free Syrian Army', { tags: 'syria, lavrov' }),
      // Nothing to anchor with: cannot be read.
      row(5, 'unused', { selectors: undefined, quote: undefined }),
      // No creation time, colour a number: cannot be read.
      row(6, 'Ahmet Davutoglu said', { created: 'yesterday', color: 7 }),
    ]);

    const page = await open('/notes');
    await expect.poll(async () => (await highlightCounts(page)).annotations, { timeout: 10_000 }).toBe(4);

    const library = await browser.context.newPage();
    await library.goto(`chrome-extension://${browser.extensionId}/library/library.html`);
    await expect.poll(() => library.locator('[data-unreadable]').textContent(), { timeout: 10_000 }).toContain('2 notes could not be read — repair or export them');
    await expect.poll(() => library.locator('[data-annotation-id]').count()).toBe(4);
    const [download] = await Promise.all([library.waitForEvent('download'), library.locator('[data-unreadable] button').click()]);
    expect(download.suggestedFilename()).toMatch(/^crosscheck-unreadable-notes-.*\.json$/);
    await library.close();
    await page.close();
  });
});

describe('a page cannot switch Crosscheck off or forge it', () => {
  it('elements named like the start guard (<img id="__crosscheckLoaded">) do not stop it', async () => {
    const plain = await open('/plain');
    const expected = await highlightCounts(plain);
    await plain.close();
    const page = await open('/clobber');
    // The page's named elements are there, visible from every world as `window.__crosscheckLoaded`.
    expect(await page.evaluate(() => String((window as unknown as Record<string, unknown>).__crosscheckLoaded))).toBe('[object HTMLCollection]');
    const counts = await highlightCounts(page);
    expect(counts.actors).toBe(expected.actors);
    expect(counts.claims).toBe(expected.claims);
    expect(counts.actors).toBeGreaterThan(0);
    await page.close();
  });

  it('a page that clears, replaces or edits the highlight registry gets Crosscheck’s highlights back', async () => {
    const page = await open('/repaint');
    const original = await highlightCounts(page);
    expect(original.actors).toBeGreaterThan(0);
    const ours = Object.keys(original.layers).filter((n) => n.startsWith('cc-'));

    // 1. The page wipes the registry.
    await page.evaluate(() => CSS.highlights.clear());
    await expect.poll(async () => (await highlightCounts(page)).layers, { timeout: 5_000 }).toEqual(original.layers);

    // 2. The page registers its own "corroborated" highlight over a sentence, and deletes a layer of ours.
    const forged = ours.find((n) => n.startsWith('cc-actor'))!;
    await page.evaluate((deleted) => {
      const p = document.querySelectorAll('article p')[3]!;
      const range = new StaticRange({ startContainer: p.firstChild!, startOffset: 0, endContainer: p.firstChild!, endOffset: 40 });
      CSS.highlights.set('cc-claim-corroborates', new Highlight(range));
      CSS.highlights.delete(deleted);
    }, forged);
    await expect.poll(async () => (await highlightCounts(page)).layers, { timeout: 5_000 }).toEqual(original.layers);

    // 3. The page adds its own range to one of Crosscheck's highlights, and changes another's priority.
    await page.evaluate((layer) => {
      const p = document.querySelectorAll('article p')[4]!;
      CSS.highlights.get(layer)!.add(new StaticRange({ startContainer: p.firstChild!, startOffset: 0, endContainer: p.firstChild!, endOffset: 30 }));
    }, forged);
    await expect.poll(async () => (await highlightCounts(page)).layers, { timeout: 5_000 }).toEqual(original.layers);
    // The page's forged range is not among Crosscheck's.
    const forgedStillThere = await page.evaluate((layer) => {
      const p = document.querySelectorAll('article p')[4]!;
      for (const r of CSS.highlights.get(layer)!) if (r.startContainer === p.firstChild && r.startOffset === 0 && r.endOffset === 30) return true;
      return false;
    }, forged);
    expect(forgedStillThere).toBe(false);
    await page.close();
  });
});
