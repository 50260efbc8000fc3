/**
 * Backups of any size, in real Chromium with the built extension: a library
 * of 100,000 notes (seeded straight into the worker's database) is exported
 * from the library page, wiped, and imported back from the downloaded file —
 * same count, same content hash. An export forced to fail (the file cannot be
 * handed to the reader) says so and leaves the backup reminder as it was.
 */
import { statSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, type ExtensionBrowser } from './harness';

const NOTES = 100_000;

let browser: ExtensionBrowser;
let page: Page;

interface Reply<T> {
  ok: boolean;
  value: T;
  error?: { code: string; message: string };
}

async function call<T>(message: Record<string, unknown>): Promise<T> {
  const reply = (await page.evaluate((m) => chrome.runtime.sendMessage(m), message)) as Reply<T>;
  if (!reply?.ok) throw new Error(`call ${String(message.type)} failed: ${JSON.stringify(reply)}`);
  return reply.value;
}

/** Writes `count` notes straight into the worker's database (IndexedDB, one transaction). */
async function seed(count: number): Promise<void> {
  await browser.worker.evaluate(async (n) => {
    // The worker creates the database on start: wait for it rather than create an empty one.
    for (let i = 0; i < 100 && !(await indexedDB.databases()).some((d) => d.name === 'crosscheck' && (d.version ?? 0) >= 30); i++) await new Promise((r) => setTimeout(r, 100));
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('crosscheck');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const tx = db.transaction(['annotations', 'meta'], 'readwrite');
    const store = tx.objectStore('annotations');
    // as an older build left its database: without the tally of notes, which the worker then counts (ADR 0386)
    tx.objectStore('meta').delete('noteTally');
    const base = Date.UTC(2015, 9, 1);
    for (let i = 0; i < n; i++) {
      const site = `news${i % 37}.example.com`;
      const quote = `Passage ${i}: the ministry said ${i % 500} sorties were flown near Raqqa, “${'é'.repeat(i % 3)}” 🛰️`;
      store.put({
        id: `seed-${String(i).padStart(7, '0')}`,
        url: `https://${site}/2015/10/${(i % 28) + 1}/story-${i % 911}`,
        urlKey: `${site}/2015/10/${(i % 28) + 1}/story-${i % 911}`,
        title: `Story ${i % 911} — ${site}`,
        selectors: [
          { type: 'TextQuoteSelector', exact: quote, prefix: 'before ', suffix: ' after' },
          { type: 'TextPositionSelector', start: i % 4000, end: (i % 4000) + quote.length },
        ],
        note: i % 4 === 0 ? '' : `Note ${i}: compare with SOHR's count.\nSecond line with <b>markup</b> and "quotes".`,
        tags: i % 3 === 0 ? [] : ['casualties', `t${i % 50}`],
        color: ['yellow', 'green', 'blue', 'pink', 'purple'][i % 5],
        ...(i % 7 === 0 ? { claimId: `claim-${i % 120}` } : {}),
        quote,
        created: base + i * 1_000,
        updated: base + i * 1_000 + (i % 5) * 60_000,
      });
    }
    await new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  }, count);
}

/** Count and SHA-256 of every stored note (keys in a fixed order), read straight from the database. */
async function fingerprint(): Promise<{ count: number; hash: string }> {
  return browser.worker.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('crosscheck');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const rows = await new Promise<Record<string, unknown>[]>((resolve, reject) => {
      const req = db.transaction('annotations').objectStore('annotations').getAll();
      req.onsuccess = () => resolve(req.result as Record<string, unknown>[]);
      req.onerror = () => reject(req.error);
    });
    db.close();
    const canonical = (value: unknown): unknown =>
      Array.isArray(value)
        ? value.map(canonical)
        : value && typeof value === 'object'
          ? Object.fromEntries(Object.keys(value).sort().map((k) => [k, canonical((value as Record<string, unknown>)[k])]))
          : value;
    const text = rows.map((r) => JSON.stringify(canonical(r))).join('\n');
    const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
    return { count: rows.length, hash: [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('') };
  });
}

