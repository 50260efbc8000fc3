/**
 * Debian's firefox-esr with the Firefox build installed, driven over WebDriver
 * BiDi by puppeteer-core (ADR 0215), and the ways a test reaches what BiDi does
 * not: extension pages are found by asking each tab or frame where it is, and
 * an extension tab is opened from the note form framed in the page.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Frame, type Page } from 'puppeteer-core';
import { axeViolations, type Violation } from '../e2e/axe';
import { REPO } from '../e2e/harness';

export const DIST = resolve(REPO, 'dist-firefox');

/** What the Firefox build wrote: an event page (Firefox has no extension service workers) and a Gecko id. */
export type BuiltManifest = { background: { scripts?: string[]; service_worker?: string }; browser_specific_settings: { gecko: { id: string } } };

export function builtManifest(): BuiltManifest {
  if (!existsSync(join(DIST, 'manifest.json'))) throw new Error('dist-firefox/ is missing: run `npm run build:firefox` first');
  return JSON.parse(readFileSync(join(DIST, 'manifest.json'), 'utf8')) as BuiltManifest;
}

export function firefoxPath(): string {
  const found = [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'].find((p) => p && existsSync(p));
  if (!found) throw new Error("Firefox not found: install Debian's firefox-esr (bash scripts/setup.sh) or set FIREFOX_PATH");
  return found;
}

export interface FirefoxRun {
  browser: Browser;
  /** A tab of 1200 × 900, the one the tests read pages in. */
  page: Page;
  /** What Firefox and the page reported that names the add-on's scripts, or Crosscheck's own warnings. */
  problems: string[];
  close(): Promise<void>;
}

/**
 * Starts Firefox in a throwaway profile. `scheme` is what pages are told the reader prefers
 * (`prefers-color-scheme`): BiDi has no media emulation in Firefox, so it is a pref set at launch.
 */
export async function launchFirefox(options: { scheme?: 'light' | 'dark'; prefs?: Record<string, unknown> } = {}): Promise<FirefoxRun> {
  const home = mkdtempSync(join(tmpdir(), 'crosscheck-firefox-'));
  for (const dir of ['config', 'cache', 'tmp']) mkdirSync(join(home, dir));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath(),
    headless: true,
    extraPrefsFirefox: {
      // 0 dark, 1 light: what web and extension pages see, whatever the system's theme
      'layout.css.prefers-color-scheme.content-override': options.scheme === 'dark' ? 0 : 1,
      // Firefox's own calls home, which fail on a closed network and only slow it down
      'app.normandy.enabled': false,
      'messaging-system.rsexperimentloader.enabled': false,
      ...options.prefs,
    },
    env: { ...process.env, HOME: home, XDG_CONFIG_HOME: join(home, 'config'), XDG_CACHE_HOME: join(home, 'cache'), TMPDIR: join(home, 'tmp') },
  });
  const problems: string[] = [];
  // Uncaught errors in the add-on's scripts (content scripts and event page) are printed here.
  browser.process()?.stderr?.on('data', (chunk: Buffer) => {
    for (const line of chunk.toString().split('\n')) if (/JavaScript error: moz-extension:/.test(line)) problems.push(line);
  });
  const page = await browser.newPage();
  await page.setViewport({ width: 1200, height: 900 });
  page.on('console', (message) => {
    if (/^Crosscheck/.test(message.text()) && ['warn', 'error'].includes(message.type())) problems.push(message.text());
  });
  return {
    browser,
    page,
    problems,
    async close() {
      await browser.close();
      rmSync(home, { recursive: true, force: true });
    },
  };
}

export async function poll<T>(read: () => Promise<T>, done: (value: T) => boolean, timeout = 10_000): Promise<T> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const value = await read();
    if (done(value) || Date.now() > deadline) return value;
    await new Promise((ok) => setTimeout(ok, 100));
  }
}

export async function waitForCrosscheck(page: Page): Promise<void> {
  await page.waitForFunction(() => document.documentElement.dataset.crosscheck === 'ready', { timeout: 20_000 });
}

/** Selects the first occurrence of `text` and presses the in-page key for annotating (Alt+Shift+A), as a reader can. */
export async function annotate(page: Page, text: string): Promise<Frame> {
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
  const frame = await poll(() => noteFrame(page), (f) => f !== null);
  if (!frame) throw new Error('the note form did not open');
  await frame.waitForSelector('textarea[name="note"]', { visible: true, timeout: 10_000 });
  return frame;
}

