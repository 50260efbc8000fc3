/**
 * `npm run fit`: fit the promotion model (ADR 0135) and write src/claims/promote-weights.ts.
 *
 * 1. The evaluation runs as `npm run eval` does (the reader's path: the service worker's
 *    analysis of each article), on the own-words and real-shape SEEN sets only — the unseen
 *    sets (the older third and the fresh batch) are never read — with the model left out, and every 'related' candidate no hard
 *    veto holds is exported with its features (MatchTrace.features).
 * 2. A candidate is labelled 1 when its sentence's labels give its claim as corroborated;
 *    0 otherwise (an "optional" claim is left out: the labels accept it either way).
 * 3. Logistic regression (scripts/fit-lib.ts), estimated by nested leave-one-article-out
 *    cross-validation; the threshold is the lowest at which the out-of-article scores are
 *    right ≥ MIN_PRECISION of the time.
 *
 * `npm run fit -- --check` exits 1 when the committed file is not what the script writes now
 * (scripts/fit-promote.test.ts asserts the same).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { dataset } from '../src/dataset/index';
import type { MatchTrace } from '../src/claims/match';
import { FEATURE_NAMES, featureVector } from '../src/claims/promote';
import { type EvalSet, type Labels, UNSEEN_SETS, evaluate } from './eval-lib';
import { type Row, chooseThreshold, fitLogistic, leaveOneGroupOut, nestedCv } from './fit-lib';

const repo = resolve(import.meta.dirname, '..');
export const WEIGHTS_FILE = join(repo, 'src/claims/promote-weights.ts');
/** The L2 penalty: fixed before the first fit, not tuned on the labels. */
export const L2 = 1;
/** The precision the promoted candidates must reach out of article. */
export const MIN_PRECISION = 0.95;
/** Fewer right promotions than this in the nested estimate is noise, not a gain. */
export const MIN_GAIN = 3;

interface Candidate extends Row {
  set: EvalSet;
  sentence: string;
  claimId: string;
  optional: boolean;
}

interface Base {
  set: EvalSet;
  tp: number;
  fp: number;
  fn: number;
}

/** The labelled candidates and the hand rules' own figures per set (the model left out). */
export async function collect(): Promise<{ candidates: Candidate[]; base: Base[] }> {
  const labels = JSON.parse(readFileSync(join(repo, 'eval/labels.json'), 'utf8')) as Labels;
  const real = JSON.parse(readFileSync(join(repo, 'eval/real-shape-labels.json'), 'utf8')) as Labels;
  for (const [f, l] of Object.entries(real.articles)) labels.articles[`real-shape/${f}`] = l;
  const traces = new Map<string, Map<string, MatchTrace>>();
  let current = '';
  const result = await evaluate(dataset, join(repo, 'eval'), {
    // the unseen sets (the older third and the fresh batch) are never read
    skipSets: UNSEEN_SETS,
    promote: false,
    onArticle: (file) => {
      current = file;
      traces.set(file, new Map());
    },
    trace: (e) => {
      // one entry per sentence and claim (the last reading of the sentence)
      if (e.features) traces.get(current)?.set(`${e.sentence}\u0000${e.claimId}`, e);
    },
  });
  const candidates: Candidate[] = [];
  for (const a of result.articles) {
    if (UNSEEN_SETS.includes(a.set)) throw new Error(`fit: ${a.file} is of an unseen set`);
    const label = labels.articles[a.file]!;
    for (const e of traces.get(a.file)?.values() ?? []) {
      const ls = label.sentences.find((s) => e.sentence.includes(s.sentence));
      const y = ls?.matches.some((m) => m.claimId === e.claimId && m.relation === 'corroborates') ? 1 : 0;
      candidates.push({ x: featureVector(e.features!), y, group: a.file, set: a.set, sentence: e.sentence, claimId: e.claimId, optional: ls?.optional?.includes(e.claimId) ?? false });
    }
  }
  const base: Base[] = (['own', 'real-seen'] as const).map((set) => {
    const s = result.sets[set];
    return { set, tp: s.matching.tp, fp: s.matching.fp, fn: s.matching.fn };
  });
  return { candidates, base };
}

/**
 * Weights to two decimals: a change to the matcher that moves them less (most do) leaves the file
 * as it is, so the check below fails on drift that matters, not on every last digit. The
 * threshold, a midpoint between two scores, to three.
 */
const r2 = (x: number): number => Math.round(x * 1e2) / 1e2;
const r3 = (x: number): number => Math.round(x * 1e3) / 1e3;
const f2 = (x: number): string => x.toFixed(2);
const ratio = (a: number, b: number): string => (b === 0 ? '-' : f2(a / b));

export interface FitReport {
  text: string;
  summary: string[];
}

