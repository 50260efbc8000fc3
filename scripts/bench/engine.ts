/**
 * Case 1: the engine in Node. The full analysis of the long article, the
 * alias matcher alone, and the floor they are held against: one plain pass
 * reading every character code of the same string. Also one big RegExp
 * alternation over the aliases, the alternative ADR 0020 weighed.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildMatcherTables } from '../../src/actors/matcher';
import { createEngine } from '../../src/engine';
import { pack } from '../../src/engine/packed';
import type { Dataset } from '../../src/dataset/schema';
import { alternate, ratios, row, type Row } from './report';
import type { BenchPage } from './inputs';

/** The floor: one pass that reads every char code (the sum keeps it from being optimised away). */
export function plainPass(s: string): number {
  let h = 0;
  for (let i = 0; i < s.length; i++) h = (h + s.charCodeAt(i)) | 0;
  return h;
}

/** Times `fn` by repeating it until at least `minMs` passed; returns ms per call (small inputs are too quick to time once). */
export function perCall(fn: () => unknown, minMs = 5): number {
  let n = 0;
  const t0 = performance.now();
  let t = t0;
  do {
    fn();
    n++;
    t = performance.now();
  } while (t - t0 < minMs);
  return (t - t0) / n;
}

function regexMatcher(aliases: readonly string[]): (s: string) => number {
  const esc = [...new Set(aliases)].sort((a, b) => b.length - a.length).map((x) => x.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/[\s-]+/g, '[\\s\\-–]+'));
  const re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${esc.join('|')})(?![\\p{L}\\p{N}])`, 'giu');
  return (s) => {
    let n = 0;
    re.lastIndex = 0;
    while (re.exec(s) !== null) n++;
    return n;
  };
}

/**
 * The alias matcher's cold start, each way in a fresh Node process (one V8 per
 * run, as each page has its own isolated world), alternating: what a page
 * paid to compile it, and what it pays to read the build's tables.
 */
async function coldMatcher(dataset: Dataset, runs: number): Promise<{ compile: number[]; packed: number[] }> {
  const dir = mkdtempSync(join(tmpdir(), 'crosscheck-matcher-'));
  try {
    const tables = join(dir, 'tables.json');
    writeFileSync(tables, pack(buildMatcherTables(dataset.actors)));
    const script = new URL('./matcher-cold.ts', import.meta.url).pathname;
    const once = (way: 'compile' | 'packed') => (JSON.parse(execFileSync(process.execPath, ['--import', 'tsx', script, way, tables], { encoding: 'utf8' })) as { ms: number }).ms;
    return await alternate(['compile', 'packed'] as const, async (way) => once(way), { runs, warmup: 1 });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function engineCase(dataset: Dataset, pages: Record<BenchPage['name'], BenchPage>, aliases: readonly string[], runs: number): Promise<{ rows: Row[]; notes: string[] }> {
  const cold = await coldMatcher(dataset, Math.min(runs, 9));
  const t0 = performance.now();
  const engine = createEngine(dataset);
  const compileMs = performance.now() - t0;
  const long = pages.long;
  const mb = pages.mb.text;
  const paragraphs = spans(long.text);
  const regex = regexMatcher(aliases);
  const c = '1 engine (Node)';

  const names = ['floor', 'analyze', 'matcher', 'floorMb', 'matcherMb', 'regexMb'] as const;
  const r = await alternate(
    names,
    async (name) => {
      switch (name) {
        case 'floor':
          return perCall(() => plainPass(long.text));
        case 'analyze':
          return perCall(() => engine.analyzeText(long.text, { paragraphs }), 1);
        case 'matcher':
          return perCall(() => engine.matcher.find(long.text));
        case 'floorMb':
          return perCall(() => plainPass(mb));
        case 'matcherMb':
          return perCall(() => engine.matcher.find(mb), 1);
        case 'regexMb':
          return perCall(() => regex(mb), 1);
      }
    },
    { runs, warmup: 3 },
  );
  return build();

  function build(): { rows: Row[]; notes: string[] } {
    const mbps = (chars: number, ms: number) => chars / 1e6 / (ms / 1000);
    const analysis = engine.analyzeText(long.text, { paragraphs });
    const rows = [
      row(c, `analyzeText, long article (${long.words.toLocaleString('en')} words, ${(long.text.length / 1000).toFixed(0)} k chars)`, 'ms', r.analyze, { target: { op: '<', value: 30 } }),
      row(c, 'analyzeText throughput', 'MB/s', r.analyze.map((ms) => mbps(long.text.length, ms))),
      row(c, 'floor: one plain pass over the same string', 'ms', r.floor),
      row(c, 'ratio analyzeText / floor', '×', ratios(r.analyze, r.floor)),
      row(c, 'alias matcher alone, long article', 'ms', r.matcher),
      row(c, 'ratio matcher / floor, long article', '×', ratios(r.matcher, r.floor), { target: { op: '<', value: 3 } }),
      row(c, 'alias matcher alone, 1 MB text', 'MB/s', r.matcherMb.map((ms) => mbps(mb.length, ms))),
      row(c, 'floor, 1 MB text', 'MB/s', r.floorMb.map((ms) => mbps(mb.length, ms))),
      row(c, 'ratio matcher / floor, 1 MB text', '×', ratios(r.matcherMb, r.floorMb), { target: { op: '<', value: 3 } }),
      row(c, 'reference: one RegExp alternation (giu), 1 MB text', 'MB/s', r.regexMb.map((ms) => mbps(mb.length, ms))),
      row(c, 'createEngine (compile matcher + claim index), once', 'ms', [compileMs]),
      row(c, 'alias matcher, cold process: compiled from the dataset (pages before ADR 0100)', 'ms', cold.compile),
      row(c, "alias matcher, cold process: read from the build's packed tables (content-matcher.js)", 'ms', cold.packed),
      row(c, 'ratio compiled / read from tables, same round', '×', ratios(cold.compile, cold.packed)),
    ];
    const notes = [
      `long article: ${analysis.sentences.length} sentences, ${analysis.actors.reduce((n, a) => n + a.mentions.length, 0)} actor mentions, ${analysis.claims.length} claim sentences, ${analysis.claims.reduce((n, x) => n + x.matches.length, 0)} matches`,
    ];
    return { rows, notes };
  }
}

/** Paragraph spans of a text whose paragraphs are separated by blank lines. */
export function spans(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let at = 0;
  for (;;) {
    const next = text.indexOf('\n\n', at);
    out.push({ start: at, end: next < 0 ? text.length : next });
    if (next < 0) return out;
    at = next + 2;
  }
}
