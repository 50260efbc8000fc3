/**
 * Digging tool (not part of the suite): where Crosscheck's main-thread time
 * goes on the bench's pages that are not articles (case 6), builds side by
 * side. Each build's Chromium loads the page in alternation, traced with
 * V8's compile events; Crosscheck's tasks are told apart as the idle case
 * does it (`idle.ts`). Per build, medians over the runs of:
 * - the thread (CPU) time of Crosscheck's tasks, and of the longest;
 * - of that, V8's compiling (outermost compile events), `bootstrap.js`'s
 *   evaluation task, and the tasks after it;
 * - the wall time between the `console.timeStamp` marks a build sets
 *   (`crosscheck:…`, e.g. a scratch build with stamps between its steps),
 *   from the start of the bootstrap's evaluation.
 *
 *   npx tsx scripts/bench/trace-idle.ts <shop|search|mail> <runs> <dist> [<dist>…]
 */
import { resolve } from 'node:path';
import { launchWithExtension, serve, type ExtensionBrowser } from '../../tests/e2e/harness';
import { PROBE } from './chromium';
import { IDLE_PAGES } from './idle';
import { median } from './report';
import { startTrace, stopTrace, timeline, type TraceEvent } from './trace';

const [pageArg = 'mail', runsArg = '9', ...distArgs] = process.argv.slice(2);
const dists = distArgs.length ? distArgs : ['dist'];
const name = `idle-${pageArg}`;
const html = IDLE_PAGES[name];
if (!html) throw new Error(`no idle page "${pageArg}" (shop, search, mail)`);
const server = await serve({ [`/${name}.html`]: html });
const exts: [string, ExtensionBrowser][] = [];
for (const d of dists) exts.push([d, await launchWithExtension({ dist: resolve(d) })]);
const ours = (e: TraceEvent) => String(e.args?.data?.url ?? e.args?.data?.fileName ?? '').startsWith('chrome-extension://');
const isCompile = (e: TraceEvent) => /^v8\.compile$|^V8\.CompileLazy|^v8\.compileModule|^V8\.CompileCode/.test(e.name);

async function once(ext: ExtensionBrowser): Promise<Record<string, number>> {
  const page = await ext.context.newPage();
  try {
    await page.addInitScript({ content: PROBE });
    const cdp = await page.context().newCDPSession(page);
    await startTrace(cdp, ['toplevel', 'devtools.timeline', '__metadata', 'v8', 'v8.execute']);
    await page.goto(server.url(`/${name}.html`));
    await new Promise((r) => setTimeout(r, 700));
    const events = await stopTrace(cdp);
    await cdp.detach().catch(() => undefined);
    const tl = timeline(events, 'bench-probe');
    const t0 = tl.scriptStart('bootstrap.js');
    const idle = tl.stamps.get('cc-idle');
    if (t0 === undefined || idle === undefined) throw new Error(`bootstrap start ${t0}, idle ${idle}`);
    const mine = tl.tasks.filter((t) => (t.ts <= idle && idle <= t.ts + t.dur) || tl.main.some((e) => e.ts >= t.ts && e.ts < t.ts + t.dur && e.name !== 'RunTask' && ours(e)));
    const out: Record<string, number> = { tasks: mine.length };
    const within = (t: { ts: number; dur: number }) => tl.main.filter((e) => e.ts >= t.ts && e.ts < t.ts + t.dur);
    let compile = 0;
    mine.forEach((t, i) => {
      out[`task ${i} thread`] = t.tdur / 1000;
      out[`task ${i} starts at`] = (t.ts - t0) / 1000;
      let end = -Infinity;
      for (const e of within(t)) {
        if (!isCompile(e) || e.ts < end) continue;
        end = e.ts + (e.dur ?? 0);
        compile += (e.tdur ?? e.dur ?? 0) / 1000;
      }
    });
    out['all own thread'] = mine.reduce((s, t) => s + t.tdur, 0) / 1000;
    out['longest own thread'] = Math.max(...mine.map((t) => t.tdur)) / 1000;
    out['compile thread'] = compile;
    // each mark's thread time since the one before (the first: since the evaluation began); across a
    // task boundary that includes whatever else the thread ran in between
    const evaluation = tl.main.find((e) => e.name === 'EvaluateScript' && e.ts === t0) as (TraceEvent & { tts?: number }) | undefined;
    let before = evaluation?.tts;
    for (const e of events as (TraceEvent & { tts?: number })[]) {
      const label = String(e.args?.data?.message ?? '');
      if (e.name !== 'TimeStamp' || !label.startsWith('crosscheck:') || e.ts < t0) continue;
      out[`@ ${label.slice(11)}`] = (e.ts - t0) / 1000;
      if (before !== undefined && e.tts !== undefined) out[`cpu ${label.slice(11)}`] = (e.tts - before) / 1000;
      before = e.tts;
    }
    return out;
  } finally {
    await page.close();
  }
}

const got: Record<string, Record<string, number>[]> = Object.fromEntries(dists.map((d) => [d, []]));
const runs = Number(runsArg);
for (let round = -1; round < runs; round++) {
  const order = round % 2 ? exts : [...exts].reverse();
  for (const [d, ext] of order) {
    const r = await once(ext);
    if (round >= 0) got[d]!.push(r);
  }
}
const keys = [...new Set(Object.values(got).flatMap((rs) => rs.flatMap((r) => Object.keys(r))))];
console.log(`${name}, ${runs} runs, medians (ms; "@" = wall time after the bootstrap's evaluation starts)`);
console.log(['', ...dists].join('\t'));
for (const k of keys) console.log([k, ...dists.map((d) => median(got[d]!.map((r) => r[k] ?? NaN).filter((x) => !Number.isNaN(x))).toFixed(2))].join('\t'));
for (const [, ext] of exts) await ext.close();
await server.close();
