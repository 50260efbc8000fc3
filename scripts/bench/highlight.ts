/**
 * Cases 2, 2b and 5 (heap): Crosscheck's content script in real Chromium
 * against mark.js in both modes, a reference (one RegExp + Highlight API
 * StaticRanges, no engine) and the floor (a TreeWalker that only reads every
 * text node), then the cost of later page edits, then the heap.
 */
import { alternate, median, ratios, row, type Row } from './report';
import { heapAfterGc, plainPage, runCrosscheck, runInPage, type Browsers, type ContenderRun, type CrosscheckRun } from './chromium';
import type { BenchPage } from './inputs';

export interface HighlightOptions {
  runs: number;
  /** Run mark() with the alias list on the 1 MB page (~17 s, once). */
  markOnMb: boolean;
  /** Only these pages (all when unset). */
  pages?: readonly string[];
  /** Crosscheck (and the baseline build) against the floor alone: no reference, no mark.js (`--floor-only`). */
  floorOnly?: boolean;
  log: (line: string) => void;
}

/** One RegExp for every alias: longest first, whole words, the aliases' own capitalisation. */
export function aliasPattern(aliases: readonly string[]): string {
  const esc = [...new Set(aliases)].sort((a, b) => b.length - a.length).map((a) => a.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return `(?<![A-Za-z0-9\\u00C0-\\u024F])(?:${esc.join('|')})(?![A-Za-z0-9\\u00C0-\\u024F])`;
}

type Name = 'crosscheck' | 'baseline' | 'treewalker' | 'regexHighlight' | 'markRegExp' | 'markAliases';

interface Sample {
  /** Crosscheck: time to its first screen of actor highlights; a contender: its whole run. */
  first: number;
  busyToFirst?: number;
  /** Time to the actor highlights: Crosscheck's actor layers, or a contender's whole run. */
  actors: number;
  /** Crosscheck: main-thread busy time until its actor highlights. */
  busyToActors?: number;
  ready: number;
  /** Crosscheck: main-thread busy until every layer is registered. */
  busyToReady?: number;
  painted: number;
  longest: number;
  /** Crosscheck's: the most script thread time in one task (ms). */
  longestScript?: number;
  busy: number;
  count: number;
  /** Crosscheck: ranges registered when ready (big pages: near the viewport only). */
  registered?: number;
  /** Crosscheck: its start, moment by moment (ms after the script's start). */
  phases?: Record<string, number>;
  top: string[];
}

const fromCrosscheck = (r: CrosscheckRun): Sample => ({ first: r.firstScreen, busyToFirst: r.busyToFirstScreen, actors: r.actors, busyToActors: r.busyToActors, ready: r.ready, busyToReady: r.busyToReady, painted: r.painted, longest: r.longest, longestScript: r.longestScript, busy: r.busy, count: r.counts.mentions, registered: r.counts.actors + r.counts.claims, phases: r.phases, top: r.top });
const fromContender = (r: ContenderRun): Sample => ({ first: r.work, actors: r.work, ready: r.work, painted: r.painted, longest: r.longest, busy: r.busy, count: r.count, top: r.top });

export async function highlightCase(b: Browsers, pages: Record<BenchPage['name'], BenchPage>, aliases: readonly string[], opt: HighlightOptions): Promise<{ rows: Row[]; notes: string[] }> {
  const rows: Row[] = [];
  const notes: string[] = [];
  const pattern = aliasPattern(aliases);

  async function runOne(page: BenchPage['name'], name: Name): Promise<Sample> {
    if (name === 'crosscheck') return fromCrosscheck(await runCrosscheck(b, `/${page}.html`));
    if (name === 'baseline') return fromCrosscheck(await runCrosscheck(b, `/${page}.html`, undefined, b.baseline));
    const p = await plainPage(b, `/${page}.html`, name.startsWith('mark'));
    try {
      const arg = name === 'markAliases' ? aliases : name === 'treewalker' ? undefined : pattern;
      const r = fromContender(await runInPage(p, name, arg));
      if (name === 'markAliases') r.count = await p.evaluate(() => (window as unknown as { __contenders: { outerMarks(): number } }).__contenders.outerMarks());
      return r;
    } finally {
      await p.close();
    }
  }

  const LABEL: Record<Name, string> = {
    crosscheck: 'Crosscheck',
    baseline: 'Crosscheck, baseline build',
    treewalker: 'floor: TreeWalker reading every text node',
    regexHighlight: 'reference: TreeWalker + one RegExp + Highlight API',
    markRegExp: 'mark.js markRegExp(one pattern)',
    markAliases: 'mark.js mark(alias list)',
  };

  async function compare(pageName: BenchPage['name'], names: Name[], runs: number, warmup: number) {
    if (opt.pages && !opt.pages.includes(pageName)) return null;
    const page = pages[pageName];
    const c = `2 highlight, ${pageName}`;
    opt.log(`  ${pageName} page (${(page.text.length / 1e6).toFixed(2)} MB text, ${page.paragraphs.length} paragraphs): ${names.join(', ')} × ${runs}`);
    // with --baseline, the other build runs in the same rounds, right after Crosscheck
    if (b.baseline && names.includes('crosscheck')) names = [names[0]!, 'baseline', ...names.slice(1)];
    if (opt.floorOnly) names = names.filter((n) => n === 'crosscheck' || n === 'baseline' || n === 'treewalker');
    const res = await alternate(names, (n) => runOne(pageName, n), { runs, warmup });
    for (const n of names) {
      const s = res[n];
      if (n === 'crosscheck' || n === 'baseline') {
        const who = LABEL[n];
        const target = (t: Record<string, number>) => (n === 'crosscheck' && t[pageName] !== undefined ? { target: { op: '<' as const, value: t[pageName]! } } : {});
        rows.push(row(c, `${who}: script start → first screen of actor highlights registered`, 'ms', s.map((x) => x.first)));
        rows.push(row(c, `${who}: main-thread busy until the first screen`, 'ms', s.map((x) => x.busyToFirst ?? NaN)));
        rows.push(row(c, `${who}: script start → actor highlights near the viewport, whole page matched`, 'ms', s.map((x) => x.actors)));
        rows.push(row(c, `${who}: main-thread busy until the whole page's actors`, 'ms', s.map((x) => x.busyToActors ?? NaN)));
        rows.push(row(c, `${who}: script start → all layers (actors, claims, notes) registered`, 'ms', s.map((x) => x.ready), target({ long: 250, mb: 800 })));
        rows.push(row(c, `${who}: main-thread busy until all layers registered`, 'ms', s.map((x) => x.busyToReady ?? NaN), target({ long: 60 })));
      } else {
        rows.push(row(c, `${LABEL[n]}: time to highlights`, 'ms', s.map((x) => x.ready)));
      }
      rows.push(row(c, `${LABEL[n]}: time to next painted frame`, 'ms', s.map((x) => x.painted)));
      const ours = n === 'crosscheck' || n === 'baseline';
      rows.push(row(c, `${LABEL[n]}: longest main-thread task`, 'ms', s.map((x) => x.longest), n === 'crosscheck' && pageName === 'mb' ? { target: { op: '<', value: 30 } } : {}));
      if (ours) rows.push(row(c, `${LABEL[n]}: longest task's script, thread time (the page's own frames left out)`, 'ms', s.map((x) => x.longestScript ?? NaN)));
      rows.push(row(c, `${LABEL[n]}: main-thread busy`, 'ms', s.map((x) => x.busy)));
      rows.push(row(c, `${LABEL[n]}: ${ours ? 'actor mentions found' : 'matches'}`, 'count', s.map((x) => x.count)));
      if (ours) rows.push(row(c, `${LABEL[n]}: ranges registered at ready (actors + claims)`, 'count', s.map((x) => x.registered ?? NaN)));
      if (ours) {
        const order = ['bootstrap', 'injected', 'evaluated', 'matcher-start', 'matcher', 'settings', 'activated', 'first-screen', 'claims', 'actors'];
        const at = order.map((k) => `${k} ${median(s.map((x) => x.phases?.[k] ?? NaN).filter(Number.isFinite)).toFixed(0)}`);
        notes.push(`${pageName}, ${n}: its start, medians in ms after the bootstrap's start (bootstrap = asked for the full script; injected = content.js starts; evaluated = length of its evaluation task; claims = the worker's analysis answered): ${at.join(' → ')}`);
      }
      const worst = [...s].sort((a, z) => z.longest - a.longest)[0];
      if (worst) notes.push(`${pageName}, ${n}: longest tasks of its slowest run: ${worst.top.join('; ')}`);
    }
    // Against the others, twice: what the reader sees first (the top of the
    // article highlighted), and the whole page matched with the highlights
    // near the viewport registered. The contenders do all of it in one call.
    const target = (op: '<' | '>', value: number) => (pageName === 'mb' ? { target: { op, value } } : {});
    for (const [what, pick, targeted] of [
      ['first screen', (x: Sample) => x.first, true],
      ['whole page', (x: Sample) => x.actors, false],
    ] as const) {
      const cc = res.crosscheck?.map(pick);
      if (!cc) continue;
      const t = (op: '<' | '>', value: number) => (targeted ? target(op, value) : {});
      if (res.treewalker) rows.push(row(c, `ratio Crosscheck (${what}) / floor`, '×', ratios(cc, res.treewalker.map((x) => x.ready)), t('<', 2.5)));
      if (res.treewalker && res.baseline) rows.push(row(c, `ratio baseline build (${what}) / floor`, '×', ratios(res.baseline.map(pick), res.treewalker.map((x) => x.ready))));
      if (res.regexHighlight) rows.push(row(c, `ratio Crosscheck (${what}) / reference (RegExp + Highlight API)`, '×', ratios(cc, res.regexHighlight.map((x) => x.ready))));
      if (res.markRegExp) rows.push(row(c, `ratio markRegExp / Crosscheck (${what}) (speed-up)`, '×', ratios(res.markRegExp.map((x) => x.ready), cc), t('>', 10)));
      if (res.markAliases) rows.push(row(c, `ratio mark() / Crosscheck (${what}) (speed-up)`, '×', ratios(res.markAliases.map((x) => x.ready), cc)));
    }
    // The cost to the page rather than the wall clock: main-thread time, and the longest task.
    const ccBusy = res.crosscheck?.map((x) => x.busyToActors ?? NaN);
    if (ccBusy && res.markRegExp) rows.push(row(c, 'ratio markRegExp busy (to painted) / Crosscheck busy (to actor highlights)', '×', ratios(res.markRegExp.map((x) => x.busy), ccBusy)));
    if (res.crosscheck && res.markRegExp) rows.push(row(c, 'ratio markRegExp longest task / Crosscheck longest task', '×', ratios(res.markRegExp.map((x) => x.longest), res.crosscheck.map((x) => x.longest))));
    if (ccBusy && res.markAliases) rows.push(row(c, 'ratio mark() busy (to painted) / Crosscheck busy (to actor highlights)', '×', ratios(res.markAliases.map((x) => x.busy), ccBusy)));
    return res;
  }

  opt.log('case 2: highlighting in Chromium');
  const mb = await compare('mb', ['crosscheck', 'treewalker', 'regexHighlight', 'markRegExp'], opt.runs, 1);
  if (opt.markOnMb && !opt.floorOnly && mb) {
    opt.log('  mark() with the alias list on the 1 MB page, once (~20 s)');
    const once = await runOne('mb', 'markAliases');
    const c = '2 highlight, mb';
    rows.push(row(c, `${LABEL.markAliases}: time to highlights (1 run)`, 'ms', [once.ready]));
    rows.push(row(c, `${LABEL.markAliases}: matches`, 'count', [once.count]));
    for (const [what, pick, targeted] of [
      ['first screen', (x: Sample) => x.first, true],
      ['whole page', (x: Sample) => x.actors, false],
    ] as const) {
      const cc = median(mb.crosscheck.map(pick));
      rows.push(row(c, `ratio mark() / Crosscheck (${what}) median (speed-up)`, '×', [once.ready / cc], targeted ? { target: { op: '>', value: 500 } } : {}));
    }
    rows.push(row(c, 'ratio mark() busy / Crosscheck median busy to actor highlights', '×', [once.busy / median(mb.crosscheck.map((x) => x.busyToActors ?? NaN))]));
  }
  await compare('long', ['crosscheck', 'treewalker', 'regexHighlight', 'markRegExp', 'markAliases'], Math.max(3, opt.runs - 2), 1);
  await compare('mentions', ['crosscheck', 'treewalker', 'regexHighlight', 'markRegExp'], Math.max(3, opt.runs - 2), 1);
  // One 1 MB text node (issue 17): ranges windowed within the node; its longest task is the figure to watch.
  await compare('node', ['crosscheck', 'treewalker'], Math.max(3, opt.runs - 2), 1);
  return { rows, notes };
}

/** Case 2b: the fixed edit workload on the 1 MB page, with Crosscheck's highlights registered vs a page without them. */
export async function editsCase(b: Browsers, opt: HighlightOptions): Promise<Row[]> {
  opt.log('case 2b: page edits with and without Crosscheck');
  const c = '2b page edits, mb';
  const res = await alternate(
    b.baseline ? (['crosscheck', 'baseline', 'none'] as const) : (['crosscheck', 'none'] as const),
    async (name) => {
      if (name === 'crosscheck' || name === 'baseline') {
        let r: ContenderRun | undefined;
        await runCrosscheck(
          b,
          '/mb.html',
          async (page) => {
            await page.addScriptTag({ content: (await import('./chromium')).CONTENDERS });
            r = await runInPage(page, 'edits');
          },
          name === 'baseline' ? b.baseline : b.ext,
        );
        return r!;
      }
      const page = await plainPage(b, '/mb.html', false);
      try {
        return await runInPage(page, 'edits');
      } finally {
        await page.close();
      }
    },
    { runs: opt.runs, warmup: 1 },
  );
  const baseline = 'baseline' in res ? res.baseline : undefined;
  return [
    ...(baseline
      ? [
          row(c, 'edit workload, baseline build highlights registered', 'ms', baseline.map((r) => r.work)),
          row(c, 'ratio baseline build with / without', '×', ratios(baseline.map((r) => r.work), res.none.map((r) => r.work))),
        ]
      : []),
    row(c, 'edit workload, Crosscheck highlights registered', 'ms', res.crosscheck.map((r) => r.work)),
    row(c, 'edit workload, no extension', 'ms', res.none.map((r) => r.work)),
    row(c, 'ratio with / without', '×', ratios(res.crosscheck.map((r) => r.work), res.none.map((r) => r.work)), { target: { op: '<', value: 1.1 } }),
    // the same workload's thread time: what Crosscheck adds to each edit, without the waits for a core (ADR 0185)
    ...(baseline ? [row(c, 'edit workload thread time, baseline build', 'ms', baseline.map((r) => r.workCpu))] : []),
    row(c, 'edit workload thread time, Crosscheck highlights registered', 'ms', res.crosscheck.map((r) => r.workCpu)),
    row(c, 'edit workload thread time, no extension', 'ms', res.none.map((r) => r.workCpu)),
    row(c, 'ratio of thread times with / without', '×', ratios(res.crosscheck.map((r) => r.workCpu), res.none.map((r) => r.workCpu))),
    row(c, 'edits → next painted frame, with Crosscheck', 'ms', res.crosscheck.map((r) => r.painted)),
    row(c, 'edits → next painted frame, no extension', 'ms', res.none.map((r) => r.painted)),
  ];
}

/** Case 5 (heap): the page's JS heap after a full GC, with Crosscheck (ready) and without the extension. */
export async function heapCase(b: Browsers, opt: HighlightOptions): Promise<Row[]> {
  opt.log('case 5: JS heap on the 1 MB page');
  const res = await alternate(
    ['crosscheck', 'none'] as const,
    async (name) => {
      if (name === 'crosscheck') {
        let mb = 0;
        await runCrosscheck(b, '/mb.html', async (page) => {
          mb = await heapAfterGc(page);
        });
        return mb;
      }
      const page = await plainPage(b, '/mb.html', false);
      try {
        return await heapAfterGc(page);
      } finally {
        await page.close();
      }
    },
    { runs: Math.max(2, opt.runs - 2), warmup: 0 },
  );
  const c = '5 memory, mb';
  return [
    row(c, 'renderer JS heap after GC, with Crosscheck', 'MB', res.crosscheck),
    row(c, 'renderer JS heap after GC, no extension', 'MB', res.none),
    row(c, "Crosscheck's share (difference)", 'MB', res.crosscheck.map((x, i) => x - res.none[i]!), { target: { op: '<', value: 30 } }),
  ];
}
