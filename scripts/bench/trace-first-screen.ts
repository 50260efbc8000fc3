/**
 * Digging tool (not part of the suite): the 1 MB page's first screen, builds
 * in alternation, traced as the suite traces it; per build the medians of
 * the first screen (wall, from the bootstrap's start), the bootstrap's task
 * (wall and thread time), the wait from the end of that task to the task
 * that draws the reply (and how much of it the page's own tasks took), and
 * the drawing's task (ADR 0280); and per `crosscheck:…` time stamp up to
 * the first screen (a scratch build may set more between its steps), its
 * wall time after the bootstrap's start (`@`) and the thread time since the
 * stamp before (`cpu`; the first: since the evaluation began; across a task
 * boundary it includes whatever else the thread ran between).
 *
 *   npx tsx scripts/bench/trace-first-screen.ts <runs> <dist> [<dist>…]
 */
import { resolve } from 'node:path';
import { dataset } from '../../src/dataset';
import { makePages } from './inputs';
import { openBrowsers, PROBE } from './chromium';
import { timeline, tracePaintedLoad, type TraceEvent } from './trace';
import { launchWithExtension } from '../../tests/e2e/harness';
const [runsArg, ...dists] = process.argv.slice(2);
const runs = Number(runsArg ?? 9);
const pages = makePages(dataset);
const b = await openBrowsers({ mb: pages.mb.html });
const exts = await Promise.all(dists.map((d) => launchWithExtension({ dist: resolve(d) })));
const res: Record<string, number[]>[] = dists.map(() => ({}));
const med = (xs: number[]) => { const s = [...xs].sort((a, z) => a - z); return s.length ? s[(s.length - 1) >> 1]! : NaN; };
try {
  for (let run = 0; run <= runs; run++) {
    for (let k = 0; k < dists.length; k++) {
      const i = (k + run) % dists.length;
      const events = await tracePaintedLoad(exts[i]!.context, b.server.url('/mb.html'), PROBE);
      if (run === 0) continue;
      const tl = timeline(events, 'bench-probe');
      const t0 = tl.scriptStart('bootstrap.js')!;
      const fs = tl.stamps.get('crosscheck:first-screen');
      if (fs === undefined) continue;
      const evalTask = tl.tasks.find((t) => t.ts <= t0 && t0 < t.ts + t.dur)!;
      const drawTask = tl.tasks.find((t) => t.ts <= fs && fs <= t.ts + t.dur)!;
      const between = tl.tasks.filter((t) => t.ts >= evalTask.ts + evalTask.dur && t.ts + t.dur <= drawTask.ts);
      const r = res[i]!;
      const add = (k2: string, v: number) => (r[k2] ??= []).push(v);
      add('first screen (wall)', (fs - t0) / 1000);
      add('bootstrap task wall', evalTask.dur / 1000);
      add('bootstrap task thread', evalTask.tdur / 1000);
      add('end of that task → reply (wall)', (drawTask.ts - evalTask.ts - evalTask.dur) / 1000);
      add('… of it other tasks (wall)', between.reduce((s, t) => s + t.dur, 0) / 1000);
      add('… of it idle', (drawTask.ts - evalTask.ts - evalTask.dur - between.reduce((s, t) => s + t.dur, 0)) / 1000);
      add('drawing task wall', drawTask.dur / 1000);
      add('drawing task thread', drawTask.tdur / 1000);
      const evaluation = tl.main.find((e) => e.name === 'EvaluateScript' && e.ts === t0) as { tts?: number } | undefined;
      let before = evaluation?.tts;
      for (const e of events as (TraceEvent & { tts?: number })[]) {
        const label = String(e.args?.data?.message ?? '');
        if (e.name !== 'TimeStamp' || !label.startsWith('crosscheck:') || e.ts < t0 || e.ts > fs) continue;
        add(`@ ${label.slice(11)}`, (e.ts - t0) / 1000);
        if (before !== undefined && e.tts !== undefined) add(`cpu ${label.slice(11)}`, (e.tts - before) / 1000);
        before = e.tts;
      }
    }
  }
  for (const key of [...new Set(res.flatMap((r) => Object.keys(r)))]) console.log(`${key.padEnd(36)} ${dists.map((d, i) => `${d}: ${med(res[i]![key] ?? []).toFixed(2)}`).join('   ')}`);
  console.log(`n ${dists.map((d, i) => res[i]!['first screen (wall)']?.length).join(' / ')}`);
} finally {
  for (const e of exts) await e.close();
  await b.close();
}
