/**
 * The Firefox build (dist-firefox/) in Debian's firefox-esr, as a reader uses it:
 * the add-on installs under its Gecko id, the article's actors and claims are
 * painted (read from a screenshot's pixels, against the same page before the
 * add-on was installed), an actor's card opens under the pointer and closes on
 * Escape, the popup lists the page's claims, a note saved on the
 * page comes back after a reload, axe-core finds nothing on the note form and
 * the extension pages in light (dark: dark.e2e.ts), the event page Firefox suspends when idle
 * is woken by the next page, and on a big page the marks inside a paragraph
 * longer than a screen follow the reader's scrolling. Firefox is driven over WebDriver BiDi by
 * puppeteer-core (playwright-core needs its own patched Firefox); ADR 0215.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { article } from '../e2e/fixtures';
import { serve, REPO, type TestServer } from '../e2e/harness';
import { highlightCounts as countHighlights } from '../e2e/page-helpers';
import { inPageUi } from './closed-ui';
import { lookAt, pixelsChanged as pixelsChangedIn, pixelsNear, type Box, type Rgb } from './pixels';
import { axeViolations } from '../e2e/axe';
import { DIST, annotate as annotateIn, builtManifest, extensionPagesViolations, launchFirefox, openPopup as openPopupIn, poll, waitForCrosscheck as waitIn, type BuiltManifest, type FirefoxRun } from './firefox';

const ARTICLE = readFileSync(resolve(REPO, 'demo/article.html'), 'utf8');
/** With a query: the page's key reads its parameters, which once failed in Firefox's content script. */
const STORY = '/world/story.html?id=1015';
/** A person in demo/article.html (an actor), a sentence of it that corroborates a known claim (popup.e2e's hand label), and text Crosscheck leaves alone. */
const ACTOR = 'Igor Konashenkov';
const CLAIM = 'the raids near Raqqa killed 12 jihadists';
const PLAIN = 'By a staff writer';
/** The looks of those layers in highlights.css: the person's underline, the corroborating claim's underline. */
const PERSON_UNDERLINE: Rgb = [0xb0, 0x7d, 0x00];
const CORROBORATES_UNDERLINE: Rgb = [0x2d, 0xa4, 0x4e];
const QUOTE = 'the raids near Raqqa killed 12 jihadists from the group';

/**
 * A page big enough to be drawn only near the viewport (more than 2,000 ranges, WINDOW_ABOVE_RANGES) with one
 * paragraph far longer than a screen (over 5,000 characters, LONG_PARAGRAPH): inside it, what is drawn follows
 * a caret hit test of the viewport as the reader scrolls (extension/content/caret-at-point.ts).
 */
function longParagraphPage(): string {
  const lines = [
    'Officials in Moscow and Washington traded statements as the convoy moved along the coast road.',
    'The Syrian Observatory for Human Rights reported new clashes near Idlib and Hama on Thursday.',
    'Analysts in Ankara and Paris cautioned that the figures could not be independently verified.',
  ];
  const paragraphs = Array.from({ length: 700 }, (_, i) => `${lines[i % 3]} ${lines[(i + 1) % 3]} Item ${i}.`);
  paragraphs.splice(350, 0, Array.from({ length: 240 }, (_, i) => `${lines[i % 3]}`).join(' '));
  return article(paragraphs, { title: 'A long day of statements' });
}

/** Firefox suspends an event page idle this long (30 s by default): short here, so the run sees it happen. */
const IDLE_MS = 3_000;


let run: FirefoxRun;
let server: TestServer;
let page: Page;
let manifest: BuiltManifest;
/** What Firefox and the page reported that names the add-on's scripts, or Crosscheck's own warnings. */
let problems: string[];

beforeAll(async () => {
  manifest = builtManifest();
  server = await serve({ '/world/story.html': ARTICLE, '/world/long.html': longParagraphPage() });
  run = await launchFirefox({ prefs: { 'extensions.background.idle.timeout': IDLE_MS } });
  ({ page, problems } = run);
}, 90_000);

afterAll(async () => {
  await run?.close();
  await server?.close();
});

const look = (texts: string[]) => lookAt(page, texts);
const pixelsLike = (png: string, box: Box, rgb: Rgb) => pixelsNear(page, png, rgb, box);
const pixelsChanged = (a: string, b: string) => pixelsChangedIn(page, a, b);

/** The page's highlight ranges by layer kind, read as the Chromium tests read them. */
const highlightCounts = () => countHighlights(page);

