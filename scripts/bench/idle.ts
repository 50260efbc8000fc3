/**
 * Case 6: what Crosscheck costs a page that is not an article (issue 14,
 * ADR 0051). A shop, a search form and a web-mail app are loaded in the
 * browser with the extension and in the same Chromium without it, in
 * alternation; each run is traced for a fixed time after the load, with
 * nothing polling inside the page, so the two windows hold the same work
 * but Crosscheck's.
 */
import type { Page } from 'playwright-core';
import { SEARCH_PAGE, SHOP_PAGE, webmailPage } from '../../tests/e2e/fixtures';
import { PROBE, type Browsers } from './chromium';
import { alternate, ratios, row, type Row } from './report';
import { startTrace, stopTrace, timeline } from './trace';

export const IDLE_PAGES: Record<string, string> = {
  'idle-shop': SHOP_PAGE,
  'idle-search': SEARCH_PAGE,
  'idle-mail': webmailPage(),
};

/** Traced after the load event: the bootstrap runs at document_idle and is done well within this. */
const AFTER_LOAD_MS = 700;

interface IdleRun {
  /** Main-thread time of every task in the trace (ms). */
  busy: number;
  /** With the extension: Crosscheck's own tasks (see below), the page's callbacks in them taken out (ms). */
  own: number;
  /** … and the longest of them (ms). */
  longest: number;
  /** The same tasks' thread CPU time (the trace's `tdur`: waits for a core left out), the page's callbacks taken out (ms). */
  ownCpu: number;
  /** … and the most of it in one task (ms). */
  longestCpu: number;
  /** Extension scripts evaluated in the page (file names). */
  scripts: string[];
  state: string;
}

type Build = 'crosscheck' | 'baseline' | 'none';

async function runOnce(b: Browsers, name: string, build: Build): Promise<IdleRun> {
  const withExtension = build !== 'none';
  const page: Page = await (build === 'crosscheck' ? b.ext.context : build === 'baseline' ? b.baseline!.context : b.plainContext).newPage();
  try {
    await page.addInitScript({ content: PROBE });
    const cdp = await page.context().newCDPSession(page);
    await startTrace(cdp);
    await page.goto(b.server.url(`/${name}.html`));
    await new Promise((r) => setTimeout(r, AFTER_LOAD_MS));
    const events = await stopTrace(cdp);
    await cdp.detach().catch(() => undefined);
    const state = await page.evaluate(() => document.documentElement.dataset.crosscheck ?? 'none');
    const tl = timeline(events, 'bench-probe');
    const busy = tl.tasks.reduce((s, t) => s + t.dur, 0) / 1000;
    const scripts = tl.main.filter((e) => e.name === 'EvaluateScript' && String(e.args?.data?.url ?? '').startsWith('chrome-extension://')).map((e) => String(e.args!.data!.url).split('/').pop()!);
    if (!withExtension) return { busy, own: 0, longest: 0, ownCpu: 0, longestCpu: 0, scripts, state };
    const t0 = tl.scriptStart('bootstrap.js');
    const idle = tl.stamps.get(`cc-${state}`);
    if (t0 === undefined || idle === undefined) throw new Error(`${name}: bootstrap start ${t0}, state ${state}`);
    // Crosscheck's tasks: the one evaluating the bootstrap, the one that marked the page idle (the
    // continuation after the settings arrived), and any other running an extension script; the page's
    // own callbacks inside them (the probe's observer that stamps the mark) are taken out
    const ours = (e: { args?: { data?: Record<string, unknown> } }) => String(e.args?.data?.url ?? '').startsWith('chrome-extension://');
    const mine = tl.tasks.filter((t) => (t.ts <= idle && idle <= t.ts + t.dur) || tl.main.some((e) => e.ts >= t.ts && e.ts < t.ts + t.dur && e.name !== 'RunTask' && ours(e)));
    const cost = (t: { ts: number; dur: number; tdur: number }, cpu: boolean) => {
      let theirs = 0;
      let until = -Infinity;
      for (const e of tl.main) {
        if (e.ts < t.ts || e.ts >= t.ts + t.dur || e.name !== 'FunctionCall' || ours(e) || e.ts < until) continue;
        theirs += (cpu ? e.tdur : e.dur) ?? 0;
        until = e.ts + (e.dur ?? 0); // outermost calls only
      }
      return ((cpu ? t.tdur : t.dur) - theirs) / 1000;
    };
    const costs = mine.map((t) => cost(t, false));
    const cpuCosts = mine.map((t) => cost(t, true));
    const ownCpu = cpuCosts.reduce((sum, x) => sum + x, 0);
    if (process.env.BENCH_DEBUG) console.error(name, build, mine.map((t) => `${((t.ts - t0) / 1000).toFixed(1)}+${(t.dur / 1000).toFixed(1)}`).join(" "), costs.map((x) => x.toFixed(2)).join(" "));
    return { busy, own: costs.reduce((a, x) => a + x, 0), longest: Math.max(0, ...costs), ownCpu, longestCpu: Math.max(0, ...cpuCosts), scripts, state };
  } finally {
    await page.close();
  }
}

