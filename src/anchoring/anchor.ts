/**
 * Re-attach stored selectors to an article's (possibly edited) plain text.
 *
 * Cheapest first, each step verified against the stored quote:
 * 1. the stored position (then the expected one, see `hint`), taken at once
 *    only if the text there is the quote and the context agrees exactly;
 * 2. windows around the expected position (±512, then ±4096 characters):
 *    exact occurrences, then approximate matches;
 * 3. the whole text: every exact occurrence (one cached search per distinct
 *    quote in anchorMany), then approximate matches.
 * Approximate matching is bit-parallel Myers (`approx-string-match`), for the
 * quote alone (long quotes) and for prefix + quote + suffix (which finds a
 * short or duplicated quote by the words around it).
 * Every candidate gets one score from quote, prefix, suffix and position
 * similarity; a step returns early only with a candidate whose context
 * agrees, otherwise the best acceptable candidate of all steps wins, and
 * nothing acceptable means an orphaned note (`null`).
 * Short quotes never attach without their context agreeing: a wrong highlight
 * is worse than a missing one. Results are offsets, never DOM Ranges.
 */
import search from 'approx-string-match';
import { commonRun, contextSimilarity, MAX_CONTEXT } from './similarity';
import type { Anchor, AnchorMethod, Selector, Selectors, TextPositionSelector, TextQuoteSelector } from './types';

export interface AnchorOptions {
  /** Minimum score for an approximate (fuzzy) match, in [0, 1]. Default 0.7. */
  minScore?: number;
  /** Quotes shorter than this need their context to agree. Default 20. */
  shortQuoteLength?: number;
  /**
   * Context agreement (prefix and suffix similarity, weighted by their lengths)
   * a short quote, or an edited quote of any length, needs. Default 0.75.
   */
  minContext?: number;
  /** Cap on the edit errors allowed in the quote (also limited to a quarter of its length). Default 32. */
  maxErrors?: number;
  /**
   * Where the quote is expected to start in the current text, when better
   * known than the stored position (e.g. the shift of a neighbouring note).
   * Used for proximity and for the first, local, searches.
   */
  hint?: number;
}

interface Settings {
  minScore: number;
  shortQuoteLength: number;
  minContext: number;
  maxErrors: number;
}

const DEFAULTS: Settings = { minScore: 0.7, shortQuoteLength: 20, minContext: 0.75, maxErrors: 32 };

/** Score weights. Context counts less as the quote itself gets longer (it carries its own evidence). */
const QUOTE_WEIGHT = 8;
const POSITION_WEIGHT = 1;
function contextWeight(quoteLength: number): number {
  return 3 * Math.min(1, 64 / quoteLength);
}

/** A verbatim quote at least this long is accepted whatever its context says. */
const VERBATIM_ALONE_LENGTH = 32;
/** Below VERBATIM_ALONE_LENGTH, a verbatim quote's context must reach at least this. */
const WEAK_CONTEXT = 0.5;
/** An edited quote whose context no longer agrees must be at least this long... */
const MOVED_QUOTE_LENGTH = 64;
/** ...and at least this similar to the stored one. */
const MOVED_QUOTE_SIMILARITY = 0.9;
/**
 * An edited quote that kept one side of its context intact (the sentence was
 * touched up in place, and its other side rewritten too) needs this similarity.
 */
const EDITED_IN_PLACE_SIMILARITY = 0.85;

/** Context agreement at which a verbatim quote at the expected place is taken without searching. */
const CERTAIN_CONTEXT = 1;

/** Half-widths of the local searches around the expected position, before the whole text. */
const LOCAL_WINDOWS = [512, 4096];
/** When more exact occurrences than this exist, rank them cheaply before scoring in full. */
const FULL_SCORE_LIMIT = 24;
/** Exact occurrences examined at most (a one-letter quote in a long text). */
const MAX_OCCURRENCES = 10_000;

