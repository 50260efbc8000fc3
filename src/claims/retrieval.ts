/**
 * Retrieval: BM25 over the claims' terms (k1 = 1.2, b = 0.75), the top
 * candidates of a sentence, then any claim whose figure the sentence gives in
 * the same unit (words may differ: "one in 20 strikes were aimed at IS" and
 * "five per cent have hit IS"), and of those the ones whose words may reach
 * the lexical floor (mayReach). Runs for every sentence: the scratch
 * arrays are the index's, reset after each call.
 */
import type { KeyShape, NumberMention } from '../text/numbers';
import { fitsKey } from '../text/numbers';
import type { ClaimDetail, CompiledClaim } from './claim-detail';
import { BOUND_SLACK, type Query, mayReach } from './lexical-similarity';
import { THRESHOLDS } from './match-types';
import { CONTEXT_FLOOR, mayLift } from './context-floor';

/** The lowest lexical score any rule reads: a candidate below it is none. */
export const LEX_FLOOR = Math.min(THRESHOLDS.related, THRESHOLDS.contradictFigure, THRESHOLDS.corroborateWithFigure);

/** What retrieval hands the judging of a sentence. */
export interface Retrieved {
  query: Query;
  queryContent: Query | null;
  /** the candidates, best first, then those judged for their figure */
  ranked: number[];
  /** those of them that may reach the lexical floor */
  judged: number[];
}

interface Posting {
  ids: number[];
  /** the BM25 term weight of each posting */
  ws: number[];
  idf: number;
}

const K1 = 1.2;
const B = 0.75;

export class ClaimRetrieval {
  /** the idf of a term no claim has */
  readonly idfNone: number;
  private readonly n: number;
  private readonly idfCache = new Map<string, number>();
  // plain arrays: thousands of tiny typed arrays cost more to make than they save
  private readonly postings = new Map<string, Posting>();
  private readonly withFigures: number[];
  private readonly hasFigures: Uint8Array;
  private readonly shapeFits: Uint8Array;
  private readonly bm25: Float64Array;
  // the claims a sentence's terms touch, in the order first touched (a claim at most once: N slots)
  private readonly touched: Int32Array;
  // the idf mass each touched claim shares with the sentence (and with its content): an upper
  // bound on any variant's shared mass, read to skip candidates that cannot reach the floor
  private readonly sharedAll: Float64Array;
  private readonly sharedContent: Float64Array;
  // the candidates of the current sentence one of whose figures the sentence gives in the same unit
  private readonly figureFit = new Set<number>();
  // each candidate's detail by its index, once read: a plain array read for every ranked candidate of every sentence
  private readonly details: (ClaimDetail | undefined)[];

  constructor(
    private readonly compiled: readonly CompiledClaim[],
    private readonly df: ReadonlyMap<string, number>,
    private readonly shapes: readonly KeyShape[],
    /** a candidate's detail (read the first time it is asked) */
    private readonly detailOf: (c: CompiledClaim) => ClaimDetail,
    /** false when tracing: diagnostics see every candidate's features, nothing is skipped */
    private readonly mayBound: boolean,
  ) {
    const N = compiled.length;
    this.n = N;
    this.withFigures = compiled.flatMap((c, i) => (c.figures.length > 0 ? [i] : []));
    this.hasFigures = new Uint8Array(Math.max(1, N));
    for (const i of this.withFigures) this.hasFigures[i] = 1;
    this.shapeFits = new Uint8Array(Math.max(1, shapes.length));
    const avgLen = compiled.reduce((a, c) => a + c.length, 0) / Math.max(1, N);
    compiled.forEach((c, i) => {
      for (const [t, tf] of c.terms) {
        let p = this.postings.get(t);
        if (!p) this.postings.set(t, (p = { ids: [], ws: [], idf: this.idf(t) }));
        p.ids.push(i);
        p.ws.push((this.idf(t) * (tf * (K1 + 1))) / (tf + K1 * (1 - B + (B * c.length) / avgLen)));
      }
    });
    this.idfNone = Math.log(1 + (N - 0 + 0.5) / (0 + 0.5));
    this.bm25 = new Float64Array(Math.max(1, N));
    this.touched = new Int32Array(Math.max(1, N));
    this.sharedAll = new Float64Array(Math.max(1, N));
    this.sharedContent = new Float64Array(Math.max(1, N));
    this.details = new Array<ClaimDetail | undefined>(N).fill(undefined);
  }

  idf(t: string): number {
    let v = this.idfCache.get(t);
    if (v === undefined) {
      const d = this.df.get(t) ?? 0;
      v = Math.log(1 + (this.n - d + 0.5) / (d + 0.5));
      this.idfCache.set(t, v);
    }
    return v;
  }

  /** A term's weight in a query: its idf, or a term no claim has. */
  weight(t: string): number {
    return this.df.has(t) ? this.idf(t) : this.idfNone;
  }

