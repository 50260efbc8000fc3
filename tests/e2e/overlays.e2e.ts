/**
 * Reading with overlays, in real Chromium: cards on hover and from the
 * keyboard, annotations that survive edits (and orphaning when the passage
 * goes), live pages, big pages, and the page's DOM left untouched.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, serve, tabIdOf, type ExtensionBrowser, type TestServer } from './harness';
import { STORY, article, bigArticle } from './fixtures';

/** A single-page app: `go(n)` swaps the article and pushes /spa/one or /spa/two, without a load. */
function spaPage(): string {
  const one = JSON.stringify(STORY.slice(0, 3));
  const two = JSON.stringify(['Francois Hollande met Vladimir Putin in Paris to discuss the campaign.', 'The Pentagon said de-confliction talks with Moscow were held by teleconference.']);
  return article([], {
    title: 'Live coverage',
    script: `const stories = { one: ${one}, two: ${two} };
window.go = (name) => { history.pushState({}, '', '/spa/' + name); const a = document.querySelector('article');
  a.querySelectorAll('p').forEach((p) => p.remove());
  for (const t of stories[name]) { const p = document.createElement('p'); p.textContent = t; a.append(p); } };
go(location.pathname.endsWith('two') ? 'two' : 'one');`,
  });
}
import { annotateSelection, highlightCounts, hoverText, selectText, uiHasFocus, uiText, waitForCrosscheck } from './page-helpers';

let browser: ExtensionBrowser;
let server: TestServer;