/** Fit, cross-validate and write out the weights file's text. */
export function fitReport(candidates: readonly Candidate[], base: readonly Base[]): FitReport {
  const rows = candidates.filter((c) => !c.optional);
  const articles = new Set(rows.map((r) => r.group)).size;
  const positives = rows.filter((r) => r.y === 1).length;
  const opts = { l2: L2 };
  const model = fitLogistic(rows, opts);
  const oof = leaveOneGroupOut(rows, opts);
  const op = chooseThreshold(oof, rows.map((r) => r.y), MIN_PRECISION);
  const nested = nestedCv(rows, opts, MIN_PRECISION);
  const summary: string[] = [];
  summary.push(`candidates held back as related with no veto: ${rows.length} in ${articles} articles (${positives} labelled corroborates; ${candidates.length - rows.length} optional left out)`);
  summary.push(`leave-one-article-out, threshold ${Number.isFinite(op.threshold) ? r3(op.threshold) : 'none'}: ${op.tp} right, ${op.fp} wrong promotions (precision ${ratio(op.tp, op.tp + op.fp)})`);
  summary.push(`nested (threshold chosen inside each fold): ${nested.tp} right, ${nested.fp} wrong, ${nested.fn} left (precision ${ratio(nested.tp, nested.tp + nested.fp)}, recall of the held-back ${ratio(nested.tp, nested.tp + nested.fn)})`);
  for (const b of base) {
    const inSet = rows.map((r, i) => ({ r, p: nested.promoted[i]! })).filter((x) => (x.r.set === 'held-out' ? 'own' : x.r.set) === b.set);
    const tp = inSet.filter((x) => x.p && x.r.y === 1).length;
    const fp = inSet.filter((x) => x.p && x.r.y === 0).length;
    summary.push(
      `${b.set}: sentence P ${ratio(b.tp, b.tp + b.fp)} R ${ratio(b.tp, b.tp + b.fn)} by the rules alone; with the nested CV's promotions ` +
        `P ${ratio(b.tp + tp, b.tp + tp + b.fp + fp)} R ${ratio(b.tp + tp, b.tp + b.fn)} (+${tp} right, +${fp} wrong)`,
    );
  }
  // the model is switched on only when the honest (nested) estimate clears the floor with a gain
  const pays = nested.tp >= MIN_GAIN && nested.tp / (nested.tp + nested.fp) >= MIN_PRECISION && Number.isFinite(op.threshold);
  const threshold = pays ? r3(op.threshold) : 2;
  summary.push(
    pays
      ? `on: promotes at probability ≥ ${threshold}`
      : `off (threshold 2, promotes nothing): the nested estimate does not reach precision ${MIN_PRECISION} with at least ${MIN_GAIN} right promotions`,
  );
  const L: string[] = [];
  L.push('// Generated by `npm run fit` (scripts/fit-promote.ts): do not edit; rerun it after the rules or the labels change.');
  L.push('// The model of ADR 0135: logistic regression (L2 penalty ' + L2 + ', Newton\'s method) on the features of the');
  L.push('// candidates the hand rules hold back as \'related\' with no hard veto, from the evaluation run as the reader\'s');
  L.push('// page runs it (the model left out), on the own-words and real-shape seen sets (never the unseen third).');
  L.push('// Label: 1 when the sentence\'s labels give the claim as corroborated. Threshold: the lowest at which the');
  L.push(`// leave-one-article-out scores are right ≥ ${MIN_PRECISION} of the time; on only when the nested estimate (the
// threshold chosen inside each fold) also reaches it with at least ${MIN_GAIN} right promotions.`);
  for (const s of summary) L.push(`// ${s}`);
  L.push("import type { PromoteModel } from './promote';");
  L.push('');
  L.push('export const PROMOTE_MODEL: PromoteModel = {');
  L.push(`  features: [${FEATURE_NAMES.map((n) => `'${n}'`).join(', ')}],`);
  L.push(`  weights: [${model.weights.map(r2).join(', ')}],`);
  L.push(`  bias: ${r2(model.bias)},`);
  L.push(`  threshold: ${threshold},`);
  L.push('};');
  return { text: L.join('\n') + '\n', summary };
}

async function main(): Promise<void> {
  const { candidates, base } = await collect();
  const { text, summary } = fitReport(candidates, base);
  for (const s of summary) console.log(s);
  if (process.argv.includes('--check')) {
    if (readFileSync(WEIGHTS_FILE, 'utf8') !== text) {
      console.error('fit: src/claims/promote-weights.ts is not what `npm run fit` writes now: rerun it and commit the file');
      process.exit(1);
    }
    console.log('fit: the committed weights are current');
    return;
  }
  writeFileSync(WEIGHTS_FILE, text);
  console.log('wrote src/claims/promote-weights.ts');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
