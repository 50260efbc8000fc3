/**
 * A claim as the index holds it: the terms retrieval needs, read for every
 * claim up front, and its detail — the texts as variants of term sets, its
 * actors, places, counterparts, polarity, months, periods and days — read the
 * first time the claim is a candidate (with thousands of imported claims,
 * most never are).
 */
import type { ActorMatcher, Mention } from '../actors/matcher';
import type { Actor, Claim, Source } from '../dataset/schema';
import { hasActorClaimant } from '../dataset/modality';
import { foldText } from '../text/fold';
import { claimTellsStart } from './start-day';
import { claimOfFuture } from './still-to-come';
import type { Token } from '../text/tokens';
import type { ClaimFigure } from './claim-figures';
import { contentSpan } from './detect';
import type { IndexTokenizer } from './index-tokens';
import { periodsIn } from './periods';
import { DENY_VERB, NEGATION, type Polarity, polarityOf } from './polarity';
import { monthsIn, sinceOf, yearsIn } from './time-words';
import { claimDays, monthDaysIn, monthDaysOf, monthIndex, weekdaysOf, whenOfIso } from './when';

/** A claim as retrieval sees it; `detail` is read the first time it is a candidate. */
export interface CompiledClaim {
  claim: Claim;
  terms: Map<string, number>;
  length: number;
  figures: ClaimFigure[];
  detail: ClaimDetail | undefined;
}

/** A text of the claim (statement, a quote, or the content of one without its frame) as a set of terms. */
export interface Variant {
  terms: Set<string>;
  /** the idf mass of its terms */
  mass: number;
  /** does it hold what is claimed (not only who claims it)? */
  isContent: boolean;
  /** is it one of the claim's wordings (ADR 0335) rather than its statement or a quote? */
  wording?: boolean;
}

export interface ClaimDetail {
  variants: Variant[];
  /** the variants' masses, in their order (what retrieval's bound reads) */
  masses: Float64Array;
  /** the terms of all its variants */
  allTerms: Set<string>;
  /** each term of its variants → which variants hold it (bit j: variant j); undefined past 31 variants */
  termMasks: Map<string, number> | undefined;
  actors: Set<string>;
  places: Set<string>;
  /** actors the claim is about, other than the claimant's side */
  counterparts: Set<string>;
  negated: boolean;
  deny: boolean;
  /** negation scopes over the claim's content texts */
  polarity: Polarity;
  months: Set<number>;
  years: Set<number>;
  /** the periods its figures cover ("in four days", "overnight", "on Friday") */
  periods: Set<string>;
  /** the days its time slot names (see claimDays) */
  days: Set<string>;
  /** the weekdays of those days (weekdaysOf) */
  weekdays: Set<number>;
  /** the calendar days ("9-30") its statement writes out as its point ("began on Wednesday 30 September 2015"); empty when it writes none */
  statedDays: Set<string>;
  /** a background fact whose point is when it happened: its statement writes its day or its slot's year ("began on 30 September", "began in 2011") */
  whenIsPoint: boolean;
  /** its statement writes its day and tells that something began then (start-day.ts) */
  startOnStatedDay: boolean;
  /** its statement is itself of the future: a forecast, a plan, a schedule (still-to-come.ts) */
  ofFuture: boolean;
  /** the first and last month (monthIndex) of its time and its reports, when known */
  monthRange: [number, number] | undefined;
  /** the first day (ISO) the claim's own date allows (see sinceOf) */
  since: string | undefined;
  claimantName: string;
  /** every variant's terms are among the claim's indexed terms (what makes mayReach a bound) */
  boundable: boolean;
}

/** The claim's own texts: its statement and its evidence quotes (what its actors, dates and polarity are read from). */
export const claimTexts = (claim: Claim): string[] => [claim.statement, ...claim.evidence.map((e) => e.quote)];

