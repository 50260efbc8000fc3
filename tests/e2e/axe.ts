/**
 * axe-core in real Chromium: injected into a page through the DevTools
 * protocol (extension pages' CSP forbids inline scripts, not the debugger),
 * run with the default rules plus `label-content-name-mismatch` (a WCAG 2.1
 * rule axe still ships as experimental), and its violations summarised.
 *
 * Crosscheck's in-page UI lives in a closed shadow root that axe cannot
 * enter: `inPageUiDocument` copies its current markup and styles into a page
 * of its own, where axe reads the same elements with the same CSS.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { findHost } from './page-helpers';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface Violation {
  id: string;
  impact: string | null;
  nodes: string[];
}

/** A page that runs a script or a function with one argument in itself: Playwright's, or Puppeteer's in the Firefox tests. */
export interface ScriptingPage {
  evaluate(fn: string | ((arg: never) => unknown), arg: unknown): Promise<unknown>;
}

/**
 * `part`: the page is a part of the reader's page checked on its own (the note form framed in it, a copy
 * of the in-page UI); rules about a whole page (a level-one heading) are left to the page it is part
 * of, as axe does for a framed document when it starts from the top page.
 */
export async function axeViolations(page: ScriptingPage, include?: string, options: { part?: boolean } = {}): Promise<Violation[]> {
  if (!(await page.evaluate(() => 'axe' in window, null))) await page.evaluate(AXE_SOURCE, null);
  return (await page.evaluate(async ({ selector, part }: { selector: string | null; part: boolean }) => {
    const axe = (window as unknown as { axe: { run(context: unknown, options: unknown): Promise<{ violations: { id: string; impact: string | null; nodes: { target: unknown[]; failureSummary?: string }[] }[] }> } }).axe;
    const result = await axe.run(selector ? { include: [selector] } : document, {
      rules: { 'label-content-name-mismatch': { enabled: true }, ...(part ? { 'page-has-heading-one': { enabled: false } } : {}) },
      resultTypes: ['violations'],
    });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.slice(0, 5).map((n) => `${JSON.stringify(n.target)} ${n.failureSummary ?? ''}`.slice(0, 300)) }));
  }, { selector: include ?? null, part: options.part === true })) as Violation[];
}

/** The markup and styles of Crosscheck's closed shadow root, as a standalone HTML document. */
export async function inPageUiDocument(page: Page, scheme: 'light' | 'dark'): Promise<string> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
    const shadow = findHost(root as Parameters<typeof findHost>[0])?.shadowRoots?.find((s) => s.shadowRootType === 'closed');
    if (!shadow) throw new Error('no Crosscheck UI in the page');
    const parts: string[] = [];
    for (const child of shadow.children ?? []) {
      const { outerHTML } = await cdp.send('DOM.getOuterHTML', { nodeId: child.nodeId });
      parts.push(outerHTML);
    }
    return uiDocument(parts, scheme);
  } finally {
    await cdp.detach();
  }
}

/** The shadow root's children (their markup, styles included) as a page of their own, for axe. */
export function uiDocument(parts: string[], scheme: 'light' | 'dark'): string {
  // :host rules do not apply outside a shadow root: nothing in them matters to axe
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="color-scheme" content="${scheme}"><title>Crosscheck in-page UI</title></head><body style="background:${scheme === 'dark' ? '#111' : '#fff'}"><main>${parts.join('\n')}</main></body></html>`;
}