const waitForCrosscheck = () => waitIn(page);
const annotate = (text: string) => annotateIn(page, text);
const openPopup = () => openPopupIn(run, server.origin, PLAIN);

describe('the Firefox build, in Firefox', () => {
  it('installs as a temporary add-on under its Gecko id and paints the article’s actors and claims where the reader sees them', async () => {
    // The page as it looks without Crosscheck.
    await page.goto(server.url(STORY));
    expect(await page.evaluate(() => document.documentElement.dataset.crosscheck)).toBeUndefined();
    const before = await look([ACTOR, CLAIM, PLAIN]);

    expect(manifest.background.scripts).toEqual(['background.js']);
    expect(manifest.background.service_worker).toBeUndefined();
    expect(await run.browser.installExtension(DIST)).toBe(manifest.browser_specific_settings.gecko.id);
    await page.reload();
    await waitForCrosscheck();
    // Claims come after actors: wait until both layers are in.
    const counts = await poll(highlightCounts, (c) => c.actors > 10 && c.claims > 0);
    expect(counts.actors).toBeGreaterThan(10);
    expect(counts.claims).toBeGreaterThan(0);

    const after = await look([ACTOR, CLAIM, PLAIN]);
    const [actor, claim, plain] = after.boxes as [Box, Box, Box];
    // The person's underline is painted under the actor's name, and was not there before.
    expect(await pixelsLike(before.png, before.boxes[0]!, PERSON_UNDERLINE)).toBe(0);
    expect(await pixelsLike(after.png, actor, PERSON_UNDERLINE)).toBeGreaterThan(actor.width / 2);
    // The corroborating claim's underline under the sentence, likewise.
    expect(await pixelsLike(before.png, before.boxes[1]!, CORROBORATES_UNDERLINE)).toBe(0);
    expect(await pixelsLike(after.png, claim, CORROBORATES_UNDERLINE)).toBeGreaterThan(claim.width / 2);
    // Text Crosscheck has nothing to say about keeps its look.
    expect(await pixelsLike(after.png, plain, PERSON_UNDERLINE)).toBe(0);
    expect(await pixelsLike(after.png, plain, CORROBORATES_UNDERLINE)).toBe(0);

    expect(problems).toEqual([]);
  });

  it('opens an actor’s card when the reader rests the pointer on the name, and closes it on Escape', async () => {
    const { png: before, boxes } = await look([ACTOR]);
    const actor = boxes[0]!;
    await page.mouse.move(actor.x + actor.width / 2, actor.y + actor.height / 2);
    // the card (a panel of some 350 × 450 px in the closed shadow root, its text and frame) is drawn over the page
    const open = await poll(
      async () => pixelsChanged(before, await page.screenshot({ encoding: 'base64' })),
      (n) => n > 10_000,
    );
    expect(open).toBeGreaterThan(10_000);
    await page.keyboard.press('Escape');
    const closed = await poll(
      async () => pixelsChanged(before, await page.screenshot({ encoding: 'base64' })),
      (n) => n < 2_000,
    );
    expect(closed).toBeLessThan(2_000);
    await page.mouse.move(0, 0);
    expect(problems).toEqual([]);
  });

  it('finds nothing with axe-core in the in-page UI drawn light: cards, layer switch, annotate toolbar (copied out of the closed shadow root)', async () => {
    expect((await inPageUi(run.browser, page, server, 'light')).violations).toEqual({}); // dark: dark.e2e.ts
    expect(problems).toEqual([]);
  });

  it('lists the page’s claims in the popup, the known one with its relation', async () => {
    const popup = await openPopup();
    try {
      await popup.waitForSelector('.claims .claim', { timeout: 10_000 });
      const listed = await popup.$$eval('.claim', (items) => items.map((item) => ({ text: item.textContent ?? '', relation: item.getAttribute('data-relation') })));
      expect(listed.length).toBeGreaterThan(0);
      expect(listed.find((c) => c.text.includes(CLAIM))?.relation).toBe('corroborates');
    } finally {
      await popup.close();
    }
    expect(problems).toEqual([]);
  });

  it('saves a note on a selection, and finds it again after reload, on the page and in the popup', async () => {
    const frame = await annotate(QUOTE);
    await frame.type('textarea[name="note"]', 'SOHR figure, checked in Firefox');
    await frame.type('input[name="tags"]', 'firefox');
    await frame.click('button[type="submit"]');
    expect((await poll(highlightCounts, (c) => c.annotations === 1)).annotations).toBe(1);

    await page.reload();
    await waitForCrosscheck();
    expect((await poll(highlightCounts, (c) => c.annotations === 1)).annotations).toBe(1);

    const popup = await openPopup();
    try {
      await popup.waitForSelector('[role="tab"]', { timeout: 10_000 });
      const tabs = await popup.$$('[role="tab"]');
      const names = await Promise.all(tabs.map((t) => t.evaluate((el) => el.textContent ?? '')));
      const notesTab = tabs[names.findIndex((n) => /^\s*Notes/.test(n))];
      if (!notesTab) throw new Error(`no Notes tab in the popup (tabs: ${names.join(', ')})`);
      await notesTab.click();
      await popup.waitForSelector('[data-annotation-id]', { timeout: 10_000 });
      const notes = await popup.$$eval('[data-annotation-id]', (items) =>
        items.map((item) => ({
          quote: item.querySelector('.quote')?.textContent,
          note: item.querySelector('.note')?.textContent,
          tags: [...item.querySelectorAll('.tags li')].map((li) => li.textContent),
        })),
      );
      expect(notes).toEqual([{ quote: QUOTE, note: 'SOHR figure, checked in Firefox', tags: ['firefox'] }]);
    } finally {
      await popup.close();
    }
    expect(problems).toEqual([]);
  });

  it('finds nothing with axe-core in light on the note form, the popup (every tab), the library and the options page', async () => {
    expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: light)').matches)).toBe(true);
    const frame = await annotate(PLAIN);
    expect(await axeViolations(frame, undefined, { part: true })).toEqual([]);
    await page.keyboard.press('Escape');
    const popup = await openPopup();
    try {
      expect(await extensionPagesViolations(popup)).toEqual({}); // dark: dark.e2e.ts
    } finally {
      await popup.close();
    }
    expect(problems).toEqual([]);
  });

  it('wakes the event page Firefox suspended while idle: a reload still gets its actors and claims', async () => {
    const extensionTab = await openPopup();
    try {
      // A mark on the event page as it is now; a page suspended and started again has lost it.
      const probe = () =>
        extensionTab.evaluate(async () => {
          const background = (await chrome.runtime.getBackgroundPage()) as unknown as Record<string, unknown> | undefined;
          if (!background) throw new Error('no event page');
          return background.crosscheckSmokeProbe === true;
        });
      await extensionTab.evaluate(async () => {
        const background = (await chrome.runtime.getBackgroundPage()) as unknown as Record<string, unknown>;
        background.crosscheckSmokeProbe = true;
      });
      expect(await probe()).toBe(true);
      await new Promise((ok) => setTimeout(ok, IDLE_MS * 2 + 1_000));

      await page.bringToFront();
      await page.reload();
      await waitForCrosscheck(); // content.js is injected by the event page (ADR 0051): it was woken
      const counts = await poll(highlightCounts, (c) => c.actors > 10 && c.claims > 0);
      expect(counts.actors).toBeGreaterThan(10);
      expect(counts.claims).toBeGreaterThan(0);
      // and what answered was a new event page: the suspended one's mark is gone
      expect(await probe()).toBe(false);
    } finally {
      await extensionTab.close();
    }
    expect(problems).toEqual([]);
  });

  it('on a big page, marks the names inside a paragraph longer than a screen around where the reader scrolled', async () => {
    await page.goto(server.url('/world/long.html'));
    await waitForCrosscheck();
    await poll(highlightCounts, (c) => c.actors > 0);
    const inLong = () =>
      page.evaluate(() => {
        const long = [...document.querySelectorAll('p')].find((p) => (p.textContent ?? '').length > 5_000)!;
        let n = 0;
        CSS.highlights.forEach((highlight, name) => {
          if (!name.startsWith('cc-actor')) return;
          highlight.forEach((range) => {
            if (long.contains(range.startContainer)) n++;
          });
        });
        return n;
      });
    // drawn only near the viewport: nothing yet in the long paragraph, far below the first screen
    expect(await inLong()).toBe(0);
    // The reader scrolls to the middle of the long paragraph.
    await page.evaluate(() => {
      const long = [...document.querySelectorAll('p')].find((p) => (p.textContent ?? '').length > 5_000)!;
      const box = long.getBoundingClientRect();
      window.scrollTo(0, scrollY + box.top + box.height / 2 - innerHeight / 2);
    });
    expect(await poll(inLong, (n) => n > 0)).toBeGreaterThan(0);
    expect(problems).toEqual([]);
  });
});
