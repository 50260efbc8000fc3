/**
 * Digging tool (not part of the suite): loads one bench page with the
 * extension (and, with --dist, another build), traces it and prints every
 * main-thread task from the bootstrap's start to `ready`, with the
 * content script's stamps and, with --profile, the functions that took the
 * most self time (V8's sampling profiler over CDP).
 *
 *   npx tsx scripts/bench/trace-one.ts long [--dist ../other/dist] [--runs 3] [--profile]
 */
import { dataset } from '../../src/dataset';
import { makePages } from './inputs';
import { openBrowsers, PROBE } from './chromium';
import { startTrace, stopTrace, timeline } from './trace';
import { launchWithExtension } from '../../tests/e2e/harness';
import { resolve } from 'node:path';

const argv = process.argv.slice(2);
const opt = (n: string) => { const i = argv.indexOf(n); return i >= 0 ? argv[i + 1] : undefined; };
const pageName = (argv[0] ?? 'long') as 'long';
const runs = Number(opt('--runs') ?? 2);
const pages = makePages(dataset);
const b = await openBrowsers({ [pageName]: pages[pageName].html });
const ext = opt('--dist') ? await launchWithExtension({ dist: resolve(opt('--dist')!) }) : b.ext;
try {
  for (let run = 0; run <= runs; run++) {
    const page = await ext.context.newPage();
    await page.addInitScript({ content: PROBE });
    const cdp = await page.context().newCDPSession(page);
    if (argv.includes('--profile')) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
      await cdp.send('Profiler.start');
    }
    await startTrace(cdp);
    await page.goto(b.server.url(`/${pageName}.html`));
    await page.evaluate(`new Promise((resolve) => { const check = () => (window.__bench.painted > 0 ? resolve() : setTimeout(check, 50)); check(); })`);
    const events = await stopTrace(cdp);
    const prof = argv.includes('--profile') ? ((await cdp.send('Profiler.stop')) as { profile: { nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number }; children?: number[] }[]; samples: number[]; timeDeltas: number[]; startTime: number } }).profile : null;
    await page.close();
    if (run === 0) continue; // warm-up
    const tl = timeline(events, 'bench-probe');
    const t0 = tl.scriptStart('bootstrap.js')!;
    const ready = tl.stamps.get('cc-ready')!;
    const painted = tl.stamps.get('cc-painted')!;
    const lines: [number, string][] = [];
    for (const [name, ts] of tl.stamps) if (ts >= t0 && ts <= painted) lines.push([ts, `  ---- ${name}`]);
    let busy = 0;
    for (const t of tl.tasks) {
      if (t.ts + t.dur < t0 || t.ts > painted) continue;
      if (t.ts <= ready) busy += t.dur;
      const inner = tl.main
        .filter((e) => e.ts >= t.ts && e.ts < t.ts + t.dur && (e.dur ?? 0) >= 300 && !e.name.includes('RunTask') && !['ThreadControllerImpl::RunTask', 'RunMicrotasks'].includes(e.name))
        .map((e) => `${e.name}${e.args?.data?.url ? `(${String(e.args.data.url).split('/').pop()})` : ''}${e.args?.data?.functionName ? `[${e.args.data.functionName}]` : ''} ${((e.dur ?? 0) / 1000).toFixed(1)}`);
      if (t.dur < 300) continue;
      lines.push([t.ts, `  task ${(t.dur / 1000).toFixed(1)} ms (cpu ${(t.tdur / 1000).toFixed(1)}): ${inner.slice(0, 12).join(', ')}`]);
    }
    lines.sort((a, z) => a[0] - z[0]);
    console.log(`run ${run}: ready ${((ready - t0) / 1000).toFixed(0)} ms, busy to ready ${(busy / 1000).toFixed(1)} ms`);
    console.log(lines.map(([ts, l]) => `${((ts - t0) / 1000).toFixed(1).padStart(7)} ${l}`).join('\n'));
    if (prof) {
      // per task: the functions its samples were in (inclusive), so a microtask checkpoint says what ran
      const parent = new Map<number, number>();
      for (const n of prof.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
      const byId0 = new Map(prof.nodes.map((n) => [n.id, n]));
      let at = prof.startTime;
      const sampleTimes = prof.timeDeltas.map((d) => (at += d));
      for (const t of tl.tasks) {
        if (t.ts + t.dur < t0 || t.ts > painted || t.dur < 2500) continue;
        const incl = new Map<string, number>();
        prof.samples.forEach((id, i) => {
          const ts = sampleTimes[i]!;
          if (ts < t.ts || ts > t.ts + t.dur) return;
          const seen = new Set<string>();
          for (let n: number | undefined = id; n !== undefined; n = parent.get(n)) {
            const f = byId0.get(n)!.callFrame;
            if (!f.url.includes('content.js') && !f.url.includes('bootstrap.js') && f.functionName !== '(program)' && f.functionName !== '(garbage collector)') continue;
            const key = `${f.functionName || '(anon)'}:${f.lineNumber}`;
            if (seen.has(key)) continue;
            seen.add(key);
            incl.set(key, (incl.get(key) ?? 0) + (prof.timeDeltas[i + 1] ?? 100));
          }
        });
        console.log(`P ${((t.ts - t0) / 1000).toFixed(1).padStart(7)} task ${(t.dur / 1000).toFixed(1)} (cpu ${(t.tdur / 1000).toFixed(1)}): ${[...incl].sort((a, z) => z[1] - a[1]).slice(0, 16).map(([k, us]) => `${k} ${(us / 1000).toFixed(1)}`).join(', ')}`);
      }
      const self = new Map<string, number>();
      const byId = new Map(prof.nodes.map((n) => [n.id, n]));
      prof.samples.forEach((id, i) => {
        const n = byId.get(id)!;
        const f = n.callFrame;
        const key = `${f.functionName || '(anon)'} ${f.url.split('/').pop()}:${f.lineNumber}`;
        self.set(key, (self.get(key) ?? 0) + (prof.timeDeltas[i] ?? 0));
      });
      console.log([...self].sort((a, z) => z[1] - a[1]).slice(0, 40).map(([k, us]) => `   ${(us / 1000).toFixed(1).padStart(6)} ${k}`).join('\n'));
    }
  }
} finally {
  if (ext !== b.ext) await ext.close();
  await b.close();
}
