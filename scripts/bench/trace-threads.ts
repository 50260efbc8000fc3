/**
 * Digging tool (not part of the suite): every traced thread's events — the
 * page's, the browser process's — from the bootstrap's start to its first
 * screen on the 1 MB page, with the IPC and extension categories, to see
 * where the start request spends its time between the page and the
 * worker (ADR 0280).
 *
 *   npx tsx scripts/bench/trace-threads.ts [runs] [dist]
 */
import { resolve } from 'node:path';
import { dataset } from '../../src/dataset';
import { makePages } from './inputs';
import { openBrowsers, PROBE } from './chromium';
import { timeline, tracePaintedLoad } from './trace';
import { launchWithExtension } from '../../tests/e2e/harness';
const runs = Number(process.argv[2] ?? 3);
const dist = process.argv[3];
const pages = makePages(dataset);
const b = await openBrowsers({ mb: pages.mb.html });
const ext = dist ? await launchWithExtension({ dist: resolve(dist) }) : b.ext;
try {
  for (let run = 0; run <= runs; run++) {
    const events = await tracePaintedLoad(ext.context, b.server.url('/mb.html'), PROBE, ['toplevel', 'devtools.timeline', '__metadata', 'v8.execute', 'extensions', 'ipc', 'mojom', 'ServiceWorker']);
    if (run === 0) continue;
    const tl = timeline(events, 'bench-probe');
    const t0 = tl.scriptStart('bootstrap.js')!;
    const fs = tl.stamps.get('crosscheck:first-screen')!;
    const names = new Map<string, string>();
    for (const e of events) if (e.ph === 'M' && e.name === 'thread_name') names.set(`${e.pid}:${e.tid}`, String(e.args?.name));
    for (const e of events) if (e.ph === 'M' && e.name === 'process_name') names.set(`${e.pid}`, String(e.args?.name));
    console.log(`run ${run}: first screen ${((fs - t0) / 1000).toFixed(1)}`);
    const lines: [number, string][] = [];
    for (const e of events) {
      if (e.ph !== 'X' || e.ts < t0 - 500 || e.ts > fs + 500 || (e.dur ?? 0) < 150) continue;
      if (['ThreadControllerImpl::RunTask'].includes(e.name)) continue;
      const th = `${names.get(String(e.pid)) ?? e.pid}/${names.get(`${e.pid}:${e.tid}`) ?? e.tid}`;
      lines.push([e.ts, `${th.padEnd(40).slice(0, 40)} ${e.name}${e.args?.data?.functionName ? `[${e.args.data.functionName}]` : ''}${e.args?.data?.url ? `(${String(e.args.data.url).split('/').pop()})` : ''} ${((e.dur ?? 0) / 1000).toFixed(2)}${e.tdur ? ` cpu ${(e.tdur / 1000).toFixed(2)}` : ''}`]);
    }
    for (const [n, ts] of tl.stamps) if (ts >= t0 && ts <= fs) lines.push([ts, `---- ${n}`]);
    lines.sort((a, z) => a[0] - z[0]);
    console.log(lines.map(([ts, l]) => `${((ts - t0) / 1000).toFixed(1).padStart(6)} ${l}`).join('\n'));
  }
} finally {
  if (ext !== b.ext) await ext.close();
  await b.close();
}
