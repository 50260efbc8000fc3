/**
 * The popup's first render with 10,000 notes stored, on the bench's normal
 * article (25 of the notes on it): with the service worker running (it just
 * answered), and with it stopped first, as Chrome stops it after 30 s idle —
 * the usual state when a reader opens the popup a while after the page loaded.
 *
 * Used by the storage case (after its own import) and alone as `--only popup`,
 * which imports the notes itself and, with `--baseline`, runs the other build
 * in the same rounds. `BENCH_DEBUG=1` logs each opening's calls: when each
 * left the popup and when its answer reached the popup's thread.
 */
import { readFileSync } from 'node:fs';
import type { CDPSession, Page } from 'playwright-core';
import type { ExtensionBrowser } from '../../tests/e2e/harness';
import { tabIdOf } from '../../tests/e2e/harness';
import { alternate, median, row, type Row } from './report';

const POPUP_PROBE = readFileSync(new URL('./page/popup-probe.js', import.meta.url), 'utf8');
const PAINTED = 'crosscheck-bench:popup-painted';
/** Runs after the probe: says on the console when the probe has its last figure. */
const PAINTED_SIGNAL = `(() => {
  const state = window.__popupBench;
  let value = state.dataPainted;
  Object.defineProperty(state, 'dataPainted', { get: () => value, set: (v) => { value = v; console.debug(${JSON.stringify(PAINTED)}); }, enumerable: true });
})();`;
/** BENCH_DEBUG: the popup's calls to the worker and the page, with when each left and when its answer was read. */
const CALL_LOG = `(() => {
  const calls = [];
  Object.defineProperty(window, '__popupCalls', { value: calls });
  const wrap = (api, name, label) => {
    const original = api?.[name];
    if (typeof original !== 'function') return;
    api[name] = function (...args) {
      const message = label === 'page' ? args[1] : args[0];
      const entry = { to: label, type: message?.type ?? '?', sent: performance.now(), answered: -1 };
      calls.push(entry);
      const result = original.apply(this, args);
      if (result && typeof result.then === 'function') result.then(() => (entry.answered = performance.now()), () => (entry.answered = performance.now()));
      return result;
    };
  };
  wrap(globalThis.chrome?.runtime, 'sendMessage', 'worker');
  wrap(globalThis.chrome?.tabs, 'sendMessage', 'page');
  // the first change Preact makes to the shell (its first render)
  const seen = new MutationObserver((records) => {
    if (!records.some((r) => r.target instanceof Element && r.target.closest('#app'))) return;
    calls.firstRender = performance.now();
    seen.disconnect();
  });
  seen.observe(document, { childList: true, subtree: true, attributes: true });
})();`;

export interface PopupFigures {
  fcp: number;
  data: number;
  dataPainted: number;
  notesTab: string;
  calls: { to: string; type: string; sent: number; answered: number }[];
  /** Preact's first change to the shell. */
  firstRender: number;
  /** The popup document's response end and DOM interactive (navigation timing). */
  response: number;
  interactive: number;
}

/** A build of the extension with an article open in a tab, ready for popups on it. */
export interface PopupTarget {
  name: string;
  ext: ExtensionBrowser;
  tabId: number;
  control: CDPSession;
  tab: Page;
}

/** Opens the article in a tab of `ext` and waits for Crosscheck to be reading it. */
export async function popupTarget(name: string, ext: ExtensionBrowser, pageUrl: string): Promise<PopupTarget> {
  const tab = await ext.context.newPage();
  await tab.goto(pageUrl);
  await tab.waitForFunction(() => document.documentElement.dataset.crosscheck === 'ready', undefined, { timeout: 30_000 });
  const tabId = await tabIdOf(ext.worker, tab);
  const control = await ext.context.newCDPSession(tab);
  await control.send('ServiceWorker.enable');
  return { name, ext, tabId, control, tab };
}

