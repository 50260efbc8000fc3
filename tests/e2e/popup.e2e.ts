/**
 * The popup on the demo article, in real Chromium: claims with their
 * relations (checked against hand labels for the demo article), the coverage
 * matrix, actors, the reader's notes; clicking a claim scrolls the page.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, serve, REPO, type ExtensionBrowser, type TestServer } from './harness';
import { annotateSelection, highlightCounts, selectText, waitForCrosscheck } from './page-helpers';

/** Hand labels for sentences of demo/article.html: the best match's relation and known claim. */
const LABELS: { sentence: string; relation: string; claimId?: RegExp }[] = [
  { sentence: 'The Russian Defence Ministry said Su-34 bombers had hit an ISIS training camp', relation: 'corroborates', claimId: /su34|raqqa/ },
  { sentence: 'the raids near Raqqa killed 12 jihadists', relation: 'corroborates', claimId: /12/ },
  { sentence: 'Turkish Prime Minister Ahmet Davutoglu went further', relation: 'corroborates', claimId: /davutoglu/ },
  { sentence: 'Residents of the city said the price of bread had doubled', relation: 'unknown' },
];

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

describe('the popup on the demo article', () => {
  it('shows claims with their relations, the coverage matrix, actors and notes; a claim click scrolls the page', async () => {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 1000, height: 500 });
    await page.goto(server.url('/demo.html'));
    await waitForCrosscheck(page);
    await selectText(page, 'The missile cruiser Moscow has been sent to waters off Latakia');
    await annotateSelection(page, { note: 'Interfax, unnamed source', tags: 'navy' });
    await expect.poll(async () => (await highlightCounts(page)).annotations).toBe(1);
    await page.evaluate(() => window.scrollTo(0, 0));

    const popup = await browser.openPopup(page);
    await popup.waitForSelector('.claims');
    expect(await popup.locator('.verdict-row').count()).toBeGreaterThanOrEqual(3);
    // The shell popup.html paints was taken over, not drawn twice.
    expect(await popup.locator('header.bar').count()).toBe(1);
    expect(await popup.getByText('Reading this page…').count()).toBe(0);
    // Every claim is listed (the first screen is drawn first, the rest right after), each known one with its evidence.
    const claimCount = Number(/\((\d+)\)/.exec((await popup.getByRole('tab', { name: /^Claims/ }).textContent()) ?? '')?.[1]);
    expect(claimCount).toBeGreaterThan(0);
    await expect.poll(() => popup.locator('.claim').count(), { timeout: 2_000 }).toBe(claimCount);
    const known = popup.locator('.claim details').first();
    await known.locator('summary').click();
    expect(await known.locator('.evidence cite').first().textContent()).toMatch(/\d{4}/);

    for (const label of LABELS) {
      const item = popup.locator('.claim', { hasText: label.sentence });
      await expect.poll(() => item.count(), { timeout: 2_000 }).toBe(1);
      expect(await item.getAttribute('data-relation'), label.sentence).toBe(label.relation);
      // the known claim it was matched to, not only the colour
      const claimId = await item.getAttribute('data-claim-id');
      if (label.claimId) expect(claimId, label.sentence).toMatch(label.claimId);
      else expect(claimId, label.sentence).toBeNull();
    }

    // Coverage matrix: rows of known claims × five reports + this page.
    await popup.getByRole('tab', { name: 'Coverage' }).click();
    const rows = popup.locator('.coverage-rows li');
    expect(await rows.count()).toBeGreaterThan(3);
    expect(await rows.first().locator('svg > *').count()).toBe(1 + 6); // page band + 6 marks

    // Actors with counts.
    await popup.getByRole('tab', { name: /^Actors/ }).click();
    expect(await popup.locator('[data-actor-id="russia"] .count').textContent()).toMatch(/^\d+ mentions$/);
    expect(parseInt((await popup.locator('[data-actor-id="russia"] .count').textContent()) ?? '', 10)).toBeGreaterThanOrEqual(3);

    // Notes: the annotation, cross-referenced to the nearest known claim.
    await popup.getByRole('tab', { name: /^Notes/ }).click();
    expect(await popup.locator('[data-annotation-id] .note').textContent()).toBe('Interfax, unnamed source');
    expect(await popup.locator('.linked').textContent()).toMatch(/cruiser/i);

    // Clicking a claim scrolls the page to it.
    await popup.getByRole('tab', { name: /^Claims/ }).click();
    const target = popup.locator('.claim', { hasText: 'Residents of the city' }).locator('.claim-text');
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    await target.click();
    await expect.poll(() => page.evaluate(() => window.scrollY), { timeout: 3_000 }).toBeGreaterThan(100);
    expect((await highlightCounts(page)).layers['cc-flash']).toBe(1);
    await popup.close();
    await page.close();
  });
});
