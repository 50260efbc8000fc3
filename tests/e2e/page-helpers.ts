/** What a test can ask of a page Crosscheck runs on, without reaching into its closed UI. */
import type { Frame, Page } from 'playwright-core';

/** Waits until the content script has finished its first pass (it sets a data attribute on <html>). */
export async function waitForCrosscheck(page: Page, state: 'ready' | 'idle' | 'off' = 'ready'): Promise<void> {
  await page.waitForFunction((s) => document.documentElement.dataset.crosscheck === s, state, { timeout: 15_000 });
}

/** Counts registered highlight ranges by layer kind (`cc-actor-…`, `cc-claim-…`, `cc-annotation-…`). */
/** A page that can run a function in itself: Playwright's, or Puppeteer's in the Firefox smoke test. */
export interface EvaluatingPage {
  evaluate<R>(fn: () => R): Promise<R>;
}

export async function highlightCounts(page: EvaluatingPage): Promise<{ actors: number; claims: number; annotations: number; layers: Record<string, number> }> {
  // No named inner functions here: tsx (scripts/start.ts) would wrap them in a helper the page lacks.
  const layers = await page.evaluate(() => {
    const found: Record<string, number> = {};
    CSS.highlights.forEach((highlight, name) => {
      found[name] = highlight.size;
    });
    return found;
  });
  const sum = (prefix: string) => Object.entries(layers).filter(([n]) => n.startsWith(prefix)).reduce((s, [, v]) => s + v, 0);
  return { actors: sum('cc-actor'), claims: sum('cc-claim'), annotations: sum('cc-annotation'), layers };
}

/** Selects the first occurrence of `text` in the page, as a reader would with the mouse. */
export async function selectText(page: Page, text: string): Promise<void> {
  const found = await page.evaluate((needle) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent?.indexOf(needle) ?? -1;
      if (at >= 0) {
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + needle.length);
        // A reader scrolls to what they select.
        node.parentElement?.scrollIntoView({ block: 'center' });
        const selection = getSelection()!;
        selection.removeAllRanges();
        selection.addRange(range);
        const rect = range.getBoundingClientRect();
        return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
      }
    }
    return null;
  }, text);
  if (!found) throw new Error(`text not on the page: ${text}`);
  // A real mouseup is what the content script listens for.
  await page.mouse.move(found.x, found.y);
  await page.mouse.up();
}

/**
 * Crosscheck's in-page UI lives in a closed shadow root, which page scripts
 * (and Playwright's locators) cannot enter. The DevTools protocol can
 * (`pierce: true`), so tests find elements there and then act like a reader:
 * real mouse clicks at the element's position, real key presses.
 */
async function uiBox(page: Page, selector: string): Promise<{ x: number; y: number } | null> {
  return withUiNode(page, selector, async (cdp, nodeId) => {
    const box = await cdp.send('DOM.getBoxModel', { nodeId }).catch(() => null);
    if (!box) return null;
    const q = box.model.border;
    return { x: (q[0]! + q[2]! + q[4]! + q[6]!) / 4, y: (q[1]! + q[3]! + q[5]! + q[7]!) / 4 };
  });
}

/**
 * The note frame: an extension page in an iframe inside the shadow root
 * (ADR 0060). The page's DevTools session does not reach into it (another
 * origin, another process); Playwright's frames do.
 */
export function noteFrame(page: Page): Frame | null {
  return page.frames().find((f) => f.url().includes('/note-frame/note-frame.html')) ?? null;
}

/** A visible element in the note frame matching `selector` (the frame itself shown in the page, sized and placed). */
async function inFrame(page: Page, selector: string) {
  const frame = noteFrame(page);
  if (!frame) return null;
  const shown = await withUiNode(page, 'iframe.note-frame', async (cdp, nodeId) => {
    const { object } = await cdp.send('DOM.resolveNode', { nodeId });
    const { result } = await cdp.send('Runtime.callFunctionOn', { objectId: object.objectId, functionDeclaration: 'function () { return !this.hidden && getComputedStyle(this).visibility === "visible"; }', returnByValue: true });
    return result.value === true ? true : null;
  });
  if (!shown) return null;
  const element = frame.locator(selector).first();
  return (await element.isVisible().catch(() => false)) ? element : null;
}

/** The text of an element in Crosscheck's UI (shadow root, then note frame), or null when it is not shown. */
export async function uiText(page: Page, selector: string): Promise<string | null> {
  const text = await shadowText(page, selector);
  if (text !== null) return text;
  const element = await inFrame(page, selector);
  return element ? element.textContent() : null;
}

async function shadowText(page: Page, selector: string): Promise<string | null> {
  return withUiNode(page, selector, async (cdp, nodeId) => {
    const box = await cdp.send('DOM.getBoxModel', { nodeId }).catch(() => null);
    if (!box) return null; // hidden
    const { object } = await cdp.send('DOM.resolveNode', { nodeId });
    const { result } = await cdp.send('Runtime.callFunctionOn', { objectId: object.objectId, functionDeclaration: 'function () { return this.textContent; }', returnByValue: true });
    return result.value as string;
  });
}

/** Whether keyboard focus is inside Crosscheck's UI: the page's active element is then Crosscheck's host (a `div` of `<html>` whose shadow root is closed to the page). */
export async function uiHasFocus(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const active = document.activeElement;
    return active?.localName === 'div' && active.parentElement === document.documentElement && active.shadowRoot === null && (active.getAttribute('style') ?? '').includes('2147483647');
  });
}

type DomNode = { nodeId: number; backendNodeId: number; nodeName: string; attributes?: string[]; shadowRoots?: (DomNode & { shadowRootType?: string })[]; children?: DomNode[] };

