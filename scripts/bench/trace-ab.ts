/**
 * Digging tool (not part of the suite): two builds side by side on one bench
 * page, alternating, each run traced; per build the medians of ready, wall
 * busy time until ready, thread (CPU) time until ready — less moved by a
 * loaded machine than wall time — and the longest task.
 *
 *   npx tsx scripts/bench/trace-ab.ts <page> <distA> <distB> [runs]
 */
import { resolve } from 'node:path';
import { dataset } from '../../src/dataset';
import { makePages } from './inputs';
import { openBrowsers, PROBE } from './chromium';
import { startTrace, stopTrace, timeline } from './trace';
import { launchWithExtension, type ExtensionBrowser } from '../../tests/e2e/harness';

const [pageName = 'long', distA = 'dist', distB = 'dist', runsArg = '7'] = process.argv.slice(2);
const pages = makePages(dataset);
const page = pages[pageName as 'long'];
const b = await openBrowsers({ [pageName]: page.html });
const exts: [string, ExtensionBrowser][] = [
  ['A', await launchWithExtension({ dist: resolve(distA) })],
  ['B', await launchWithExtension({ dist: resolve(distB) })],
];
const median = (xs: number[]) => [...xs].sort((a, z) => a - z)[Math.floor(xs.length / 2)]!;
const got: Record<string, { ready: number; busy: number; cpu: number; longest: number; longestCpu: number; first: number; tasks: number }[]> = { A: [], B: [] };
try {
  for (let run = 0; run <= Number(runsArg); run++) {
    for (const [name, ext] of run % 2 ? [...exts].reverse() : exts) {
      const p = await ext.context.newPage();
      await p.addInitScript({ content: PROBE });
      const cdp = await p.context().newCDPSession(p);
      await startTrace(cdp);
      await p.goto(b.server.url(`/${pageName}.html`));
      await p.evaluate(`new Promise((resolve) => { const check = () => (window.__bench.painted > 0 ? resolve() : setTimeout(check, 50)); check(); })`);
      const tl = timeline(await stopTrace(cdp), 'bench-probe');
      await p.close();
      if (run === 0) continue;
      const t0 = tl.scriptStart('bootstrap.js')!;
      const ready = tl.stamps.get('cc-ready')!;
      const first = tl.stamps.get('crosscheck:first-screen');
      let busy = 0, cpu = 0, longest = 0, longestCpu = 0, tasks = 0;
      for (const t of tl.tasks) {
        if (t.ts + t.dur < t0 || t.ts > ready) continue;
        busy += t.dur; cpu += t.tdur; tasks++;
        longest = Math.max(longest, t.dur); longestCpu = Math.max(longestCpu, t.tdur);
      }
      got[name]!.push({ ready: (ready - t0) / 1000, busy: busy / 1000, cpu: cpu / 1000, longest: longest / 1000, longestCpu: longestCpu / 1000, first: first === undefined ? NaN : (first - t0) / 1000, tasks });
    }
  }
  for (const name of ['A', 'B']) {
    const r = got[name]!;
    const m = (k: keyof (typeof r)[number]) => median(r.map((x) => x[k])).toFixed(1);
    console.log(`${name} (${name === 'A' ? distA : distB}): ready ${m('ready')} ms, busy to ready ${m('busy')} ms, thread time to ready ${m('cpu')} ms, longest task ${m('longest')} ms (thread ${m('longestCpu')}), first screen ${m('first')} ms, tasks ${m('tasks')}; busy samples ${r.map((x) => x.busy.toFixed(0)).join(' ')}`);
  }
} finally {
  for (const [, e] of exts) await e.close();
  await b.close();
}
