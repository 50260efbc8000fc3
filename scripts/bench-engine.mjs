#!/usr/bin/env node
// Engine benchmark: alias-matcher throughput against a plain single pass over
// the same string (the ratio must stay under 3), one big RegExp alternation
// for comparison (the alternative considered in ADR 0020), the full analysis
// of a 10,000-word article (< 30 ms after warm-up), and the text model of a
// 1 MB page. Usage: node scripts/bench-engine.mjs [--quick] [--analyze-only]
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { register } from 'tsx/esm/api';

register();
const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const quick = process.argv.includes('--quick');
const { createEngine } = await import('../src/engine/index.ts');
const { compileActorMatcher } = await import('../src/actors/matcher.ts');
const { buildTextModel, findArticleRoot } = await import('../src/text/model.ts');

async function loadDataset() {
  try {
    const mod = await import('../src/dataset/index.ts');
    if (mod.dataset) return { dataset: mod.dataset, from: 'src/dataset/index.ts' };
  } catch {
    // not there yet
  }
  const dir = join(repo, 'src/dataset/data');
  if (existsSync(dir)) {
    const f = readdirSync(dir).find((x) => x.endsWith('.json'));
    if (f) return { dataset: JSON.parse(readFileSync(join(dir, f), 'utf8')), from: `src/dataset/data/${f}` };
  }
  const { fixtureDataset } = await import('../src/engine/__fixtures__/dataset.ts');
  return { dataset: fixtureDataset, from: 'test fixture' };
}

const { dataset, from } = await loadDataset();
const seedsDir = resolve(repo, '../shared/seeds');
let corpus = '';
if (existsSync(seedsDir)) for (const f of readdirSync(seedsDir).sort()) corpus += readFileSync(join(seedsDir, f), 'utf8') + '\n\n';
if (corpus.length < 1000) corpus = 'Russia said on Friday its jets struck seven Islamic State targets near Raqqa, the monitor said 12 militants were killed.\n\n'.repeat(20);

/** n words of news prose: the corpus repeated. */
function article(words) {
  const w = corpus.split(/(?<=\s)/);
  let out = '';
  let count = 0;
  for (let i = 0; count < words; i++) {
    const piece = w[i % w.length];
    out += piece;
    if (/\S/.test(piece)) count++;
  }
  // a flat string, as a page's text is (a rope built by += would slow every charCodeAt)
  return JSON.parse(JSON.stringify(out));
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function time(fn, runs) {
  const ts = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    ts.push(performance.now() - t0);
  }
  return median(ts);
}

// the baseline: one pass that reads every char code
function plainPass(s) {
  let h = 0;
  for (let i = 0; i < s.length; i++) h = (h + s.charCodeAt(i)) | 0;
  return h;
}