interface Candidate {
  start: number;
  end: number;
  /** Edit errors between the stored quote and text.slice(start, end). */
  errors: number;
}

interface Scored extends Candidate {
  method: AnchorMethod;
  score: number;
  /** Prefix/suffix agreement, weighted by their lengths; `null` when the selector carries no context. */
  context: number | null;
  /** At least one side of the context is unchanged next to the quote. */
  intactSide: boolean;
}

/** One anchoring job: the text, the stored quote, and what is known about where it was. */
class Job {
  readonly exact: string;
  readonly prefix: string | undefined;
  readonly suffix: string | undefined;
  readonly short: boolean;
  readonly maxErrors: number;
  readonly ctxWeight: number;

  constructor(
    readonly text: string,
    quote: TextQuoteSelector,
    readonly expected: number | null,
    readonly settings: Settings,
    readonly occurrenceCache?: Map<string, number[]>,
  ) {
    this.exact = quote.exact;
    this.prefix = quote.prefix === undefined ? undefined : quote.prefix.slice(-MAX_CONTEXT);
    this.suffix = quote.suffix === undefined ? undefined : quote.suffix.slice(0, MAX_CONTEXT);
    this.short = quote.exact.length < settings.shortQuoteLength;
    this.maxErrors = Math.min(settings.maxErrors, Math.floor(quote.exact.length / 4));
    this.ctxWeight = contextWeight(quote.exact.length);
  }

  score(c: Candidate, method: AnchorMethod): Scored {
    const { text } = this;
    const quoteSim = 1 - c.errors / this.exact.length;
    const prefixSide = contextSimilarity(this.prefix, text, c.start, 'before');
    const suffixSide = contextSimilarity(this.suffix, text, c.end, 'after');
    let total = QUOTE_WEIGHT * quoteSim;
    let weights = QUOTE_WEIGHT;
    let ctxSum = 0;
    let ctxWeights = 0;
    let intactSide = false;
    for (const side of [prefixSide, suffixSide]) {
      if (side === null) continue;
      intactSide ||= side.intact;
      total += this.ctxWeight * side.similarity;
      weights += this.ctxWeight;
      ctxSum += side.similarity * side.weight;
      ctxWeights += side.weight;
    }
    if (this.expected !== null) {
      const distance = Math.abs(c.start - this.expected);
      total += POSITION_WEIGHT * (1 - Math.min(1, distance / Math.max(1, text.length)));
      weights += POSITION_WEIGHT;
    }
    return { ...c, method, score: total / weights, context: ctxWeights ? ctxSum / ctxWeights : null, intactSide };
  }

  /** Context agrees (or, for a long quote, there is no context to disagree). */
  contextAgrees(s: Scored): boolean {
    return s.context === null ? !this.short : s.context >= this.settings.minContext;
  }

  /**
   * A short quote proves little by itself: its context must agree overall
   * and be intact next to the quote on at least one side, so that an edit
   * around the quote cannot move it onto a neighbouring look-alike.
   */
  shortQuoteContextHolds(s: Scored): boolean {
    return s.context !== null && s.context >= this.settings.minContext && s.intactSide;
  }

  /**
   * May this candidate be returned at all? The less the quote alone proves,
   * the more its context must agree:
   * - verbatim quote: short ones need agreeing context, ones under
   *   VERBATIM_ALONE_LENGTH need context that does not flatly disagree,
   *   longer ones stand on their own (a paragraph that moved);
   * - edited quote: within the error budget and score threshold, and either
   *   the context agrees (the passage was edited in place), or one side of it
   *   is intact and the quote nearly so (edited in place, with the other side
   *   rewritten), or the quote is long and nearly intact (a passage that was
   *   moved and touched up).
   */
  acceptable(s: Scored): boolean {
    const { settings } = this;
    const length = this.exact.length;
    const agrees = s.context !== null && s.context >= settings.minContext;
    if (this.short && !this.shortQuoteContextHolds(s)) return false;
    if (s.errors === 0) {
      if (this.short) return true;
      if (length < VERBATIM_ALONE_LENGTH) return s.context === null || s.context >= WEAK_CONTEXT;
      return true;
    }
    if (s.errors > this.maxErrors || s.score < settings.minScore) return false;
    if (agrees) return true;
    const similarity = 1 - s.errors / length;
    if (!this.short && s.intactSide && similarity >= EDITED_IN_PLACE_SIMILARITY) return true;
    return !this.short && length >= MOVED_QUOTE_LENGTH && similarity >= MOVED_QUOTE_SIMILARITY;
  }

