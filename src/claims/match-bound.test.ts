import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makePages } from '../../scripts/bench/inputs';
import { dataset } from '../dataset/index';
import { createEngine } from '../engine/index';

// The claim index skips a candidate whose words cannot reach the lexical floor (an upper bound
// on its similarity, read from retrieval). With a trace attached it judges every candidate in
// full: the two must give the same analysis, word for word.
describe('candidates skipped below the lexical floor', () => {
  const fast = createEngine(dataset);
  let judged = 0;
  const full = createEngine(dataset, { trace: () => judged++ });
  const root = join(import.meta.dirname, '../../eval');
  const texts: [string, string][] = [];
  // the fresh unseen batch (labels with a `batch`) is left out: no test shows the engine's output on it
  const labels = JSON.parse(readFileSync(join(root, 'real-shape-labels.json'), 'utf8')) as { articles: Record<string, { batch?: string }> };
  const fresh = (dir: string, f: string): boolean => dir === 'real-shape' && labels.articles[f]?.batch !== undefined;
  for (const dir of ['articles', 'real-shape', 'held-out']) {
    for (const f of readdirSync(join(root, dir)).sort()) if (!fresh(dir, f)) texts.push([`${dir}/${f}`, readFileSync(join(root, dir, f), 'utf8')]);
  }
  texts.push(['bench: normal page', makePages(dataset).normal.text]);

  it('change no analysis of the evaluation articles or a generated page', () => {
    for (const [name, text] of texts) expect(fast.analyzeText(text), name).toEqual(full.analyzeText(text));
    // the comparison is worth something only if candidates were judged
    expect(judged).toBeGreaterThan(1000);
    // (every evaluation article twice, one of them judging every candidate: more than the default 20 s on a loaded machine)
  }, 120_000);
});
