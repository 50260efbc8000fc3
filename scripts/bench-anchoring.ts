/**
 * Re-anchoring benchmark: 1,000 notes on a 10,000-word article, anchored
 * with anchorMany (and with a plain anchor() loop for comparison) after
 * (a) no change, (b) inserted paragraphs that shift everything (exact path),
 * (c) a typo fixed inside every quote plus shifting inserts (fuzzy path).
 *
 *   npx tsx scripts/bench-anchoring.ts [--runs 5] [--orphans]
 *
 * --orphans also times each note orphaned in scenario (b) on its own.
 */
import { anchor, anchorMany, describe, type Anchor, type Selectors } from '../src/anchoring/index';

/** Small deterministic PRNG (mulberry32) so every run measures the same text. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const random = prng(20260101);
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
const between = (lo: number, hi: number): number => lo + Math.floor(random() * (hi - lo + 1));

// A vocabulary with news-like frequencies: common function words and a long tail of content words.
const FUNCTION_WORDS = 'the a of to and in that said was for on with as by at from is it he she they would has have not but'.split(' ');
const SYLLABLES = 'ka ro mi te sul par ven dor li ga bre to sen ar mon el qui rat fo nes'.split(' ');
const CONTENT_WORDS = Array.from({ length: 2000 }, () => Array.from({ length: between(1, 4) }, () => pick(SYLLABLES)).join(''));

function sentence(): string {
  const words = Array.from({ length: between(8, 25) }, () => (random() < 0.45 ? pick(FUNCTION_WORDS) : pick(CONTENT_WORDS)));
  const s = words.join(' ');
  return `${s[0]!.toUpperCase()}${s.slice(1)}.`;
}

function article(wordCount: number): string {
  const parts: string[] = [];
  let words = 0;
  while (words < wordCount) {
    const s = sentence();
    words += s.split(' ').length;
    parts.push(s);
  }
  return parts.join(' ');
}

interface Range {
  start: number;
  end: number;
}

interface Edit {
  at: number;
  removed: number;
  inserted: string;
}

function mapRange(r: Range, e: Edit): Range {
  const end = e.at + e.removed;
  const delta = e.inserted.length - e.removed;
  const start = r.start < e.at ? r.start : r.start > end ? r.start + delta : e.at;
  const stop = r.end < e.at ? r.end : r.end > end ? r.end + delta : e.at + e.inserted.length;
  return { start, end: Math.max(start, stop) };
}

/** Apply edits (any order) and map every range through them. */
function applyEdits(text: string, ranges: Range[], edits: Edit[]): { text: string; ranges: Range[] } {
  // Apply from the end so each edit's offset refers to the original text.
  const sorted = [...edits].sort((a, b) => b.at - a.at);
  let t = text;
  let mapped = ranges;
  for (const e of sorted) {
    t = t.slice(0, e.at) + e.inserted + t.slice(e.at + e.removed);
    mapped = mapped.map((r) => mapRange(r, e));
  }
  return { text: t, ranges: mapped };
}

const TEXT = article(10_000);
const NOTES = 1_000;
const ranges: Range[] = Array.from({ length: NOTES }, () => {
  const roll = random();
  const length = roll < 0.3 ? between(5, 19) : roll < 0.8 ? between(20, 80) : between(81, 300);
  const start = between(0, TEXT.length - length);
  return { start, end: start + length };
});
const selectors: Selectors[] = ranges.map((r) => describe(TEXT, r.start, r.end));

const paragraphs = (count: number): Edit[] =>
  Array.from({ length: count }, () => ({ at: between(0, TEXT.length), removed: 0, inserted: `${sentence()} ${sentence()} ` }));

const shifted = applyEdits(TEXT, ranges, [{ at: 0, removed: 0, inserted: 'UPDATED 10:42 GMT. ' }, ...paragraphs(10)]);
const typoEdits: Edit[] = ranges.map((r) => {
  const at = between(r.start + 1, r.end - 2);
  return { at, removed: 1, inserted: pick(['x', 'ee', '', 'q']) };
});
// Overlapping notes would receive edits at the same place: keep edits at least 2 characters apart.
const uniqueTypos: Edit[] = [];
for (const e of [...typoEdits].sort((a, b) => a.at - b.at)) if (!uniqueTypos.length || e.at > uniqueTypos.at(-1)!.at + 1) uniqueTypos.push(e);
const fuzzy = applyEdits(TEXT, ranges, [{ at: 0, removed: 0, inserted: 'UPDATED 10:42 GMT. ' }, ...paragraphs(10), ...uniqueTypos]);

function summary(text: string, expected: Range[], results: (Anchor | null)[]) {
  const methods: Record<string, number> = { position: 0, exact: 0, fuzzy: 0, orphaned: 0 };
  let wrong = 0;
  results.forEach((a, i) => {
    methods[a ? a.method : 'orphaned']!++;
    const r = expected[i]!;
    if (a && !(a.start <= r.end && r.start <= a.end)) wrong++;
  });
  return { chars: text.length, ...methods, wrong };
}

function time(label: string, fn: () => (Anchor | null)[], text: string, expected: Range[], runs: number) {
  fn(); // warm-up (JIT)
  const times: number[] = [];
  let results: (Anchor | null)[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    results = fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)]!;
  console.log(`${label.padEnd(44)} median ${median.toFixed(1).padStart(7)} ms  (min ${times[0]!.toFixed(1)}, max ${times.at(-1)!.toFixed(1)})`, JSON.stringify(summary(text, expected, results)));
}

const runsArg = process.argv.indexOf('--runs');
const runs = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 5;
const words = TEXT.split(/\s+/).length;
console.log(`article: ${words} words, ${TEXT.length} chars; ${NOTES} notes (lengths 5-300); ${uniqueTypos.length} typo edits; ${runs} runs`);

time('unchanged, anchorMany', () => anchorMany(TEXT, selectors), TEXT, ranges, runs);
time('shifted (exact path), anchorMany', () => anchorMany(shifted.text, selectors), shifted.text, shifted.ranges, runs);
time('shifted (exact path), anchor() loop', () => selectors.map((s) => anchor(shifted.text, s)), shifted.text, shifted.ranges, runs);
time('typo in every quote (fuzzy path), anchorMany', () => anchorMany(fuzzy.text, selectors), fuzzy.text, fuzzy.ranges, runs);
time('typo in every quote (fuzzy path), anchor() loop', () => selectors.map((s) => anchor(fuzzy.text, s)), fuzzy.text, fuzzy.ranges, Math.min(runs, 3));

if (process.argv.includes('--orphans')) {
  const results = anchorMany(shifted.text, selectors);
  for (let i = 0; i < NOTES; i++) {
    if (results[i]) continue;
    const t0 = performance.now();
    for (let k = 0; k < 5; k++) anchor(shifted.text, selectors[i]!);
    console.log(`orphan #${i}: quote ${selectors[i]!.quote.exact.length} chars, ${((performance.now() - t0) / 5).toFixed(2)} ms`);
  }
}