interface Status {
  unexportedCount: number;
  total: number;
  lastExport: number | null;
  remindBackup: boolean;
}

beforeAll(async () => {
  browser = await launchWithExtension();
  // Seeded before the library page opens: writes straight to IndexedDB bypass the worker's search index.
  const started = Date.now();
  await seed(NOTES);
  console.log(`backup.e2e: seeded ${NOTES} notes in ${Date.now() - started} ms`);
  page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/library/library.html`);
}, 120_000);
afterAll(async () => {
  await browser?.close();
});

describe('backups of a large library', () => {
  it('an export that cannot hand its file to the reader says so and leaves the reminder as it was', async () => {
    await expect.poll(() => page.locator('.total').textContent(), { timeout: 60_000 }).toBe('100000 annotations');
    const before = await call<Status>({ type: 'status/get' });
    expect(before).toMatchObject({ unexportedCount: NOTES, total: NOTES, lastExport: null, remindBackup: true });

    // The browser refuses the file (as when the disk is full or downloads are blocked).
    await page.evaluate(() => {
      const original = URL.createObjectURL.bind(URL);
      (window as unknown as { restoreCreateObjectURL: () => void }).restoreCreateObjectURL = () => (URL.createObjectURL = original);
      URL.createObjectURL = () => {
        throw new Error('the file could not be written');
      };
    });
    await page.locator('button[data-format="jsonld"]').click();
    await expect.poll(() => page.getByRole('alert').filter({ hasText: 'export failed' }).textContent(), { timeout: 60_000 }).toContain('The export failed and nothing was saved: the file could not be written');
    expect(await call<Status>({ type: 'status/get' })).toEqual(before);
    await page.evaluate(() => (window as unknown as { restoreCreateObjectURL: () => void }).restoreCreateObjectURL());
  }, 120_000);

  it('backs up 100,000 notes and restores them identically (count and content hash)', async () => {
    const original = await fingerprint();
    expect(original.count).toBe(NOTES);

    const t0 = Date.now();
    const startedAt = Date.now();
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 90_000 }), page.locator('button[data-format="jsonld"]').click()]);
    const path = await download.path();
    const exportMs = Date.now() - t0;
    const bytes = statSync(path).size;
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Exported' }).textContent(), { timeout: 30_000 }).toContain('Exported the library (100000 annotations)');
    // Recorded once the file was handed over, as of when the export began.
    const after = await call<Status>({ type: 'status/get' });
    expect(after).toMatchObject({ unexportedCount: 0, total: NOTES, remindBackup: false });
    expect(after.lastExport).toBeGreaterThanOrEqual(startedAt - 1);
    expect(after.lastExport).toBeLessThanOrEqual(Date.now());

    // Wipe the library straight in IndexedDB (the import rebuilds the worker's search index).
    await browser.worker.evaluate(async () => {
      const db = await new Promise<IDBDatabase>((resolve) => {
        const open = indexedDB.open('crosscheck');
        open.onsuccess = () => resolve(open.result);
      });
      await new Promise<void>((resolve) => {
        const tx = db.transaction(['annotations', 'meta'], 'readwrite');
        tx.objectStore('annotations').clear();
        tx.objectStore('meta').delete('noteTally');
        tx.oncomplete = () => resolve();
      });
      db.close();
    });
    expect((await fingerprint()).count).toBe(0);

    const t1 = Date.now();
    await page.locator('input[type="file"]').setInputFiles(path);
    await expect
      .poll(() => page.getByRole('status').filter({ hasText: 'Imported' }).textContent(), { timeout: 110_000, interval: 500 })
      .toContain(`Imported 100000 annotations from`);
    const importMs = Date.now() - t1;
    const restored = await fingerprint();
    expect(restored).toEqual(original);
    console.log(`backup.e2e: ${NOTES} notes — export ${exportMs} ms (${(bytes / 1024 / 1024).toFixed(1)} MB file), import ${importMs} ms`);
  }, 240_000);
});
