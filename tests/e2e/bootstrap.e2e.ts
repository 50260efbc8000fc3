/**
 * The bootstrap (ADR 0051): on pages that are not articles only the few-KB
 * `bootstrap.js` is evaluated — the engine, dataset and UI in `content.js`
 * never reach the page; on articles the worker injects `content.js` and
 * everything works as before, also when the worker was stopped before the
 * bootstrap asked for it. Which scripts ran is read from the DevTools
 * protocol (`Debugger.scriptParsed` in every world of the page): the test
 * sees it, the page cannot. The parts kept out of `content.js` (ADR 0150:
 * the dataset with the cards, the alias matcher) come only where they are
 * needed, and are there when the reader needs them.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, serve, tabIdOf, type ExtensionBrowser, type TestServer } from './harness';
import { HEADLINES_PAGE, SEARCH_PAGE, SHOP_PAGE, SHOUTING_PAGE, STORY, article, webmailPage } from './fixtures';
import { annotateSelection, highlightCounts, hoverText, recordExtensionScripts, selectText, uiVisible, waitForCrosscheck } from './page-helpers';
import { watchServiceWorker } from './security-helpers';

let browser: ExtensionBrowser;
let server: TestServer;
let extensionPage: Page;
let sw: Awaited<ReturnType<typeof watchServiceWorker>>;

beforeAll(async () => {
  server = await serve({
    '/story.html': article(STORY),
    '/shop.html': SHOP_PAGE,
    '/search.html': SEARCH_PAGE,
    '/mail.html': webmailPage(),
    '/headlines.html': HEADLINES_PAGE,
    '/shouting.html': SHOUTING_PAGE,
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

/** Opens `path` in a new tab and records the extension's scripts evaluated in it (file names), in any world. */
async function openRecording(path: string): Promise<{ page: Page; scripts: () => string[] }> {
  const page = await browser.context.newPage();
  const scripts = await recordExtensionScripts(page, browser.extensionId);
  await page.goto(server.url(path));
  return { page, scripts };
}