export async function idleCase(b: Browsers, opt: { runs: number; log: (line: string) => void }): Promise<{ rows: Row[]; notes: string[] }> {
  opt.log('case 6: pages that are not articles, with and without Crosscheck');
  const rows: Row[] = [];
  const notes: string[] = [];
  for (const name of Object.keys(IDLE_PAGES)) {
    const c = `6 not an article, ${name.slice('idle-'.length)}`;
    // with --baseline, the other build runs in the same rounds: its figures side by side with this build's
    const builds: Build[] = b.baseline ? ['crosscheck', 'baseline', 'none'] : ['crosscheck', 'none'];
    const res = await alternate(builds, (n) => runOnce(b, name, n), { runs: opt.runs, warmup: 1 });
    const cc = res.crosscheck;
    const base = res.baseline;
    if (base?.length) {
      rows.push(row(c, 'baseline build: main-thread time of its tasks', 'ms', base.map((r) => r.own)));
      rows.push(row(c, 'baseline build: longest task of its own', 'ms', base.map((r) => r.longest)));
      rows.push(row(c, 'baseline build: thread CPU time of its tasks', 'ms', base.map((r) => r.ownCpu)));
      rows.push(row(c, 'baseline build: thread CPU time of its longest task', 'ms', base.map((r) => r.longestCpu)));
    }
    rows.push(row(c, 'Crosscheck: main-thread time of its tasks (bootstrap evaluation, verdict)', 'ms', cc.map((r) => r.own), { target: { op: '<', value: 5 } }));
    rows.push(row(c, 'Crosscheck: longest task of its own', 'ms', cc.map((r) => r.longest), { target: { op: '<', value: 5 } }));
    // on a shared machine the wall time above includes waits for a core; the thread's CPU time does not
    rows.push(row(c, 'Crosscheck: thread CPU time of its tasks', 'ms', cc.map((r) => r.ownCpu)));
    rows.push(row(c, 'Crosscheck: thread CPU time of its longest task', 'ms', cc.map((r) => r.longestCpu)));
    rows.push(row(c, `page main-thread busy, load + ${AFTER_LOAD_MS} ms, with Crosscheck`, 'ms', cc.map((r) => r.busy)));
    rows.push(row(c, `page main-thread busy, load + ${AFTER_LOAD_MS} ms, no extension`, 'ms', res.none.map((r) => r.busy)));
    rows.push(row(c, 'difference with − without (same round)', 'ms', cc.map((r, i) => r.busy - res.none[i]!.busy)));
    rows.push(row(c, 'ratio with / without', '×', ratios(cc.map((r) => r.busy), res.none.map((r) => r.busy))));
    rows.push(row(c, 'content.js or its parts evaluated (runs out of n)', 'count', [cc.filter((r) => r.scripts.some((f) => f.startsWith('content'))).length]));
    const states = [...new Set(cc.map((r) => r.state))].join(', ');
    notes.push(`${name}: state ${states}; scripts evaluated: ${[...new Set(cc.map((r) => r.scripts.join('+')))].join(' | ')}`);
  }
  return { rows, notes };
}
