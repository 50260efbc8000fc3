/**
 * The Firefox build for a reader whose Firefox prefers dark pages (ADR 0285): the popup, opened as a
 * page, cross-references the article (known claims with their evidence, the coverage, a note's
 * nearest known claim); the in-page cards, the note form and the popup are drawn dark; axe-core finds
 * nothing on the cards (copied out of the closed shadow root), the note form, the popup (every tab),
 * the library and the options page; the annotate
 * command is registered with its key, and what it sends to the page opens the note form. The light
 * scheme's axe run is in smoke.e2e.ts, on that file's browser.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { axeViolations } from '../e2e/axe';
import { serve, REPO, type TestServer } from '../e2e/harness';
import { highlightCounts } from '../e2e/page-helpers';
import { annotate, DIST, extensionPagesViolations, launchFirefox, openPopup, poll, showPopupTab, waitForCrosscheck, type FirefoxRun } from './firefox';
import { inPageUi } from './closed-ui';
import { pixelsChanged, pixelsNear, type Rgb } from './pixels';

const PLAIN = 'By a staff writer';
/** A sentence of demo/article.html the reader notes; popup.e2e's hand label puts a known claim about the cruiser near it. */
const NOTED = 'The missile cruiser Moscow has been sent to waters off Latakia';
const KNOWN = 'the raids near Raqqa killed 12 jihadists';
/** The dark backgrounds: of the in-page panels and the note form (ui/styles.ts), and of the popup (popup.css). */
const PANEL_DARK: Rgb = [0x1f, 0x24, 0x2c];
const POPUP_DARK = 'rgb(22, 27, 34)';

let run: FirefoxRun;
let server: TestServer;
let page: Page;

beforeAll(async () => {
  server = await serve({ '/world/story.html': readFileSync(resolve(REPO, 'demo/article.html'), 'utf8') });
  run = await launchFirefox({ scheme: 'dark' });
  page = run.page;
  await run.browser.installExtension(DIST);
  await page.goto(server.url('/world/story.html'));
  await waitForCrosscheck(page);
  await poll(() => highlightCounts(page), (c) => c.actors > 10 && c.claims > 0);
}, 90_000);

afterAll(async () => {
  await run?.close();
  await server?.close();
});

