/**
 * Issue 12, in real Chromium with the built extension: a hostile page tries
 * every way it has to read the reader's notes and to act for the reader while
 * the reader writes, opens, edits and deletes notes — custom elements defined
 * under the names Crosscheck might use, prototype overrides, synthetic
 * events, styles that hide Crosscheck's UI, `CSS.highlights`, `window.find`,
 * listeners on every event, and another article of its site swapped in under
 * a new canonical link (tests/e2e/attack-page.ts). Its log must hold nothing
 * of the notes, tags or dates, and every note must end as the reader left it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, serve, type ExtensionBrowser, type TestServer } from './harness';
import { STORY, article } from './fixtures';
import { attackScript } from './attack-page';
import { annotateSelection, clickInUi, highlightCounts, hoverText, selectText, typeInUi, uiText, uiVisible, waitForCrosscheck } from './page-helpers';

/** Another article of the same site (written for this test). */
const STORY_B = [
  'Turkish jets shot down a Russian Su-24 bomber near the Syrian border, and Ankara said the aircraft had ignored ten warnings in five minutes.',
  'The Russian Defence Ministry said the bomber had never left Syrian airspace, and Vladimir Putin called the downing a stab in the back.',
  'Hundreds of families fled the Turkmen mountain villages as the shelling moved closer, according to the Syrian Observatory for Human Rights.',
];

const token = () => Math.random().toString(36).slice(2, 8);
const SECRETS = {
  noteB: `PRIVATE-call-my-editor-${token()}`,
  tagB: `confidential-${token()}`,
  note1: `SECRET-source-in-Latakia-${token()}`,
  tag1: `leak-${token()}`,
  edit1: `EDITED-twice-${token()}`,
  note2: `DRAFT-doubts-${token()}`,
  tag2: `mine-${token()}`,
};
const QUOTE_B = 'Hundreds of families fled the Turkmen mountain villages';
const QUOTE_1 = 'the strikes near Raqqa killed 12 militants';
const QUOTE_2 = 'Su-34 bombers had flown ten sorties overnight';

let browser: ExtensionBrowser;
let server: TestServer;

