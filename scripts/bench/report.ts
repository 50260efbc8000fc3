/**
 * Figures, how they are collected (warm-up, alternating contenders, ratios
 * per round) and how they are printed: a console table, JSON, and the
 * Markdown table in docs/benchmarks.md.
 */

export type Unit = 'ms' | 'MB/s' | '×' | 'KB' | 'MB' | 'count';

export interface Target {
  /** The figure must be below (`<`) or above (`>`) the value. */
  op: '<' | '>';
  value: number;
}

export interface Row {
  case: string;
  name: string;
  unit: Unit;
  samples: number[];
  median: number;
  min: number;
  max: number;
  target?: Target;
  pass?: boolean;
  note?: string;
}

export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  if (s.length === 0) return NaN;
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

export function row(caseName: string, name: string, unit: Unit, samples: readonly number[], extra: { target?: Target; note?: string } = {}): Row {
  const clean = samples.filter((x) => Number.isFinite(x));
  const m = median(clean);
  const r: Row = { case: caseName, name, unit, samples: clean.map(round), median: round(m), min: round(Math.min(...clean)), max: round(Math.max(...clean)) };
  if (extra.target) {
    r.target = extra.target;
    r.pass = extra.target.op === '<' ? m < extra.target.value : m > extra.target.value;
  }
  if (extra.note) r.note = extra.note;
  return r;
}

function round(x: number): number {
  if (!Number.isFinite(x)) return x;
  const a = Math.abs(x);
  return a >= 100 ? Math.round(x * 10) / 10 : a >= 1 ? Math.round(x * 100) / 100 : Math.round(x * 1000) / 1000;
}

/**
 * Runs contenders in alternation: `warmup` discarded rounds, then `runs`
 * rounds, each contender once per round, the order rotating every round so
 * no contender always runs first (or right after the same neighbour).
 */
export async function alternate<K extends string, T>(
  names: readonly K[],
  run: (name: K, round: number) => Promise<T>,
  { runs, warmup = 1 }: { runs: number; warmup?: number },
): Promise<Record<K, T[]>> {
  const out = Object.fromEntries(names.map((n) => [n, [] as T[]])) as Record<K, T[]>;
  for (let round = -warmup; round < runs; round++) {
    const shift = ((round % names.length) + names.length) % names.length;
    const order = [...names.slice(shift), ...names.slice(0, shift)];
    for (const name of order) {
      const result = await run(name, round);
      if (round >= 0) out[name].push(result);
    }
  }
  return out;
}

/** Per-round ratios a/b of two alternated series. */
export function ratios(a: readonly number[], b: readonly number[]): number[] {
  return a.map((x, i) => x / b[i]!);
}

export function formatValue(x: number, unit: Unit): string {
  if (!Number.isFinite(x)) return 'n/a';
  const digits = Math.abs(x) >= 100 ? 0 : Math.abs(x) >= 10 ? 1 : 2;
  const v = x.toLocaleString('en', { maximumFractionDigits: digits, minimumFractionDigits: unit === 'count' ? 0 : Math.min(digits, 1) });
  return unit === 'count' ? v : unit === '×' ? `${v}×` : `${v} ${unit}`;
}

function formatTarget(r: Row): string {
  if (!r.target) return '';
  return `${r.target.op} ${formatValue(r.target.value, r.unit)}`;
}

function cells(r: Row): string[] {
  const range = r.samples.length > 1 ? `${formatValue(r.min, r.unit)} – ${formatValue(r.max, r.unit)}` : '';
  const status = r.pass === undefined ? '' : r.pass ? 'ok' : 'MISSED';
  return [r.case, r.name, formatValue(r.median, r.unit), range, String(r.samples.length), formatTarget(r), status];
}

const HEADER = ['case', 'measure', 'median', 'min – max', 'n', 'target', ''];

export function consoleTable(rows: readonly Row[]): string {
  const table = [HEADER, ...rows.map(cells)];
  const widths = HEADER.map((_, i) => Math.max(...table.map((r) => r[i]!.length)));
  const right = new Set([2, 3, 4]);
  return table
    .map((r, k) => {
      const line = r.map((c, i) => (right.has(i) ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join('  ');
      return k === 0 ? `${line}\n${widths.map((w) => '-'.repeat(w)).join('  ')}` : line;
    })
    .join('\n');
}

export function markdownTable(rows: readonly Row[]): string {
  const esc = (s: string) => s.replace(/\|/g, '\\|');
  const lines = [`| ${HEADER.join(' | ')} |`, `|${HEADER.map((_, i) => ([2, 3, 4].includes(i) ? '---:' : '---')).join('|')}|`];
  for (const r of rows) lines.push(`| ${cells(r).map(esc).join(' | ')} |`);
  return lines.join('\n');
}
