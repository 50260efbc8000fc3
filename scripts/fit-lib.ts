/**
 * Fitting the promotion model (ADR 0135), with nothing but arithmetic: L2-penalised
 * logistic regression by Newton's method, leave-one-group-out cross-validation
 * (a group is an article: its sentences share words, speakers and labels, so an
 * article is never on both sides of a fold), and the operating threshold chosen
 * for a precision floor. Deterministic: the same rows give the same weights.
 */

export interface Row {
  x: number[];
  /** 1: the labelled claim of its sentence (corroborates); 0: not */
  y: 0 | 1;
  /** the article it comes from */
  group: string;
}

export interface Fitted {
  weights: number[];
  bias: number;
}

export interface FitOptions {
  /** L2 penalty on the weights (not the bias) */
  l2: number;
  iterations?: number;
}

const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

export function predict(m: Fitted, x: readonly number[]): number {
  let z = m.bias;
  for (let k = 0; k < m.weights.length; k++) z += m.weights[k]! * x[k]!;
  return sigmoid(z);
}

/** Solve A v = b (A symmetric positive definite, small): Gaussian elimination with partial pivoting. */
export function solve(A: number[][], b: number[]): number[] {
  const n = b.length;
  const M = A.map((row, i) => [...row, b[i]!]);
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(M[r]![c]!) > Math.abs(M[p]![c]!)) p = r;
    [M[c], M[p]] = [M[p]!, M[c]!];
    const piv = M[c]![c]!;
    if (Math.abs(piv) < 1e-12) throw new Error('fit: singular system');
    for (let r = c + 1; r < n; r++) {
      const f = M[r]![c]! / piv;
      if (f === 0) continue;
      for (let k = c; k <= n; k++) M[r]![k] = M[r]![k]! - f * M[c]![k]!;
    }
  }
  const v = new Array<number>(n).fill(0);
  for (let r = n - 1; r >= 0; r--) {
    let s = M[r]![n]!;
    for (let k = r + 1; k < n; k++) s -= M[r]![k]! * v[k]!;
    v[r] = s / M[r]![r]!;
  }
  return v;
}

/** L2-penalised logistic regression by Newton's method (the bias last in the system, unpenalised). */
export function fitLogistic(rows: readonly Row[], options: FitOptions): Fitted {
  if (rows.length === 0) throw new Error('fit: no rows');
  const d = rows[0]!.x.length;
  const n = d + 1;
  const beta = new Array<number>(n).fill(0);
  const iterations = options.iterations ?? 50;
  for (let it = 0; it < iterations; it++) {
    const g = new Array<number>(n).fill(0);
    const H = Array.from({ length: n }, () => new Array<number>(n).fill(0));
    for (const r of rows) {
      const xs = [...r.x, 1];
      let z = 0;
      for (let k = 0; k < n; k++) z += beta[k]! * xs[k]!;
      const p = sigmoid(z);
      const w = p * (1 - p);
      for (let a = 0; a < n; a++) {
        g[a] = g[a]! + (p - r.y) * xs[a]!;
        const ha = H[a]!;
        for (let b = 0; b < n; b++) ha[b] = ha[b]! + w * xs[a]! * xs[b]!;
      }
    }
    for (let a = 0; a < d; a++) {
      g[a] = g[a]! + options.l2 * beta[a]!;
      H[a]![a] = H[a]![a]! + options.l2;
    }
    // a tiny ridge on the bias keeps the system solvable when one class is absent
    H[d]![d] = H[d]![d]! + 1e-9;
    const step = solve(H, g);
    let moved = 0;
    for (let k = 0; k < n; k++) {
      beta[k] = beta[k]! - step[k]!;
      moved = Math.max(moved, Math.abs(step[k]!));
    }
    if (moved < 1e-10) break;
  }
  return { weights: beta.slice(0, d), bias: beta[d]! };
}