  /**
   * Good enough to stop looking for something better: the context agrees, or
   * a verbatim long quote keeps one side of its context intact (text was
   * inserted or removed on the other side).
   */
  confident(s: Scored): boolean {
    return this.acceptable(s) && (this.contextAgrees(s) || (s.errors === 0 && !this.short && s.intactSide));
  }

  /** So good that no other occurrence could beat it: verbatim quote and verbatim context. */
  certain(s: Scored): boolean {
    return s.errors === 0 && (s.context === null ? !this.short : s.context >= CERTAIN_CONTEXT);
  }

  /** The candidate scoring best, after a cheap ranking when there are many. */
  best(candidates: Candidate[], method: (c: Candidate) => AnchorMethod): Scored | null {
    let pool = candidates;
    if (pool.length > FULL_SCORE_LIMIT) pool = this.shortlist(pool);
    let best: Scored | null = null;
    for (const c of pool) {
      const s = this.score(c, method(c));
      if (!best || better(s, best)) best = s;
    }
    return best;
  }

  /** The candidates whose context agrees longest, character by character, plus the nearest ones. */
  private shortlist(candidates: Candidate[]): Candidate[] {
    const { text, prefix = '', suffix = '' } = this;
    const ranked = candidates.map((c) => ({ c, run: commonRun(prefix, text, c.start, 'before') + commonRun(suffix, text, c.end, 'after') }));
    ranked.sort((a, b) => b.run - a.run || a.c.errors - b.c.errors || this.distance(a.c) - this.distance(b.c));
    const keep = new Set(ranked.slice(0, FULL_SCORE_LIMIT - 4).map((r) => r.c));
    if (this.expected !== null) {
      const nearest = [...candidates].sort((a, b) => this.distance(a) - this.distance(b)).slice(0, 4);
      for (const c of nearest) keep.add(c);
    }
    return [...keep];
  }

  private distance(c: Candidate): number {
    return this.expected === null ? 0 : Math.abs(c.start - this.expected);
  }

  /** Start offsets of every exact occurrence of the quote. */
  occurrences(): number[] {
    const cached = this.occurrenceCache?.get(this.exact);
    if (cached) return cached;
    const found = allIndexes(this.text, this.exact);
    this.occurrenceCache?.set(this.exact, found);
    return found;
  }

  /**
   * Approximate candidates within text[lo, hi): matches of the quote alone
   * (long quotes only), then, unless one of those is already convincing,
   * matches of prefix + quote + suffix, which find a short or duplicated
   * quote by the words around it.
   */
  fuzzy(lo: number, hi: number): Scored | null {
    const { text, exact } = this;
    const region = text.slice(lo, hi);
    let best: Scored | null = null;
    const consider = (s: Scored | null) => {
      if (s && this.acceptable(s) && (!best || better(s, best))) best = s;
    };

    if (!this.short && this.maxErrors > 0) {
      const matches = search(region, exact, this.maxErrors).map((m) => ({ start: m.start + lo, end: m.end + lo, errors: m.errors }));
      // Nowhere in the region is the quote within its error budget: the context cannot change that.
      if (matches.length === 0) return null;
      consider(this.best(matches, methodOf));
      if (best && this.confident(best)) return best;
    }

    const prefix = this.prefix ?? '';
    const suffix = this.suffix ?? '';
    if (prefix.length + suffix.length === 0) return best;
    const pattern = prefix + exact + suffix;
    const budget = Math.min(this.maxErrors + Math.floor((prefix.length + suffix.length) / 4), Math.floor(pattern.length / 4));
    const spans = search(region, pattern, budget);
    const expected = this.expected;
    if (expected !== null) spans.sort((a, b) => Math.abs(a.start + lo - expected) - Math.abs(b.start + lo - expected));
    const located: Candidate[] = [];
    for (const span of spans.slice(0, 16)) {
      const quoteStart = span.start + lo + prefix.length;
      const quoteEnd = span.end + lo - suffix.length;
      const c = this.locate(quoteStart, quoteEnd, span.errors + 2);
      if (c) located.push(c);
    }
    consider(this.best(located, methodOf));
    return best;
  }

