/**
 * The browsers the bench drives: Chromium with the built extension (for
 * Crosscheck's own runs) and the same Chromium without it (for the other
 * contenders and the baselines), both started with the flags the e2e tests
 * use, and the measurements taken in them.
 */
import { readFileSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type CDPSession, type Page } from 'playwright-core';
import { chromiumPath, launchWithExtension, serve, tabIdOf, type ExtensionBrowser, type TestServer } from '../../tests/e2e/harness';
import { longestScript, startTrace, stopTrace, timeline, window as span, type Timeline } from './trace';

const here = (file: string) => new URL(file, import.meta.url);
export const PROBE = readFileSync(here('./page/probe.js'), 'utf8');
export const CONTENDERS = readFileSync(here('./page/contenders.js'), 'utf8');
export const MARK_JS = readFileSync(here('../../node_modules/mark.js/dist/mark.min.js'), 'utf8');

export interface Browsers {
  ext: ExtensionBrowser;
  /** The same Chromium with another build of the extension (`--baseline <dist>`), run side by side with `ext`. */
  baseline?: ExtensionBrowser;
  plain: Browser;
  plainContext: BrowserContext;
  server: TestServer;
  version: string;
  close(): Promise<void>;
}

export async function openBrowsers(pages: Record<string, string>, baselineDist?: string): Promise<Browsers> {
  const server = await serve(Object.fromEntries(Object.entries(pages).map(([name, html]) => [`/${name}.html`, html])));
  const ext = await launchWithExtension();
  const baseline = baselineDist ? await launchWithExtension({ dist: baselineDist }) : undefined;
  const plain = await chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const plainContext = await plain.newContext({ viewport: { width: 1200, height: 900 } });
  return {
    ext,
    ...(baseline ? { baseline } : {}),
    plain,
    plainContext,
    server,
    version: plain.version(),
    async close() {
      await plainContext.close().catch(() => undefined);
      await plain.close().catch(() => undefined);
      await ext.close().catch(() => undefined);
      await baseline?.close().catch(() => undefined);
      await server.close();
    },
  };
}

export interface TaskFigures {
  /** Longest main-thread task in the window (ms). */
  longest: number;
  /** Sum of main-thread task time in the window (ms). */
  busy: number;
}

export interface CrosscheckRun extends TaskFigures {
  /** Bootstrap evaluation start → the top of the article's actors registered (its `crosscheck:first-screen` stamp; NaN on short pages). */
  firstScreen: number;
  /** Main-thread task time until then. */
  busyToFirstScreen: number;
  /** Content script evaluation start → actor layers registered (its `crosscheck:actors` trace stamp). */
  actors: number;
  /** Main-thread task time between those two moments (the work, without the waits). */
  busyToActors: number;
  /** The most script thread time in one task until painted (ms): Crosscheck's longest task without the page's own frames (ADR 0390). */
  longestScript: number;
  /** Content script evaluation start → `data-crosscheck=ready` (every layer registered). */
  ready: number;
  /** Main-thread task time until then (the claims are analysed in the worker: ADR 0095). */
  busyToReady: number;
  /** … → the next frame painted after that. */
  painted: number;
  /** Evaluating the full content script bundle, content.js (compile + top-level code). */
  evaluate: number;
  /** The content script's own trace stamps (`crosscheck:…`), ms after its start. */
  phases: Record<string, number>;
  counts: HighlightCounts;
  /** Longest tasks, with what ran in them (for the report). */
  top: string[];
}

export interface HighlightCounts {
  /** Ranges registered in CSS.highlights, by kind (big pages: those near the viewport). */
  actors: number;
  claims: number;
  annotations: number;
  /** Actor mentions Crosscheck found on the whole page (its page/analysis answer). */
  mentions: number;
}

async function cdpOf(page: Page): Promise<CDPSession> {
  return page.context().newCDPSession(page);
}

/** Waits for the probe's "painted after ready" moment without polling the page. */
function whenPainted(page: Page): Promise<void> {
  // A string, not a function: tsx would wrap a named inner function in a helper the page lacks.
  return page.evaluate(`new Promise((resolve) => {
    const check = () => (window.__bench.painted > 0 ? resolve() : setTimeout(check, 100));
    check();
  })`);
}

