/**
 * Digging tool (not part of the suite): where an article page's main-thread
 * time goes from the bootstrap's start to `ready`, builds side by side.
 * Each build's Chromium loads the bench page in alternation, traced with V8's
 * compile and GC events; per build the medians over the runs of:
 * - thread (CPU) time and wall busy time of every task until `ready`;
 * - thread time by kind (V8's compile, GC, style, layout, paint: outermost
 *   events of each), and of the evaluation tasks of `bootstrap.js` and
 *   `content.js`;
 * - the longest task's thread time (`longCpu`), the longest thread time of
 *   script in one task (`longScript`: script evaluation, calls, microtasks
 *   and their GC, without the rendering of the page's first frames, which
 *   fall in the window), and the longest task's wall time;
 * - the start's phases, each as wall time (`w.`) and the thread time of the
 *   tasks that started in it (`c.`): to the injection of `content.js`, to the
 *   settings read, to the article check, to the worker's claims, to `ready`.
 *
 *   npx tsx scripts/bench/trace-phases.ts <page> <runs> <dist> [<dist>…]
 */
import type { CDPSession } from 'playwright-core';
import { PROBE } from './chromium';
import { startTrace, stopTrace, type TraceEvent } from './trace';
import { traceTargets } from './trace-targets';

const { pageName, runs, b, exts } = await traceTargets(9);

const KINDS: [string, RegExp][] = [
  ['compile', /^v8\.compile$|^V8\.CompileLazy/],
  ['gc', /GC|Scavenge/],
  ['style', /^UpdateLayoutTree$|ParseStyleSheet/],
  ['layout', /^Layout$/],
  ['paint', /^(PrePaint|Paint|Layerize|Commit|UpdateLayer)$/],
];
const TASKS = new Set(['RunTask', 'ThreadControllerImpl::RunTask', 'BlinkScheduler_PerformMicrotaskCheckpoint']);

async function traced(cdp: CDPSession, load: () => Promise<void>): Promise<TraceEvent[]> {
  await startTrace(cdp, ['toplevel', 'devtools.timeline', '__metadata', 'v8', 'v8.execute']);
  await load();
  return stopTrace(cdp);
}

/** Thread time of the outermost events matching `test` (ms). */
function outermost(events: readonly TraceEvent[], test: (e: TraceEvent) => boolean): number {
  let end = -Infinity;
  let sum = 0;
  for (const e of events) {
    if (!test(e) || e.ts < end) continue;
    end = e.ts + (e.dur ?? 0);
    sum += (e.tdur ?? e.dur ?? 0) / 1000;
  }
  return sum;
}