  /** The quote's best match near where a context-anchored match says it should be. */
  private locate(start: number, end: number, slack: number): Candidate | null {
    const { text, exact } = this;
    const lo = Math.max(0, Math.min(start, end) - slack);
    const hi = Math.min(text.length, Math.max(start, end) + slack);
    if (hi <= lo) return null;
    const window = text.slice(lo, hi);
    const matches =
      this.maxErrors === 0
        ? allIndexes(window, exact).map((i) => ({ start: i, end: i + exact.length, errors: 0 }))
        : search(window, exact, this.maxErrors);
    let best: Candidate | null = null;
    for (const m of matches) {
      const c = { start: m.start + lo, end: m.end + lo, errors: m.errors };
      if (!best || Math.abs(c.start - start) + Math.abs(c.end - end) < Math.abs(best.start - start) + Math.abs(best.end - end)) best = c;
    }
    return best;
  }
}

function methodOf(c: Candidate): AnchorMethod {
  return c.errors === 0 ? 'exact' : 'fuzzy';
}

function better(a: Scored, b: Scored): boolean {
  return a.score > b.score || (a.score === b.score && a.errors < b.errors);
}

/** Starts of `needle` in `haystack` that lie within [lo, hi) entirely. */
function allIndexes(haystack: string, needle: string, lo = 0, hi = haystack.length): number[] {
  const found: number[] = [];
  for (let i = haystack.indexOf(needle, lo); i !== -1 && i + needle.length <= hi && found.length < MAX_OCCURRENCES; i = haystack.indexOf(needle, i + 1)) found.push(i);
  return found;
}

function toResult(s: Scored): Anchor {
  return { start: s.start, end: s.end, method: s.method, score: Math.min(1, Math.max(0, s.score)) };
}

/** Accepts what `describe` returns, or a W3C selector list (e.g. from imported JSON-LD). */
function normalise(selectors: Selectors | readonly Selector[]): { quote?: TextQuoteSelector; position?: TextPositionSelector } {
  if (!Array.isArray(selectors)) return selectors as Selectors;
  const list = selectors as readonly Selector[];
  return {
    quote: list.find((s): s is TextQuoteSelector => s.type === 'TextQuoteSelector'),
    position: list.find((s): s is TextPositionSelector => s.type === 'TextPositionSelector'),
  };
}

function settingsOf(opts: AnchorOptions): Settings {
  return {
    minScore: opts.minScore ?? DEFAULTS.minScore,
    shortQuoteLength: opts.shortQuoteLength ?? DEFAULTS.shortQuoteLength,
    minContext: opts.minContext ?? DEFAULTS.minContext,
    maxErrors: opts.maxErrors ?? DEFAULTS.maxErrors,
  };
}