beforeAll(async () => {
  server = await serve({
    '/story.html': article(STORY),
    '/live.html': article(STORY.slice(0, 2), {
      script: `setTimeout(() => { const p = document.createElement('p'); p.textContent = 'Later, Sergei Lavrov and Francois Hollande spoke about Deir al-Zour.'; document.querySelector('article').append(p); }, 1500);`,
    }),
    '/big.html': bigArticle(1_000_000),
    '/spa/one': spaPage(),
    '/spa/two': spaPage(),
  });
  browser = await launchWithExtension();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function open(path: string, init?: (page: Page) => Promise<void>): Promise<Page> {
  const page = await browser.context.newPage();
  await init?.(page);
  await page.goto(server.url(path));
  await waitForCrosscheck(page);
  return page;
}

const cardHeading = (page: Page) => uiText(page, '.card-panel:not([hidden]) .card h2');

describe('hover and focus cards', () => {
  it('shows an actor card on hover, closes it with Escape, and reaches cards from the keyboard', async () => {
    const page = await open('/story.html');
    await hoverText(page, 'Igor Konashenkov');
    await expect.poll(() => cardHeading(page), { timeout: 5_000 }).toBe('Igor Konashenkov');
    const card = await uiText(page, '.card-panel .actor-card');
    expect(card).toContain('Person');
    expect(card).toMatch(/spokesman/i);
    expect(card).toContain('AAP, 2 Oct 2015'); // named in … (sources with outlet and date)

    await page.keyboard.press('Escape');
    await expect.poll(() => cardHeading(page)).toBeNull();

    // A claim sentence: the known claim, its evidence quotes with source and date.
    await hoverText(page, 'flown ten sorties');
    await expect.poll(() => cardHeading(page), { timeout: 5_000 }).toBe('The known reports corroborate this');
    const claim = (await uiText(page, '.card-panel .claim-card')) ?? '';
    expect(claim).toMatch(/gave the same figure: 10 sorties/);
    expect(claim).toMatch(/“[^”]*10 sorties[^”]*”/); // a verbatim evidence quote
    expect(claim).toMatch(/2 Oct 2015/);
    await page.keyboard.press('Escape');
    await expect.poll(() => cardHeading(page)).toBeNull();

    // Keyboard: step to the first highlight; its card opens with focus inside.
    await page.mouse.move(1, 1);
    await page.keyboard.press('Alt+Shift+N');
    await expect.poll(() => cardHeading(page)).not.toBeNull();
    expect(await uiHasFocus(page)).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => cardHeading(page)).toBeNull();
    await page.close();
  });
});

describe('annotations that survive page changes', () => {
  it('re-attaches after a small edit, and reports an orphan (still stored) when the passage is removed', async () => {
    const quote = 'the strikes near Raqqa killed 12 militants';
    const page = await open('/story.html');
    await selectText(page, quote);
    await annotateSelection(page, { note: 'SOHR count', tags: 'casualties' });
    await expect.poll(async () => (await highlightCounts(page)).annotations).toBe(1);

    // A small edit before and inside the paragraph: the note still finds its place.
    const edited = [...STORY];
    edited[0] = `UPDATED: ${edited[0]}`;
    edited[2] = edited[2]!.replace('which tracks the war from Britain', 'which monitors the conflict from the UK').replace('near Raqqa killed', 'near Raqqa had killed');
    server.set('/story.html', article(edited));
    await page.reload();
    await waitForCrosscheck(page);
    // Drawn, however long the notes take to come from the worker (the bench times it; this asserts that it happens).
    const reattaching = Date.now();
    await expect.poll(async () => (await highlightCounts(page)).annotations, { timeout: 10_000 }).toBe(1);
    console.log(`edited page: the note re-attached ${Date.now() - reattaching} ms after the page was ready`);
    const popup = await browser.openPopup(page);
    await popup.getByRole('tab', { name: /^Notes/ }).click();
    await expect.poll(() => popup.locator('[data-annotation-id]').count()).toBe(1);
    expect(await popup.locator('[data-orphaned]').count()).toBe(0);
    await popup.close();

    // The passage is gone: nothing is drawn, the note is kept and shown as orphaned.
    server.set('/story.html', article(edited.filter((_, i) => i !== 2)));
    await page.reload();
    await waitForCrosscheck(page);
    expect((await highlightCounts(page)).annotations).toBe(0);
    const popup2 = await browser.openPopup(page);
    await popup2.getByRole('tab', { name: /^Notes/ }).click();
    await expect.poll(() => popup2.locator('[data-orphaned]').count()).toBe(1);
    expect(await popup2.locator('.orphan-note').textContent()).toMatch(/Kept, not deleted/);
    await popup2.close();
    server.set('/story.html', article(STORY));
    await page.close();
  });
});

describe('live and big pages', () => {
  it('highlights actors in a paragraph added after load within a second', async () => {
    const page = await open('/live.html');
    const before = (await highlightCounts(page)).actors;
    await page.waitForFunction(() => document.querySelectorAll('article p').length === 3, undefined, { timeout: 5_000 });
    const appendedAt = Date.now();
    await expect.poll(async () => (await highlightCounts(page)).actors, { timeout: 1_000, interval: 50 }).toBeGreaterThanOrEqual(before + 3);
    console.log(`live page: new paragraph highlighted ${Date.now() - appendedAt} ms after it appeared`);
    await page.close();
  });

  it('follows single-page navigation: notes belong to the URL shown, and come back with it', async () => {
    const page = await open('/spa/one');
    await selectText(page, 'a spokesman for the ministry');
    await annotateSelection(page, { note: 'SPA note', tags: '' });
    await expect.poll(async () => (await highlightCounts(page)).annotations).toBe(1);

    await page.evaluate(() => (window as unknown as { go: (n: string) => void }).go('two'));
    expect(new URL(page.url()).pathname).toBe('/spa/two');
    await expect.poll(async () => (await highlightCounts(page)).annotations, { timeout: 3_000 }).toBe(0);
    await expect.poll(async () => (await highlightCounts(page)).layers['cc-actor-person'], { timeout: 3_000 }).toBeGreaterThanOrEqual(2); // Hollande, Putin

    await page.evaluate(() => (window as unknown as { go: (n: string) => void }).go('one'));
    await expect.poll(async () => (await highlightCounts(page)).annotations, { timeout: 3_000 }).toBe(1);
    await page.close();
  });

  it('keeps long tasks bounded on a 1 MB page and leaves its text unchanged', async () => {
    const page = await open('/big.html', async (p) => {
      await p.addInitScript(() => {
        const w = window as unknown as { __longest: number; __textBefore: string };
        w.__longest = 0;
        document.addEventListener('DOMContentLoaded', () => (w.__textBefore = document.body.textContent ?? ''));
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) w.__longest = Math.max(w.__longest, entry.duration);
        }).observe({ type: 'longtask', buffered: true });
      });
    });
    // Every mention is found; on a page this big only the paragraphs near the
    // viewport get registered ranges (extension/content/text-window.ts), and
    // scrolling draws the others.
    const tabId = await tabIdOf(browser.worker, page);
    const analysis = await browser.worker.evaluate((id) => chrome.tabs.sendMessage(id, { type: 'page/analysis' }), tabId);
    const found = (analysis as { value: { actors: { mentions: number }[] } }).value.actors.reduce((n, a) => n + a.mentions, 0);
    expect(found).toBeGreaterThan(5_000);
    const counts = await highlightCounts(page);
    expect(counts.actors).toBeGreaterThan(0);
    // Long tasks observed from the page include its own parsing; the bench isolates the content script.
    const longest = await page.evaluate(() => (window as unknown as { __longest: number }).__longest);
    console.log(`1 MB page: ${found} actor mentions, ${counts.actors} highlights registered near the viewport; longest main-thread task ${Math.round(longest)} ms`);
    expect(longest).toBeLessThan(1_000);
    // Scrolled to the end: the last paragraphs have their highlights.
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await expect
      .poll(() =>
        page.evaluate(() => {
          const last = [...document.querySelectorAll('article p')].slice(-20);
          let near = 0;
          CSS.highlights.forEach((highlight) => highlight.forEach((range) => void (last.some((p) => p.contains(range.startContainer)) && near++)));
          return near;
        }),
      )
      .toBeGreaterThan(0);
    const unchanged = await page.evaluate(() => (window as unknown as { __textBefore: string }).__textBefore === document.body.textContent);
    expect(unchanged).toBe(true);
    await page.close();
  });
});

