/**
 * Where Crosscheck runs: on an article under a real news host name with no
 * setup; not on a shop page or a search form; not on a site the reader
 * switched off from the popup (after reload).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hostMappingArgs, launchWithExtension, serve, type ExtensionBrowser, type TestServer } from './harness';
import { STORY, SHOP_PAGE, article } from './fixtures';
import { highlightCounts, waitForCrosscheck } from './page-helpers';

const ARTICLE_URL = 'https://www.daily-ledger-news.com/world/2015/10/02/russia-syria-raids.html?utm_source=feed';
const SHOP_URL = 'https://shop.homeware-example.com/kettles';
const SEARCH_URL = 'https://search.example-engine.com/';

let browser: ExtensionBrowser;
let server: TestServer;

beforeAll(async () => {
  server = await serve(
    {
      '/world/2015/10/02/russia-syria-raids.html': article(STORY),
      '/kettles': SHOP_PAGE,
      '/': '<!doctype html><title>Search</title><form><input name="q"><button>Search</button></form>',
    },
    { https: true },
  );
  browser = await launchWithExtension({ args: hostMappingArgs(server), ignoreHTTPSErrors: true });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('where Crosscheck runs', () => {
  it('highlights an article under a real news host name with no setup', async () => {
    const page = await browser.context.newPage();
    await page.goto(ARTICLE_URL);
    expect(new URL(page.url()).hostname).toBe('www.daily-ledger-news.com');
    await waitForCrosscheck(page);
    expect((await highlightCounts(page)).actors).toBeGreaterThan(8);
    await page.close();
  });

  it('draws nothing on a shop page or a search form, and adds no element', async () => {
    for (const url of [SHOP_URL, SEARCH_URL]) {
      const page = await browser.context.newPage();
      await page.goto(url);
      await waitForCrosscheck(page, 'idle');
      const counts = await highlightCounts(page);
      expect(counts.actors + counts.claims + counts.annotations).toBe(0);
      expect(await page.evaluate(() => document.querySelector('html > div[style*="2147483647"]'))).toBeNull();
      await page.close();
    }
  });

  it('stops on a site the reader switches off in the popup, after reload, and starts again when switched back on', async () => {
    const page = await browser.context.newPage();
    await page.goto(ARTICLE_URL);
    await waitForCrosscheck(page);

    const popup = await browser.openPopup(page);
    // the site switch (the popup also has one switch per highlight layer)
    const toggle = popup.getByRole('switch', { name: /^Crosscheck on/ });
    await expect.poll(() => toggle.isChecked()).toBe(true);
    await toggle.uncheck();
    await expect.poll(() => popup.getByText('Reload the page to apply.').count()).toBe(1);
    await popup.close();

    await page.reload();
    await waitForCrosscheck(page, 'off');
    expect((await highlightCounts(page)).actors).toBe(0);

    const again = await browser.openPopup(page);
    const siteSwitch = again.getByRole('switch', { name: /^Crosscheck on/ });
    await expect.poll(() => siteSwitch.isChecked()).toBe(false);
    await siteSwitch.check();
    await again.close();
    await page.reload();
    await waitForCrosscheck(page);
    expect((await highlightCounts(page)).actors).toBeGreaterThan(8);
    await page.close();
  });
});
