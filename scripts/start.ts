/**
 * `npm start`: the extension at work on the demo article, in one command.
 * With a display, Chromium opens with Crosscheck loaded on the demo article
 * (and the popup beside it) and stays open until you close it. Without one
 * ($DISPLAY unset: CI, a server), the same runs headless: it reads the article
 * as a reader would — selects a passage, saves a note — and saves screenshots
 * of the annotated page and of the popup, printing their paths.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { launchWithExtension, serve, REPO } from '../tests/e2e/harness';
import { annotateSelection, hoverText, selectText, uiText, waitForCrosscheck } from '../tests/e2e/page-helpers';

const headless = !process.env.DISPLAY;
const out = resolve(REPO, 'artifacts/screenshots');
mkdirSync(out, { recursive: true });

const server = await serve({ '/world/2015/10/03/russia-syria-strikes.html': readFileSync(resolve(REPO, 'demo/article.html'), 'utf8') });
const articleUrl = server.url('/world/2015/10/03/russia-syria-strikes.html');
const browser = await launchWithExtension({ headless });
console.log(`Crosscheck loaded (extension id ${browser.extensionId}); demo article at ${articleUrl}`);

const page = await browser.context.newPage();
await page.goto(articleUrl);
await waitForCrosscheck(page);

if (headless) {
  await selectText(page, 'the raids near Raqqa killed 12 jihadists from the group');
  await annotateSelection(page, { note: 'The monitor’s figure. Who else counted?', tags: 'casualties, sohr' });
  await page.waitForTimeout(300);
  await page.mouse.click(5, 5); // dismiss the toolbar
  await page.evaluate(() => window.scrollTo(0, 0));
  const pageShot = resolve(out, 'article.png');
  await page.screenshot({ path: pageShot });
  // The two kinds of card, as a reader hovering the text sees them.
  await hoverText(page, 'Igor Konashenkov');
  await waitForCard(page);
  await page.screenshot({ path: resolve(out, 'actor-card.png') });
  await page.keyboard.press('Escape');
  await hoverText(page, 'training camp');
  await waitForCard(page);
  await page.screenshot({ path: resolve(out, 'claim-card.png') });
  await page.keyboard.press('Escape');
  const popup = await browser.openPopup(page);
  await popup.setViewportSize({ width: 400, height: 760 });
  await popup.waitForSelector('.claims');
  const shots: [string, string][] = [['popup', 'claims']];
  await popup.screenshot({ path: resolve(out, 'popup.png') });
  for (const [tab, name] of [['Coverage', 'popup-coverage'], ['Actors', 'popup-actors'], ['Notes', 'popup-notes'], ['Legend', 'popup-legend']] as const) {
    await popup.getByRole('tab', { name: new RegExp(`^${tab}`) }).click();
    await popup.screenshot({ path: resolve(out, `${name}.png`) });
    shots.push([name, tab.toLowerCase()]);
  }
  const library = await browser.context.newPage();
  await library.setViewportSize({ width: 1100, height: 700 });
  await library.goto(`chrome-extension://${browser.extensionId}/library/library.html`);
  await library.waitForTimeout(800);
  await library.screenshot({ path: resolve(out, 'library.png') });
  shots.push(['library', 'library page']);
  console.log(`Screenshot of the annotated article: ${pageShot}`);
  console.log(`Screenshots of an actor card and a claim card: ${resolve(out, 'actor-card.png')}, ${resolve(out, 'claim-card.png')}`);
  for (const [name, what] of shots) console.log(`Screenshot of the popup (${what}): ${resolve(out, `${name}.png`)}`);
  await browser.close();
  await server.close();
} else {
  await browser.openPopup(page);
  await page.bringToFront();
  console.log('Chromium is open. Select text on the article to annotate it; close the browser to stop.');
  browser.context.on('close', () => {
    void server.close();
  });
}

async function waitForCard(p: import('playwright-core').Page): Promise<void> {
  for (let i = 0; i < 40; i++) {
    if (await uiText(p, '.card-panel .card h2')) return;
    await p.waitForTimeout(100);
  }
}
