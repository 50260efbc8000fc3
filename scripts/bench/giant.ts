/**
 * Case 2c: one text node of 5 MB (issue 17: "a page with a single 5 MB text
 * node stays responsive, no task of Crosscheck's over 100 ms"). The page is
 * the e2e's (tests/e2e/huge-text.e2e.ts): an article whose one paragraph is
 * the story's sentences over and over, no script of its own, so every task
 * after its load event is Crosscheck's doing (or rendering it caused). Each
 * run is traced from navigation until a few seconds after every layer is
 * registered, then after a scroll to the middle; the same page in the
 * browser without the extension gives the floor. Each task is reported with
 * its wall time (what the reader waits) and its thread time (the work: on
 * this shared machine a task can wait for a core several times as long as
 * it runs).
 */
import type { Page } from 'playwright-core';
import { hugeText, hugeTextPage } from '../../tests/e2e/fixtures';
import { PROBE, type Browsers } from './chromium';
import { alternate, row, type Row } from './report';
import { startTrace, stopTrace, timeline, type Timeline } from './trace';

/** The page, served as /giant.html. */
export const giantPages = (): Record<string, string> => ({ giant: hugeTextPage(hugeText(5 * 1024 * 1024)) });

/** After every layer is registered: the overlay's placement and any late work are in the trace. */
const SETTLE_MS = 2_500;
const AFTER_SCROLL_MS = 1_500;

interface GiantRun {
  /** Navigation → `data-crosscheck=ready` (ms; NaN without the extension). */
  ready: number;
  /** Longest task after the load event until the scroll: wall and thread time (ms). */
  longest: number;
  longestCpu: number;
  /** The task with the most thread time after the load event (ms). */
  mostCpu: number;
  /** Longest task after the scroll to the middle (ms, wall). */
  afterScroll: number;
  top: string[];
}

function after(tl: Timeline, from: number, to: number) {
  return tl.tasks.filter((t) => t.ts >= from && t.ts <= to);
}

async function runOnce(b: Browsers, withExtension: boolean): Promise<GiantRun> {
  const page: Page = await (withExtension ? b.ext.context : b.plainContext).newPage();
  try {
    await page.addInitScript({ content: `${PROBE}\naddEventListener('load', () => setTimeout(() => console.timeStamp('bench-load')));` });
    const cdp = await page.context().newCDPSession(page);
    await startTrace(cdp);
    const t = Date.now();
    await page.goto(b.server.url('/giant.html'), { waitUntil: 'load', timeout: 180_000 });
    let ready = NaN;
    if (withExtension) {
      await page.waitForFunction(() => document.documentElement.dataset.crosscheck === 'ready', undefined, { timeout: 180_000, polling: 250 });
      ready = Date.now() - t;
    }
    await new Promise((r) => setTimeout(r, SETTLE_MS));
    await page.evaluate(() => {
      console.timeStamp('bench-scroll');
      window.scrollTo(0, document.documentElement.scrollHeight / 2);
    });
    await new Promise((r) => setTimeout(r, AFTER_SCROLL_MS));
    const events = await stopTrace(cdp);
    await cdp.detach().catch(() => undefined);
    const tl = timeline(events, 'bench-probe');
    const load = tl.stamps.get('bench-load');
    const scroll = tl.stamps.get('bench-scroll');
    if (load === undefined || scroll === undefined) throw new Error(`giant page: load stamp ${load}, scroll stamp ${scroll}`);
    const before = after(tl, load, scroll);
    const longest = before.reduce((a, x) => (x.dur > a.dur ? x : a), { ts: 0, dur: 0, tdur: 0 });
    const end = Math.max(...tl.tasks.map((x) => x.ts + x.dur));
    const top = [...before].sort((a, z) => z.dur - a.dur).slice(0, 3).map((x) => `${(x.dur / 1000).toFixed(0)} ms (thread ${(x.tdur / 1000).toFixed(0)})`);
    return {
      ready,
      longest: longest.dur / 1000,
      longestCpu: longest.tdur / 1000,
      mostCpu: Math.max(0, ...before.map((x) => x.tdur)) / 1000,
      afterScroll: Math.max(0, ...after(tl, scroll, end).map((x) => x.dur)) / 1000,
      top,
    };
  } finally {
    await page.close();
  }
}

export async function giantCase(b: Browsers, opt: { runs: number; log: (line: string) => void }): Promise<{ rows: Row[]; notes: string[] }> {
  const runs = Math.max(3, opt.runs - 2);
  opt.log(`case 2c: one 5 MB text node, with and without Crosscheck × ${runs}`);
  const res = await alternate(['crosscheck', 'none'] as const, (n) => runOnce(b, n === 'crosscheck'), { runs, warmup: 1 });
  const c = '2c one 5 MB text node';
  const cc = res.crosscheck;
  const worst = [...cc].sort((a, z) => z.longest - a.longest)[0];
  return {
    rows: [
      row(c, 'Crosscheck: navigation → all layers registered', 'ms', cc.map((r) => r.ready)),
      row(c, 'Crosscheck: longest task after the load event', 'ms', cc.map((r) => r.longest), { target: { op: '<', value: 100 } }),
      row(c, 'Crosscheck: … its thread time', 'ms', cc.map((r) => r.longestCpu)),
      row(c, 'Crosscheck: most thread time of one task after the load event', 'ms', cc.map((r) => r.mostCpu), { target: { op: '<', value: 50 } }),
      row(c, 'Crosscheck: longest task after a scroll to the middle', 'ms', cc.map((r) => r.afterScroll), { target: { op: '<', value: 100 } }),
      row(c, 'no extension: longest task after the load event', 'ms', res.none.map((r) => r.longest)),
      row(c, 'no extension: longest task after a scroll to the middle', 'ms', res.none.map((r) => r.afterScroll)),
    ],
    notes: worst ? [`giant, crosscheck: longest tasks after the load event in its slowest run: ${worst.top.join('; ')}`] : [],
  };
}
