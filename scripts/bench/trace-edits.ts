/**
 * Digging tool (not part of the suite): the bench's page-edit workload (case
 * 2b) on the 1 MB page, traced with V8's GC and Blink's categories, in
 * alternation: Crosscheck ready (one or two builds), the same extension
 * browser on a site the reader switched off (the bootstrap and the
 * highlight sheet only), and the plain browser the suite compares with.
 * Per mode: the workload's median time, and the trace events inside it
 * summed by name (thread time) (what Crosscheck adds to each edit).
 *
 *   npx tsx scripts/bench/trace-edits.ts <distA> [distB] [runs]
 */
import { resolve } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { dataset } from '../../src/dataset';
import { makePages } from './inputs';
import { CONTENDERS, openBrowsers, PROBE, settle } from './chromium';
import { launchWithExtension, type ExtensionBrowser } from '../../tests/e2e/harness';
import { startTrace, stopTrace, type TraceEvent } from './trace';

const [distA = 'dist', distB, runsArg = '7'] = process.argv.slice(2);
const runs = Number(runsArg);
const pages = makePages(dataset);
const b = await openBrowsers({ mb: pages.mb.html });
const exts: [string, ExtensionBrowser][] = [['A', await launchWithExtension({ dist: resolve(distA) })]];
if (distB) exts.push(['B', await launchWithExtension({ dist: resolve(distB) })]);
// a host the reader switched off: the same server under another name
const offHost = `localhost:${new URL(b.server.url('/mb.html')).port}`;
await exts[0]![1].worker.evaluate((key) => chrome.storage.local.set({ disabledSites: [key] }), offHost);

const CATEGORIES = ['toplevel', 'devtools.timeline', 'v8', 'blink', 'disabled-by-default-v8.gc', '__metadata', 'base'];

async function traced(page: Page): Promise<{ ms: number; events: TraceEvent[] }> {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  await startTrace(cdp, CATEGORIES);
  const result = (await page.evaluate(`window.__contenders.edits()`)) as { ms: number };
  const events = await stopTrace(cdp);
  await cdp.detach().catch(() => undefined);
  return { ms: result.ms, events };
}

/** Trace events of the workload's thread between its two stamps, summed by name (ms, inclusive). */
function byName(events: TraceEvent[]): Map<string, number> {
  const stamp = (m: string) => events.find((e) => e.name === 'TimeStamp' && String(e.args?.data?.message ?? '') === m);
  const start = stamp('c-start');
  const end = stamp('c-done');
  const sums = new Map<string, number>();
  if (!start || !end) return sums;
  for (const e of events) {
    if (e.pid !== start.pid || e.tid !== start.tid || e.ph !== 'X' || e.ts < start.ts || e.ts > end.ts) continue;
    sums.set(e.name, (sums.get(e.name) ?? 0) + (e.tdur ?? e.dur ?? 0) / 1000);
  }
  sums.set('(workload wall)', (end.ts - start.ts) / 1000);
  // the task that ran the workload: its thread (CPU) time, less moved by a loaded machine than wall time
  // every other thread of every process in the same window: work there competes for the machine's cores
  const threadName = new Map<string, string>();
  const processName = new Map<number, string>();
  for (const e of events) {
    if (e.ph !== 'M') continue;
    if (e.name === 'thread_name') threadName.set(`${e.pid}:${e.tid}`, String(e.args?.name ?? ''));
    if (e.name === 'process_name') processName.set(e.pid, String(e.args?.name ?? ''));
  }
  for (const e of events) {
    if (e.ph !== 'X' || e.ts < start.ts || e.ts > end.ts || (e.pid === start.pid && e.tid === start.tid)) continue;
    if (!['RunTask', 'ThreadControllerImpl::RunTask', 'ThreadPool_RunTask', 'V8.GC_MC_BACKGROUND_MARKING', 'V8.GC_SCAVENGER_BACKGROUND_SCAVENGE_PARALLEL'].includes(e.name)) continue;
    const key = `[${e.pid === start.pid ? 'page renderer' : processName.get(e.pid) ?? e.pid}] ${threadName.get(`${e.pid}:${e.tid}`) ?? e.tid} ${e.name}`;
    sums.set(key, (sums.get(key) ?? 0) + (e.tdur ?? e.dur ?? 0) / 1000);
  }
  const task = events.filter((e) => e.pid === start.pid && e.tid === start.tid && e.ph === 'X' && (e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask') && e.ts <= start.ts && e.ts + (e.dur ?? 0) >= end.ts).sort((a, z) => (z.dur ?? 0) - (a.dur ?? 0))[0];
  if (task) sums.set('(workload task, thread time)', (task.tdur ?? task.dur ?? 0) / 1000);
  return sums;
}

async function openMode(mode: string): Promise<Page> {
  if (mode === 'plain') {
    const page = await b.plainContext.newPage();
    await page.addInitScript({ content: PROBE });
    await page.goto(b.server.url('/mb.html'));
    return page;
  }
  const ext = mode === 'off' ? exts[0]![1] : exts.find(([n]) => n === mode)![1];
  const page = await ext.context.newPage();
  await page.addInitScript({ content: PROBE });
  await page.goto(mode === 'off' ? `http://${offHost}/mb.html` : b.server.url('/mb.html'));
  await page.evaluate(`new Promise((resolve) => { const check = () => (window.__bench.painted > 0 ? resolve() : setTimeout(check, 100)); check(); })`);
  return page;
}

const modes = [...exts.map(([n]) => n), 'off', 'plain'];
const got: Record<string, { ms: number; sums: Map<string, number> }[]> = Object.fromEntries(modes.map((m) => [m, []]));
const median = (xs: number[]) => [...xs].sort((a, z) => a - z)[Math.floor(xs.length / 2)] ?? NaN;
try {
  for (let run = 0; run <= runs; run++) {
    const order = modes.map((_, i) => modes[(i + run) % modes.length]!);
    for (const mode of order) {
      const page = await openMode(mode);
      await page.addScriptTag({ content: CONTENDERS });
      if (process.env.SETTLE) await settle(page);
      const { ms, events } = await traced(page);
      await page.close();
      if (run > 0) got[mode]!.push({ ms, sums: byName(events) });
    }
  }
  const names = new Set<string>();
  for (const m of modes) for (const r of got[m]!) for (const [n, v] of r.sums) if (v >= 0.5) names.add(n);
  console.log(`workload ms (median; runs): ${modes.map((m) => `${m} ${median(got[m]!.map((r) => r.ms)).toFixed(1)} [${got[m]!.map((r) => r.ms.toFixed(0)).join(' ')}]`).join(' | ')}`);
  console.log(['event (thread time in workload, median ms)', ...modes].join('\t'));
  const rows = [...names].map((n) => [n, ...modes.map((m) => median(got[m]!.map((r) => r.sums.get(n) ?? 0)))] as const);
  rows.sort((x, y) => Number(y[1]) - Number(x[1]));
  for (const [n, ...vs] of rows) console.log([n.padEnd(44), ...vs.map((v) => Number(v).toFixed(2))].join('\t'));
} finally {
  for (const [, e] of exts) await e.close();
  await b.close();
}