/** Out-of-group probabilities: each group's rows scored by a model fitted on the other groups. */
export function leaveOneGroupOut(rows: readonly Row[], options: FitOptions): number[] {
  const groups = [...new Set(rows.map((r) => r.group))].sort();
  const out = new Array<number>(rows.length).fill(0);
  for (const g of groups) {
    const train = rows.filter((r) => r.group !== g);
    const m = train.some((r) => r.y === 1) ? fitLogistic(train, options) : { weights: rows[0]!.x.map(() => 0), bias: -20 };
    rows.forEach((r, i) => {
      if (r.group === g) out[i] = predict(m, r.x);
    });
  }
  return out;
}

export interface Operating {
  /** promote at or above this probability (Infinity: promote nothing) */
  threshold: number;
  tp: number;
  fp: number;
}

/**
 * The lowest threshold at which the candidates scored at or above it are at least
 * `minPrecision` right: scanned from the most confident down, the last point that still
 * holds the floor. Halfway between that score and the next lower one, so a score a hair
 * below it is not promoted by rounding. Infinity when no point holds it.
 */
export function chooseThreshold(scores: readonly number[], labels: readonly (0 | 1)[], minPrecision: number): Operating {
  const order = scores.map((s, i) => i).sort((a, b) => scores[b]! - scores[a]! || a - b);
  let tp = 0;
  let fp = 0;
  let best: Operating = { threshold: Infinity, tp: 0, fp: 0 };
  for (let k = 0; k < order.length; k++) {
    const i = order[k]!;
    if (labels[i] === 1) tp++;
    else fp++;
    // a tie is one point: all of it is promoted or none
    const next = order[k + 1];
    if (next !== undefined && scores[next] === scores[i]) continue;
    if (tp > 0 && tp / (tp + fp) >= minPrecision) {
      const lower = next === undefined ? 0 : scores[next]!;
      best = { threshold: (scores[i]! + lower) / 2, tp, fp };
    }
  }
  return best;
}

/** Deterministic folds of groups (sorted, dealt round-robin). */
function foldsOf(groups: readonly string[], k: number): Map<string, number> {
  const sorted = [...new Set(groups)].sort();
  return new Map(sorted.map((g, i) => [g, i % k]));
}

export interface NestedResult {
  /** per row: promoted by the model fitted and thresholded without its article */
  promoted: boolean[];
  tp: number;
  fp: number;
  fn: number;
}

/**
 * An honest estimate of the whole procedure (fit, then choose the threshold): for each
 * article, the model is fitted on the other articles and its threshold chosen by a grouped
 * `innerK`-fold cross-validation inside them; only then is the article scored.
 */
export function nestedCv(rows: readonly Row[], options: FitOptions, minPrecision: number, innerK = 5): NestedResult {
  const groups = [...new Set(rows.map((r) => r.group))].sort();
  const promoted = new Array<boolean>(rows.length).fill(false);
  for (const g of groups) {
    const train = rows.filter((r) => r.group !== g);
    if (!train.some((r) => r.y === 1)) continue;
    const folds = foldsOf(train.map((r) => r.group), innerK);
    const inner = new Array<number>(train.length).fill(0);
    for (let f = 0; f < innerK; f++) {
      const fitOn = train.filter((r) => folds.get(r.group) !== f);
      if (!fitOn.some((r) => r.y === 1)) continue;
      const m = fitLogistic(fitOn, options);
      train.forEach((r, i) => {
        if (folds.get(r.group) === f) inner[i] = predict(m, r.x);
      });
    }
    const { threshold } = chooseThreshold(inner, train.map((r) => r.y), minPrecision);
    const m = fitLogistic(train, options);
    rows.forEach((r, i) => {
      if (r.group === g) promoted[i] = predict(m, r.x) >= threshold;
    });
  }
  let tp = 0;
  let fp = 0;
  let fn = 0;
  rows.forEach((r, i) => {
    if (promoted[i] && r.y === 1) tp++;
    else if (promoted[i]) fp++;
    else if (r.y === 1) fn++;
  });
  return { promoted, tp, fp, fn };
}
