/**
 * Digging tool (not part of the suite): which of the content script's
 * functions the main thread spent its time in, from the bootstrap's start to
 * `ready`, builds in alternation. V8's sampling profiler (CDP) gives each
 * function's inclusive time (a sample counts once per function on its stack);
 * the medians over the runs are printed, largest first, with `(program)`
 * (compile, the page's own work between scripts) and `(garbage collector)`.
 * Build with `CROSSCHECK_MINIFY=0` for names that read.
 *
 *   npx tsx scripts/bench/trace-functions.ts <page> <runs> <dist> [<dist>…]
 */
import { PROBE } from './chromium';
import { startTrace, stopTrace, timeline } from './trace';
import { traceTargets } from './trace-targets';

const { pageName, runs, b, exts } = await traceTargets(5);

interface Profile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
}
const ours = (url: string) => /(content[\w-]*|bootstrap)\.js$/.test(url);
const got = new Map<string, Map<string, number>[]>(exts.map(([d]) => [d, []]));

try {
  for (let run = 0; run <= runs; run++) {
    for (const [dist, ext] of run % 2 ? [...exts].reverse() : exts) {
      const tab = await ext.context.newPage();
      await tab.addInitScript({ content: PROBE });
      const cdp = await tab.context().newCDPSession(tab);
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
      await cdp.send('Profiler.start');
      await startTrace(cdp);
      await tab.goto(b.server.url(`/${pageName}.html`));
      await tab.evaluate(`new Promise((resolve) => { const check = () => (window.__bench.painted > 0 ? resolve() : setTimeout(check, 50)); check(); })`);
      const events = await stopTrace(cdp);
      const prof = ((await cdp.send('Profiler.stop')) as { profile: Profile }).profile;
      await tab.close();
      if (run === 0) continue; // warm-up
      const tl = timeline(events, 'bench-probe');
      const t0 = tl.scriptStart('bootstrap.js')!;
      const ready = tl.stamps.get('cc-ready')!;
      const parent = new Map<number, number>();
      for (const n of prof.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
      const byId = new Map(prof.nodes.map((n) => [n.id, n]));
      const incl = new Map<string, number>();
      let at = prof.startTime;
      prof.samples.forEach((id, i) => {
        at += prof.timeDeltas[i]!;
        if (at < t0 || at > ready) return;
        const weight = (prof.timeDeltas[i + 1] ?? 100) / 1000;
        const seen = new Set<string>();
        for (let n: number | undefined = id; n !== undefined; n = parent.get(n)) {
          const f = byId.get(n)!.callFrame;
          const special = f.functionName === '(program)' || f.functionName === '(garbage collector)';
          if (!special && !ours(f.url)) continue;
          const key = special ? f.functionName : `${f.functionName || '(anon)'} ${f.url.split('/').pop()}:${f.lineNumber}`;
          if (seen.has(key)) continue;
          seen.add(key);
          incl.set(key, (incl.get(key) ?? 0) + weight);
        }
        if (!seen.size) incl.set('(other)', (incl.get('(other)') ?? 0) + weight);
      });
      let busy = 0;
      for (const t of tl.tasks) if (t.ts + t.dur >= t0 && t.ts <= ready) busy += t.tdur / 1000;
      incl.set('= thread time of tasks to ready', busy);
      got.get(dist)!.push(incl);
    }
  }
  const median = (xs: number[]) => {
    const s = [...xs].sort((a, z) => a - z);
    return s.length ? (s[(s.length - 1) >> 1]! + s[s.length >> 1]!) / 2 : NaN;
  };
  for (const [dist, runs] of got) {
    const keys = new Set(runs.flatMap((r) => [...r.keys()]));
    const rows = [...keys].map((k) => [k, median(runs.map((r) => r.get(k) ?? 0))] as const).sort((a, z) => z[1] - a[1]);
    console.log(`${dist} (${runs.length} runs), median inclusive ms:`);
    console.log(rows.slice(0, 60).map(([k, v]) => `  ${v.toFixed(1).padStart(6)} ${k}`).join('\n'));
  }
} finally {
  for (const [, ext] of exts) await ext.close();
  await b.close();
}
