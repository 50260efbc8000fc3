/**
 * Imported datasets, in real Chromium: ClaimReview feeds imported from the
 * options page (twice: one dataset), articles that restate and contradict
 * their claims marked with the right relation and the fact-checker's verdict
 * in the card and the popup; switching a dataset off or removing it takes
 * its marks off the open page without a reload, and Undo brings them back.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, serve, REPO, type ExtensionBrowser, type TestServer } from './harness';
import { annotateSelection, clickInUi, highlightCounts, hoverText, noteFrame, selectText, uiText, uiVisible, waitForCrosscheck } from './page-helpers';
import { article as page3 } from './fixtures';
import { axeViolations } from './axe';

// Three articles of one story, in our own words: A carries a sentence the reader notes; B says it again; C gives another figure.
const NOTED = 'Turkey says Russia flew 14 drones into Turkish airspace near Kilis on Sunday.';
const PAGE_A = page3(['Russian jets struck targets in Syria again on Monday, the defence ministry in Moscow said.', NOTED, 'Ankara summoned the Russian ambassador for the second time in a week.'], { title: 'Turkey protests over drones near Kilis' });
const PAGE_B = page3(['Russia flew 14 drones into Turkish airspace near Kilis on Sunday, Turkey says.', 'NATO allies met in Brussels to discuss the incursions on Tuesday.', 'Ankara summoned the Russian ambassador again, and the Kremlin said it would look into the report.'], { title: 'NATO meets over incursions' });
const PAGE_C = page3(['Ankara said Russia sent 40 drones over the border near Kilis on Sunday.', 'Moscow denied that any of its aircraft had entered Turkish airspace.', 'Russian jets kept up their strikes on rebel positions in Syria through the week, the defence ministry said.'], { title: 'Moscow denies drone flights' });

const FIXTURES = resolve(REPO, 'tests/fixtures/datasets');
const article = (name: string) => readFileSync(resolve(FIXTURES, 'articles', name), 'utf8');

let browser: ExtensionBrowser;
let server: TestServer;

beforeAll(async () => {
  server = await serve({
    '/restates.html': article('restates.html'),
    '/contradicts.html': article('contradicts.html'),
    '/ignores.html': article('ignores.html'),
    '/a.html': PAGE_A,
    '/b.html': PAGE_B,
    '/c.html': PAGE_C,
  });
  browser = await launchWithExtension();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function optionsPage(): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/options/options.html`);
  await page.waitForSelector('.dataset-list');
  return page;
}

async function importFile(options: Page, name: string): Promise<string> {
  await options.locator('input[type="file"]').setInputFiles(resolve(FIXTURES, name));
  const status = options.locator('.import-status');
  await expect.poll(async () => (await status.textContent()) ?? '', { timeout: 10_000 }).toMatch(/Imported|already imported|Nothing was imported/);
  return (await status.textContent()) ?? '';
}

const layer = async (page: Page, name: string) => (await highlightCounts(page)).layers[`cc-${name}`] ?? 0;

async function cardHeading(page: Page): Promise<string | null> {
  return uiText(page, '.card-panel .claim-card h2');
}

describe('imported fact-check feeds', () => {
  it('imports from the options page, marks restatements and contradictions with the verdict, and follows switches without reload', async () => {
    const options = await optionsPage();
    expect(await importFile(options, 'claimreview-array.json')).toContain('Imported “Fact checks by Factwise, Truth Meter”: 12 claims');
    expect(await importFile(options, 'claimreview-graph.jsonld')).toContain('8 claims');
    expect(await importFile(options, 'claimreview-array.json')).toMatch(/already imported/);
    // a hostile file changes nothing
    const hostile = await options.evaluate(() => {
      const input = document.querySelector<HTMLInputElement>('input[type="file"]')!;
      const data = new DataTransfer();
      data.items.add(new File(['[{"@type":"ClaimReview","claimReviewed":"<img src=x onerror=alert(1)>","author":{"name":"X"},"reviewRating":{"alternateName":"False"},"datePublished":"2024-01-01"}]'], 'evil.json', { type: 'application/json' }));
      input.files = data.files;
      input.dispatchEvent(new Event('change', { bubbles: true }));
      return true;
    });
    expect(hostile).toBe(true);
    await expect.poll(async () => (await options.locator('.import-status').textContent()) ?? '').toMatch(/Nothing was imported\. evil\.json: \[0\]\.claimReviewed: contains markup/);
    await expect.poll(() => options.locator('.dataset').count()).toBe(3); // the bundled one and two imports
    expect(await axeViolations(options)).toEqual([]);

    // An article restating checked claims.
    const page = await browser.context.newPage();
    await page.goto(server.url('/restates.html'));
    await waitForCrosscheck(page);
    // lemon water (False), masts (Fake), electric cars (Mostly false: misleading), Stonehaven crime (False)
    await expect.poll(() => layer(page, 'claim-rated-false'), { timeout: 10_000 }).toBe(4);
    expect(await layer(page, 'claim-corroborates')).toBe(0); // none of them shown as "corroborated"
    await hoverText(page, 'drinking hot lemon water');
    await expect.poll(() => cardHeading(page), { timeout: 5_000 }).toBe('Restates a claim rated False by Factwise');
    const card = (await uiText(page, '.card-panel .claim-card')) ?? '';
    expect(card).toContain('Checked by Factwise on 10 Feb 2024: False');
    expect(card).toContain('Read the check');
    expect(card).toContain('Said by Wellness Now Blog');

    // The popup says the same, with the link to the check.
    const popup = await browser.openPopup(page);
    await popup.waitForSelector('.claims');
    const lemon = popup.locator('.claim', { hasText: 'hot lemon water' });
    await expect.poll(() => lemon.getAttribute('data-relation'), { timeout: 5_000 }).toBe('rated-false');
    expect(await lemon.locator('.flagged').textContent()).toBe('Restates a claim rated False by Factwise');
    expect(await lemon.locator('.review').textContent()).toContain('Checked by Factwise on 10 Feb 2024: False');
    expect(await lemon.locator('.review a').getAttribute('href')).toBe('https://factwise.example.org/checks/lemon-water-diabetes');
    expect(await axeViolations(popup)).toEqual([]);
    await popup.getByRole('tab', { name: 'Legend' }).click();
    expect((await popup.locator('.legend').allTextContents()).join(' ')).toContain('Restates a claim a fact-checker rated false or misleading');
    await popup.close();

    // An article contradicting their figures.
    const other = await browser.context.newPage();
    await other.goto(server.url('/contradicts.html'));
    await waitForCrosscheck(other);
    await expect.poll(() => layer(other, 'claim-contradicts'), { timeout: 10_000 }).toBe(3);
    await hoverText(other, 'planted only 12,000 trees');
    await expect.poll(() => cardHeading(other), { timeout: 5_000 }).toBe('The known reports contradict this');
    expect((await uiText(other, '.card-panel .claim-card')) ?? '').toContain('Checked by Factwise on 22 Jan 2024: True');

    // An article on something else: nothing of the feeds.
    const quiet = await browser.context.newPage();
    await quiet.goto(server.url('/ignores.html'));
    await waitForCrosscheck(quiet).catch(() => undefined);
    expect((await layer(quiet, 'claim-rated-false')) + (await layer(quiet, 'claim-contradicts')) + (await layer(quiet, 'claim-corroborates'))).toBe(0);

    // Switch the first feed off: its marks leave the open page, no reload.
    await options.bringToFront();
    const first = options.locator('.dataset', { hasText: 'Factwise, Truth Meter' });
    await first.getByRole('checkbox').uncheck();
    await expect.poll(() => layer(page, 'claim-rated-false'), { timeout: 10_000 }).toBe(2); // masts and Stonehaven are the other feed's
    await expect.poll(() => layer(other, 'claim-contradicts'), { timeout: 10_000 }).toBe(1);

    // Remove the other: nothing left; Undo brings it back.
    await options.locator('.dataset', { hasText: 'Checkpoint Desk' }).getByRole('button', { name: /Remove/ }).click();
    await expect.poll(() => layer(page, 'claim-rated-false'), { timeout: 10_000 }).toBe(0);
    await expect.poll(() => options.locator('.dataset').count()).toBe(2);
    await options.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => layer(page, 'claim-rated-false'), { timeout: 10_000 }).toBe(2);
    await expect.poll(() => options.locator('.dataset').count()).toBe(3);
  });

});

describe('the reader\'s notes as known claims', () => {
  it('a note quoting a claim on page A marks page B (same) and page C (another figure); deleting it takes the marks off', async () => {
    const a = await browser.context.newPage();
    await a.goto(server.url('/a.html'));
    await waitForCrosscheck(a);
    await selectText(a, NOTED);
    await annotateSelection(a, { note: 'Check the count against NATO', tags: 'drones' });
    await expect.poll(async () => (await highlightCounts(a)).annotations, { timeout: 10_000 }).toBe(1);
    // page A is not cross-referenced with itself
    expect(await layer(a, 'claim-corroborates')).toBe(0);

    const b = await browser.context.newPage();
    await b.goto(server.url('/b.html'));
    await waitForCrosscheck(b);
    await expect.poll(() => layer(b, 'claim-corroborates'), { timeout: 10_000 }).toBe(1);
    await hoverText(b, 'flew 14 drones');
    await expect.poll(() => cardHeading(b), { timeout: 5_000 }).toBe('A note of yours says this too');
    const card = (await uiText(b, '.card-panel .claim-card')) ?? '';
    // the note, its quote and its page stay out of page B's document
    expect(card).not.toContain('Check the count');
    expect(card).not.toContain('Turkey protests');
    expect(await b.content()).not.toContain('Check the count');

    const popup = await browser.openPopup(b);
    await popup.waitForSelector('.claims');
    const line = popup.locator('.claim .noted').first();
    await expect.poll(async () => (await line.textContent()) ?? '', { timeout: 5_000 }).toMatch(/^You noted on “Turkey protests over drones near Kilis”, \d+ \w+ \d{4}: Check the count against NATO · Open that page$/);
    expect(await line.locator('a').getAttribute('href')).toBe(server.url('/a.html'));
    await popup.close();

    // The card's "Open note" opens the note itself in the note frame, by the sentence: the note, the page it
    // was saved on and a link back, all in the extension's frame; page B's document still holds none of it.
    await b.bringToFront();
    await hoverText(b, 'flew 14 drones');
    await expect.poll(() => cardHeading(b), { timeout: 5_000 }).toBe('A note of yours says this too');
    expect(await uiText(b, '.card-panel .claim-card .open-note')).toBe('Open note');
    await clickInUi(b, '.card-panel .claim-card .open-note');
    await expect.poll(() => uiText(b, '.annotation-card .note'), { timeout: 5_000 }).toBe('Check the count against NATO');
    expect(await uiText(b, '.annotation-card .saved-on')).toMatch(/^You noted this on “Turkey protests over drones near Kilis”, .+ · Open that page$/);
    expect(await noteFrame(b)!.locator('.annotation-card .saved-on a').getAttribute('href')).toBe(server.url('/a.html'));
    expect(await uiVisible(b, '.card-panel .claim-card')).toBe(false);
    expect(await b.content()).not.toContain('Check the count');
    expect(await b.evaluate(() => document.documentElement.innerText)).not.toContain('Check the count');
    await b.keyboard.press('Escape');

    const c = await browser.context.newPage();
    await c.goto(server.url('/c.html'));
    await waitForCrosscheck(c);
    await expect.poll(() => layer(c, 'claim-contradicts'), { timeout: 10_000 }).toBeGreaterThanOrEqual(1);
    await hoverText(c, 'sent 40 drones');
    await expect.poll(() => cardHeading(c), { timeout: 5_000 }).toBe('A note of yours says otherwise');

    // Delete the note (from an extension page, as the library does): B and C lose the cross-reference, no reload.
    const options = await optionsPage();
    const deleted = await options.evaluate(async (key) => {
      const list = (await chrome.runtime.sendMessage({ type: 'annotations/list', urlKey: key })) as { ok: boolean; value: { id: string }[] };
      const reply = (await chrome.runtime.sendMessage({ type: 'annotations/delete', id: list.value[0]!.id })) as { ok: boolean };
      return reply.ok && list.value.length === 1;
    }, new URL(server.url('/a.html')).host + '/a.html');
    expect(deleted).toBe(true);
    await expect.poll(() => layer(b, 'claim-corroborates'), { timeout: 10_000 }).toBe(0);
    await expect.poll(async () => (await layer(c, 'claim-contradicts')) === 0 || (await cardOf(c)) !== 'A note of yours says otherwise', { timeout: 10_000 }).toBe(true);
  });
});

async function cardOf(page: Page): Promise<string | null> {
  await hoverText(page, 'sent 40 drones');
  await page.waitForTimeout(600);
  return cardHeading(page);
}