export async function highlightCounts(page: Page): Promise<HighlightCounts> {
  const layers = await page.evaluate(() => {
    const found: [string, number][] = [];
    CSS.highlights.forEach((h, name) => found.push([name, h.size]));
    return found;
  });
  const sum = (prefix: string) => layers.filter(([n]) => n.startsWith(prefix)).reduce((s, [, v]) => s + v, 0);
  return { actors: sum('cc-actor'), claims: sum('cc-claim'), annotations: sum('cc-annotation'), mentions: NaN };
}

/** What the content script found on the whole page, asked as the popup asks. */
async function mentionsFound(ext: ExtensionBrowser, page: Page): Promise<number> {
  const tabId = await tabIdOf(ext.worker, page);
  const reply = (await ext.worker.evaluate((id) => chrome.tabs.sendMessage(id, { type: 'page/analysis' }), tabId)) as { value?: { actors: { mentions: number }[] } };
  return (reply.value?.actors ?? []).reduce((n, a) => n + a.mentions, 0);
}

/** Loads a page in the extension's browser and times Crosscheck on it from its trace. */
export async function runCrosscheck(b: Browsers, path: string, keep?: (page: Page) => Promise<void>, ext: ExtensionBrowser = b.ext): Promise<CrosscheckRun> {
  const page = await ext.context.newPage();
  try {
    await page.addInitScript({ content: PROBE });
    const cdp = await cdpOf(page);
    await startTrace(cdp);
    await page.goto(b.server.url(path));
    await whenPainted(page);
    const events = await stopTrace(cdp);
    const tl = timeline(events, 'bench-probe');
    // the reader's clock starts with the first script of ours: the bootstrap (ADR 0051), which has the worker inject content.js
    const t0 = tl.scriptStart('bootstrap.js');
    const injected = tl.scriptStart('content.js');
    const ready = tl.stamps.get('cc-ready');
    const painted = tl.stamps.get('cc-painted');
    if (t0 === undefined || ready === undefined || painted === undefined) throw new Error(`trace of ${path}: content script start ${t0}, ready ${ready}, painted ${painted}`);
    const evalTask = tl.main.find((e) => e.name === 'EvaluateScript' && e.ts === injected);
    const counts = { ...(await highlightCounts(page)), mentions: await mentionsFound(ext, page) };
    if (process.env.BENCH_DEBUG) debugTimeline(tl, t0, painted);
    await keep?.(page);
    const actors = tl.stamps.get('crosscheck:actors') ?? NaN;
    const first = tl.stamps.get('crosscheck:first-screen') ?? NaN;
    const phases: Record<string, number> = { injected: ((injected ?? NaN) - t0) / 1000, evaluated: (evalTask?.dur ?? NaN) / 1000 };
    for (const [name, ts] of tl.stamps) if (name.startsWith('crosscheck:')) phases[name.slice('crosscheck:'.length)] = (ts - t0) / 1000;
    return { firstScreen: (first - t0) / 1000, busyToFirstScreen: Number.isNaN(first) ? NaN : span(tl, t0, first).busy, actors: (actors - t0) / 1000, busyToActors: span(tl, t0, actors).busy, ready: (ready - t0) / 1000, busyToReady: span(tl, t0, ready).busy, painted: (painted - t0) / 1000, longestScript: longestScript(tl, t0, painted), evaluate: (evalTask?.dur ?? 0) / 1000, phases, ...span(tl, t0, painted), counts, top: topTasks(tl, t0, painted) };
  } finally {
    await page.close();
  }
}

export interface ContenderRun extends TaskFigures {
  /** The contender's own synchronous work (ms, measured in the page). */
  work: number;
  /** The thread (CPU) time of the task that ran it (ms, from the trace): without the waits for a core a loaded machine adds to `work`. */
  workCpu: number;
  /** Start → next painted frame (ms). */
  painted: number;
  count: number;
  top: string[];
}

/** A fresh page in the browser without the extension, settled, with the contenders (and mark.js when asked) injected. */
export async function plainPage(b: Browsers, path: string, withMark: boolean): Promise<Page> {
  const page = await b.plainContext.newPage();
  await page.addInitScript({ content: PROBE });
  await page.goto(b.server.url(path));
  if (withMark) await page.addScriptTag({ content: MARK_JS });
  await page.addScriptTag({ content: CONTENDERS });
  await settle(page);
  return page;
}

/** Two painted frames and a short quiet spell: the page's own loading work is over. */
export async function settle(page: Page): Promise<void> {
  await page.evaluate(() => new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 150)))));
}

