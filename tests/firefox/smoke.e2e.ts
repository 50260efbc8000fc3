/**
 * The Firefox build (dist-firefox/) in Debian's firefox-esr, as a reader uses it:
 * the add-on installs under its Gecko id, the article's actors and claims are
 * painted (read from a screenshot's pixels, against the same page before the
 * add-on was installed), an actor's card opens under the pointer and closes on
 * Escape, the popup lists the page's claims, a note saved on the
 * page comes back after a reload, the event page Firefox suspends when idle
 * is woken by the next page, and on a big page the marks inside a paragraph
 * longer than a screen follow the reader's scrolling. Firefox is driven over WebDriver BiDi by
 * puppeteer-core (playwright-core needs its own patched Firefox); ADR 0215.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import puppeteer, { type Browser, type Frame, type Page } from 'puppeteer-core';
import { article } from '../e2e/fixtures';
import { serve, REPO, type TestServer } from '../e2e/harness';
import { highlightCounts as countHighlights } from '../e2e/page-helpers';

const DIST = resolve(REPO, 'dist-firefox');
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

type Rgb = [number, number, number];
type Box = { x: number; y: number; width: number; height: number };

let browser: Browser;
let server: TestServer;
let home: string;
let page: Page;
/** What the Firefox build wrote: an event page (Firefox has no extension service workers) and a Gecko id. */
let manifest: { background: { scripts?: string[]; service_worker?: string }; browser_specific_settings: { gecko: { id: string } } };
/** What Firefox and the page reported that names the add-on's scripts, or Crosscheck's own warnings. */
const problems: string[] = [];

function firefoxPath(): string {
  const found = [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'].find((p) => p && existsSync(p));
  if (!found) throw new Error("Firefox not found: install Debian's firefox-esr (bash scripts/setup.sh) or set FIREFOX_PATH");
  return found;
}

beforeAll(async () => {
  if (!existsSync(join(DIST, 'manifest.json'))) throw new Error('dist-firefox/ is missing: run `npm run build:firefox` first');
  manifest = JSON.parse(readFileSync(join(DIST, 'manifest.json'), 'utf8')) as typeof manifest;
  server = await serve({ '/world/story.html': ARTICLE, '/world/long.html': longParagraphPage() });
  home = mkdtempSync(join(tmpdir(), 'crosscheck-firefox-'));
  for (const dir of ['config', 'cache', 'tmp']) mkdirSync(join(home, dir));
  browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath(),
    headless: true,
    extraPrefsFirefox: {
      'extensions.background.idle.timeout': IDLE_MS,
      // Firefox's own calls home, which fail on a closed network and only slow it down
      'app.normandy.enabled': false,
      'messaging-system.rsexperimentloader.enabled': false,
    },
    env: { ...process.env, HOME: home, XDG_CONFIG_HOME: join(home, 'config'), XDG_CACHE_HOME: join(home, 'cache'), TMPDIR: join(home, 'tmp') },
  });
  // Uncaught errors in the add-on's scripts (content scripts and event page) are printed here.
  browser.process()?.stderr?.on('data', (chunk: Buffer) => {
    for (const line of chunk.toString().split('\n')) if (/JavaScript error: moz-extension:/.test(line)) problems.push(line);
  });
  page = await browser.newPage();
  await page.setViewport({ width: 1200, height: 900 });
  page.on('console', (message) => {
    if (/^Crosscheck/.test(message.text()) && ['warn', 'error'].includes(message.type())) problems.push(message.text());
  });
}, 90_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (home) rmSync(home, { recursive: true, force: true });
});

/** The reader's view: a screenshot of the viewport, scrolled so `texts` are on screen, and the box of each. */
async function look(texts: string[]): Promise<{ png: string; boxes: Box[] }> {
  const boxes = await page.evaluate((needles: string[]) => {
    const find = (needle: string) => {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.textContent?.indexOf(needle) ?? -1;
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + needle.length);
        return range;
      }
      throw new Error(`not on the page: ${needle}`);
    };
    window.scrollTo(0, 0);
    const ranges = needles.map(find);
    // the lowest of them at the bottom third of the screen, so all fit (they are near the top of the article)
    const lowest = Math.max(...ranges.map((r) => r.getBoundingClientRect().bottom));
    window.scrollTo(0, Math.max(0, lowest - innerHeight * 0.66));
    return ranges.map((r) => {
      const b = r.getClientRects()[0]!; // the first line is enough to see the look
      return { x: b.left, y: b.top, width: b.width, height: b.height };
    });
  }, texts);
  await new Promise((ok) => setTimeout(ok, 300)); // a frame or two for the scroll to paint
  return { png: await page.screenshot({ encoding: 'base64' }), boxes };
}

/** How many pixels in `box` (and the few pixels under it, where underlines are drawn) are close to `rgb`. */
async function pixelsLike(png: string, box: Box, rgb: Rgb): Promise<number> {
  return page.evaluate(
    async (png: string, box: Box, rgb: Rgb) => {
      const bytes = Uint8Array.from(atob(png), (c) => c.charCodeAt(0));
      const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
      const scale = bitmap.width / innerWidth;
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const g = canvas.getContext('2d')!;
      g.drawImage(bitmap, 0, 0);
      const x = Math.floor(box.x * scale);
      const y = Math.floor(box.y * scale);
      const data = g.getImageData(x, y, Math.ceil(box.width * scale), Math.ceil((box.height + 10) * scale)).data;
      let near = 0;
      for (let i = 0; i < data.length; i += 4) {
        if (Math.abs(data[i]! - rgb[0]) + Math.abs(data[i + 1]! - rgb[1]) + Math.abs(data[i + 2]! - rgb[2]) < 60) near++;
      }
      return near;
    },
    png,
    box,
    rgb,
  );
}

