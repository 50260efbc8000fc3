/**
 * The claim analysis runs in the service worker (ADR 0095), in real Chromium
 * with the built extension. With a 10,000-check feed imported, the worker's
 * first analysis compiles the claim indexes for a second or more: a window in
 * which the test stops the worker (as Chrome stops it), changes the page, and
 * uses the page. The page must still end with actors, claims and notes, its
 * highlights matching the text as it is now, and must answer hovering and
 * the reader's notes while the analysis is in flight.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, serve, type ExtensionBrowser, type TestServer } from './harness';
import { STORY, article } from './fixtures';
import { annotateSelection, highlightCounts, hoverText, selectText, uiVisible, waitForCrosscheck } from './page-helpers';
import { watchServiceWorker } from './security-helpers';
import { syntheticFeed } from '../../scripts/bench/datasets';

let browser: ExtensionBrowser;
let server: TestServer;
let extensionPage: Page;
let sw: Awaited<ReturnType<typeof watchServiceWorker>>;

const ADDED = 'The Syrian Observatory for Human Rights said the strikes near Raqqa killed 12 militants on the second night.';

beforeAll(async () => {
  server = await serve({
    '/stopped.html': article(STORY, { title: 'Stopped mid-analysis' }),
    '/changing.html': article(STORY.slice(0, 2), { title: 'Changing mid-analysis' }),
  });
  browser = await launchWithExtension();
  extensionPage = await browser.context.newPage();
  await extensionPage.goto(`chrome-extension://${browser.extensionId}/popup/popup.html`);
  sw = await watchServiceWorker(browser.context, extensionPage);
  const reply = (await extensionPage.evaluate((text) => chrome.runtime.sendMessage({ type: 'datasets/import', fileName: 'checks.json', text }), syntheticFeed(10_000, 16))) as { ok: boolean };
  expect(reply.ok).toBe(true);
}, 120_000);
afterAll(async () => {
  await sw?.detach();
  await browser?.close();
  await server?.close();
});

const state = (page: Page) => page.evaluate(() => document.documentElement.dataset.crosscheck ?? '');

/** Waits for the first actor highlights, drawn before the claims come back from the worker. */
async function actorsDrawn(page: Page) {
  await expect.poll(async () => (await highlightCounts(page)).actors, { timeout: 15_000, interval: 20 }).toBeGreaterThan(0);
}

/** The text under every registered claim highlight, and whether each range still sits in the page. */
function claimTexts(page: Page) {
  return page.evaluate(() => {
    const out: { text: string; connected: boolean }[] = [];
    CSS.highlights.forEach((highlight, name) => {
      if (!name.startsWith('cc-claim')) return;
      for (const r of highlight) {
        const range = document.createRange();
        const s = r as AbstractRange;
        range.setStart(s.startContainer, s.startOffset);
        range.setEnd(s.endContainer, s.endOffset);
        out.push({ text: range.toString(), connected: s.startContainer.isConnected && s.endContainer.isConnected });
      }
    });
    return out;
  });
}

describe('analysis in the service worker', () => {
  it('a worker stopped mid-analysis is woken by the page, which still gets actors, claims and notes; hovering works meanwhile', async () => {
    // a cold worker: the page's request starts it and it compiles the indexes (bundled + 10,000 checks)
    await sw.stop();
    const page = await browser.context.newPage();
    await page.goto(server.url('/stopped.html'));
    await actorsDrawn(page);
    expect(await state(page)).not.toBe('ready');
    // hover cards answer while the claims are still being analysed
    await hoverText(page, 'Sergei Lavrov');
    await expect.poll(() => uiVisible(page, '.actor-card'), { timeout: 5_000 }).toBe(true);
    const stoppedAt = Date.now();
    await sw.stop();
    // stopped before its answer: the page has no claims yet and is not ready
    expect(await state(page)).not.toBe('ready');
    expect((await highlightCounts(page)).claims).toBe(0);
    await waitForCrosscheck(page);
    await sw.running(stoppedAt); // the page's second ask woke a new worker
    const counts = await highlightCounts(page);
    expect(counts.actors).toBeGreaterThan(0);
    expect(counts.claims).toBeGreaterThan(0);
    // and the reader's notes: one saved now is drawn, and found again after a reload
    await selectText(page, 'the strikes near Raqqa killed 12 militants');
    await annotateSelection(page, { note: 'saved after the restart', tags: '' });
    await expect.poll(async () => (await highlightCounts(page)).annotations, { timeout: 10_000 }).toBe(1);
    await page.reload();
    await waitForCrosscheck(page);
    expect(await highlightCounts(page)).toMatchObject({ annotations: 1 });
    expect((await highlightCounts(page)).claims).toBeGreaterThan(0);
    await page.close();
  }, 60_000);

  it('a page that changes while its analysis is in flight ends with highlights matching the page as it is now', async () => {
    await sw.stop();
    const page = await browser.context.newPage();
    await page.goto(server.url('/changing.html'));
    await actorsDrawn(page);
    expect(await state(page)).not.toBe('ready');
    // the live page: its second paragraph goes, a new one comes
    await page.evaluate((added) => {
      const article = document.querySelector('article')!;
      article.querySelectorAll('p')[1]!.remove();
      const p = document.createElement('p');
      p.textContent = added;
      article.append(p);
    }, ADDED);
    await waitForCrosscheck(page);
    // the rescan the change started is the one drawn: every claim range lies in the page as it is, none on the removed text
    await expect
      .poll(async () => (await claimTexts(page)).some((c) => c.text.includes('on the second night')), { timeout: 10_000 })
      .toBe(true);
    const claims = await claimTexts(page);
    expect(claims.every((c) => c.connected)).toBe(true);
    expect(claims.some((c) => c.text.includes('Su-34'))).toBe(false);
    const body = await page.evaluate(() => document.querySelector('article')!.textContent!.replace(/\s+/g, ' '));
    for (const c of claims) expect(body).toContain(c.text.replace(/\s+/g, ' '));
    await page.close();
  }, 60_000);
});
