/**
 * Main-thread timelines from Chromium's own tracing (CDP `Tracing`), read
 * from outside the page: when the content script started, every task the
 * renderer's main thread ran, and the `console.timeStamp()` marks a probe
 * set. Measuring this way adds nothing to the extension.
 */
import type { BrowserContext, CDPSession } from 'playwright-core';

export interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  /** Thread (CPU) time of a complete event, µs: less than `dur` when the thread waited for a core. */
  tdur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: Record<string, unknown>; message?: string };
}

/** Only what the bench reads: top-level tasks, script evaluation, time stamps, thread names. */
const CATEGORIES = ['toplevel', 'devtools.timeline', '__metadata'];

export async function startTrace(cdp: CDPSession, categories: readonly string[] = CATEGORIES): Promise<void> {
  await cdp.send('Tracing.start', {
    traceConfig: { includedCategories: [...categories], excludedCategories: ['*'] },
    transferMode: 'ReturnAsStream',
  });
}

export async function stopTrace(cdp: CDPSession): Promise<TraceEvent[]> {
  const done = new Promise<string>((resolve) => cdp.once('Tracing.tracingComplete', (e) => resolve(e.stream as string)));
  await cdp.send('Tracing.end');
  const stream = await done;
  let text = '';
  for (;;) {
    const chunk = await cdp.send('IO.read', { handle: stream, size: 1 << 20 });
    text += chunk.base64Encoded ? Buffer.from(chunk.data, 'base64').toString('utf8') : chunk.data;
    if (chunk.eof) break;
  }
  await cdp.send('IO.close', { handle: stream });
  const parsed = JSON.parse(text) as { traceEvents?: TraceEvent[] } | TraceEvent[];
  return Array.isArray(parsed) ? parsed : (parsed.traceEvents ?? []);
}

export interface Timeline {
  /** All complete events ('X') of the page's renderer main thread, in order. */
  main: TraceEvent[];
  /** Top-level tasks of that thread (RunTask, and microtask checkpoints run outside one), µs timestamps; `tdur` its thread time. */
  tasks: { ts: number; dur: number; tdur: number }[];
  /** console.timeStamp marks by message (first occurrence), µs. */
  stamps: Map<string, number>;
  /** Start of the evaluation of a script whose URL ends with the given suffix. */
  scriptStart(suffix: string): number | undefined;
}

/**
 * The renderer main thread that ran the page: the CrRendererMain thread
 * holding the given time stamp (there may be several renderers: extension
 * pages, the service worker's process).
 */
export function timeline(events: TraceEvent[], anchorStamp: string): Timeline {
  const stampEvents = events.filter((e) => e.name === 'TimeStamp');
  const stampOf = (e: TraceEvent) => String(e.args?.data?.message ?? e.args?.data?.name ?? '');
  const anchor = stampEvents.find((e) => stampOf(e) === anchorStamp);
  if (!anchor) throw new Error(`trace: no time stamp "${anchorStamp}" (${stampEvents.length} stamps)`);
  const { pid, tid } = anchor;
  const main = events.filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X').sort((a, b) => a.ts - b.ts);
  // A microtask checkpoint can run outside any task (Chromium 156: right after the task that received
  // an extension API's reply, where the content scripts' `await` continuations run): count it as one.
  const tasks = main.filter((e) => e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask' || e.name === 'BlinkScheduler_PerformMicrotaskCheckpoint').map((e) => ({ ts: e.ts, dur: e.dur ?? 0, tdur: e.tdur ?? e.dur ?? 0 }));
  const stamps = new Map<string, number>();
  for (const e of stampEvents) if (e.pid === pid && !stamps.has(stampOf(e))) stamps.set(stampOf(e), e.ts);
  return {
    main,
    tasks: dedupeNested(tasks),
    stamps,
    scriptStart(suffix) {
      const ev = main.find((e) => e.name === 'EvaluateScript' && String(e.args?.data?.url ?? '').endsWith(suffix));
      return ev?.ts;
    },
  };
}

/** Task events can nest (a task inside a task's run loop); keep the outer ones. */
function dedupeNested<T extends { ts: number; dur: number }>(tasks: T[]): T[] {
  const out: T[] = [];
  let end = -Infinity;
  for (const t of tasks) {
    if (t.ts < end) continue;
    out.push(t);
    end = t.ts + t.dur;
  }
  return out;
}

/** Longest task and the busy time between two instants (µs in, ms out); tasks straddling an edge count whole. */
export function window(tl: Timeline, from: number, to: number): { longest: number; busy: number; tasks: number } {
  let longest = 0;
  let busy = 0;
  let tasks = 0;
  for (const t of tl.tasks) {
    if (t.ts + t.dur < from || t.ts > to) continue;
    longest = Math.max(longest, t.dur);
    busy += t.dur;
    tasks++;
  }
  return { longest: longest / 1000, busy: busy / 1000, tasks };
}

/** Script events: evaluation, calls, microtasks, timers, posted tasks, animation frames, and the collections they cause. */
const SCRIPT = /^(EvaluateScript|FunctionCall|RunMicrotasks|TimerFire|RunPostTaskCallback|FireAnimationFrame|v8\.compile|MinorGC|MajorGC)$/;

/**
 * The most script thread time in one task between two instants (ms): a microtask checkpoint run as a task
 * counts whole, any other task its script events (outermost). The page's own style, layout and paint are left
 * out: the 1 MB page's own frames (its first layout alone 90–300 ms of thread time under load, ADR 0390) fall
 * in the window of the longest-task row, with or without the extension.
 */
export function longestScript(tl: Timeline, from: number, to: number): number {
  let longest = 0;
  let i = 0;
  for (const t of tl.tasks) {
    if (t.ts + t.dur < from || t.ts > to) continue;
    while (i < tl.main.length && tl.main[i]!.ts < t.ts) i++;
    let ms = 0;
    let end = -Infinity;
    for (let k = i; k < tl.main.length && tl.main[k]!.ts < t.ts + t.dur; k++) {
      const e = tl.main[k]!;
      if (e.ts === t.ts && e.dur === t.dur && e.name === 'BlinkScheduler_PerformMicrotaskCheckpoint') {
        ms = t.tdur / 1000;
        break;
      }
      if (!SCRIPT.test(e.name) || e.ts < end) continue;
      end = e.ts + (e.dur ?? 0);
      ms += (e.tdur ?? e.dur ?? 0) / 1000;
    }
    longest = Math.max(longest, ms);
  }
  return longest;
}

/**
 * One traced load of a bench page in a browser with the extension: the probe installed, the page
 * opened, and the trace stopped once the page's first highlights are painted (the digging tools'
 * shared step).
 */
export async function tracePaintedLoad(context: BrowserContext, url: string, probe: string, categories: readonly string[] = CATEGORIES): Promise<TraceEvent[]> {
  const page = await context.newPage();
  await page.addInitScript({ content: probe });
  const cdp = await page.context().newCDPSession(page);
  await startTrace(cdp, categories);
  await page.goto(url);
  await page.evaluate(`new Promise((resolve) => { const check = () => (window.__bench.painted > 0 ? resolve() : setTimeout(check, 50)); check(); })`);
  const events = await stopTrace(cdp);
  await page.close();
  return events;
}
