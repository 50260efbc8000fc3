/**
 * Accessibility (issue 15): axe-core finds no violation in the popup (every
 * tab, its folds open), the library, the options page and the in-page UI
 * (cards, layer switch, annotate toolbar), in light and in dark.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations, inPageUiDocument, type Violation } from './axe';
import { launchWithExtension, serve, REPO, type ExtensionBrowser, type TestServer } from './harness';
import { annotateSelection, clickInUi, hoverText, selectText, uiVisible, waitForCrosscheck } from './page-helpers';

let browser: ExtensionBrowser;
let server: TestServer;
let article: Page;

beforeAll(async () => {
  server = await serve({ '/demo.html': readFileSync(resolve(REPO, 'demo/article.html'), 'utf8') });
  browser = await launchWithExtension();
  article = await browser.context.newPage();
  await article.goto(server.url('/demo.html'));
  await waitForCrosscheck(article);
  await selectText(article, 'The missile cruiser Moscow has been sent to waters off Latakia');
  await annotateSelection(article, { note: 'Interfax, unnamed source', tags: 'navy' });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const clean = (found: Violation[], where: string) => expect(found, `${where}: ${JSON.stringify(found, null, 1)}`).toEqual([]);

async function checkInPageUi(scheme: 'light' | 'dark', what: string) {
  const path = `/ui-${scheme}-${what}.html`;
  server.set(path, await inPageUiDocument(article, scheme));
  const copy = await browser.context.newPage();
  await copy.emulateMedia({ colorScheme: scheme });
  await copy.goto(server.url(path));
  clean(await axeViolations(copy), `in-page UI (${what}, ${scheme})`);
  await copy.close();
}

it('the checker itself sees what it is there to catch (a dark-mode contrast failure, a name that leaves out the visible text)', async () => {
  server.set('/bad.html', `<!doctype html><html lang="en"><head><title>bad</title><style>@media (prefers-color-scheme: dark) { body { background: #111; } .badge { color: #fff; background: #3fb950; } }</style></head><body><main><p><span class="badge">Corroborated</span></p><button aria-label="Show on the page">Corroborated: the raids killed 12</button></main></body></html>`);
  const page = await browser.context.newPage();
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto(server.url('/bad.html'));
  const ids = (await axeViolations(page)).map((v) => v.id);
  expect(ids).toContain('color-contrast');
  expect(ids).toContain('label-content-name-mismatch');
  await page.close();
});

for (const scheme of ['light', 'dark'] as const) {
  describe(`in ${scheme}`, () => {
    it('the popup, every tab with its folds open', async () => {
      const popup = await browser.openPopup(article);
      await popup.emulateMedia({ colorScheme: scheme });
      await popup.waitForSelector('.verdict');
      for (const tab of ['Claims', 'Coverage', 'Actors', 'Notes', 'Legend']) {
        await popup.getByRole('tab', { name: new RegExp(`^${tab}`) }).click();
        await popup.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
        clean(await axeViolations(popup), `popup ${tab}`);
      }
      await popup.close();
    });

    it('the library and the options page', async () => {
      for (const path of ['library/library.html', 'options/options.html']) {
        const page = await browser.context.newPage();
        await page.emulateMedia({ colorScheme: scheme });
        await page.goto(`chrome-extension://${browser.extensionId}/${path}`);
        await page.waitForLoadState('load');
        await page.waitForTimeout(300);
        clean(await axeViolations(page), path);
        await page.close();
      }
    });

    it('the in-page UI: cards, the layer switch, the annotate toolbar', async () => {
      await article.bringToFront();
      await article.emulateMedia({ colorScheme: scheme });
      await hoverText(article, 'Igor Konashenkov');
      await expect.poll(() => uiVisible(article, '.actor-card'), { timeout: 5_000 }).toBe(true);
      await checkInPageUi(scheme, 'actor');
      await article.keyboard.press('Escape');
      await hoverText(article, 'training camp');
      await expect.poll(() => uiVisible(article, '.claim-card'), { timeout: 5_000 }).toBe(true);
      await checkInPageUi(scheme, 'claim');
      await article.keyboard.press('Escape');
      await clickInUi(article, '[data-action="layers"]');
      await selectText(article, 'Residents of the city said the price of bread had doubled');
      await expect.poll(() => uiVisible(article, '[data-action="annotate"]')).toBe(true);
      await checkInPageUi(scheme, 'switch-and-toolbar');
      await clickInUi(article, '[data-action="layers"]');
      await article.evaluate(() => getSelection()?.removeAllRanges());
    });
  });
}
