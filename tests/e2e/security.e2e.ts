/**
 * Isolation, in real Chromium with the built extension (docs/security.md):
 * page text holding markup stays text in Crosscheck's UI and nothing runs;
 * the page cannot read, list or change the reader's notes; a content script
 * reaches only its own site's notes; the build carries no eval and no remote
 * code, under a strict CSP and the documented permissions.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DIST, REPO, launchWithExtension, serve, type ExtensionBrowser, type TestServer } from './harness';
import { STORY, article } from './fixtures';
import { annotateSelection, clickInUi, findHost, highlightCounts, hoverText, noteFrame, selectText, typeInUi, uiText, waitForCrosscheck } from './page-helpers';
import { withContentWorld } from './security-helpers';

const TITLE = 'Russian raids widen in Syria';
/** Markup as the page's TEXT: escaped in the HTML source, so the page shows the characters. */
const IMG = `<img src=x onerror="window.__pwned=1;document.title='pwned'">`;
const SCRIPT = `<script>window.__pwned=2</script>`;
const SVG = `<svg onload="window.__pwned=3">`;
const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const MARKUP_STORY = [
  STORY[0]!,
  `Maj. Gen. Igor Konashenkov ${escape(IMG)} said Su-34 bombers had flown ten sorties overnight.`,
  `The Syrian Observatory for Human Rights ${escape(SCRIPT)} said the strikes near Raqqa killed 12 militants.`,
  `Russian Foreign Minister Sergei Lavrov rejected the criticism ${escape(SVG)}, and John Kerry said the two sides were not yet where they needed to be.`,
];

let browser: ExtensionBrowser;
let server: TestServer;
const requested: string[] = [];

beforeAll(async () => {
  server = await serve({
    '/markup.html': article(MARKUP_STORY),
    '/story.html': article(STORY),
    '/own.html': article(STORY, { title: 'A page whose notes stay home' }),
    '/other.html': article(STORY, { title: 'Another page of another site' }),
  });
  browser = await launchWithExtension();
  // Record every request the pages make: an <img src=x> that became markup would fetch /x.
  browser.context.on('request', (request) => requested.push(new URL(request.url()).pathname));
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function open(path: string, origin = server.origin): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(origin + path);
  await waitForCrosscheck(page);
  return page;
}

/** Element names inside Crosscheck's closed shadow root, read through the DevTools protocol. */
async function shadowElementNames(page: Page): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
    type DomNode = { nodeName: string; nodeType: number; shadowRoots?: DomNode[]; children?: DomNode[] };
    const names: string[] = [];
    const collect = (node: DomNode) => {
      if (node.nodeType === 1) names.push(node.nodeName.toLowerCase());
      node.children?.forEach(collect);
      node.shadowRoots?.forEach(collect);
    };
    (findHost(root as never) as DomNode | null)?.shadowRoots?.forEach(collect);
    return names;
  } finally {
    await cdp.detach();
  }
}

const openCard = (page: Page) => uiText(page, '.card-panel:not([hidden]) .card');

describe('page text holding markup', () => {
  it('is shown as text in cards and in the note form, and nothing in it runs', async () => {
    const page = await open('/markup.html');
    expect(await page.evaluate(() => document.body.textContent)).toContain(IMG); // the page shows the characters

    // Cards: hover the claim sentence whose attribution holds the markup, and the actor beside it.
    await hoverText(page, 'flown ten sorties');
    await expect.poll(() => openCard(page), { timeout: 5_000 }).not.toBeNull();
    const claimCard = (await openCard(page)) ?? '';
    await page.keyboard.press('Escape');
    await hoverText(page, 'Igor Konashenkov');
    await expect.poll(() => uiText(page, '.card-panel:not([hidden]) .card h2'), { timeout: 5_000 }).toBe('Igor Konashenkov');
    await page.keyboard.press('Escape');

    // The note form quotes the selection: the markup is in it, as characters.
    const passage = `Igor Konashenkov ${IMG} said Su-34 bombers`;
    await selectText(page, passage);
    await clickInUi(page, '[data-action="annotate"]');
    await expect.poll(() => uiText(page, '.quote')).toContain(IMG);
    // The reader's own note and tags hold markup too.
    await typeInUi(page, 'textarea[name="note"]', `${SCRIPT}${SVG}`);
    await typeInUi(page, 'input[name="tags"]', '<b>bold</b>');
    await clickInUi(page, 'button[type="submit"]');
    await expect.poll(async () => (await highlightCounts(page)).annotations).toBe(1);
    await hoverText(page, 'Konashenkov <img');
    await expect.poll(() => uiText(page, '.annotation-card h2'), { timeout: 5_000 }).toBe('Your note');
    // The note is shown in the note frame, as text.
    const frame = noteFrame(page)!;
    expect(await frame.locator('.annotation-card .note').textContent()).toBe(`${SCRIPT}${SVG}`);
    expect(await frame.locator('#note img, #note script, #note svg, #note b').count()).toBe(0);

    const names = await shadowElementNames(page);
    expect(names.length).toBeGreaterThan(3);
    for (const dangerous of ['img', 'script', 'svg', 'object', 'embed', 'b']) expect(names).not.toContain(dangerous);
    expect(names.filter((n) => n === 'iframe')).toHaveLength(1); // the note frame, Crosscheck's own
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.title()).toBe(TITLE);
    expect(requested).not.toContain('/x');
    console.log(`markup page: claim card read ${JSON.stringify(claimCard.slice(0, 120))}…; ${names.length} elements in the shadow root, none of them markup from the page`);
    await page.close();
  });
});

