/**
 * The UI speaks the reader's language (issue 15): walking every card on the
 * demo article (every actor, every claim with related and new ones shown)
 * and every popup tab with its folds open, no string shows a source file
 * name, a report number, a claim id, a score, or a number standing alone with
 * nothing to say what it counts.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataset } from '../../src/dataset/bundled';
import { launchWithExtension, serve, REPO, type ExtensionBrowser, type TestServer } from './harness';
import { annotateSelection, highlightCounts, selectText, uiText, uiVisible, waitForCrosscheck } from './page-helpers';

let browser: ExtensionBrowser;
let server: TestServer;

beforeAll(async () => {
  server = await serve({ '/demo.html': readFileSync(resolve(REPO, 'demo/article.html'), 'utf8') });
  browser = await launchWithExtension();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const CLAIM_IDS = dataset.claims.map((c) => c.id);
const SOURCE_IDS = dataset.sources.map((s) => s.id);

/** What a reader should never read, found in `text` (empty when clean). */
function internals(text: string): string[] {
  const found: string[] = [];
  for (const id of [...CLAIM_IDS, ...SOURCE_IDS]) if (text.includes(id)) found.push(`id ${id}`);
  for (const re of [/\b\d{3}_[0-9a-f]{8,}\b/, /\.txt\b/, /\breport \d{1,3}\b/i, /\b0\.\d{2,}\b/, /\bscore\b/i, /\bpolarity\b/i, /\(via /, /“[“"]|[”"]”/]) {
    const m = re.exec(text);
    if (m) found.push(`${re}: …${text.slice(Math.max(0, m.index - 40), m.index + 40)}…`);
  }
  return found;
}

describe('the demo article in the reader’s words', () => {
  it('every card and every popup tab', async () => {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 1100, height: 800 });
    await page.goto(server.url('/demo.html'));
    await waitForCrosscheck(page);
    await selectText(page, 'The missile cruiser Moscow has been sent to waters off Latakia');
    await annotateSelection(page, { note: 'Interfax, unnamed source', tags: 'navy' });
    await expect.poll(async () => (await highlightCounts(page)).annotations).toBe(1);
    // related and new claims too
    await page.keyboard.press('Alt+Shift+Digit3');
    await expect.poll(async () => (await highlightCounts(page)).layers['cc-claim-unknown'] ?? 0).toBeGreaterThan(0);

    const seen = new Map<string, string>();
    // every claim and the note, stepping from the keyboard until the cards repeat
    await page.mouse.move(1, 1);
    for (let i = 0; i < 60; i++) {
      await page.keyboard.press('Alt+Shift+N');
      await expect.poll(() => uiVisible(page, '.card-panel .card, .card-panel article')).toBe(true);
      const text = (await uiText(page, '.card-panel')) ?? '';
      if (seen.has(`step:${text}`)) break;
      seen.set(`step:${text}`, text);
      await page.keyboard.press('Escape');
    }
    const claimCards = [...seen.keys()].length;
    expect(claimCards).toBeGreaterThan(5);

    // every actor: hover the first mention of each
    const spots = await page.evaluate(() => {
      const out: { text: string; x: number; y: number }[] = [];
      const names = new Set<string>();
      CSS.highlights.forEach((highlight, name) => {
        if (!name.startsWith('cc-actor')) return;
        highlight.forEach((r) => {
          const range = document.createRange();
          range.setStart(r.startContainer, r.startOffset);
          range.setEnd(r.endContainer, r.endOffset);
          const text = range.toString();
          if (names.has(text)) return;
          names.add(text);
          out.push({ text, x: 0, y: 0 });
        });
      });
      return out;
    });
    expect(spots.length).toBeGreaterThan(8);
    for (const spot of spots) {
      const at = await page.evaluate((needle) => {
        const walker = document.createTreeWalker(document.querySelector('article')!, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const i = node.textContent?.indexOf(needle) ?? -1;
          if (i < 0) continue;
          node.parentElement!.scrollIntoView({ block: 'center' });
          const range = document.createRange();
          range.setStart(node, i);
          range.setEnd(node, i + needle.length);
          const r = range.getClientRects()[0]!;
          return { x: r.left + Math.min(r.width / 2, 12), y: r.top + r.height / 2 };
        }
        return null;
      }, spot.text);
      if (!at) continue;
      await page.keyboard.press('Escape');
      await page.mouse.move(at.x - 40, at.y - 40);
      await page.mouse.move(at.x, at.y, { steps: 2 });
      const shown = await expect.poll(() => uiVisible(page, '.card-panel .actor-card'), { timeout: 2_000 }).toBe(true).then(() => true, () => false);
      if (!shown) continue; // a note or a claim took the hover at that spot
      seen.set(`actor:${spot.text}`, (await uiText(page, '.card-panel')) ?? '');
    }
    expect([...seen.keys()].filter((k) => k.startsWith('actor:')).length).toBeGreaterThan(5);

    // every popup tab, folds open
    const popup = await browser.openPopup(page);
    await popup.waitForSelector('.verdict');
    for (const tab of ['Claims', 'Coverage', 'Actors', 'Notes', 'Legend']) {
      await popup.getByRole('tab', { name: new RegExp(`^${tab}`) }).click();
      await popup.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
      seen.set(`popup:${tab}`, await popup.evaluate(() => document.body.innerText));
      // a number alone in its block, with no word to say what it counts
      const bare = await popup.evaluate(() => {
        const blocks = document.querySelectorAll('li, p, summary, button, dd, dt, h1, h2, h3, td, th, label, span.count');
        return [...blocks].filter((b) => /^\s*[\d.,%]+\s*$/.test((b as HTMLElement).innerText) && (b as HTMLElement).offsetParent !== null).map((b) => b.outerHTML.slice(0, 120));
      });
      expect(bare, `popup ${tab}`).toEqual([]);
    }
    await popup.close();

    console.log(`walked ${[...seen.keys()].filter((k) => k.startsWith('step:')).length} claim and note cards, ${[...seen.keys()].filter((k) => k.startsWith('actor:')).length} actor cards, 5 popup tabs`);
    // the checks themselves catch what they look for
    expect(internals(`opposite account (via ${CLAIM_IDS[0]}): x`).length).toBeGreaterThan(0);
    expect(internals(`Report 003 · ${SOURCE_IDS[1]} · 0.76`).length).toBeGreaterThan(0);
    const problems = [...seen].flatMap(([where, text]) => internals(text).map((p) => `${where}: ${p}`));
    expect(problems).toEqual([]);
    await page.keyboard.press('Alt+Shift+Digit3');
    await page.close();
  });
});