function anchorWith(
  text: string,
  selectors: Selectors | readonly Selector[],
  settings: Settings,
  hint: number | undefined,
  cache?: Map<string, number[]>,
): Anchor | null {
  const { quote, position } = normalise(selectors);
  if (!quote || quote.exact.length === 0) return null;
  const { exact } = quote;
  const stored = position && Number.isInteger(position.start) && position.start >= 0 ? position.start : null;
  const expected = hint ?? stored;
  const job = new Job(text, quote, expected, settings, cache);
  if (exact.length - job.maxErrors > text.length) return null;

  // 1. The stored position, then the expected one, if the quote is still there.
  const at = (start: number, method: AnchorMethod): Scored | null =>
    start >= 0 && text.startsWith(exact, start) ? job.score({ start, end: start + exact.length, errors: 0 }, method) : null;
  for (const [start, method] of [[stored, 'position'], [expected !== stored ? expected : null, 'exact']] as const) {
    if (start === null) continue;
    const s = at(start, method);
    if (s && job.certain(s)) return toResult(s);
  }

  let best: Scored | null = null;
  const keep = (s: Scored | null) => {
    if (s && job.acceptable(s) && (!best || better(s, best))) best = s;
  };
  const exactMethod = (c: Candidate): AnchorMethod => (c.start === stored ? 'position' : 'exact');
  const exactAt = (starts: number[]): Candidate[] => starts.map((start) => ({ start, end: start + exact.length, errors: 0 }));

  // 2. Near the expected position, in widening windows: exact occurrences, then approximate matches.
  let searchedAll = false;
  if (expected !== null) {
    for (const width of LOCAL_WINDOWS) {
      const lo = Math.max(0, expected - width);
      const hi = Math.min(text.length, expected + exact.length + width);
      const near = job.best(exactAt(allIndexes(text, exact, lo, hi)), exactMethod);
      if (near && job.confident(near)) return toResult(near);
      keep(near);
      const local = job.fuzzy(lo, hi);
      if (local && job.confident(local)) return toResult(local);
      keep(local);
      searchedAll = lo === 0 && hi === text.length;
      if (searchedAll) break;
    }
  }

  // 3. Everywhere: every exact occurrence, then approximate matches.
  if (!searchedAll) {
    const anywhere = job.best(exactAt(job.occurrences()), exactMethod);
    if (anywhere && job.confident(anywhere)) return toResult(anywhere);
    keep(anywhere);
    keep(job.fuzzy(0, text.length));
  }
  return best ? toResult(best) : null;
}

/**
 * Find where stored selectors point in `text`, or `null` when the passage
 * cannot be found with confidence (an orphaned note).
 */
export function anchor(text: string, selectors: Selectors | readonly Selector[], opts: AnchorOptions = {}): Anchor | null {
  const hint = opts.hint !== undefined && Number.isFinite(opts.hint) ? Math.max(0, Math.round(opts.hint)) : undefined;
  return anchorWith(text, selectors, settingsOf(opts), hint);
}

/**
 * Anchor many notes on one text (a page visit). Notes are taken in stored
 * order and each one's expected position is shifted by how far its
 * predecessor moved, so after an edit most notes are found by a single
 * comparison instead of a search; identical quotes share one exact search.
 * Results are in the order of `list`.
 */
export function anchorMany(text: string, list: readonly (Selectors | readonly Selector[])[], opts: Omit<AnchorOptions, 'hint'> = {}): (Anchor | null)[] {
  const settings = settingsOf(opts);
  const cache = new Map<string, number[]>();
  const items = list.map((selectors, index) => ({ index, selectors, position: normalise(selectors).position }));
  items.sort((a, b) => (a.position?.start ?? Infinity) - (b.position?.start ?? Infinity));

  const results: (Anchor | null)[] = new Array<Anchor | null>(list.length).fill(null);
  let shift = 0;
  for (const { index, selectors, position } of items) {
    const hint = position ? Math.max(0, position.start + shift) : undefined;
    const result = anchorWith(text, selectors, settings, hint, cache);
    results[index] = result;
    if (result && position) shift = result.start - position.start;
  }
  return results;
}