/**
 * Every text the matcher compares a sentence with: the claim's own texts and its wordings
 * (restatements in the forms news uses, ADR 0335). Wordings add terms, variants and predicate
 * verbs only: the claim's actors, places, dates, periods and polarity stay those of its own texts.
 */
export const textsToCompare = (claim: Claim): string[] => (claim.wordings === undefined ? claimTexts(claim) : [...claimTexts(claim), ...claim.wordings]);

/** What reading a claim's detail needs from the index. */
export interface DetailContext {
  matcher: ActorMatcher;
  actorOf(m: Mention): string;
  tokenizer: IndexTokenizer;
  idf(t: string): number;
  actorsById: ReadonlyMap<string, Actor>;
  sourcesById: ReadonlyMap<string, Source>;
  famOf(id: string): Set<string>;
}

/** What judging a candidate reads: its variants, actors, places, dates and polarity (once). */
export function detailOf(c: CompiledClaim, cx: DetailContext): ClaimDetail {
  if (c.detail) return c.detail;
  const claim = c.claim;
  const texts = claimTexts(claim);
  const variants: Variant[] = [];
  const polTokens: Token[] = [];
  let polText = '';
  const actors = new Set<string>([...claim.actors]);
  if (claim.claimant !== 'reporter') actors.add(claim.claimant);
  if (claim.slots.actor) actors.add(claim.slots.actor);
  for (const a of claim.slots.targetActors ?? []) actors.add(a);
  for (const a of claim.slots.place ?? []) actors.add(a);
  const variant = (terms: Set<string>, isContent: boolean): Variant => {
    let mass = 0;
    for (const t of terms) mass += cx.idf(t);
    return { terms, mass, isContent };
  };
  for (const t of texts) {
    const ms = cx.matcher.find(t, { datasetText: true });
    for (const m of ms) actors.add(cx.actorOf(m));
    const ts = cx.tokenizer.toks(t, 0, t.length, ms);
    {
      // negation scopes, on the content (a denial's frame is handled apart)
      const cs = contentSpan(t) ?? { start: 0, end: t.length };
      const offset = polText.length;
      for (const x of cx.tokenizer.toks(t, cs.start, cs.end, ms)) polTokens.push({ t: x.t, start: x.start + offset, end: x.end + offset });
      polText += foldText(t) + ' . ';
    }
    // the content without its attribution frame is a variant too ("rejected allegations that X" → "X")
    const content = contentSpan(t);
    const inner = content ? new Set(cx.tokenizer.toks(t, content.start, content.end, ms).map((x) => x.t)) : null;
    variants.push(variant(new Set(ts.map((x) => x.t)), inner === null || inner.size < 2));
    if (inner && inner.size >= 2) variants.push(variant(inner, true));
  }
  // its wordings: one variant each, whole, frame and all ("IS said it downed…"): cut to its content a
  // short wording is a few words any sentence of the topic may hold (ADR 0335)
  for (const t of claim.wordings ?? []) {
    const ts = cx.tokenizer.toks(t, 0, t.length, cx.matcher.find(t, { datasetText: true }));
    variants.push({ ...variant(new Set(ts.map((x) => x.t)), true), wording: true });
  }
  const places = new Set<string>();
  for (const a of actors) if (cx.actorsById.get(a)?.type === 'place') places.add(a);
  const claimantSide = claim.claimant === 'reporter' ? new Set<string>() : cx.famOf(claim.claimant);
  const counterparts = new Set<string>();
  for (const a of [...(claim.slots.targetActors ?? []), ...(claim.slots.actor ? [claim.slots.actor] : []), ...claim.actors]) {
    if (!claimantSide.has(a) && cx.actorsById.get(a)?.type !== 'place') counterparts.add(a);
  }
  const foldedAll = foldText(texts.join(' \n ')).toLowerCase();
  const foldedStatement = foldText(claim.statement).toLowerCase();
  const statedDays = claim.review ? new Set<string>() : new Set([...monthDaysOf(claimDays(claim.slots.time))].filter((md) => monthDaysIn(foldedStatement).has(md)));
  const months = monthsIn(foldText(claim.slots.time ?? '').toLowerCase());
  // an ISO date ("2015-09-30") names its month too: the campaign began in September, not in the reports' October
  const iso = /\b(?:19|20)\d\d-(0[1-9]|1[0-2])\b/.exec(claim.slots.time ?? '');
  if (iso) months.add(Number(iso[1]) - 1);
  const years = yearsIn(foldText(claim.slots.time ?? '').toLowerCase());
  for (const e of claim.evidence) {
    const src = cx.sourcesById.get(e.source);
    if (src) {
      months.add(Number(src.date.slice(5, 7)) - 1);
      years.add(Number(src.date.slice(0, 4)));
    }
  }
  // the months it belongs to: its time slot's and its reports'
  const monthsAt: number[] = [];
  // (a checked claim recurs: a rumour checked in February is the same rumour in October)
  const slotWhen = claim.review ? undefined : whenOfIso(claim.slots.time);
  if (slotWhen?.year !== undefined) monthsAt.push(monthIndex(slotWhen.year, slotWhen.month));
  else if (claim.slots.time && !claim.review) {
    const ys = [...yearsIn(foldText(claim.slots.time).toLowerCase())];
    const ms = [...monthsIn(foldText(claim.slots.time).toLowerCase())];
    if (ys.length === 1) for (const m of ms) monthsAt.push(monthIndex(ys[0]!, m));
  }
  if (!claim.review) {
    for (const e of claim.evidence) {
      const w = whenOfIso(cx.sourcesById.get(e.source)?.date);
      if (w?.year !== undefined) monthsAt.push(monthIndex(w.year, w.month));
    }
  }
  const since = sinceOf(claim.slots.time ?? '');
  const claimantActor = hasActorClaimant(claim) ? cx.actorsById.get(claim.claimant) : undefined;
  let claimantName = claimantActor?.name ?? (claim.claimant === 'reporter' ? 'the reporter' : 'an unnamed speaker');
  if (claim.claimant === 'reporter') {
    const src = cx.sourcesById.get(claim.evidence[0]?.source ?? '');
    claimantName = src?.outlet ?? 'the report';
  }
  const allTerms = new Set<string>();
  for (const v of variants) for (const t of v.terms) allTerms.add(t);
  let termMasks: Map<string, number> | undefined;
  if (variants.length <= 31) {
    termMasks = new Map();
    variants.forEach((v, j) => {
      for (const t of v.terms) termMasks!.set(t, (termMasks!.get(t) ?? 0) | (1 << j));
    });
  }
  // a checked claim's date is when it was said, not an event's day
  const days = claim.review ? new Set<string>() : claimDays(claim.slots.time);
  let boundable = true;
  for (const t of allTerms) if (!c.terms.has(t)) boundable = false;
  return (c.detail = {
    variants,
    masses: Float64Array.from(variants, (v) => v.mass),
    allTerms,
    termMasks,
    actors,
    places,
    counterparts,
    negated: NEGATION.test(foldedAll),
    polarity: polarityOf(polTokens, polText.toLowerCase(), 0),
    deny: claim.polarity === 'deny' || DENY_VERB.test(foldedAll),
    months,
    years,
    periods: periodsIn(foldedAll),
    days,
    weekdays: weekdaysOf(days),
    statedDays,
    whenIsPoint: claim.kind === 'background' && !claim.review && (statedDays.size > 0 || [...yearsIn(foldedStatement)].some((y) => yearsIn(foldText(claim.slots.time ?? '').toLowerCase()).has(y))),
    startOnStatedDay: statedDays.size > 0 && claimTellsStart(foldedStatement),
    ofFuture: claimOfFuture(foldedStatement),
    monthRange: monthsAt.length > 0 ? [Math.min(...monthsAt), Math.max(...monthsAt)] : undefined,
    since,
    claimantName,
    boundable,
  });
}
