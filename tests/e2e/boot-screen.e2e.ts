/**
 * The first screen drawn by the bootstrap (ADR 0180), in real Chromium with
 * the built extension: on a long article the bootstrap sends the top of the
 * article with its request for `content.js` and draws the worker's answer
 * itself; the session replaces it. Nothing is drawn where the reader switched
 * Crosscheck off or hid the actors, and nothing the bootstrap drew outlives
 * the session's own layers.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, serve, type ExtensionBrowser, type TestServer } from './harness';
import { STORY, article } from './fixtures';
import { highlightCounts, hoverText, recordExtensionScripts, uiVisible, waitForCrosscheck } from './page-helpers';

let browser: ExtensionBrowser;
let server: TestServer;
let extensionPage: Page;

/** Long enough (≥ 100,000 characters) for a first screen apart (ADR 0155). */
const LONG = Array.from({ length: 900 }, (_, i) => STORY[i % STORY.length]!);

beforeAll(async () => {
  server = await serve({ '/long.html': article(LONG, { title: 'Russian raids widen in Syria, day by day' }) });
  browser = await launchWithExtension();
  extensionPage = await browser.context.newPage();
  await extensionPage.goto(`chrome-extension://${browser.extensionId}/popup/popup.html`);
}, 60_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Opens `path` and records the extension's scripts evaluated in it, and the most actor ranges registered at any moment. */
async function openWatched(path: string): Promise<{ page: Page; scripts: () => string[]; mostActors: () => Promise<number> }> {
  const page = await browser.context.newPage();
  // the page's own world sees the shared highlight registry: it samples it from the start
  await page.addInitScript(() => {
    const w = window as unknown as { __mostActors: number };
    w.__mostActors = 0;
    const sample = () => {
      let n = 0;
      CSS.highlights.forEach((h, name) => {
        if (name.startsWith('cc-actor')) n += h.size;
      });
      w.__mostActors = Math.max(w.__mostActors, n);
      setTimeout(sample, 1);
    };
    sample();
  });
  const scripts = await recordExtensionScripts(page, browser.extensionId);
  await page.goto(server.url(path));
  return { page, scripts, mostActors: () => page.evaluate(() => (window as unknown as { __mostActors: number }).__mostActors) };
}

/** Where each registered actor range starts, in characters of the article's text. */
function actorOffsets(page: Page): Promise<number[]> {
  return page.evaluate(() => {
    const article = document.querySelector('article')!;
    const out: number[] = [];
    CSS.highlights.forEach((highlight, name) => {
      if (!name.startsWith('cc-actor')) return;
      for (const r of highlight) {
        const before = document.createRange();
        before.setStart(article, 0);
        before.setEnd((r as AbstractRange).startContainer, (r as AbstractRange).startOffset);
        out.push(before.toString().length);
      }
    });
    return out;
  });
}

/** The worker injects no `content.js` while this holds (its other injections go through). */
async function holdContentScript<T>(run: () => Promise<T>): Promise<T> {
  await browser.worker.evaluate(() => {
    const api = chrome.scripting as unknown as { executeScript: (i: { files?: string[] }) => Promise<unknown>; __held?: unknown };
    const original = api.executeScript.bind(chrome.scripting);
    api.__held = api.executeScript;
    // held injections are counted: the worker asks for one just after it answered the start request
    const w = globalThis as unknown as { __heldContent?: number };
    w.__heldContent = 0;
    api.executeScript = (injection) => (injection.files?.includes('content.js') ? (w.__heldContent!++, Promise.resolve([])) : original(injection));
  });
  try {
    return await run();
  } finally {
    await browser.worker.evaluate(() => {
      const api = chrome.scripting as unknown as { executeScript: unknown; __held?: unknown };
      api.executeScript = api.__held;
      delete api.__held;
    });
  }
}

const site = () => new URL(server.url('/')).host;

/**
 * Records the type of every request pages send on the analysis port and, while this holds, keeps
 * the worker's answers on those ports back (released after `run`, so the page then finishes).
 */
async function holdAnalysisAnswers<T>(run: (requests: () => Promise<string[]>) => Promise<T>): Promise<T> {
  await browser.worker.evaluate(() => {
    const w = globalThis as unknown as { __requests: string[]; __held: (() => void)[] | null; __holding?: boolean };
    w.__requests = [];
    w.__held = [];
    if (w.__holding === undefined) {
      chrome.runtime.onConnect.addListener((port) => {
        if (port.name !== 'crosscheck-analysis') return;
        port.onMessage.addListener((m: unknown) => void w.__requests.push(String((m as { type?: unknown } | null)?.type)));
        // the service answers after awaits of its own: by then its posts go through this
        const post = port.postMessage.bind(port);
        port.postMessage = (message: unknown) => (w.__held ? void w.__held.push(() => post(message)) : post(message));
      });
    }
    w.__holding = true;
  });
  try {
    return await run(() => browser.worker.evaluate(() => (globalThis as unknown as { __requests: string[] }).__requests));
  } finally {
    await browser.worker.evaluate(() => {
      const w = globalThis as unknown as { __held: (() => void)[] | null };
      const held = w.__held ?? [];
      w.__held = null;
      for (const send of held) send();
    });
  }
}

describe('the first screen drawn by the bootstrap', () => {
  it('draws the actors of the top of a long article before content.js is evaluated, from the worker’s answer', async () => {
    // an article read once, so the worker's engine is compiled (the first screen waits for nothing)
    const warm = await openWatched('/long.html');
    await waitForCrosscheck(warm.page);
    await warm.page.close();

    const { page, scripts } = await holdContentScript(async () => {
      const opened = await openWatched('/long.html');
      await expect.poll(async () => (await highlightCounts(opened.page)).actors, { timeout: 10_000, interval: 20 }).toBeGreaterThan(0);
      return opened;
    });
    expect(scripts()).toEqual(['bootstrap.js']);
    // only the top was read: every range starts in the first ~16,000 characters of a text of ~120,000
    const offsets = await actorOffsets(page);
    expect(offsets.length).toBeGreaterThan(10);
    expect(Math.max(...offsets)).toBeLessThan(17_000);
    expect(await page.evaluate(() => document.documentElement.dataset.crosscheck)).toBeUndefined();
    // the names under the ranges are the actors of the story
    const names = await page.evaluate(() => {
      const out = new Set<string>();
      CSS.highlights.forEach((highlight, name) => {
        if (!name.startsWith('cc-actor')) return;
        for (const r of highlight) {
          const range = document.createRange();
          range.setStart((r as AbstractRange).startContainer, (r as AbstractRange).startOffset);
          range.setEnd((r as AbstractRange).endContainer, (r as AbstractRange).endOffset);
          out.add(range.toString());
        }
      });
      return [...out];
    });
    expect(names).toEqual(expect.arrayContaining(['Russian Foreign Minister Sergei Lavrov', 'John Kerry', 'Raqqa', 'Free Syrian Army']));
    await page.close();
  });

  it('draws nothing itself on a long article opened at an anchor, though it asks after the request left (ADR 0315)', async () => {
    const warm = await openWatched('/long.html');
    await waitForCrosscheck(warm.page);
    await warm.page.close();

    await holdContentScript(async () => {
      const { page, scripts, mostActors } = await openWatched('/long.html#section-2');
      // the worker answered the start request (it asks for content.js right after)
      await expect.poll(() => browser.worker.evaluate(() => (globalThis as unknown as { __heldContent: number }).__heldContent), { timeout: 10_000, interval: 20 }).toBeGreaterThan(0);
      await page.waitForTimeout(300); // the answer's task, had it drawn
      expect(await mostActors()).toBe(0);
      expect(scripts()).toEqual(['bootstrap.js']);
      await page.close();
    });
  });

  it('hands the drawing to the session: hiding the actors after it started leaves none of the bootstrap’s ranges', async () => {
    const { page, scripts } = await openWatched('/long.html');
    await waitForCrosscheck(page);
    expect(scripts()).toContain('content.js');
    expect((await highlightCounts(page)).actors).toBeGreaterThan(0);
    await extensionPage.evaluate((key) => chrome.storage.local.set({ layerPrefs: { [key]: { actors: false } } }), site());
    await expect.poll(async () => (await highlightCounts(page)).actors, { timeout: 5_000 }).toBe(0);
    await extensionPage.evaluate(() => chrome.storage.local.remove('layerPrefs'));
    await page.close();
  });

  it('the session takes the bootstrap’s reading: it does not ask for the top’s actors again, and hovering them opens a card before the article’s answer', async () => {
    const warm = await openWatched('/long.html');
    await waitForCrosscheck(warm.page);
    await warm.page.close();

    const page = await holdAnalysisAnswers(async (requests) => {
      const { page: opened } = await openWatched('/long.html');
      // the session sent its article (the answer held back): it started, with the bootstrap's first screen drawn
      await expect.poll(requests, { timeout: 10_000, interval: 20 }).toContain('article');
      expect((await highlightCounts(opened)).actors).toBeGreaterThan(0);
      expect(await opened.evaluate(() => document.documentElement.dataset.crosscheck)).toBeUndefined();
      await hoverText(opened, 'Sergei Lavrov');
      await expect.poll(() => uiVisible(opened, '.actor-card'), { timeout: 5_000 }).toBe(true);
      expect(await opened.evaluate(() => document.documentElement.dataset.crosscheck)).toBeUndefined(); // still unanswered
      // the top was read once, by the bootstrap, and its actors asked for once, with its start
      expect(await requests()).not.toContain('actors');
      return opened;
    });
    await waitForCrosscheck(page);
    expect((await highlightCounts(page)).claims).toBeGreaterThan(0);
    await page.close();
  });

  it('draws no actor at any moment where the reader hid them on the site, nor anything where Crosscheck is switched off there', async () => {
    await extensionPage.evaluate((key) => chrome.storage.local.set({ layerPrefs: { [key]: { actors: false } } }), site());
    const hidden = await openWatched('/long.html');
    await waitForCrosscheck(hidden.page);
    expect(await hidden.mostActors()).toBe(0);
    expect((await highlightCounts(hidden.page)).claims).toBeGreaterThan(0); // the page was read
    await hidden.page.close();
    await extensionPage.evaluate(() => chrome.storage.local.remove('layerPrefs'));

    await extensionPage.evaluate((key) => chrome.storage.local.set({ disabledSites: [key] }), site());
    const off = await openWatched('/long.html');
    await waitForCrosscheck(off.page, 'off');
    await off.page.waitForTimeout(300);
    expect(await off.mostActors()).toBe(0);
    expect(off.scripts()).toEqual(['bootstrap.js']);
    await off.page.close();
    await extensionPage.evaluate(() => chrome.storage.local.set({ disabledSites: [] }));
  });
});