describe('the reader’s notes, seen from the page', () => {
  it('cannot be read, listed or changed by the page', async () => {
    const secret = `SECRET-NOTE-${Math.random().toString(36).slice(2, 10)}`;
    const secretTag = `secret-tag-${Math.random().toString(36).slice(2, 8)}`;
    const quote = 'the strikes near Raqqa killed 12 militants';
    const page = await browser.context.newPage();
    // Everything the page's own script could see of Crosscheck's DOM work, from the start.
    await page.addInitScript(() => {
      const w = window as unknown as { __seen: string[] };
      w.__seen = [];
      // From the end of parsing on (the content script runs at document_idle, after it).
      document.addEventListener('DOMContentLoaded', () => {
        new MutationObserver((records) => {
          for (const r of records) {
            if (r.type === 'attributes') w.__seen.push(`attr ${(r.target as Element).localName}[${r.attributeName}]`);
            else if (r.type === 'characterData') w.__seen.push(`text in ${r.target.parentElement?.localName}`);
            else {
              r.addedNodes.forEach((n) => w.__seen.push(`add ${n.nodeName.toLowerCase()} to ${(r.target as Element).localName}`));
              r.removedNodes.forEach((n) => w.__seen.push(`remove ${n.nodeName.toLowerCase()} from ${(r.target as Element).localName}`));
            }
          }
        }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
      });
    });
    await page.goto(server.url('/story.html'));
    await waitForCrosscheck(page);
    await selectText(page, quote);
    await annotateSelection(page, { note: `${secret} my private thoughts`, tags: secretTag });
    await expect.poll(async () => (await highlightCounts(page)).annotations).toBe(1);
    // Open the note's card: the reader is looking at it.
    await hoverText(page, 'near Raqqa killed');
    await expect.poll(() => uiText(page, '.annotation-card h2'), { timeout: 5_000 }).toBe('Your note');

    const seen = await page.evaluate(
      async ({ secret, secretTag }) => {
        const has = (text: string | null | undefined) => !!text && (text.includes(secret) || text.includes(secretTag));
        const host = document.documentElement.lastElementChild;
        const html = document.documentElement;
        const out: Record<string, unknown> = {
          outerHTML: has(html.outerHTML),
          getHTML: has((html as unknown as { getHTML(o: object): string }).getHTML({ serializableShadowRoots: true })),
          innerText: has(html.innerText),
          shadowRoot: host ? host.shadowRoot : 'no host',
          find: (window as unknown as { find(s: string): boolean }).find(secret.slice(0, 12)),
          chromeRuntime: typeof (window as unknown as { chrome?: { runtime?: unknown } }).chrome?.runtime,
          localStorage: localStorage.length,
          sessionStorage: sessionStorage.length,
          databases: (await indexedDB.databases()).map((d) => d.name),
          caches: await caches.keys(),
          cookie: document.cookie,
        };
        // Probing through the selection: find Crosscheck's own words (in the note frame now: not found), then extend over the page.
        getSelection()?.removeAllRanges();
        const found = (window as unknown as { find(s: string): boolean }).find('Your note');
        const selection = getSelection()!;
        selection.modify('extend', 'forward', 'documentboundary');
        out.selectionProbe = { found, leaks: has(String(selection)) };
        selection.removeAllRanges();
        // The highlight registry: which passages are annotated (ranges), never what was written.
        const annotationLayers: string[] = [];
        CSS.highlights.forEach((highlight, name) => {
          if (!name.startsWith('cc-annotation')) return;
          highlight.forEach((r) => {
            const range = document.createRange();
            range.setStart(r.startContainer, r.startOffset);
            range.setEnd(r.endContainer, r.endOffset);
            annotationLayers.push(`${name}: ${String(range)}`);
          });
        });
        out.highlights = annotationLayers;
        return out;
      },
      { secret, secretTag },
    );
    expect(seen).toEqual({
      outerHTML: false,
      getHTML: false,
      innerText: false,
      shadowRoot: null,
      find: false,
      chromeRuntime: 'undefined',
      localStorage: 0,
      sessionStorage: 0,
      databases: [],
      caches: [],
      cookie: '',
      selectionProbe: { found: expect.any(Boolean), leaks: false }, // "Your note" may match the layer switch's label; the note itself is in the frame
      highlights: [`cc-annotation-yellow: ${quote}`],
    });

    // All Crosscheck ever did to the page's DOM: a state attribute on <html> and its one host element.
    const mutations = [...new Set(await page.evaluate(() => (window as unknown as { __seen: string[] }).__seen))];
    expect(mutations.sort()).toEqual(['add div to html', 'attr html[data-crosscheck]']);
    expect(await page.evaluate(() => document.documentElement.dataset.crosscheck)).toBe('ready');

    // The page tries to reach the worker or the content script with forged calls.
    await page.evaluate(() => {
      const forged = [{ type: 'library/delete-many', ids: ['*'] }, { type: 'annotations/list', urlKey: location.host + '/story.html' }, { type: 'page/annotate-selection' }];
      for (const message of forged) {
        window.postMessage(message, '*');
        document.dispatchEvent(new CustomEvent('crosscheck', { detail: message }));
      }
    });
    await page.waitForTimeout(300);
    const extensionPage = await browser.context.newPage();
    await extensionPage.goto(`chrome-extension://${browser.extensionId}/popup/popup.html`);
    const key = await page.evaluate(() => `${location.host}/story.html`);
    const listed = (await extensionPage.evaluate((urlKey) => chrome.runtime.sendMessage({ type: 'annotations/list', urlKey }), key)) as { value: { note: string; tags: string[] }[] };
    expect(listed.value.map((a) => [a.note, a.tags])).toEqual([[`${secret} my private thoughts`, [secretTag]]]); // intact, for the reader
    await extensionPage.close();

    // The built manifest offers pages no way in.
    const manifest = JSON.parse(readFileSync(join(DIST, 'manifest.json'), 'utf8')) as Record<string, unknown>;
    expect(manifest.externally_connectable).toBeUndefined();
    await page.close();
  });

  it('a content script reaches only the notes of its own site', async () => {
    const home = await open('/own.html');
    await selectText(home, 'the strikes near Raqqa killed 12 militants');
    await annotateSelection(home, { note: 'kept on 127.0.0.1', tags: 'mine' });
    await expect.poll(async () => (await highlightCounts(home)).annotations).toBe(1);
    const homeKey = await home.evaluate(() => `${location.host}/own.html`);
    await home.close();

    // Another site (another host name for the same server), where the page's content script is the sender.
    const other = await browser.context.newPage();
    const world = await withContentWorld(other, () => other.goto(server.origin.replace('127.0.0.1', 'localhost') + '/other.html'));
    await waitForCrosscheck(other);
    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup/popup.html`);
    const all = (await popup.evaluate(() => chrome.runtime.sendMessage({ type: 'library/query', limit: 10 }))) as { value: { hits: { annotation: { id: string; urlKey: string } }[] } };
    const target = all.value.hits.map((h) => h.annotation).find((a) => a.urlKey === homeKey)!;
    expect(target).toBeDefined();

    const send = (message: object) => world.eval<{ ok: boolean; error?: { code: string } }>(`chrome.runtime.sendMessage(${JSON.stringify(message)})`);
    expect(await send({ type: 'annotations/list', urlKey: homeKey })).toEqual({ ok: true, value: [] });
    expect(await send({ type: 'annotations/delete', id: target.id })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await send({ type: 'annotations/get', id: target.id })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await send({ type: 'annotations/anchors', urlKey: homeKey })).toEqual({ ok: true, value: [] });
    // Only the note frame (an extension page in a tab) may ask its page through the worker.
    expect(await send({ type: 'frame/ask-page', token: 'aaaaaaaaaaaaaaaaaaaa', ask: { kind: 'state' } })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await send({ type: 'annotations/update', id: target.id, patch: { note: 'overwritten' }, baseUpdated: 0 })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const foreign = { url: server.url('/own.html'), urlKey: homeKey, selectors: [{ type: 'TextQuoteSelector', exact: 'Raqqa' }], note: 'planted' };
    expect(await send({ type: 'annotations/create', annotation: foreign })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    for (const type of ['library/query', 'library/facets', 'status/get']) expect(await send({ type })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await send({ type: 'library/delete-many', ids: [target.id] })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await send({ type: 'annotations/delete', id: target.id, extra: 1 })).toMatchObject({ ok: false, error: { code: 'invalid-message' } });
    // Its own site's notes, it may keep.
    const own = { url: other.url(), urlKey: await other.evaluate(() => `${location.host}/other.html`), selectors: [{ type: 'TextQuoteSelector', exact: 'Raqqa' }], note: 'mine here' };
    expect(await send({ type: 'annotations/create', annotation: own })).toMatchObject({ ok: true });

    const after = (await popup.evaluate(() => chrome.runtime.sendMessage({ type: 'library/query', limit: 10 }))) as typeof all;
    expect(after.value.hits.find((h) => h.annotation.id === target.id)?.annotation).toMatchObject({ note: 'kept on 127.0.0.1' });
    await world.detach();
    await other.close();
    await popup.close();
  });
});

describe('the built extension', () => {
  const files = (dir: string): string[] => readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)]));

  it('has no eval, no new Function, no string timers, no remote or dynamic code', () => {
    const scripts = files(DIST).filter((f) => f.endsWith('.js'));
    expect(scripts.length).toBeGreaterThanOrEqual(3);
    const forbidden: [string, RegExp][] = [
      ['eval', /(?<![\w$.])eval\s*\(/],
      ['new Function', /\bnew\s+Function\s*\(/],
      ['Function()', /(?<![\w$.])Function\s*\(\s*[`'"]/],
      ['string timer', /\bset(?:Timeout|Interval)\s*\(\s*[`'"]/],
      ['importScripts', /\bimportScripts\s*\(/],
      ['dynamic import', /(?<![\w$.])import\s*\((?![^()]*\)\s*\{)/], // not a method named import(e) { … }
      ['remote script', /<script[^>]+src=["'`]?https?:/i],
    ];
    const found: string[] = [];
    for (const file of scripts) {
      const code = readFileSync(file, 'utf8');
      for (const [name, pattern] of forbidden) if (pattern.test(code)) found.push(`${relative(DIST, file)}: ${name}`);
    }
    expect(found).toEqual([]);
    // Pages load only their own bundled scripts.
    for (const page of files(DIST).filter((f) => f.endsWith('.html'))) {
      const srcs = [...readFileSync(page, 'utf8').matchAll(/<script[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1]!);
      for (const src of srcs) expect(src).toMatch(/^\/assets\/[\w.-]+\.js$/);
      expect(readFileSync(page, 'utf8')).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/); // no inline script
    }
  });

  it('keeps the documented permissions, a strict CSP, and content scripts on web pages only', () => {
    const manifest = JSON.parse(readFileSync(join(DIST, 'manifest.json'), 'utf8')) as {
      permissions?: string[];
      host_permissions?: string[];
      optional_permissions?: string[];
      optional_host_permissions?: string[];
      content_security_policy?: { extension_pages?: string; sandbox?: string };
      content_scripts?: { matches: string[]; css?: string[]; all_frames?: boolean; world?: string }[];
      web_accessible_resources?: { resources: string[]; matches: string[]; use_dynamic_url?: boolean }[];
    };
    expect([...(manifest.permissions ?? [])].sort()).toEqual(['contextMenus', 'scripting', 'storage', 'unlimitedStorage']);
    // the pages the content script already runs on, for injecting the full script (ADR 0051)
    expect([...(manifest.host_permissions ?? [])].sort()).toEqual(['http://*/*', 'https://*/*']);
    expect(manifest.optional_permissions).toBeUndefined();
    expect(manifest.optional_host_permissions).toBeUndefined();
    const csp = manifest.content_security_policy?.extension_pages ?? '';
    expect(csp).toMatch(/script-src 'self'(;|$)/);
    // Web pages may frame extension pages (the note frame, ADR 0060) — only those listed as web-accessible can load at all.
    expect(csp).toMatch(/frame-ancestors http: https:$/);
    expect(csp.replace(/frame-ancestors http: https:$/, '')).not.toMatch(/unsafe-eval|unsafe-inline|wasm-unsafe-eval|https?:|\*/);
    // The one web-accessible resource: the note frame, at an address that changes every session.
    expect(manifest.web_accessible_resources).toEqual([{ resources: ['note-frame/note-frame.html'], matches: ['http://*/*', 'https://*/*'], use_dynamic_url: true }]);
    expect(csp).toMatch(/object-src 'self'/);
    // the host permissions must not become a way to fetch from sites with the reader's cookies
    expect(csp).toMatch(/connect-src 'self'(;|$)/);
    expect(manifest.content_security_policy?.sandbox).toBeUndefined();
    expect(manifest.content_scripts).toHaveLength(1);
    expect(manifest.content_scripts![0]!.matches.sort()).toEqual(['http://*/*', 'https://*/*']);
    expect(manifest.content_scripts![0]!.world).toBeUndefined(); // the isolated world, never MAIN
    expect(manifest.content_scripts![0]!.all_frames).toBeUndefined();
    // the ::highlight() rules only (injected before the page's first style pass)
    expect(manifest.content_scripts![0]!.css).toEqual(['highlights.css']);

    // docs/security.md justifies exactly these permissions.
    const doc = readFileSync(join(REPO, 'docs/security.md'), 'utf8');
    const documented = [...doc.matchAll(/^\| `([a-zA-Z]+)` \|/gm)].map((m) => m[1]!).sort();
    expect(documented).toEqual(['contextMenus', 'scripting', 'storage', 'unlimitedStorage']);
  });

  it('passes web-ext lint (the Firefox build) without errors', () => {
    const build = spawnSync(process.execPath, ['scripts/build.mjs', 'firefox'], { cwd: REPO, encoding: 'utf8' });
    expect(build.status, build.stderr).toBe(0);
    const lint = spawnSync(join(REPO, 'node_modules/.bin/web-ext'), ['lint', '--source-dir', 'dist-firefox', '--self-hosted', '--output', 'json'], { cwd: REPO, encoding: 'utf8' });
    const report = JSON.parse(lint.stdout) as { summary: { errors: number; warnings: number }; errors: { code: string; file?: string }[]; warnings: { code: string; file?: string }[] };
    expect(report.errors).toEqual([]);
    // The only warnings: Preact's innerHTML path for dangerouslySetInnerHTML, which no component uses (next test),
    // once in each page bundle that carries Preact (ADR 0127)
    expect(report.warnings.map((w) => w.code).filter((c) => c !== 'UNSAFE_VAR_ASSIGNMENT')).toEqual([]);
    const preactPages = /^assets\/(?:library|options|popup)-[\w-]+\.js$/;
    expect(report.warnings.map((w) => w.file ?? '').filter((f) => !preactPages.test(f))).toEqual([]);
    console.log(`web-ext lint: ${report.summary.errors} errors, ${report.summary.warnings} warnings (${report.warnings.map((w) => `${w.code} in ${w.file}`).join('; ')})`);
  }, 60_000);

  it('builds in-page UI from text nodes only (no innerHTML or dangerouslySetInnerHTML in the source)', () => {
    const sources = ['extension', 'src']
      .flatMap((dir) => files(join(REPO, dir)))
      .filter((f) => /\.(ts|tsx)$/.test(f) && !/\.test\.tsx?$/.test(f));
    const offenders = sources.filter((f) => /\.(inner|outer)HTML\s*=|insertAdjacentHTML|dangerouslySetInnerHTML|document\.write\(|\beval\(|new Function\(/.test(readFileSync(f, 'utf8')));
    expect(offenders.map((f) => relative(REPO, f))).toEqual([]);
  });
});