/** Runs `__contenders[name](arg)` in a page, traced. */
export async function runInPage(page: Page, name: string, arg?: unknown): Promise<ContenderRun> {
  const cdp = await cdpOf(page);
  await startTrace(cdp);
  const result = await page.evaluate(
    ([n, a]) => (window as unknown as { __contenders: Record<string, (x: unknown) => Promise<{ count: number; ms: number; paintedMs: number }>> }).__contenders[n as string]!(a),
    [name, arg] as const,
  );
  const events = await stopTrace(cdp);
  await cdp.detach().catch(() => undefined);
  const tl = timeline(events, 'c-start');
  const t0 = tl.stamps.get('c-start')!;
  const painted = tl.stamps.get('c-painted') ?? t0 + result.paintedMs * 1000;
  const done = tl.stamps.get('c-done') ?? t0;
  const task = tl.tasks.find((t) => t.ts <= t0 && done <= t.ts + t.dur);
  return { work: result.ms, workCpu: task ? task.tdur / 1000 : NaN, painted: result.paintedMs, count: result.count, ...span(tl, t0, painted), top: topTasks(tl, t0, painted) };
}

/** The three longest tasks in a window, each with its main contents: "182 ms (PrePaint 140, Paint 24)". */
function topTasks(tl: Timeline, from: number, to: number): string[] {
  const inWindow = tl.tasks.filter((t) => t.ts + t.dur >= from && t.ts <= to).sort((a, b) => b.dur - a.dur).slice(0, 3);
  return inWindow.map((t) => {
    const inner = new Map<string, number>();
    for (const e of tl.main) {
      if (e.ts < t.ts || e.ts >= t.ts + t.dur || e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask') continue;
      const label = e.name === 'EvaluateScript' || e.name === 'FunctionCall' ? `${e.name}(${String(e.args?.data?.url ?? '').split('/').pop() || '?'})` : e.name;
      if (['Layout', 'UpdateLayoutTree', 'PrePaint', 'Paint', 'Layerize', 'ParseHTML', 'EvaluateScript', 'FunctionCall', 'MajorGC', 'MinorGC', 'v8.compile', 'TimerFire', 'FireAnimationFrame'].includes(e.name) || label.includes('(')) {
        inner.set(label, Math.max(inner.get(label) ?? 0, (e.dur ?? 0) / 1000));
      }
    }
    const parts = [...inner].filter(([, ms]) => ms >= 1).sort((a, b) => b[1] - a[1]).slice(0, 4).map(([n, ms]) => `${n} ${ms.toFixed(0)}`);
    return `${(t.dur / 1000).toFixed(0)} ms${parts.length ? ` (${parts.join(', ')})` : ''}`;
  });
}

/** JS heap in use after a full collection, for the page's renderer (MB). */
export async function heapAfterGc(page: Page): Promise<number> {
  const cdp = await cdpOf(page);
  await cdp.send('HeapProfiler.enable');
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach().catch(() => undefined);
  return usedSize / 1024 / 1024;
}

/** BENCH_DEBUG=1: every task over 5 ms in a window, with what ran in it, and the time stamps. */
function debugTimeline(tl: Timeline, from: number, to: number): void {
  const lines: [number, string][] = [];
  for (const [name, ts] of tl.stamps) if (ts >= from - 1e6 && ts <= to) lines.push([ts, `  stamp ${name}`]);
  for (const t of tl.tasks) {
    if (t.ts + t.dur < from - 1e6 || t.ts > to || t.dur < 5000) continue;
    const inner = tl.main
      .filter((e) => e.ts >= t.ts && e.ts < t.ts + t.dur && (e.dur ?? 0) >= Number(process.env.BENCH_DEBUG_MIN ?? 2000) && !e.name.includes('RunTask'))
      .map((e) => `${e.name}${e.args?.data?.url ? `(${String(e.args.data.url).split('/').pop()})` : ''} ${((e.dur ?? 0) / 1000).toFixed(0)}`);
    lines.push([t.ts, `  task ${(t.dur / 1000).toFixed(0)} ms: ${inner.slice(0, 14).join(', ')}`]);
  }
  lines.sort((a, b) => a[0] - b[0]);
  console.error(lines.map(([ts, l]) => `${((ts - from) / 1000).toFixed(0).padStart(6)} ${l}`).join('\n'));
}