beforeAll(async () => {
  const guesses = [...Object.values(SECRETS), 'PRIVATE', 'SECRET', 'confidential'];
  server = await serve({
    '/site/a.html': article(STORY, { title: 'Russian raids widen in Syria', extraHead: attackScript(guesses) }),
    '/site/b.html': article(STORY_B, { title: 'Jet downed on the Syrian border' }),
    '/site/c.html': article(STORY, { title: 'Russian raids widen in Syria', extraHead: attackScript(guesses, { keepHiding: true }) }),
  });
  browser = await launchWithExtension();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function stored(): Promise<{ id: string; note: string; tags: string[]; quote: string; urlKey: string }[]> {
  const popup = await browser.context.newPage();
  await popup.goto(`chrome-extension://${browser.extensionId}/popup/popup.html`);
  const reply = (await popup.evaluate(() => chrome.runtime.sendMessage({ type: 'library/query', limit: 50 }))) as { value: { hits: { annotation: { id: string; note: string; tags: string[]; quote: string; urlKey: string } }[] } };
  await popup.close();
  return reply.value.hits.map((h) => h.annotation).sort((a, b) => a.quote.localeCompare(b.quote));
}

const attackLog = (page: Page) => page.evaluate(() => (window as unknown as { __attack: { log: string[] } }).__attack.log.slice());

describe('a hostile page while the reader writes, opens, edits and deletes notes', () => {
  it('learns nothing of the notes, tags or dates, and closes, changes or deletes nothing', async () => {
    // The reader's earlier note on another article of the same site.
    const b = await browser.context.newPage();
    await b.goto(server.url('/site/b.html'));
    await waitForCrosscheck(b);
    await selectText(b, QUOTE_B);
    await annotateSelection(b, { note: `${SECRETS.noteB} before Friday`, tags: SECRETS.tagB });
    await expect.poll(async () => (await highlightCounts(b)).annotations).toBe(1);
    await b.close();

    const page = await browser.context.newPage();
    const pageErrors: string[] = [];
    page.on('pageerror', (e) => pageErrors.push(String(e)));
    await page.goto(server.url('/site/a.html'));
    await waitForCrosscheck(page);

    // A new note, written slowly while the page fires Escape, mouseup and keyup at the document.
    await selectText(page, QUOTE_1);
    await clickInUi(page, '[data-action="annotate"]');
    await typeInUi(page, 'textarea[name="note"]', `${SECRETS.note1} said so`);
    await page.waitForTimeout(700);
    await typeInUi(page, 'input[name="tags"]', SECRETS.tag1);
    await page.waitForTimeout(700);
    expect(await uiVisible(page, 'textarea[name="note"]')).toBe(true); // still open: the page's Escape closed nothing
    await clickInUi(page, 'button[type="submit"]');
    await expect.poll(async () => (await highlightCounts(page)).annotations).toBe(1);

    // A second one.
    await selectText(page, QUOTE_2);
    await annotateSelection(page, { note: SECRETS.note2, tags: SECRETS.tag2 }).catch(async (e) => {
      await page.screenshot({ path: '/tmp/attack-fail.png' });
      console.log('DEBUG', JSON.stringify((await attackLog(page)).filter((l) => !/^(highlight|html|innerText|host outerHTML|frames|host shadowRoot)/.test(l)).slice(-40), null, 1));
      throw e;
    });
    await expect.poll(async () => (await highlightCounts(page)).annotations).toBe(2);

    // Open the first (hover), edit it.
    await hoverText(page, 'near Raqqa killed');
    await expect.poll(() => uiText(page, '.annotation-card h2'), { timeout: 5_000 }).toBe('Your note');
    await clickInUi(page, '[data-action="edit-annotation"]');
    await clickInUi(page, 'textarea[name="note"]');
    await page.keyboard.press('End');
    await page.keyboard.type(` ${SECRETS.edit1}`);
    await page.waitForTimeout(500);
    await clickInUi(page, 'button[type="submit"]');
    await expect.poll(async () => (await stored()).find((a) => a.quote === QUOTE_1)?.note).toBe(`${SECRETS.note1} said so ${SECRETS.edit1}`);

    // Open the second, delete it: two clicks of the reader's in the frame.
    await page.mouse.move(5, 5);
    await hoverText(page, 'bombers had flown');
    await expect.poll(() => uiText(page, '.annotation-card .note'), { timeout: 5_000 }).toBe(SECRETS.note2);
    await clickInUi(page, '[data-action="delete-annotation"]');
    await clickInUi(page, '[data-action="confirm-delete"]');
    await expect.poll(async () => (await highlightCounts(page)).annotations).toBe(1);

    // The page swaps in the other article and points its canonical link at it; the reader's note there is drawn…
    await page.evaluate(() => (window as unknown as { __attack: { swap(p: string): Promise<void> } }).__attack.swap('/site/b.html'));
    await expect.poll(async () => (await highlightCounts(page)).annotations, { timeout: 10_000 }).toBe(1);
    await expect.poll(() => page.evaluate(() => document.body.textContent?.includes('Turkmen mountain villages'))).toBe(true);
    // …and hovered, read and acted on by the page for a while.
    await page.waitForTimeout(2_000);

    const log = await attackLog(page);
    const everything = log.join('\n');
    const dates = (await stored()).map(() => new Date().toLocaleDateString());
    const leaked = [...Object.values(SECRETS), ...new Set(dates)].filter((s) => everything.includes(s));
    // The reader's own keys (trusted) other than modifiers; the page's own synthetic ones do not count.
    const heardKeys = log.filter((l) => /^heard (keydown|keypress|keyup|input|beforeinput|textInput)/.test(l) && l.includes('"trusted":true') && !/"key":"(Shift|Control|Alt|Meta|End|Escape)"/.test(l));
    const findHits = log.filter((l) => l.startsWith('find matched'));
    const stolenRoots = log.filter((l) => /^(stolen|attached root|host shadowRoot: [^n])/.test(l));
    console.log(
      `attack page: ${log.length} log lines; ${log.filter((l) => l.startsWith('highlight')).length} highlight reads; leaked ${JSON.stringify(leaked)}; ` +
        `${heardKeys.length} keystrokes heard; ${findHits.length} find() hits; ${stolenRoots.length} reads inside Crosscheck's UI; upgraded: ${JSON.stringify(log.filter((l) => l.startsWith('upgraded')))}`,
    );

    if (heardKeys.length + findHits.length) console.log(JSON.stringify({ heardKeys: heardKeys.slice(0, 8), findHits }, null, 1).slice(0, 3000));
    const notes = await stored();
    expect(notes.map((a) => [a.quote, a.note, a.tags])).toEqual([
      [QUOTE_B, `${SECRETS.noteB} before Friday`, [SECRETS.tagB]],
      [QUOTE_1, `${SECRETS.note1} said so ${SECRETS.edit1}`, [SECRETS.tag1]],
    ]);
    expect(leaked).toEqual([]);
    expect(heardKeys).toEqual([]);
    expect(findHits).toEqual([]);
    expect(stolenRoots).toEqual([]);
    // The page saw the highlighted passages (documented: passages, never notes).
    expect(log.some((l) => l.startsWith('highlight: cc-annotation'))).toBe(true);
    expect(pageErrors.filter((e) => !/attachInternals|NotSupportedError/.test(e))).toEqual([]);
    await page.close();
  }, 90_000);

  it('a page that hides Crosscheck every 450 ms while the reader types: the host comes back each time and the note is saved', async () => {
    const page = await browser.context.newPage();
    await page.goto(server.url('/site/c.html'));
    await waitForCrosscheck(page);
    const words = `steady-${token()} words`;
    await selectText(page, 'Ahmet Davutoglu said the operation');
    await clickInUi(page, '[data-action="annotate"]');
    await typeInUi(page, 'textarea[name="note"]', words);
    await clickInUi(page, 'button[type="submit"]');
    await expect.poll(async () => (await highlightCounts(page)).annotations).toBe(1);
    const log = await attackLog(page);
    const hidden = log.filter((l) => l.startsWith('hid host, now'));
    const shownAfter = await page.evaluate(() => getComputedStyle(document.documentElement.lastElementChild!).display);
    const heard = log.filter((l) => /^heard (keydown|keypress|keyup|input)/.test(l) && l.includes('"trusted":true') && !/"key":"(Shift|Control|Alt|Meta|Enter)"/.test(l));
    const saved = (await stored()).find((a) => a.quote === 'Ahmet Davutoglu said the operation');
    // A known limit (docs/security.md): focus can flicker out of the frame while the host is hidden; measured here, not asserted.
    console.log(`hiding page: hid the host ${hidden.length} times (display right after: ${JSON.stringify([...new Set(hidden.map((l) => l.slice(15)))])}), shown now: ${shownAfter}; reader keys heard by the page: ${heard.length}; saved note ${saved?.note === words ? 'exactly as typed' : JSON.stringify(saved?.note)}`);
    expect(hidden.length).toBeGreaterThan(0);
    expect(shownAfter).toBe('block');
    expect(saved).toBeDefined();
    await page.close();
  }, 60_000);
});