describe('the bootstrap', () => {
  it('evaluates nothing but bootstrap.js on a shop, a search form and a web-mail app', async () => {
    for (const path of ['/shop.html', '/search.html', '/mail.html']) {
      const { page, scripts } = await openRecording(path);
      await waitForCrosscheck(page, 'idle');
      // give a late injection every chance to show up
      await page.waitForTimeout(500);
      expect(scripts(), path).toEqual(['bootstrap.js']);
      expect(await page.evaluate(() => document.querySelector('crosscheck-ui'))).toBeNull();
      await page.close();
    }
  });

  it('leaves no listener on a page it left idle, and the popup still says what the page is', async () => {
    const { page } = await openRecording('/shop.html');
    await waitForCrosscheck(page, 'idle');
    // ADR 0125: nothing of the extension's API was touched there, so nothing answers a message
    const tabId = await tabIdOf(browser.worker, page);
    const asked = await browser.worker.evaluate((id) => chrome.tabs.sendMessage(id, { type: 'page/info' }).then(() => 'answered', (e: Error) => e.message), tabId);
    expect(asked).toMatch(/Receiving end does not exist/);
    const popup = await browser.openPopup(page);
    await expect.poll(() => popup.getByText('does not look like a news article').count()).toBe(1);
    await popup.close();
    await page.close();
  });

  it('brings in the full script on an article, which draws actors and claims as before without the matcher', async () => {
    const { page, scripts } = await openRecording('/story.html');
    await waitForCrosscheck(page);
    // the cards' part may follow once the page is idle; the matcher's only where the worker cannot answer
    expect(scripts().slice(0, 2)).toEqual(['bootstrap.js', 'content.js']);
    const counts = await highlightCounts(page);
    expect(counts.actors).toBeGreaterThan(8);
    expect(counts.claims).toBeGreaterThan(0);
    await page.waitForTimeout(300);
    expect(scripts()).not.toContain('content-matcher.js');
    await page.close();
  });

  it('has the cards’ part in when the reader hovers or selects at once after the highlights are drawn', async () => {
    const hovered = await openRecording('/story.html');
    await waitForCrosscheck(hovered.page);
    await hoverText(hovered.page, 'Ahmet Davutoglu');
    await expect.poll(() => uiVisible(hovered.page, '.actor-card'), { timeout: 3_000 }).toBe(true);
    expect(hovered.scripts().filter((s) => s === 'content-cards.js')).toHaveLength(1);
    await hovered.page.close();

    const selected = await openRecording('/story.html');
    await waitForCrosscheck(selected.page);
    await selectText(selected.page, 'the strikes near Raqqa killed 12 militants');
    await expect.poll(() => uiVisible(selected.page, '[data-action="annotate"]'), { timeout: 3_000 }).toBe(true);
    await expect.poll(() => selected.scripts().includes('content-cards.js'), { timeout: 3_000 }).toBe(true);
    await selected.page.close();
  });

  it('lets a page of headlines naming several actors through its gate, and the matcher decides; a shouting sale page is turned down by the matcher', async () => {
    const headlines = await openRecording('/headlines.html');
    await waitForCrosscheck(headlines.page);
    // not shaped like an article: the matcher (and the dataset it reads) are brought in for the count
    expect([...headlines.scripts()].sort()).toEqual(['bootstrap.js', 'content-cards.js', 'content-matcher.js', 'content.js']);
    expect((await highlightCounts(headlines.page)).actors).toBeGreaterThanOrEqual(3);
    await headlines.page.close();

    const shouting = await openRecording('/shouting.html');
    await waitForCrosscheck(shouting.page, 'idle');
    expect([...shouting.scripts()].sort()).toEqual(['bootstrap.js', 'content-cards.js', 'content-matcher.js', 'content.js']);
    expect((await highlightCounts(shouting.page)).actors).toBe(0);
    await shouting.page.close();
  });

  it('an article still gets actors, claims and the reader’s notes when the worker was stopped before the bootstrap asked', async () => {
    const page = await browser.context.newPage();
    await page.goto(server.url('/story.html'));
    await waitForCrosscheck(page);
    await selectText(page, 'the strikes near Raqqa killed 12 militants');
    await annotateSelection(page, { note: 'kept across the stop', tags: 'bootstrap' });
    await expect.poll(async () => (await highlightCounts(page)).annotations).toBe(1);

    const stoppedAt = Date.now();
    await sw.stop();
    await page.reload();
    await waitForCrosscheck(page);
    await sw.running(stoppedAt); // the bootstrap's request woke it
    const counts = await highlightCounts(page);
    expect(counts.actors).toBeGreaterThan(8);
    expect(counts.claims).toBeGreaterThan(0);
    expect(counts.annotations).toBe(1);
    await page.close();
  });

  it('evaluates nothing but bootstrap.js on an article of a site the reader switched off, and starts there again once switched on', async () => {
    const site = new URL(server.origin).host;
    await extensionPage.evaluate((key) => chrome.storage.local.set({ disabledSites: [key] }), site);
    try {
      const off = await openRecording('/story.html');
      await waitForCrosscheck(off.page, 'off');
      await off.page.waitForTimeout(300);
      expect(off.scripts()).toEqual(['bootstrap.js']);
      expect((await highlightCounts(off.page)).actors).toBe(0);
      // a page the bootstrap leaves idle without reading the settings still tells the popup it is off
      const shop = await openRecording('/shop.html');
      await waitForCrosscheck(shop.page, 'idle');
      const popup = await browser.openPopup(shop.page);
      await expect.poll(() => popup.getByText('Crosscheck is switched off on this site.').count()).toBe(1);
      await popup.close();
      expect(shop.scripts()).toEqual(['bootstrap.js']);
      // and on the article it declined to start on
      const offPopup = await browser.openPopup(off.page);
      await expect.poll(() => offPopup.getByText('Crosscheck is switched off on this site.').count()).toBe(1);
      await offPopup.close();
      await off.page.close();
      await shop.page.close();
    } finally {
      await extensionPage.evaluate(() => chrome.storage.local.set({ disabledSites: [] }));
    }
    const on = await openRecording('/story.html');
    await waitForCrosscheck(on.page);
    expect(on.scripts().slice(0, 2)).toEqual(['bootstrap.js', 'content.js']);
    await on.page.close();
  });

  it('refuses to inject for an extension page (no tab to take it from), and injects no file but its named parts', async () => {
    const reply = await extensionPage.evaluate(() => chrome.runtime.sendMessage({ type: 'content/start' }));
    expect(reply).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const part = await extensionPage.evaluate(() => chrome.runtime.sendMessage({ type: 'content/part', part: 'cards' }));
    expect(part).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const other = await extensionPage.evaluate(() => chrome.runtime.sendMessage({ type: 'content/part', part: 'background.js' }));
    expect(other).toMatchObject({ ok: false });
  });

  it('answers the start port the bootstrap opens as it answers the message: refused for an extension page, closed on anything but a start request (ADR 0280)', async () => {
    const viaPort = (message: unknown) =>
      extensionPage.evaluate(
        (m) =>
          new Promise((resolve) => {
            const port = chrome.runtime.connect({ name: 'content/start' });
            port.onMessage.addListener((reply) => resolve(reply));
            port.onDisconnect.addListener(() => resolve('closed'));
            port.postMessage(m);
          }),
        message,
      );
    expect(await viaPort({ type: 'content/start' })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await viaPort({ type: 'content/start', top: 'Kerry met Lavrov.', files: ['background.js'] })).toBe('closed');
    expect(await viaPort({ type: 'content/part', part: 'cards' })).toBe('closed');
  });
});