/** Opens the popup on the target's tab; resolves with its figures once it has painted the page's data. */
async function openPopup(t: PopupTarget): Promise<PopupFigures> {
  const popup = await t.ext.context.newPage();
  try {
    await popup.addInitScript({ content: POPUP_PROBE });
    await popup.addInitScript({ content: PAINTED_SIGNAL });
    await popup.addInitScript({ content: CALL_LOG });
    // Waiting on a console message, not polling the page: a poll runs in the popup's
    // renderer (Playwright injects its script there on the first one, a ~10–40 ms task)
    // and would land inside the window being measured.
    const painted = popup.waitForEvent('console', { predicate: (m) => m.text() === PAINTED, timeout: 15_000 });
    painted.catch(() => undefined); // awaited below; not left unhandled when the navigation fails first
    await popup.goto(`chrome-extension://${t.ext.extensionId}/popup/popup.html?tab=${t.tabId}`, { waitUntil: 'commit' });
    await painted;
    // Let the popup finish what it does after its first view (the backup reminder's storage
    // status) before closing it, so none of it runs into the next popup's figures.
    await popup.waitForSelector('[data-backup]', { timeout: 10_000 }).catch(() => undefined);
    return await popup.evaluate(() => {
      const paint = performance.getEntriesByType('paint').find((e) => e.name === 'first-contentful-paint');
      const s = (window as unknown as { __popupBench: { data: number; dataPainted: number } }).__popupBench;
      const notesTab = [...document.querySelectorAll('[role="tab"]')].map((t) => t.textContent ?? '').find((t) => t.startsWith('Notes')) ?? '';
      const calls = (window as unknown as { __popupCalls: PopupFigures['calls'] }).__popupCalls.map((c) => ({ ...c }));
      const log = (window as unknown as { __popupCalls: { firstRender?: number } }).__popupCalls;
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
      return { fcp: paint?.startTime ?? NaN, data: s.data, dataPainted: s.dataPainted, notesTab, calls, firstRender: log.firstRender ?? NaN, response: nav?.responseEnd ?? NaN, interactive: nav?.domInteractive ?? NaN };
    });
  } finally {
    await popup.close().catch(() => undefined);
  }
}

/** One line per opening: each call as `type sent→answered` (ms from the popup's navigation start). */
function describeOpening(name: string, f: PopupFigures): string {
  const calls = f.calls.map((c) => `${c.type} ${c.sent.toFixed(0)}→${c.answered.toFixed(0)}`).join(', ');
  return `  ${name}: response ${f.response.toFixed(0)}, interactive ${f.interactive.toFixed(0)}, first render ${f.firstRender.toFixed(0)}, fcp ${f.fcp.toFixed(0)}, data ${f.data.toFixed(0)}, painted ${f.dataPainted.toFixed(0)}; ${calls}`;
}

/**
 * Opens the popup `runs` times (after one warm-up round) on each target, with
 * the worker running and stopped first, all in alternation.
 */
export async function popupRuns(targets: readonly PopupTarget[], runs: number, log: (s: string) => void): Promise<{ running: Record<string, PopupFigures[]>; stopped: Record<string, PopupFigures[]>; retries: number }> {
  const debug = process.env.BENCH_DEBUG === '1';
  const byName = new Map(targets.map((t) => [t.name, t]));
  const names = targets.flatMap((t) => [`${t.name}:running`, `${t.name}:stopped`]);
  let retries = 0;
  const res = await alternate(
    names,
    async (which) => {
      const [name, mode] = which.split(':') as [string, 'running' | 'stopped'];
      const t = byName.get(name)!;
      const stop = async () => {
        if (mode !== 'stopped') return;
        await t.control.send('ServiceWorker.stopAllWorkers');
        await new Promise((r) => setTimeout(r, 300));
      };
      await stop();
      let figures: PopupFigures;
      try {
        figures = await openPopup(t);
      } catch (error) {
        // Seen once in a few runs right after stopping the worker: the popup's navigation or
        // page went away. One more try, from the same starting state.
        log(`  popup (${which}) failed, tried again: ${(error as Error).message.split('\n')[0]}`);
        retries++;
        await stop();
        figures = await openPopup(t);
      }
      if (debug) log(describeOpening(which, figures));
      return figures;
    },
    { runs, warmup: 1 },
  );
  const running: Record<string, PopupFigures[]> = {};
  const stopped: Record<string, PopupFigures[]> = {};
  for (const t of targets) {
    running[t.name] = res[`${t.name}:running`]!;
    stopped[t.name] = res[`${t.name}:stopped`]!;
  }
  return { running, stopped, retries };
}

/** The popup's rows for one build (`prefix` names the baseline's). */
export function popupRows(c: string, running: PopupFigures[], stopped: PopupFigures[], prefix = ''): Row[] {
  return [
    row(c, `${prefix}popup: first contentful paint`, 'ms', running.map((x) => x.fcp), { target: { op: '<', value: 100 } }),
    row(c, `${prefix}popup: first render with the page's data, painted`, 'ms', running.map((x) => x.dataPainted), { target: { op: '<', value: 150 } }),
    row(c, `${prefix}popup, worker stopped first: first contentful paint`, 'ms', stopped.map((x) => x.fcp)),
    row(c, `${prefix}popup, worker stopped first: first render with the page's data, painted`, 'ms', stopped.map((x) => x.dataPainted)),
  ];
}

/** Median time from the popup's navigation start to each call's answer, for the notes. */
export function callSummary(name: string, figures: PopupFigures[]): string {
  const types = [...new Set(figures.flatMap((f) => f.calls.map((c) => c.type)))];
  const parts = types.map((type) => {
    const of = figures.map((f) => f.calls.find((c) => c.type === type)).filter((c): c is PopupFigures['calls'][number] => !!c);
    return `${type} sent ${median(of.map((c) => c.sent)).toFixed(0)} → answered ${median(of.map((c) => c.answered)).toFixed(0)} ms`;
  });
  return `${name}: ${parts.join('; ')}`;
}
