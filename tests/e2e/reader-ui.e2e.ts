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
import { annotateSelection, clickInUi, highlightCounts, hoverText, selectText, uiRect, uiText, uiVisible, waitForCrosscheck } from './page-helpers';
import { liveBlog, longArticle } from './reader-pages';

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
      await expect.poll(async () => { const c = await highlightCounts(page); return layerSize(c, 'claim-unknown') + layerSize(c, 'claim-related'); }).toBeGreaterThan(0);
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
    // the note has its marker in the margin
    await expect.poll(() => uiVisible(page, '.note-marker')).toBe(true);

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
    await expect.poll(() => uiVisible(page, '.note-marker')).toBe(false);
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
    // every stop is a contradiction: as many distinct stops as contradicted sentences, then round again
    const stops = new Set<string>();
    for (let i = 0; i < contradictions + 1; i++) {
      await expect.poll(() => uiVisible(page, '.claim-card.relation-contradicts')).toBe(true);
      stops.add((await uiText(page, '.page-sentence blockquote')) ?? '');
      await page.keyboard.press('Escape');
      await page.keyboard.press('Alt+Shift+KeyX');
    }
    expect(stops.size).toBe(contradictions);
    // Alt+Shift+M: actors, each once, with their card
    await page.keyboard.press('Escape');
    await page.keyboard.press('Alt+Shift+KeyM');
    await expect.poll(() => uiVisible(page, '.actor-card')).toBe(true);
    await page.close();
  });

  it('cards close on scroll, on a new selection and on Escape, never open during a drag-select, and stay clear of the sentence inside a 360 px window', async () => {
    const view = { width: 360, height: 640 };
    const page = await open('/world/long.html', view);
    const sentenceRect = () =>
      page.evaluate((needle) => {
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          if (!node.textContent?.includes(needle)) continue;
          const r = node.parentElement!.getBoundingClientRect();
          return { top: r.top, bottom: r.bottom };
        }
        return null;
      }, 'Turkish Prime Minister Ahmet Davutoglu');
    const hoverActor = async () => {
      await hoverText(page, 'Ahmet Davutoglu');
      await expect.poll(() => uiVisible(page, '.actor-card'), { timeout: 3_000 }).toBe(true);
    };

    await hoverActor();
    const card = (await uiRect(page, '.card-panel'))!;
    expect(card.left).toBeGreaterThanOrEqual(0);
    expect(card.right).toBeLessThanOrEqual(view.width);
    expect(card.top).toBeGreaterThanOrEqual(0);
    expect(card.bottom).toBeLessThanOrEqual(view.height);
    const sentence = (await sentenceRect())!;
    expect(card.bottom <= sentence.top + 1 || card.top >= sentence.bottom - 1, 'the card covers the hovered sentence').toBe(true);

    // scroll → closed
    await page.mouse.wheel(0, 400);
    await expect.poll(() => uiVisible(page, '.card-panel')).toBe(false);
    // Escape → closed
    await hoverActor();
    await page.keyboard.press('Escape');
    await expect.poll(() => uiVisible(page, '.card-panel')).toBe(false);
    // a new selection → closed
    await hoverActor();
    await page.evaluate(() => {
      const p = [...document.querySelectorAll('article p')].find((e) => e.textContent?.startsWith('Aid workers'))!;
      getSelection()!.selectAllChildren(p);
    });
    await expect.poll(() => uiVisible(page, '.card-panel')).toBe(false);
    await page.evaluate(() => getSelection()!.removeAllRanges());

    // a drag-select across an actor opens no card
    await page.mouse.move(5, 5);
    await page.waitForTimeout(500);
    const at = await page.evaluate(() => {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const i = node.textContent?.indexOf('Sergei Lavrov') ?? -1;
        if (i < 0) continue;
        node.parentElement!.scrollIntoView({ block: 'center' });
        const range = document.createRange();
        range.setStart(node, Math.max(0, i - 20));
        range.setEnd(node, i + 5);
        const rects = range.getClientRects();
        const first = rects[0]!;
        const last = rects[rects.length - 1]!;
        return { x0: first.left + 1, y0: first.top + first.height / 2, x1: last.right - 2, y1: last.top + last.height / 2 };
      }
      return null;
    });
    await page.mouse.move(at!.x0, at!.y0);
    await page.mouse.down();
    await page.mouse.move(at!.x1, at!.y1, { steps: 8 });
    await page.waitForTimeout(700);
    expect(await uiVisible(page, '.card-panel')).toBe(false);
    await page.mouse.up();
    await page.close();
  });

  it('annotates with the keyboard alone: a keyboard selection gets the toolbar, Alt+Shift+A opens the note, Ctrl+Enter saves', async () => {
    const page = await open('/world/long.html');
    const notesBefore = (await highlightCounts(page)).annotations;
    // caret browsing (F7) puts a caret in the text; here the first letter is selected as a start, and the selection grows with Shift+→
    await page.evaluate(() => {
      const p = [...document.querySelectorAll('article p')].find((e) => e.textContent?.startsWith('Shopkeepers in the old market'))!;
      p.scrollIntoView({ block: 'center' });
      getSelection()!.setBaseAndExtent(p.firstChild!, 0, p.firstChild!, 1);
    });
    for (let i = 1; i < 'Shopkeepers in the old market'.length; i++) await page.keyboard.press('Shift+ArrowRight');
    expect(await page.evaluate(() => getSelection()!.toString())).toBe('Shopkeepers in the old market');
    await expect.poll(() => uiVisible(page, '[data-action="annotate"]')).toBe(true);
    expect(await uiText(page, '[data-action="annotate"]')).toContain('Alt+Shift+A');
    await page.keyboard.press('Alt+Shift+KeyA');
    await expect.poll(() => uiVisible(page, 'textarea[name="note"]')).toBe(true);
    await page.keyboard.type('market trade: check the UN report');
    await page.keyboard.press('Tab');
    await page.keyboard.type('economy');
    await page.keyboard.press('Control+Enter');
    await expect.poll(async () => (await highlightCounts(page)).annotations).toBe(notesBefore + 1);
    await page.close();
  });
});