/** How many pixels differ between two screenshots of the same size (a card drawn over the page, or gone again). */
async function pixelsChanged(a: string, b: string): Promise<number> {
  return page.evaluate(
    async (a: string, b: string) => {
      const read = async (png: string) => {
        const bytes = Uint8Array.from(atob(png), (c) => c.charCodeAt(0));
        const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
        const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
        const g = canvas.getContext('2d')!;
        g.drawImage(bitmap, 0, 0);
        return g.getImageData(0, 0, bitmap.width, bitmap.height).data;
      };
      const [x, y] = [await read(a), await read(b)];
      let changed = 0;
      for (let i = 0; i < x.length; i += 4) if (Math.abs(x[i]! - y[i]!) + Math.abs(x[i + 1]! - y[i + 1]!) + Math.abs(x[i + 2]! - y[i + 2]!) > 30) changed++;
      return changed;
    },
    a,
    b,
  );
}

/** The page's highlight ranges by layer kind, read as the Chromium tests read them. */
const highlightCounts = () => countHighlights(page);

async function waitForCrosscheck(): Promise<void> {
  await page.waitForFunction(() => document.documentElement.dataset.crosscheck === 'ready', { timeout: 20_000 });
}

async function poll<T>(read: () => Promise<T>, done: (value: T) => boolean, timeout = 10_000): Promise<T> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const value = await read();
    if (done(value) || Date.now() > deadline) return value;
    await new Promise((ok) => setTimeout(ok, 100));
  }
}

/** Selects the first occurrence of `text` and presses the in-page key for annotating (Alt+Shift+A), as a reader can. */
async function annotate(text: string): Promise<Frame> {
  await page.bringToFront();
  await page.evaluate((needle: string) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent?.indexOf(needle) ?? -1;
      if (at < 0) continue;
      node.parentElement?.scrollIntoView({ block: 'center' });
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + needle.length);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
      return;
    }
    throw new Error(`not on the page: ${needle}`);
  }, text);
  await page.keyboard.down('Alt');
  await page.keyboard.down('Shift');
  await page.keyboard.press('KeyA');
  await page.keyboard.up('Shift');
  await page.keyboard.up('Alt');
  const frame = await poll(noteFrame, (f) => f !== null);
  if (!frame) throw new Error('the note form did not open');
  await frame.waitForSelector('textarea[name="note"]', { visible: true, timeout: 10_000 });
  return frame;
}

/**
 * The note form: an extension page framed in Crosscheck's closed shadow root (ADR 0060). Puppeteer
 * keeps the frame's first address (about:blank), so each frame is asked where it is.
 */
async function noteFrame(): Promise<Frame | null> {
  for (const frame of page.frames()) {
    if (frame === page.mainFrame()) continue;
    const href = await frame.evaluate(() => location.href).catch(() => '');
    if (href.includes('/note-frame/note-frame.html')) return frame;
  }
  return null;
}

/**
 * The popup, in a tab of its own, pointed at the article's tab. WebDriver BiDi in Firefox refuses
 * to navigate a tab to a moz-extension: address, and an extension page framed in a web page (the
 * note form) has no tabs API; it can open a tab of the extension's own, which has, and which then
 * takes itself to the popup of the article's tab.
 */
async function openPopup(): Promise<Page> {
  const frame = await annotate(PLAIN);
  const before = new Set(await browser.pages());
  await frame.evaluate(() => void window.open(chrome.runtime.getURL('popup/popup.html')));
  // Puppeteer keeps a tab's first address (about:blank) here too: ask the new tab where it is.
  const where = (p: Page) => p.evaluate(() => location.pathname).catch(() => '');
  const popup = await poll(
    async () => {
      for (const p of await browser.pages()) if (!before.has(p) && (await where(p)) === '/popup/popup.html') return p;
      return null;
    },
    (p) => p !== null,
  );
  if (!popup) throw new Error('the extension tab did not open');
  // The reader cancels the note they did not mean to write.
  for (const button of await frame.$$('button')) {
    if ((await button.evaluate((b) => b.textContent?.trim())) === 'Cancel') await button.click();
  }
  const tab = await popup.evaluate(async (origin: string) => (await chrome.tabs.query({})).find((t) => t.url?.startsWith(origin))?.id ?? null, server.origin);
  if (tab === null) throw new Error('the article tab was not found');
  await popup.evaluate((id: number) => location.assign(`/popup/popup.html?tab=${id}`), tab);
  await poll(() => popup.evaluate(() => location.search).catch(() => ''), (q) => q === `?tab=${tab}`);
  return popup;
}

describe('the Firefox build, in Firefox', () => {
  it('installs as a temporary add-on under its Gecko id and paints the article’s actors and claims where the reader sees them', async () => {
    // The page as it looks without Crosscheck.
    await page.goto(server.url(STORY));
    expect(await page.evaluate(() => document.documentElement.dataset.crosscheck)).toBeUndefined();
    const before = await look([ACTOR, CLAIM, PLAIN]);

    expect(manifest.background.scripts).toEqual(['background.js']);
    expect(manifest.background.service_worker).toBeUndefined();
    expect(await browser.installExtension(DIST)).toBe(manifest.browser_specific_settings.gecko.id);
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