describe('compatibility mode (the fallback for browsers without the Highlight API)', () => {
  it('wraps highlights in marks without changing the text, and annotating still works', async () => {
    await browser.worker.evaluate(() => chrome.storage.local.set({ highlightMode: 'wrap' }));
    try {
      const page = await open('/story.html');
      const marks = page.locator('crosscheck-mark');
      await expect.poll(() => marks.count()).toBeGreaterThan(5);
      expect(await page.locator('crosscheck-mark[data-layers~="actor-person"]', { hasText: 'Igor Konashenkov' }).count()).toBeGreaterThan(0);
      expect(await page.evaluate(() => document.querySelector('article')!.textContent)).toContain('Maj. Gen. Igor Konashenkov, a spokesman for the ministry');
      expect((await highlightCounts(page)).actors).toBe(0); // nothing registered with the Highlight API

      await hoverText(page, 'Igor Konashenkov');
      await expect.poll(() => cardHeading(page), { timeout: 5_000 }).toBe('Igor Konashenkov');
      await page.keyboard.press('Escape');

      await selectText(page, 'rejected the criticism');
      await annotateSelection(page, { note: 'compat', tags: '' });
      await expect.poll(() => page.locator('crosscheck-mark[data-layers~="annotation-yellow"]').count()).toBeGreaterThan(0);
      await page.reload();
      await waitForCrosscheck(page);
      await expect.poll(async () => (await page.locator('crosscheck-mark[data-layers~="annotation-yellow"]').allTextContents()).join('|')).toContain('rejected the criticism');
      await page.close();
    } finally {
      await browser.worker.evaluate(() => chrome.storage.local.set({ highlightMode: 'auto' }));
    }
  });
});
