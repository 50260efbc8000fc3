/**
 * Digging tool (not part of the suite): the popup with 10,000 notes stored,
 * traced. Prints, for each opening, the popup renderer's main-thread events
 * from navigation start to the frame after the page's data (parsing, script
 * evaluation, tasks over 2 ms), when each of its files was requested and
 * arrived, and the popup's calls.
 *
 *   npx tsx scripts/bench/trace-popup.ts [--dist ../other/dist] [--runs 3] [--stopped]
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { dataset } from '../../src/dataset';
import { exportJsonLd } from '../../src/io';
import { sampleAnnotations } from '../../src/db/sample-annotations';
import { launchWithExtension, serve } from '../../tests/e2e/harness';
import { makePages } from './inputs';
import { popupTarget } from './popup';
import { startTrace, stopTrace, type TraceEvent } from './trace';

const argv = process.argv.slice(2);
const opt = (n: string) => {
  const i = argv.indexOf(n);
  return i >= 0 ? argv[i + 1] : undefined;
};
const runs = Number(opt('--runs') ?? 3);
const pages = makePages(dataset);
const server = await serve({ '/normal.html': pages.normal.html });
const ext = await launchWithExtension(opt('--dist') ? { dist: resolve(opt('--dist')!) } : {});
const PROBE = readFileSync(new URL('./page/popup-probe.js', import.meta.url), 'utf8');
try {
  const driver = await ext.context.newPage();
  await driver.goto(`chrome-extension://${ext.extensionId}/options/options.html`);
  const file = exportJsonLd(sampleAnnotations(10_000, { seed: 7 }));
  await driver.evaluate(async (text) => chrome.runtime.sendMessage({ type: 'library/import', text }), file);
  await driver.close();
  const t = await popupTarget('crosscheck', ext, server.url('/normal.html'));
  for (let run = 0; run <= runs; run++) {
    if (argv.includes('--stopped')) {
      await t.control.send('ServiceWorker.stopAllWorkers');
      await new Promise((r) => setTimeout(r, 300));
    }
    const popup = await ext.context.newPage();
    await popup.addInitScript({ content: PROBE });
    const cdp = await ext.context.newCDPSession(popup);
    await startTrace(cdp, ['toplevel', 'devtools.timeline', 'blink.user_timing', 'loading', 'v8', '__metadata']);
    await popup.goto(`chrome-extension://${ext.extensionId}/popup/popup.html?tab=${t.tabId}`);
    await popup.waitForFunction(() => (window as unknown as { __popupBench: { dataPainted: number } }).__popupBench.dataPainted > 0, undefined, { timeout: 15_000, polling: 200 });
    const bench = await popup.evaluate(() => ({ ...(window as unknown as { __popupBench: object }).__popupBench, origin: performance.timeOrigin }));
    await new Promise((r) => setTimeout(r, 500));
    const events = await stopTrace(cdp);
    await popup.close();
    if (run === 0) continue; // warm-up
    print(events, bench as { data: number; dataPainted: number; origin: number });
  }
} finally {
  await ext.close();
  await server.close();
}

function print(events: TraceEvent[], bench: { data: number; dataPainted: number }) {
  // The popup's main thread: the one that parsed popup.html.
  const parse = events.find((e) => e.name === 'ParseHTML' && String((e.args?.data as { url?: string } | undefined)?.url ?? (e.args as { beginData?: { url?: string } } | undefined)?.beginData?.url ?? '').includes('popup.html'));
  if (!parse) {
    console.log('no ParseHTML of popup.html in the trace');
    return;
  }
  const nav = events.find((e) => e.name === 'navigationStart' && e.pid === parse.pid);
  const zero = (nav?.ts ?? parse.ts) < parse.ts - 2_000_000 ? parse.ts : (nav?.ts ?? parse.ts);
  const ms = (ts: number) => ((ts - zero) / 1000).toFixed(1);
  const requests = new Map<string, string>();
  const main = events.filter((e) => e.pid === parse.pid && e.tid === parse.tid && e.ph === 'X' && (e.dur ?? 0) > 0).sort((a, b) => a.ts - b.ts);
  const until = zero + bench.dataPainted * 1000 + 5000;
  console.log(`--- data ${bench.data.toFixed(0)}, painted ${bench.dataPainted.toFixed(0)} ms (from navigation start)`);
  const shown = new Set(['ParseHTML', 'EvaluateScript', 'v8.compileModule', 'v8.evaluateModule', 'FunctionCall', 'RunMicrotasks', 'UpdateLayoutTree', 'Layout', 'Paint', 'ResourceReceivedData', 'ResourceFinish']);
  for (const e of main) {
    if (e.ts > until) break;
    const dur = (e.dur ?? 0) / 1000;
    if (e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask') {
      if (dur >= 2) console.log(`${ms(e.ts).padStart(7)}  task ${dur.toFixed(1)} ms`);
      continue;
    }
    if ((shown.has(e.name) && dur >= 0.5) || (argv.includes('--all') && dur >= 1)) {
      const data = (e.args?.data ?? {}) as { url?: string; functionName?: string };
      console.log(`${ms(e.ts).padStart(7)}    ${e.name} ${dur.toFixed(1)} ms ${data.url ? String(data.url).replace(/^.*\//, '') : ''}${data.functionName ? ` ${data.functionName}` : ''}`);
    }
  }
  // the popup's files: when each was requested and when it had arrived (renderer-side events)
  for (const e of events) {
    if (e.pid !== parse.pid || e.ts < zero || e.ts > until) continue;
    if (e.name !== 'ResourceSendRequest' && e.name !== 'ResourceReceiveResponse' && e.name !== 'ResourceFinish') continue;
    const data = (e.args?.data ?? {}) as { url?: string; requestId?: string };
    const url = data.url ?? requests.get(data.requestId ?? '') ?? '?';
    if (data.url && data.requestId) requests.set(data.requestId, data.url);
    console.log(`${ms(e.ts).padStart(7)}  ${e.name} ${url.replace(/^.*\//, '')}`);
  }
  // browser-side navigation marks of the popup
  for (const name of ['navigationStart', 'responseEnd', 'domInteractive', 'firstContentfulPaint', 'domContentLoadedEventEnd']) {
    const e = events.find((x) => x.name === name && x.pid === parse.pid && x.ts >= zero);
    if (e) console.log(`${ms(e.ts).padStart(7)}  mark ${name}`);
  }
}