// the alternative: one RegExp alternation, longest first, word boundaries, case-insensitive
function regexMatcher(actors) {
  const aliases = [];
  for (const a of actors) for (const x of [a.name, ...a.aliases]) aliases.push(typeof x === 'string' ? x : x.text);
  const esc = [...new Set(aliases)].sort((a, b) => b.length - a.length).map((x) => x.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/[\s-]+/g, '[\\s\\-–]+'));
  const re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${esc.join('|')})(?![\\p{L}\\p{N}])`, 'giu');
  return (s) => {
    let n = 0;
    re.lastIndex = 0;
    while (re.exec(s) !== null) n++;
    return n;
  };
}

const runs = quick ? 7 : 25;
const text = article(10_000);

if (process.argv.includes('--analyze-only')) {
  // just the 10,000-word analysis, as JSON (used by src/engine/engine.test.ts)
  const engine = createEngine(dataset);
  for (let i = 0; i < 5; i++) engine.analyzeText(text);
  const times = [];
  for (let i = 0; i < 15; i++) {
    const t0 = performance.now();
    engine.analyzeText(text);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  console.log(JSON.stringify({ words: 10_000, minMs: times[0], medianMs: times[7], times: times.map((t) => Math.round(t * 10) / 10) }));
  process.exit(0);
}

const big = article(170_000); // ~1 MB
const matcher = compileActorMatcher(dataset.actors);
const engine = createEngine(dataset);
const regex = regexMatcher(dataset.actors);

// warm-up
for (let i = 0; i < 5; i++) {
  plainPass(big);
  matcher.find(big);
  regex(big);
  engine.analyzeText(text);
}

// a second corpus for context: the evaluation articles (mixed topics, some with no actor at all)
let sparse = '';
for (const sub of ['eval/articles', 'eval/held-out']) {
  const d = join(repo, sub);
  if (existsSync(d)) for (const f of readdirSync(d).sort()) sparse += readFileSync(join(d, f), 'utf8').replace(/<[^>]*>/g, ' ') + '\n\n';
}
let sparseBig = sparse;
while (sparseBig.length < 1_000_000) sparseBig += sparse;
sparseBig = JSON.parse(JSON.stringify(sparseBig));
for (let i = 0; i < 3; i++) {
  plainPass(sparseBig);
  matcher.find(sparseBig);
}

const mb = big.length / 1e6;
const tPlain = time(() => plainPass(big), runs);
const tMatch = time(() => matcher.find(big), runs);
const tRegex = time(() => regex(big), Math.max(3, runs >> 2));
const tPlainSparse = time(() => plainPass(sparseBig), runs);
const tMatchSparse = time(() => matcher.find(sparseBig), runs);
const tAnalyze = time(() => engine.analyzeText(text), runs);
const tActors = time(() => engine.findActors(text), runs);

let tModel = NaN;
try {
  const { parseHTML } = await import('linkedom');
  const paras = big.split(/\n\s*\n/).map((p) => `<p>${p.replace(/[<&]/g, ' ')}</p>`).join('\n');
  const html = `<!doctype html><html><body><nav><a href="/">Home</a></nav><article>${paras}</article><footer>(c)</footer></body></html>`;
  const { document } = parseHTML(html);
  buildTextModel(findArticleRoot(document));
  tModel = time(() => buildTextModel(findArticleRoot(document)), Math.max(3, runs >> 2));
} catch (e) {
  console.error('text model bench skipped:', e.message);
}

const found = matcher.find(text).length;
const result = engine.analyzeText(text);
const fmt = (ms) => `${ms.toFixed(2)} ms`;
console.log(`dataset: ${from} — ${dataset.actors.length} actors, ${matcher.size} aliases, ${dataset.claims.length} claims`);
console.log(`input: ${big.length.toLocaleString('en')} chars for throughput; ${text.split(/\s+/).filter(Boolean).length.toLocaleString('en')}-word article (${text.length.toLocaleString('en')} chars) for analysis`);
console.log('');
console.log(`plain pass (charCodeAt loop)   ${fmt(tPlain)}  ${(mb / (tPlain / 1000)).toFixed(0)} MB/s`);
console.log(`alias matcher (trie, 1 pass)   ${fmt(tMatch)}  ${(mb / (tMatch / 1000)).toFixed(0)} MB/s`);
console.log(`one big RegExp alternation     ${fmt(tRegex)}  ${(mb / (tRegex / 1000)).toFixed(0)} MB/s`);
console.log(`matcher / plain pass ratio     ${(tMatch / tPlain).toFixed(2)}  (target < 3; ${Math.round(matcher.find(big).length / mb).toLocaleString('en')} mentions per MB)`);
console.log(`  same on the eval articles     ${(tMatchSparse / tPlainSparse).toFixed(2)}  (${(tMatchSparse).toFixed(2)} ms vs ${tPlainSparse.toFixed(2)} ms; ${Math.round(matcher.find(sparseBig).length / (sparseBig.length / 1e6)).toLocaleString('en')} mentions per MB)`);
console.log('');
console.log(`findActors, 10k words          ${fmt(tActors)}  (${found} mentions)`);
console.log(`analyzeText, 10k words         ${fmt(tAnalyze)}  (target < 30 ms; ${result.sentences.length} sentences, ${result.claims.length} claims, ${result.claims.reduce((n, c) => n + c.matches.length, 0)} matches)`);
console.log(`text model, 1 MB page (linkedom) ${fmt(tModel)}`);
const ok = tMatch / tPlain < 3 && tAnalyze < 30;
console.log('');
console.log(ok ? 'OK: within targets' : 'OVER TARGET');
process.exitCode = ok ? 0 : 1;