/**
 * The note form: an extension page framed in Crosscheck's closed shadow root (ADR 0060). Puppeteer
 * keeps the frame's first address (about:blank), so each frame is asked where it is.
 */
export async function noteFrame(page: Page): Promise<Frame | null> {
  for (const frame of page.frames()) {
    if (frame === page.mainFrame()) continue;
    const href = await frame.evaluate(() => location.href).catch(() => '');
    if (href.includes('/note-frame/note-frame.html')) return frame;
  }
  return null;
}

/**
 * The popup, in a tab of its own, pointed at the tab of `page` (whose address starts with `origin`).
 * WebDriver BiDi in Firefox refuses to navigate a tab to a moz-extension: address, and an extension
 * page framed in a web page (the note form) has no tabs API; it can open a tab of the extension's
 * own, which has, and which then takes itself to the popup of the article's tab. `selectable` is
 * text of the page to select for the note form (one the reader then cancels).
 */
export async function openPopup(run: FirefoxRun, origin: string, selectable: string): Promise<Page> {
  const { browser, page } = run;
  const frame = await annotate(page, selectable);
  const before = new Set(await browser.pages());
  await frame.evaluate(() => void window.open(chrome.runtime.getURL('popup/popup.html')));
  const popup = await poll(
    async () => {
      for (const p of await browser.pages()) if (!before.has(p) && (await whereIs(p)) === '/popup/popup.html') return p;
      return null;
    },
    (p) => p !== null,
  );
  if (!popup) throw new Error('the extension tab did not open');
  // The reader cancels the note they did not mean to write.
  for (const button of await frame.$$('button')) {
    if ((await button.evaluate((b) => b.textContent?.trim())) === 'Cancel') await button.click();
  }
  const tab = await popup.evaluate(async (o: string) => (await chrome.tabs.query({})).find((t) => t.url?.startsWith(o))?.id ?? null, origin);
  if (tab === null) throw new Error('the article tab was not found');
  await goWithin(popup, `/popup/popup.html?tab=${tab}`);
  return popup;
}

/** Puppeteer keeps a tab's first address (about:blank) here: ask the tab where it is. */
function whereIs(page: Page): Promise<string> {
  return page.evaluate(() => location.pathname + location.search).catch(() => '');
}

/** Takes an extension tab to another page of the extension (BiDi may not: the page goes itself). */
export async function goWithin(tab: Page, path: string): Promise<void> {
  await tab.evaluate((p: string) => location.assign(p), path);
  const reached = await poll(() => whereIs(tab), (w) => w === path);
  if (reached !== path) throw new Error(`the extension tab did not reach ${path} (at ${reached})`);
  await tab.waitForFunction(() => document.readyState === 'complete', { timeout: 10_000 });
}

/** Clicks the popup's tab whose name starts with `name` ("Claims (12)", "Notes (1)", …). */
export async function showPopupTab(popup: Page, name: string): Promise<void> {
  await popup.waitForSelector('[role="tab"]', { timeout: 10_000 });
  const tabs = await popup.$$('[role="tab"]');
  const names = await Promise.all(tabs.map((t) => t.evaluate((el) => el.textContent?.trim() ?? '')));
  const tab = tabs[names.findIndex((n) => n.startsWith(name))];
  if (!tab) throw new Error(`no ${name} tab in the popup (tabs: ${names.join(', ')})`);
  await tab.click();
  await popup.waitForFunction((n: string) => document.querySelector('[role="tab"][aria-selected="true"]')?.textContent?.trim().startsWith(n), { timeout: 5_000 }, name);
}

/**
 * axe-core's findings on the extension's pages as the reader meets them, in the colour scheme Firefox
 * was started with: the popup (every tab, its folds open), then the library and the options page, to
 * which the tab is taken. Only the pages with findings are listed.
 */
export async function extensionPagesViolations(popup: Page): Promise<Record<string, Violation[]>> {
  const found: Record<string, Violation[]> = {};
  const note = (where: string, violations: Violation[]) => {
    if (violations.length > 0) found[where] = violations;
  };
  for (const tab of ['Claims', 'Coverage', 'Actors', 'Notes', 'Legend']) {
    await showPopupTab(popup, tab);
    await popup.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
    note(`popup ${tab}`, await axeViolations(popup));
  }
  for (const path of ['/library/library.html', '/options/options.html']) {
    await goWithin(popup, path);
    await new Promise((ok) => setTimeout(ok, 300)); // the page's first data
    note(path, await axeViolations(popup));
  }
  return found;
}
