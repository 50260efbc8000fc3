/**
 * Crosscheck's in-page UI, read out of its closed shadow root in Firefox. WebDriver BiDi serialises
 * a node's shadow root whatever its mode when asked (`includeShadowTree: 'all'`): the test rebuilds
 * the markup from that tree, as the Chromium a11y test copies it over the DevTools protocol.
 */
import type { Browser, Page } from 'puppeteer-core';
import { axeViolations, uiDocument, type Violation } from '../e2e/axe';
import type { TestServer } from '../e2e/harness';
import { poll } from './firefox';
import { lookAt, pixelsChanged } from './pixels';

interface SerialisedNode {
  type: string;
  sharedId?: string;
  value?: { nodeType: number; localName?: string; nodeValue?: string; attributes?: Record<string, string>; children?: SerialisedNode[]; shadowRoot?: SerialisedNode | null };
}

type BidiSend = (method: string, params: unknown) => Promise<{ result: { type: 'success' | 'exception'; result?: { type: string; value?: unknown }; exceptionDetails?: unknown } }>;

function bidi(browser: Browser): BidiSend {
  // puppeteer-core keeps its BiDi connection on the browser; no public call takes serialisation options
  const connection = (browser as unknown as { connection: { send: BidiSend } }).connection;
  return (method, params) => connection.send(method, params);
}

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
const escapeText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttribute = (text: string) => escapeText(text).replace(/"/g, '&quot;');

function markup(node: SerialisedNode, parent = ''): string {
  const v = node.value;
  if (!v) return '';
  if (v.nodeType === 3) return parent === 'style' ? (v.nodeValue ?? '') : escapeText(v.nodeValue ?? '');
  if (v.nodeType !== 1 || !v.localName) return '';
  const attributes = Object.entries(v.attributes ?? {})
    .map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`)
    .join('');
  const open = `<${v.localName}${attributes}>`;
  if (VOID.has(v.localName)) return open;
  return `${open}${(v.children ?? []).map((c) => markup(c, v.localName)).join('')}</${v.localName}>`;
}

/** Crosscheck's fixed UI host in `page`, serialised with its closed shadow root (to `depth` levels). */
async function uiHost(browser: Browser, page: Page, depth: number): Promise<{ context: string; host: SerialisedNode }> {
  const context = (page.mainFrame() as unknown as { _id: string })._id;
  const { result: answer } = await bidi(browser)('script.evaluate', {
    expression: `[...document.querySelectorAll('html > *, body > *')].filter((e) => (e.getAttribute('style') ?? '').includes('position: fixed'))`,
    target: { context },
    awaitPromise: false,
    resultOwnership: 'none',
    serializationOptions: { maxDomDepth: depth, includeShadowTree: 'all' },
  });
  const result = answer.result;
  if (answer.type !== 'success' || result?.type !== 'array') throw new Error(`could not read the page's elements: ${JSON.stringify(answer).slice(0, 300)}`);
  const hosts = (result.value as SerialisedNode[]).filter((n) => n.value?.shadowRoot);
  if (hosts.length !== 1) throw new Error(`expected one Crosscheck UI host, found ${hosts.length}`);
  return { context, host: hosts[0]! };
}

/** The markup of each child of the closed shadow root Crosscheck's fixed UI host carries in `page`. */
export async function closedUiParts(browser: Browser, page: Page): Promise<string[]> {
  const { host } = await uiHost(browser, page, 100);
  return (host.value!.shadowRoot!.value?.children ?? []).map((c) => markup(c)).filter((m) => m !== '');
}

/**
 * The centre of the element `selector` picks in the closed shadow root, when the reader can see it; null
 * otherwise. The shadow root is handed by reference to a function run in the page.
 */
export async function closedUiCentre(browser: Browser, page: Page, selector: string): Promise<{ x: number; y: number } | null> {
  const { context, host } = await uiHost(browser, page, 1);
  const root = host.value!.shadowRoot!;
  const { result: answer } = await bidi(browser)('script.callFunction', {
    functionDeclaration: `(root, selector) => {
      const element = root.querySelector(selector);
      if (!element || !element.checkVisibility({ visibilityProperty: true })) return null;
      const box = element.getBoundingClientRect();
      return box.width > 0 ? [box.x + box.width / 2, box.y + box.height / 2] : null;
    }`,
    arguments: [{ sharedId: root.sharedId }, { type: 'string', value: selector }],
    target: { context },
    awaitPromise: false,
    resultOwnership: 'none',
  });
  if (answer.type !== 'success') throw new Error(`could not look into the UI: ${JSON.stringify(answer).slice(0, 300)}`);
  const value = answer.result?.value as { type: string; value: number }[] | undefined;
  return answer.result?.type === 'array' && value ? { x: value[0]!.value, y: value[1]!.value } : null;
}

/**
 * The in-page UI as Firefox draws it for the reader's colour scheme, on demo/article.html: the actor's
 * card and a claim's card, each opened by resting the pointer on its text (the viewport before and with
 * the card, seen to differ), then the layer switch opened and the annotate toolbar over a selection
 * dragged with the mouse. Each state is copied out of the closed shadow root and checked by axe-core in
 * a page of its own (only the states with findings are listed).
 */
export async function inPageUi(
  browser: Browser,
  page: Page,
  server: TestServer,
  scheme: 'light' | 'dark',
): Promise<{ violations: Record<string, Violation[]>; screenshots: Record<string, { before: string; open: string }> }> {
  const found: Record<string, Violation[]> = {};
  const screenshots: Record<string, { before: string; open: string }> = {};
  const check = async (what: string, element: string) => {
    const parts = await closedUiParts(browser, page);
    if (!parts.some((p) => p.includes(element))) throw new Error(`no ${element} in the copied UI`);
    const path = `/in-page-ui-${scheme}-${what.replace(/ /g, '-')}.html`;
    server.set(path, uiDocument(parts, scheme));
    const copy = await browser.newPage();
    try {
      await copy.goto(server.url(path));
      const violations = await axeViolations(copy, undefined, { part: true });
      if (violations.length > 0) found[what] = violations;
    } finally {
      await copy.close();
      await page.bringToFront();
    }
  };
  const shown = async (selector: string) => {
    const centre = await poll(() => closedUiCentre(browser, page, selector), (c) => c !== null, 5_000);
    if (!centre) throw new Error(`not shown in the in-page UI: ${selector}`);
    return centre;
  };

  for (const [what, text, element] of [
    ['actor card', 'Igor Konashenkov', 'actor-card'],
    ['claim card', 'training camp', 'claim-card'],
  ] as const) {
    const { png: before, boxes } = await lookAt(page, [text]);
    const box = boxes[0]!;
    await page.mouse.move(box.x + Math.min(box.width / 2, 20), box.y + box.height / 2);
    let open = before;
    const changed = await poll(
      async () => pixelsChanged(page, before, (open = await page.screenshot({ encoding: 'base64' }))),
      (n) => n > 10_000,
    );
    if (changed <= 10_000) throw new Error(`the ${what} did not open (${changed} pixels changed)`);
    screenshots[what] = { before, open };
    await check(what, element);
    await page.keyboard.press('Escape');
    await page.mouse.move(0, 0);
  }

  const layers = await shown('[data-action="layers"]');
  await page.mouse.click(layers.x, layers.y);
  const { boxes } = await lookAt(page, ['Residents of the city said']);
  const line = boxes[0]!;
  await page.mouse.move(line.x + 1, line.y + line.height / 2);
  await page.mouse.down();
  await page.mouse.move(line.x + line.width - 1, line.y + line.height / 2, { steps: 5 });
  await page.mouse.up();
  await shown('[data-action="annotate"]');
  await check('layer switch and annotate toolbar', 'layer-switch');
  await page.mouse.click(layers.x, layers.y);
  await page.evaluate(() => getSelection()?.removeAllRanges());
  return { violations: found, screenshots };
}