  /**
   * BM25 retrieval for a sentence's terms: the top candidates, then any claim whose figure the
   * sentence gives; the query's weights; and the candidates worth judging (see mayReach; with a
   * sentence before, also those it may lift: context-floor.ts). A
   * function of its own: it runs for every sentence, and V8 optimises it apart from the rules.
   */
  retrieve(q: ReadonlySet<string>, qContent: ReadonlySet<string> | null, numbers: readonly NumberMention[], hasContext = false): Retrieved {
    const { postings, bm25, touched, sharedAll, sharedContent, figureFit, compiled, idfNone } = this;
    // BM25 retrieval: the top candidates; the query's idf weights on the way (weigh(q), one lookup per term)
    let touchedCount = 0;
    figureFit.clear();
    const query: Query = { terms: [], ws: [], mass: 0 };
    for (const t of q) {
      const p = postings.get(t);
      const w = p === undefined ? idfNone : p.idf;
      query.terms.push(t);
      query.ws.push(w);
      query.mass += w;
      if (p === undefined) continue;
      const ids = p.ids;
      const ws = p.ws;
      for (let k = 0; k < ids.length; k++) {
        const i = ids[k]!;
        if (bm25[i] === 0) touched[touchedCount++] = i;
        bm25[i] = bm25[i]! + ws[k]!;
        sharedAll[i] = sharedAll[i]! + w;
      }
    }
    const contentQuery: Query | null = qContent && qContent.size >= 2 ? { terms: [], ws: [], mass: 0 } : null;
    if (qContent) {
      for (const t of qContent) {
        const p = postings.get(t);
        const w = p === undefined ? idfNone : p.idf;
        if (contentQuery !== null) {
          contentQuery.terms.push(t);
          contentQuery.ws.push(w);
          contentQuery.mass += w;
        }
        if (p === undefined) continue;
        // only the claims the sentence's own terms touched are candidates
        for (const i of p.ids) if (bm25[i] !== 0) sharedContent[i] = sharedContent[i]! + w;
      }
    }
    const ranked: number[] = [];
    for (let x = 0; x < touchedCount; x++) {
      const i = touched[x]!;
      const sc = bm25[i]!;
      if (ranked.length < THRESHOLDS.candidates) ranked.push(i);
      else if (sc > bm25[ranked[ranked.length - 1]!]!) ranked[ranked.length - 1] = i;
      else continue;
      // keep sorted, best first (short list: insertion)
      for (let k = ranked.length - 1; k > 0 && bm25[ranked[k]!]! > bm25[ranked[k - 1]!]!; k--) {
        const tmp = ranked[k]!;
        ranked[k] = ranked[k - 1]!;
        ranked[k - 1] = tmp;
      }
    }
    // a claim whose figure the sentence gives in the same unit is judged whatever its rank: words
    // may differ ("one in 20 strikes were aimed at IS" and "five per cent have hit IS")
    if (numbers.length > 0) {
      const { shapes, shapeFits, withFigures, hasFigures } = this;
      // does one of the sentence's figures fit shape s? (1 yes, 2 no, 0 not asked yet)
      shapeFits.fill(0);
      const fits = (s: number): boolean => {
        if (shapeFits[s] === 0) shapeFits[s] = numbers.some((n) => fitsKey(shapes[s]!, n.units)) ? 1 : 2;
        return shapeFits[s] === 1;
      };
      // the retrieved claims with figures, in index order (fewer than all claims with figures, as a rule)
      const pool = touchedCount < withFigures.length ? touched.subarray(0, touchedCount).filter((i) => hasFigures[i] === 1).sort() : withFigures;
      let anyFits = false;
      for (let s = 0; s < shapes.length && !anyFits; s++) anyFits = fits(s);
      for (const i of anyFits ? pool : []) {
        if (bm25[i] === 0 || ranked.includes(i)) continue;
        if (compiled[i]!.figures.some((f) => fits(f.shapeId))) ranked.push(i);
      }
      // a figure that fits may count as a shared word (see FIGURE_WEIGHT): no bound on words alone
      if (anyFits) for (const i of ranked) if (hasFigures[i] === 1 && compiled[i]!.figures.some((f) => fits(f.shapeId))) figureFit.add(i);
    }
    const queryContent = contentQuery;
    // candidates whose words cannot reach the floor, however they fall among the claim's variants
    // (all of `ranked` still counts for the figures other candidates agree with)
    const judged: number[] = [];
    for (const i of ranked) {
      const d = (this.details[i] ??= this.detailOf(compiled[i]!));
      if (
        !this.mayBound ||
        figureFit.has(i) ||
        !d.boundable ||
        mayReach(sharedAll[i]! * BOUND_SLACK, query.mass, d.masses, LEX_FLOOR) ||
        (queryContent !== null && mayReach(sharedContent[i]! * BOUND_SLACK, queryContent.mass, d.masses, LEX_FLOOR)) ||
        // below the floor, one the sentence before may lift to a corroboration (context-floor.ts)
        (hasContext &&
          mayLift(sharedAll[i]! * BOUND_SLACK, query.mass) &&
          (mayReach(sharedAll[i]! * BOUND_SLACK, query.mass, d.masses, CONTEXT_FLOOR) ||
            (queryContent !== null && mayReach(sharedContent[i]! * BOUND_SLACK, queryContent.mass, d.masses, CONTEXT_FLOOR))))
      ) judged.push(i);
    }
    for (let k = 0; k < touchedCount; k++) {
      const i = touched[k]!;
      bm25[i] = 0;
      sharedAll[i] = 0;
      sharedContent[i] = 0;
    }
    return { query, queryContent, ranked, judged };
  }
}
