/**
 * The foundation's reader journey, in real Chromium with the built extension:
 * open an article → actors highlighted → select text → save a note → reload →
 * the note is highlighted again → the popup lists it → delete → gone after reload.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, serve, REPO, type ExtensionBrowser, type TestServer } from './harness';
import { annotateSelection, highlightCounts, selectText, waitForCrosscheck } from './page-helpers';

const ARTICLE = readFileSync(resolve(REPO, 'demo/article.html'), 'utf8');
const QUOTE = 'the raids near Raqqa killed 12 jihadists from the group';

let browser: ExtensionBrowser;
let server: TestServer;

beforeAll(async () => {
  server = await serve({ '/world/story.html': ARTICLE });
  browser = await launchWithExtension();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function openArticle(): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(server.url('/world/story.html'));
  await waitForCrosscheck(page);
  return page;
}

describe('a reader on a news article', () => {
  it('sees actors highlighted, saves a note, finds it again after reload, and deletes it from the popup', async () => {
    const page = await openArticle();
    const textBefore = await page.evaluate(() => document.body.textContent);

    // Actors are highlighted with the Highlight API: ranges registered, DOM text unchanged.
    const counts = await highlightCounts(page);
    expect(counts.actors).toBeGreaterThan(10);
    expect(await page.evaluate(() => document.body.textContent)).toBe(textBefore);

    // Every highlighted text takes its layer's look, whatever element holds it: the rules are on
    // the root alone and reach the text by the highlight cascade (ADR 0185).
    const looks = await page.evaluate(() => {
      let plain = 0; // highlighted ranges checked
      let nested = 0; // elements checked
      const unstyled: string[] = [];
      for (const [name, highlight] of CSS.highlights) {
        if (!name.startsWith('cc-actor-')) continue;
        for (const range of highlight) {
          const element = range.startContainer.parentElement!;
          const style = getComputedStyle(element, `::highlight(${name})`);
          if (!style.textDecorationLine.includes('underline') || style.backgroundColor === 'rgba(0, 0, 0, 0)') unstyled.push(`${name} in ${element.localName}`);
          plain++;
        }
      }
      // and any element of the article, however deep, would paint a mention the same way
      for (const element of document.querySelectorAll('body *')) {
        const style = getComputedStyle(element, '::highlight(cc-actor-person)');
        if (style.textDecorationColor !== 'rgb(176, 125, 0)') unstyled.push(`cc-actor-person in ${element.localName}`);
        nested++;
      }
      return { plain, nested, unstyled };
    });
    expect(looks.unstyled).toEqual([]);
    expect(looks.plain).toBeGreaterThan(10);
    expect(looks.nested).toBeGreaterThan(20);

    // Select a passage and annotate it.
    await selectText(page, QUOTE);
    await annotateSelection(page, { note: 'SOHR figure; compare with the activists’ 30', tags: 'casualties, sohr' });
    await expect.poll(async () => (await highlightCounts(page)).annotations).toBe(1);

    // Reload: the annotation comes back from the database and re-attaches.
    await page.reload();
    await waitForCrosscheck(page);
    await expect.poll(async () => (await highlightCounts(page)).annotations).toBe(1);
    expect(await page.evaluate(() => document.body.textContent)).toBe(textBefore);

    // The page's own origin stores nothing of Crosscheck's.
    const pageDatabases = await page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name));
    expect(pageDatabases).not.toContain('crosscheck');
    expect(pageDatabases.filter((n) => /crosscheck/i.test(n ?? ''))).toEqual([]);

    // The popup lists it; delete it there.
    const popup = await browser.openPopup(page);
    await popup.getByRole('tab', { name: /^Notes/ }).click();
    const item = popup.locator('[data-annotation-id]');
    await expect.poll(() => item.count()).toBe(1);
    expect(await item.locator('.quote').textContent()).toBe(QUOTE);
    expect(await item.locator('.note').textContent()).toContain('SOHR figure');
    expect(await item.locator('.tags li').allTextContents()).toEqual(['casualties', 'sohr']);
    await item.getByRole('button', { name: /Delete/ }).click();
    await expect.poll(() => item.count()).toBe(0);
    await popup.close();

    // Gone after reload.
    await page.reload();
    await waitForCrosscheck(page);
    expect((await highlightCounts(page)).annotations).toBe(0);
    await page.close();
  });
});