describe('the Firefox build, in a Firefox that prefers dark pages', () => {
  it('runs axe-core that sees what it is there to catch: a dark-mode contrast failure, a name that leaves out the visible text', async () => {
    server.set(
      '/bad.html',
      `<!doctype html><html lang="en"><head><title>bad</title><style>@media (prefers-color-scheme: dark) { body { background: #111; } .badge { color: #fff; background: #3fb950; } }</style></head><body><main><h1>bad</h1><p><span class="badge">Corroborated</span></p><button aria-label="Show on the page">Corroborated: the raids killed 12</button></main></body></html>`,
    );
    const bad = await run.browser.newPage();
    try {
      await bad.goto(server.url('/bad.html'));
      expect((await axeViolations(bad)).map((v) => v.id).sort()).toEqual(['color-contrast', 'label-content-name-mismatch']);
    } finally {
      await bad.close();
    }
  });

  it('draws the in-page cards dark over the page, and axe finds nothing in the in-page UI: cards, layer switch, annotate toolbar (copied out of the closed shadow root)', async () => {
    expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(true);
    const { violations, screenshots } = await inPageUi(run.browser, page, server, 'dark');
    for (const [what, { before, open }] of Object.entries(screenshots)) {
      // the card's background is the dark panel's (a card of ~340 × 400 px; a light card adds none of
      // it). The article's own dark header is near that colour too: count what the card adds.
      const added = (await pixelsNear(page, open, PANEL_DARK)) - (await pixelsNear(page, before, PANEL_DARK));
      expect(added, what).toBeGreaterThan(20_000);
    }
    expect(Object.keys(screenshots)).toEqual(['actor card', 'claim card']);
    expect(violations).toEqual({});
    expect(run.problems).toEqual([]);
  });

  it('draws the note form dark, and axe finds nothing in it', async () => {
    const frame = await annotate(page, NOTED);
    expect(await frame.evaluate(() => getComputedStyle(document.querySelector('.panel')!).backgroundColor)).toBe(`rgb(${PANEL_DARK.join(', ')})`);
    expect(await axeViolations(frame, undefined, { part: true })).toEqual([]);
    await frame.type('textarea[name="note"]', 'Interfax, unnamed source');
    await frame.click('button[type="submit"]');
    expect((await poll(() => highlightCounts(page), (c) => c.annotations === 1)).annotations).toBe(1);
    expect(run.problems).toEqual([]);
  });

  it('cross-references the page in the popup, drawn dark: known claims with evidence, coverage, the note’s nearest claim', async () => {
    const popup = await openPopup(run, server.origin, PLAIN);
    try {
      expect(await popup.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(POPUP_DARK);
      await popup.waitForSelector('.claims .claim', { timeout: 10_000 });
      // the known claim: its relation, the claim it was matched to, and a dated report behind it
      const known = await popup.$$eval(
        '.claim',
        (items, sentence: string) => {
          const item = items.find((i) => i.textContent?.includes(sentence));
          item?.querySelector('details')?.setAttribute('open', '');
          return item ? { relation: item.getAttribute('data-relation'), claimId: item.getAttribute('data-claim-id'), cite: item.querySelector('.evidence cite')?.textContent ?? null } : null;
        },
        KNOWN,
      );
      expect(known?.relation).toBe('corroborates');
      expect(known?.claimId).toMatch(/12/);
      expect(known?.cite).toMatch(/\d{4}/);

      await showPopupTab(popup, 'Coverage');
      expect(await popup.$$eval('.coverage-rows li', (rows) => rows.length)).toBeGreaterThan(3);
      expect(await popup.$eval('.coverage-rows li svg', (svg) => svg.children.length)).toBe(1 + 6); // page band + 6 reports

      await showPopupTab(popup, 'Notes');
      await popup.waitForSelector('[data-annotation-id]', { timeout: 10_000 });
      expect(await popup.$eval('[data-annotation-id] .note', (n) => n.textContent)).toBe('Interfax, unnamed source');
      expect(await popup.$eval('[data-annotation-id] .linked', (n) => n.textContent)).toMatch(/cruiser/i);

      expect(await extensionPagesViolations(popup)).toEqual({});
    } finally {
      await popup.close();
    }
    expect(run.problems).toEqual([]);
  });

  it('registers the annotate command with its key; what the command sends from the event page opens the note form', async () => {
    const popup = await openPopup(run, server.origin, PLAIN);
    try {
      const commands = await popup.evaluate(() => chrome.commands.getAll());
      expect(commands.find((c) => c.name === 'annotate-selection')?.shortcut).toBe('Alt+Shift+A');
      // A key pressed over BiDi reaches the page, not Firefox's shortcut handling (ADR 0285): the
      // in-page fallback answers it. So the command's own step is run where it runs, on the event
      // page: ask for the active tab, send it the request, and the form opens over the selection.
      await page.bringToFront();
      await page.evaluate((text: string) => {
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const at = node.textContent?.indexOf(text) ?? -1;
          if (at < 0) continue;
          const range = document.createRange();
          range.setStart(node, at);
          range.setEnd(node, at + text.length);
          getSelection()!.removeAllRanges();
          getSelection()!.addRange(range);
          return;
        }
      }, KNOWN);
      const before = await page.screenshot({ encoding: 'base64' });
      const sent = await popup.evaluate(async () => {
        const background = (await chrome.runtime.getBackgroundPage()) as unknown as { browser: typeof chrome };
        const [tab] = await background.browser.tabs.query({ active: true, currentWindow: true });
        await background.browser.tabs.sendMessage(tab!.id!, { type: 'page/annotate-selection' });
        return tab?.url ?? '';
      });
      expect(sent).toBe(server.url('/world/story.html'));
      // the form (~300 × 200 px) is drawn over the page
      const drawn = await poll(
        async () => pixelsChanged(page, before, await page.screenshot({ encoding: 'base64' })),
        (n) => n > 20_000,
      );
      expect(drawn).toBeGreaterThan(20_000);
      await page.keyboard.press('Escape');
    } finally {
      await popup.close();
    }
    expect(run.problems).toEqual([]);
  });
});