/** The elements of `<html>` with a closed shadow root: Crosscheck's hosts (the UI's is fixed; the marks over giant text nodes have their own, absolute). */
function hosts(root: DomNode): DomNode[] {
  const html = root.children?.find((n) => n.nodeName === 'HTML');
  return html?.children?.filter((n) => n.shadowRoots?.some((s) => s.shadowRootType === 'closed')) ?? [];
}
const styleOf = (n: DomNode) => n.attributes?.[(n.attributes.indexOf('style') + 1) || -1] ?? '';

/** Crosscheck's UI host. */
export function findHost(root: DomNode): DomNode | null {
  return hosts(root).find((n) => styleOf(n).includes('position: fixed')) ?? null;
}

/** The boxes Crosscheck drew over giant text nodes (giant-overlay.ts), by layer, with their viewport boxes. */
export async function overlayMarks(page: Page): Promise<{ layer: string; x: number; y: number; width: number; height: number }[]> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
    const host = hosts(root as DomNode).find((n) => styleOf(n).includes('position: absolute'));
    const marks: { layer: string; x: number; y: number; width: number; height: number }[] = [];
    for (const shadow of host?.shadowRoots ?? []) {
      for (const node of shadow.children ?? []) {
        const layer = /\bl-(\S+)/.exec(node.attributes?.[(node.attributes.indexOf('class') + 1) || -1] ?? '')?.[1];
        if (!layer) continue;
        const box = await cdp.send('DOM.getBoxModel', { backendNodeId: node.backendNodeId }).catch(() => null);
        if (!box) continue;
        const q = box.model.content;
        marks.push({ layer, x: q[0]!, y: q[1]!, width: q[2]! - q[0]!, height: q[5]! - q[1]! });
      }
    }
    return marks;
  } finally {
    await cdp.detach();
  }
}

async function withUiNode<T>(page: Page, selector: string, use: (cdp: import('playwright-core').CDPSession, nodeId: number) => Promise<T | null>): Promise<T | null> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
    const found = findHost(root as DomNode);
    for (const host of found ? [found] : []) {
      for (const shadow of host.shadowRoots ?? []) {
        const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: shadow.nodeId, selector });
        if (!nodeId) continue;
        const found = await use(cdp, nodeId);
        if (found !== null) return found;
      }
    }
    return null;
  } finally {
    await cdp.detach();
  }
}

export async function clickInUi(page: Page, selector: string, timeout = 5_000): Promise<void> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const box = await uiBox(page, selector);
    if (box) return page.mouse.click(box.x, box.y);
    const element = await inFrame(page, selector);
    if (element) return element.click({ timeout: 5_000 }); // a real click, once the element stands still
    if (Date.now() > deadline) throw new Error(`Crosscheck UI element not shown: ${selector}`);
    await page.waitForTimeout(50);
  }
}

export async function uiVisible(page: Page, selector: string): Promise<boolean> {
  return (await uiBox(page, selector)) !== null || (await inFrame(page, selector)) !== null;
}

export async function typeInUi(page: Page, selector: string, text: string): Promise<void> {
  await clickInUi(page, selector);
  const element = await inFrame(page, selector);
  // Real key presses, into the field clicked (in the note frame: at that field, wherever the page moved focus meanwhile).
  if (element) await element.pressSequentially(text);
  else await page.keyboard.type(text);
}

/** With text selected: Annotate → note and tags → Save. */
export async function annotateSelection(page: Page, draft: { note: string; tags: string }): Promise<void> {
  await clickInUi(page, '[data-action="annotate"]');
  await typeInUi(page, 'textarea[name="note"]', draft.note);
  await typeInUi(page, 'input[name="tags"]', draft.tags);
  await clickInUi(page, 'button[type="submit"]');
}

/** Moves the mouse over the first occurrence of `text` on the page (its middle). */
export async function hoverText(page: Page, text: string): Promise<void> {
  const at = await page.evaluate((needle) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const i = node.textContent?.indexOf(needle) ?? -1;
      if (i < 0) continue;
      const range = document.createRange();
      range.setStart(node, i);
      range.setEnd(node, i + needle.length);
      range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
      const rect = range.getClientRects()[0]!;
      return { x: rect.left + Math.min(rect.width / 2, 20), y: rect.top + rect.height / 2 };
    }
    return null;
  }, text);
  if (!at) throw new Error(`text not on the page: ${text}`);
  await page.mouse.move(at.x - 30, at.y - 30);
  await page.mouse.move(at.x, at.y, { steps: 3 });
}

/** The viewport rectangle of an element in Crosscheck's UI, or null when it is not shown. */
export async function uiRect(page: Page, selector: string): Promise<{ left: number; top: number; right: number; bottom: number } | null> {
  return withUiNode(page, selector, async (cdp, nodeId) => {
    const box = await cdp.send('DOM.getBoxModel', { nodeId }).catch(() => null);
    if (!box) return null;
    const q = box.model.border;
    const xs = [q[0]!, q[2]!, q[4]!, q[6]!];
    const ys = [q[1]!, q[3]!, q[5]!, q[7]!];
    return { left: Math.min(...xs), top: Math.min(...ys), right: Math.max(...xs), bottom: Math.max(...ys) };
  });
}

/** Records the extension's scripts evaluated in `page` from now on (file names, in any world), through the debugger. */
export async function recordExtensionScripts(page: Page, extensionId: string): Promise<() => string[]> {
  const cdp = await page.context().newCDPSession(page);
  const parsed: string[] = [];
  cdp.on('Debugger.scriptParsed', (event: { url: string }) => {
    if (event.url.startsWith(`chrome-extension://${extensionId}/`)) parsed.push(event.url.split('/').pop()!);
  });
  await cdp.send('Debugger.enable');
  return () => [...parsed];
}