const got: Record<string, Record<string, number>[]> = {};
try {
  for (let run = 0; run <= runs; run++) {
    for (const [name, ext] of run % 2 ? [...exts].reverse() : exts) {
      const p = await ext.context.newPage();
      await p.addInitScript({ content: PROBE });
      const events = await traced(await p.context().newCDPSession(p), async () => {
        await p.goto(b.server.url(`/${pageName}.html`));
        await p.evaluate(`new Promise((resolve) => { const check = () => (window.__bench.painted > 0 ? resolve() : setTimeout(check, 50)); check(); })`);
      });
      await p.close();
      if (run === 0) continue; // warm-up
      const boot = events.find((e) => e.name === 'EvaluateScript' && String(e.args?.data?.url ?? '').endsWith('bootstrap.js'));
      if (!boot) throw new Error('no evaluation of bootstrap.js in the trace');
      const stamp = (m: string) => events.find((e) => e.name === 'TimeStamp' && e.pid === boot.pid && String(e.args?.data?.message ?? '') === m)?.ts;
      const ready = stamp('cc-ready');
      if (ready === undefined) throw new Error('the page never turned ready');
      const main = events.filter((e) => e.pid === boot.pid && e.tid === boot.tid && e.ph === 'X' && e.ts >= boot.ts && e.ts <= ready).sort((x, y) => x.ts - y.ts);
      const tasks: TraceEvent[] = [];
      let end = -Infinity;
      for (const t of main) {
        if (!TASKS.has(t.name) || t.ts < end) continue;
        end = t.ts + (t.dur ?? 0);
        tasks.push(t);
      }
      const out: Record<string, number> = {
        cpu: tasks.reduce((s, t) => s + (t.tdur ?? 0) / 1000, 0),
        busy: tasks.reduce((s, t) => s + (t.dur ?? 0) / 1000, 0),
        ready: (ready - boot.ts) / 1000,
      };
      for (const [kind, re] of KINDS) out[kind] = outermost(main, (e) => re.test(e.name));
      // the longest task by thread time, and by thread time without the page's rendering in it (style, layout,
      // paint: the page's own first frames of a 1 MB page fall in this window): Crosscheck's script tasks (ADR 0390)
      const script = /^(EvaluateScript|FunctionCall|RunMicrotasks|TimerFire|RunPostTaskCallback|FireAnimationFrame|v8\.compile|MinorGC|MajorGC)$/;
      /** A task's script time: all of a microtask checkpoint run as a task, else its script events' (outermost) thread time. */
      const scriptOf = (t: TraceEvent) => (t.name === 'BlinkScheduler_PerformMicrotaskCheckpoint' ? (t.tdur ?? 0) / 1000 : outermost(main.filter((e) => e.ts >= t.ts && e.ts < t.ts + (t.dur ?? 0) && e !== t), (e) => script.test(e.name)));
      out.longCpu = Math.max(...tasks.map((t) => (t.tdur ?? 0) / 1000));
      out.longScript = Math.max(...tasks.map(scriptOf));
      out.longWall = Math.max(...tasks.map((t) => (t.dur ?? 0) / 1000));
      if (process.env.TRACE_LONG) {
        // TRACE_LONG=1: each run's three longest script tasks, with when they ran and what they ran
        const top = [...tasks].sort((x, y) => scriptOf(y) - scriptOf(x)).slice(0, 3).map((t) => {
          const inner = main.filter((e) => e.ts >= t.ts && e.ts < t.ts + (t.dur ?? 0) && e !== t && (e.dur ?? 0) >= 1000).sort((x, y) => (y.dur ?? 0) - (x.dur ?? 0));
          const what = inner.slice(0, 6).map((e) => `${e.name}${e.args?.data?.functionName ? `[${String(e.args.data.functionName)}]` : ''}${e.args?.data?.url ? `(${String(e.args.data.url).split('/').pop()})` : ''} ${((e.dur ?? 0) / 1000).toFixed(1)}`);
          return `at ${((t.ts - boot.ts) / 1000).toFixed(0)} ms: ${scriptOf(t).toFixed(1)} ms script ${t.name} ${what.join(', ')}`;
        });
        console.error(`${name} run ${run}: ${top.join(' | ')}`);
        const wall = [...tasks].sort((x, y) => (y.dur ?? 0) - (x.dur ?? 0)).slice(0, 2).map((t) => {
          const by = new Map<string, number>();
          for (const e of main) if (e.ts >= t.ts && e.ts < t.ts + (t.dur ?? 0) && e !== t) by.set(e.name, Math.max(by.get(e.name) ?? 0, (e.tdur ?? e.dur ?? 0) / 1000));
          return `at ${((t.ts - boot.ts) / 1000).toFixed(0)} ms: ${((t.dur ?? 0) / 1000).toFixed(1)} ms wall, ${((t.tdur ?? 0) / 1000).toFixed(1)} thread: ${[...by].filter(([, v]) => v >= 0.5).sort((a, z) => z[1] - a[1]).slice(0, 10).map(([k, v]) => `${k} ${v.toFixed(1)}`).join(', ')}`;
        });
        console.error(`  longest by wall: ${wall.join(' | ')}`);
      }
      const evaluation = (file: string) => main.find((e) => e.name === 'EvaluateScript' && String(e.args?.data?.url ?? '').endsWith(file));
      out.bootEval = (evaluation('bootstrap.js')?.tdur ?? NaN) / 1000;
      out.contentEval = (evaluation('content.js')?.tdur ?? NaN) / 1000;
      const phases: [string, number | undefined][] = [['inject', evaluation('content.js')?.ts], ['settings', stamp('crosscheck:settings')], ['activated', stamp('crosscheck:activated')], ['claims', stamp('crosscheck:claims')], ['ready', ready]];
      let from = boot.ts;
      for (const [label, at] of phases) {
        if (at === undefined) continue;
        out[`w.${label}`] = (at - from) / 1000;
        out[`c.${label}`] = tasks.filter((t) => t.ts >= from && t.ts < at).reduce((s, t) => s + (t.tdur ?? 0) / 1000, 0);
        from = at;
      }
      (got[name] ??= []).push(out);
    }
  }
  const median = (xs: number[]) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)]!;
  for (const [name] of exts) {
    const runs = got[name]!;
    console.log(`${name}: ${Object.keys(runs[0]!).map((k) => `${k} ${median(runs.map((r) => r[k]!)).toFixed(1)}`).join(', ')}`);
  }
} finally {
  for (const [, e] of exts) await e.close();
  await b.close();
}
