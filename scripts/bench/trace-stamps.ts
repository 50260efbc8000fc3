/**
 * Digging tool (not part of the suite): an article page's start from the
 * bootstrap's evaluation to `ready`, split at the content script's
 * `crosscheck:…` time stamps (a scratch build may set more), builds in
 * alternation. Per stamp, the medians over the runs of its wall time after
 * the bootstrap's start (`@`) and the main thread's thread time since the
 * stamp before (`cpu`; the first since the bootstrap's evaluation began;
 * across tasks it holds whatever else the thread ran between, the page's
 * own tasks too), and the thread time of every task until `ready`.
 *
 *   npx tsx scripts/bench/trace-stamps.ts <page> <runs> <dist> [<dist>…]
 */
import { resolve } from 'node:path';
import { dataset } from '../../src/dataset';
import { makePages } from './inputs';
import { openBrowsers, PROBE } from './chromium';
import { timeline, tracePaintedLoad, type TraceEvent } from './trace';
import { launchWithExtension } from '../../tests/e2e/harness';

const [pageName = 'long', runsArg = '9', ...dists] = process.argv.slice(2);
const pages = makePages(dataset);
const page = pages[pageName as keyof typeof pages];
if (!page) throw new Error(`no bench page "${pageName}"`);
const b = await openBrowsers({ [pageName]: page.html });
const exts = await Promise.all(dists.map((d) => launchWithExtension({ dist: resolve(d) })));
const res: Map<string, number[]>[] = dists.map(() => new Map());
const med = (xs: number[]) => { const s = [...xs].sort((a, z) => a - z); return s.length ? (s[(s.length - 1) >> 1]! + s[s.length >> 1]!) / 2 : NaN; };
try {
  for (let run = 0; run <= Number(runsArg); run++) {
    for (let k = 0; k < dists.length; k++) {
      const i = (k + run) % dists.length;
      const events = await tracePaintedLoad(exts[i]!.context, b.server.url(`/${pageName}.html`), PROBE);
      if (run === 0) continue;
      const tl = timeline(events, 'bench-probe');
      const t0 = tl.scriptStart('bootstrap.js')!;
      const ready = tl.stamps.get('cc-ready')!;
      const r = res[i]!;
      const add = (key: string, v: number) => r.set(key, [...(r.get(key) ?? []), v]);
      let cpu = 0;
      for (const t of tl.tasks) if (t.ts + t.dur >= t0 && t.ts <= ready) cpu += t.tdur / 1000;
      add('= thread time of tasks to ready', cpu);
      const evaluation = tl.main.find((e) => e.name === 'EvaluateScript' && e.ts === t0) as { tts?: number } | undefined;
      let before = evaluation?.tts;
      for (const e of events as (TraceEvent & { tts?: number })[]) {
        const label = String(e.args?.data?.message ?? '');
        if (e.name !== 'TimeStamp' || !(label.startsWith('crosscheck:') || label === 'cc-ready') || e.ts < t0 || e.ts > ready || e.pid !== tl.main[0]?.pid) continue;
        add(`@ ${label}`, (e.ts - t0) / 1000);
        if (before !== undefined && e.tts !== undefined) add(`cpu ${label}`, (e.tts - before) / 1000);
        before = e.tts;
      }
    }
  }
  for (const key of new Set(res.flatMap((r) => [...r.keys()]))) console.log(`${key.padEnd(40)} ${dists.map((d, i) => `${med(res[i]!.get(key) ?? []).toFixed(2).padStart(8)} (n ${res[i]!.get(key)?.length ?? 0})`).join('   ')}`);
  console.log(`builds: ${dists.join('   ')}`);
} finally {
  for (const e of exts) await e.close();
  await b.close();
}
