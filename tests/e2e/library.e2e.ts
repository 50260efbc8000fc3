/**
 * The library page in real Chromium with the built extension: annotations are
 * seeded through the worker's message protocol from an extension page, then
 * found by a word of a note, by tag and by actor; exported, deleted (with
 * undo), imported back identically; and a broken file changes nothing.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, type ExtensionBrowser } from './harness';

let browser: ExtensionBrowser;
let page: Page;

const SEEDS = [
  { quote: 'Russian Federation jets struck near Raqqa', note: 'check the ministry figures', tags: ['strikes'] },
  { quote: 'activists put the death toll at 30', note: 'compare with SOHR count', tags: ['casualties', 'sohr'] },
  { quote: 'Islamic State fighters joined the ground offensive', note: 'ground war begins', tags: ['ground'] },
  { quote: 'the ministry denied civilian deaths', note: 'a denial, again', tags: ['denial', 'casualties'] },
];

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

/** Every saved annotation, sorted by id, straight from the worker. */
async function everything(): Promise<unknown[]> {
  const page1 = await call<{ hits: { annotation: { id: string } }[]; total: number }>({ type: 'library/query', limit: 500 });
  return page1.hits.map((h) => h.annotation).sort((a, b) => (a.id < b.id ? -1 : 1));
}

const results = () => page.locator('[data-annotation-id]');

beforeAll(async () => {
  browser = await launchWithExtension();
  page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/library/library.html`);
  for (const [i, seed] of SEEDS.entries()) {
    await call({
      type: 'annotations/create',
      annotation: {
        url: `https://news.example.com/world/story-${i % 2}`,
        urlKey: `news.example.com/world/story-${i % 2}`,
        title: `Story ${i % 2}`,
        selectors: [
          { type: 'TextQuoteSelector', exact: seed.quote, prefix: 'before ', suffix: ' after' },
          { type: 'TextPositionSelector', start: 10 * i, end: 10 * i + seed.quote.length },
        ],
        note: seed.note,
        tags: seed.tags,
      },
    });
  }
  await page.reload();
});
afterAll(async () => {
  await browser?.close();
});

describe('the library page', () => {
  it('searches by a word of a note, by tag and by actor', async () => {
    await expect.poll(() => results().count()).toBe(4);
    await expect.poll(() => page.locator('.total').textContent()).toBe('4 annotations');

    const search = page.getByRole('searchbox');
    await search.fill('ministry');
    await expect.poll(() => results().count()).toBe(2);
    await search.fill('compare');
    await expect.poll(() => results().count()).toBe(1);
    expect(await results().locator('.note').textContent()).toBe('compare with SOHR count');
    await search.fill('');
    await expect.poll(() => results().count()).toBe(4);

    await page.locator('select[name="tag"]').selectOption('casualties');
    await expect.poll(() => results().count()).toBe(2);
    await page.getByRole('button', { name: 'Clear filters' }).click();

    // "Russia" the actor: the quote says "Russian Federation", one of its aliases.
    await page.locator('select[name="actor"]').selectOption('russia');
    await expect.poll(() => results().count()).toBe(1);
    expect(await results().locator('.quote').textContent()).toBe(SEEDS[0]!.quote);
    await page.getByRole('button', { name: 'Clear filters' }).click();
    // An actor's alias that the text does not use: "Daesh" finds the "Islamic State" passage.
    await search.fill('Daesh');
    await expect.poll(() => results().count()).toBe(1);
    expect(await results().locator('.actor').allTextContents()).toContain('Islamic State');
    await search.fill('');
    await expect.poll(() => results().count()).toBe(4);
  });

  it('exports, deletes everything (undo works), imports back identically', async () => {
    const before = await everything();
    expect(before).toHaveLength(4);

    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('button[data-format="jsonld"]').click()]);
    expect(download.suggestedFilename()).toMatch(/^crosscheck-annotations-\d{4}-\d\d-\d\d\.jsonld$/);
    const exported = readFileSync(await download.path());
    expect(JSON.parse(exported.toString('utf8')).first.items).toHaveLength(4);

    await page.getByLabel('Select all shown').check();
    await page.getByRole('button', { name: /Delete selected \(4\)/ }).click();
    await expect.poll(() => results().count()).toBe(0);
    await expect.poll(() => page.locator('.toast').textContent()).toContain('Deleted 4 annotations.');
    await page.locator('.toast').getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => results().count()).toBe(4);
    expect(await everything()).toEqual(before);

    await page.getByLabel('Select all shown').check();
    await page.getByRole('button', { name: /Delete selected \(4\)/ }).click();
    await expect.poll(() => results().count()).toBe(0);
    expect(await everything()).toEqual([]);

    await page.locator('input[type="file"]').setInputFiles({ name: 'mine.jsonld', mimeType: 'application/ld+json', buffer: exported });
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Imported' }).textContent()).toContain('Imported 4 annotations from “mine.jsonld”.');
    await expect.poll(() => results().count()).toBe(4);
    expect(await everything()).toEqual(before);
  });

  it('shows a clear error for a broken file and changes nothing', async () => {
    const before = await everything();
    const broken = JSON.parse(await call<{ text: string }>({ type: 'library/export', format: 'jsonld' }).then((f) => f.text));
    broken.first.items.push({ ...structuredClone(broken.first.items[0]), id: 'urn:crosscheck:annotation:brand-new-0001' });
    broken.first.items[1].target.selector[0].exact = '';
    await page.locator('input[type="file"]').setInputFiles({ name: 'broken.jsonld', mimeType: 'application/ld+json', buffer: Buffer.from(JSON.stringify(broken)) });
    const alert = page.getByRole('alert');
    await expect.poll(() => alert.textContent()).toMatch(/Nothing was imported: 1 of 5 annotations are invalid/);
    expect(await alert.textContent()).toMatch(/item 2 \(id urn:uuid:[0-9a-f-]+\): target\.selector\[0\]\.exact: must not be empty/);
    expect(await everything()).toEqual(before);

    await page.locator('input[type="file"]').setInputFiles({ name: 'junk.jsonld', mimeType: 'application/ld+json', buffer: Buffer.from('{"first": {"items": [') });
    await expect.poll(() => alert.textContent()).toMatch(/The file is not valid JSON/);
    expect(await everything()).toEqual(before);
  });

  it('opens from the popup\'s Library button', async () => {
    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup/popup.html`);
    const [library] = await Promise.all([browser.context.waitForEvent('page'), popup.getByRole('button', { name: 'Library' }).click()]);
    await library.waitForLoadState();
    expect(library.url()).toBe(`chrome-extension://${browser.extensionId}/library/library.html`);
    await expect.poll(() => library.locator('[data-annotation-id]').count()).toBe(4);
    await library.close();
  });

  it('offers facets to the page (content scripts get forbidden: see the router unit tests)', async () => {
    const reply = (await page.evaluate(() => chrome.runtime.sendMessage({ type: 'library/facets' }))) as Reply<{ total: number; actors: { id: string }[] }>;
    expect(reply).toMatchObject({ ok: true, value: { total: 4 } });
    expect(reply.value.actors.map((a) => a.id)).toEqual(expect.arrayContaining(['russia', 'isis', 'raqqa']));
  });
});
