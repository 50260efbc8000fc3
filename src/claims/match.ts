/**
 * Matching a claim sentence against the dataset's claims.
 *
 * Retrieval is BM25 over normalised tokens (folded, stop words out, light
 * stemming, synonym classes, actor mentions folded to "@actor-id" tokens and
 * demonyms to their state: "Russian" = "@russia", "Daesh" = "ISIS"). The top
 * candidates are then judged on features: lexical overlap with the claim's
 * statement and each evidence quote (idf-weighted coverage and precision),
 * figures (same unit, same or different value), claimant (same actor or one
 * of its family), places and dates (another place or month = another event),
 * and polarity (denial against affirmation).
 *
 * Relations, conservative on purpose (a wrong "corroborates" is worse than
 * none) — thresholds and their reasoning are in docs/adr/0020-engine.md:
 * - corroborates: strong overlap, no conflicting figure, claimant, place,
 *   date or polarity;
 * - contradicts: same slot with another figure; denial against affirmation;
 *   roles reversed (A accuses B ↔ B accuses A); or a sentence that
 *   corroborates a claim the dataset records as contradicting this one;
 * - related: same topic and actors, not the same claim.
 */
import type { Mention } from '../actors/matcher';
import type { Dataset } from '../dataset/schema';
import { hasActorClaimant, mayCorroborate, sentenceHedges } from '../dataset/modality';
import { foldText } from '../text/fold';
import { type NumberMention, fitsKey } from '../text/numbers';
import type { Token } from '../text/tokens';
import { contentSpan } from './detect';
import { periodsIn, samePeriod } from './periods';
import { startDayAgrees } from './start-day';
import { monthDaysIn, monthIndex, sameDays, sentenceDays, sentenceWeekdays, weekdaysOf, whenOfIso } from './when';
import { compileFamiliesSteps } from './families';
import { drain, type Steps } from '../compile/steps';
import { ADMIT_VERB, DENY_VERB, NEGATION, type Polarity, negationClash, polarityOf } from './polarity';
import { DISMISSAL } from './polarity-rules';
import { type CandidateFeatures, promotes } from './promote';
import { PROMOTE_MODEL } from './promote-weights';
import { countOfOtherSide, sameEventShown } from './other-side-count';
import { measureNamed } from './duration-measure';
import { denialAnswersClaim } from './third-party-denial';
import { type ClaimDetail, type CompiledClaim, type DetailContext, detailOf } from './claim-detail';
import { type ClaimFigure, DURATION_UNIT, FIGURE_WEIGHT, FigureShapes, formatValue, keyPhrase, sameValue } from './claim-figures';
import { IndexTokenizer } from './index-tokens';
import { indexClaimsSteps } from './indexed-claims';
import { type Query, contextQuery, lexical, lexicalInContext, sharedMass, wordOverlap } from './lexical-similarity';
import { type ClaimIndex, type ClaimMatch, type MatchDeps, type MatchTrace, type Relation, type SentenceContext, type SentenceInput, type SentenceTerms, THRESHOLDS } from './match-types';
import { ClaimRetrieval } from './retrieval';
import { DATE_WORD, monthsIn, slotOtherYear, weekdayClash, yearsIn } from './time-words';
import { pageBeforeDay } from './page-latest-day';
import { anaphorOneWord } from './anaphor-one-word';

export type { ClaimIndex, ClaimMatch, MatchDeps, MatchTrace, Relation, SentenceContext, SentenceInput, SentenceTerms } from './match-types';
export { THRESHOLDS } from './match-types';

/** A page this many months after a claim's last month is about another time (see ADR 0081). */
const OTHER_TIME_MONTHS = 2;

/** Claim kinds where who says it is the point: their roles can be reversed. */
const ATTRIBUTIVE: ReadonlySet<string> = new Set(['accusation', 'denial', 'demand', 'statement', 'assessment', 'forecast']);

/** Words of an office or a source the reports may leave unnamed ("the spokesman", "the monitor", "officials"). */
const STRANGER_OFFICE = /\b(?:spokes(?:man|woman|person)|minister|ministry|secretary|president|official|officials|monitor|observatory|agency|source|sources|command|commander|general|kremlin|pentagon|government|military|army|navy|statement|envoy|ambassador|diplomats?|lawmakers?|analysts?|activists?|residents?|witnesses?)\b/i;
/** a speaker phrase that joins others to its party ("Turkey and a number of Western and Gulf allies") */
const JOINT_SPEAKER = /\band\b(?:\s+\S+){0,6}?\s+(?:allies|countries|nations|partners|governments|states)\b/i;

/**
 * Is what a denial denies named in the sentence ("have not killed civilians": "civilians")? A toll
 * that does not say whose ("dozens killed") affirms nothing the denial denies. True when the claim
 * gives no target.
 */
function targetNamed(target: string | undefined, folded: string): boolean {
  if (!target) return true;
  const words = foldText(target).toLowerCase().match(/[a-z]{4,}/g) ?? [];
  return words.length === 0 || words.some((w) => folded.includes(w.replace(/(?:ies|s)$/, '')));
}

/** How far below a sentence's closest corroboration in words another one may fall and still be its account (ADR 0160). */
const CLOSEST_ACCOUNT_GAP = 0.25;
/** A headline that opens with a gerund or a question word names a topic ("Tallying civilian deaths…", "How the Sinai crash fits…"). */
const TOPIC_TITLE = /^\W*(?:[a-z]{3,}ing|how|why|what|who|where|when|inside|explained|explainer)\b/;

export function compileClaimIndex(dataset: Dataset, deps: MatchDeps): ClaimIndex {
  return drain(compileClaimIndexSteps(dataset, deps));
}

/** `compileClaimIndex` in steps (src/compile/steps.ts): the claims are read a few dozen at a time. */
export function* compileClaimIndexSteps(dataset: Dataset, deps: MatchDeps): Steps<ClaimIndex> {
  const { matcher, actorOf } = deps;
  const actorsById = new Map(dataset.actors.map((a) => [a.id, a]));
  // names and types as plain strings: read per sentence, where actor objects of many shapes would
  // make the property reads polymorphic
  const nameOf = new Map(dataset.actors.map((a) => [a.id, a.name]));
  const typeOf = new Map<string, string>(dataset.actors.map((a) => [a.id, a.type]));
  /** places that stand for a state too (Moscow for Russia) */
  const metonymous = new Set<string>(dataset.actors.filter((a) => a.type === 'place' && a.metonymFor !== undefined).map((a) => a.id));
  const sourcesById = new Map(dataset.sources.map((s) => [s.id, s]));

  const { demonym, famOf, compatible, isJoint } = yield* compileFamiliesSteps(dataset, deps);
  const demonymKey = [...demonym].map(([d, id]) => `${d}=${id}`).sort().join('|');
  const tokenizer = new IndexTokenizer(demonym, actorOf);
  const shapes = new FigureShapes();

  // Up front, only what retrieval needs (terms, figures); the rest of a claim is read the first
  // time it is a candidate — with thousands of imported claims, most never are.
  const { compiled, df: termCounts } = yield* indexClaimsSteps(dataset.claims, matcher, tokenizer, shapes);
  const N = compiled.length;
  const idf = (t: string): number => retrieval.idf(t);
  const detailContext: DetailContext = { matcher, actorOf, tokenizer, idf, actorsById, sourcesById, famOf };
  const detail = (c: CompiledClaim): ClaimDetail => detailOf(c, detailContext);
  // diagnostics see every candidate's features: nothing is skipped when tracing
  const retrieval = new ClaimRetrieval(compiled, termCounts, shapes.shapes, detail, deps.trace === undefined);
  const idfNone = retrieval.idfNone;

  /** the states an actor speaks for or belongs to (its family's states) */
  const statesCache = new Map<string, string[]>();
  const statesOf = (id: string): string[] => {
    let out = statesCache.get(id);
    if (out === undefined) statesCache.set(id, (out = [...famOf(id)].filter((x) => actorsById.get(x)?.type === 'state')));
    return out;
  };
  /**
   * Is a speaker an official of the state whose institution did a reported fact (Turkey's prime
   * minister on the Turkish foreign ministry's summons)? Not when the doer is a whole state: a
   * state does most of what the reports record, and any of its officials would pass; nor when
   * the speaker is the state itself ("Moscow said"), which is its own claim, not an official's.
   */
  const sameSide = (speaker: string, doer: string | undefined): boolean => {
    if (doer === undefined || actorsById.get(doer)?.type === 'state' || actorsById.get(speaker)?.type === 'state') return false;
    const doerStates = statesOf(doer);
    return statesOf(speaker).some((x) => doerStates.includes(x));
  };

  const claimIds = new Set(compiled.map((c) => c.claim.id));
  const contradictsOf = new Map<string, { other: string; reason: string }[]>();
  for (const r of dataset.relations) {
    if (r.type !== 'contradicts') continue;
    for (const [a, b] of [[r.from, r.to], [r.to, r.from]] as const) {
      let l = contradictsOf.get(a);
      if (!l) contradictsOf.set(a, (l = []));
      l.push({ other: b, reason: r.reason });
    }
  }

  // the sentences matched, tokenized: the one before the current one is usually the current one's
  // context (kept apart from the current one, which match() records before judging asks for context)
  type Tokenized = { text: string; start: number; end: number; mentions: readonly Mention[]; tokens: Token[] };
  let lastSentence: Tokenized | undefined;
  let sentenceBefore: Tokenized | undefined;

  /** The context's terms the sentence does not have, weighted down (null: none). */
  function contextTerms(cx: SentenceContext, q: ReadonlySet<string>): Query | null {
    const last = sentenceBefore;
    const tokens =
      last && last.text === cx.text && last.start === cx.span.start && last.end === cx.span.end && last.mentions === cx.mentions ? last.tokens : tokenizer.toks(cx.text, cx.span.start, cx.span.end, cx.mentions);
    return contextQuery(tokens, q, (t) => retrieval.weight(t));
  }

  // the model's features are read only when it may promote (a model switched off promotes at
  // nothing below 1), or for the trace
  const model = deps.promote === false ? undefined : (deps.promote ?? PROMOTE_MODEL);
  const askModel = deps.trace !== undefined || (model !== undefined && model.threshold <= 1);

  /** The sentence's tokens and terms: read here, or by another index over the same sentence with the same demonyms. */
  function termsOf(input: SentenceInput): SentenceTerms {
    const shared = deps.sentenceTerms;
    const last = shared?.last;
    if (last !== undefined && last.input === input && last.demonyms === demonymKey) return last;
    const { text, span, mentions, detected } = input;
    const tokens = tokenizer.toks(text, span.start, span.end, mentions);
    const q = new Set(tokens.map((t) => t.t));
    const cspan = detected?.content ?? contentSpan(text, span.start, span.end);
    const qContent = cspan ? new Set(tokenizer.subToks(text, tokens, span, cspan.start, cspan.end, mentions).map((t) => t.t)) : null;
    const terms: SentenceTerms = { input, demonyms: demonymKey, tokens, q, cspan, qContent };
    if (shared !== undefined) shared.last = terms;
    return terms;
  }

  function match(input: SentenceInput): ClaimMatch[] {
    const { text, span, mentions, numbers, detected } = input;
    if (N === 0) return [];
    const { tokens, q, cspan, qContent } = termsOf(input);
    sentenceBefore = lastSentence;
    lastSentence = { text, start: span.start, end: span.end, mentions, tokens };
    if (q.size === 0) return [];
    const { query, queryContent, ranked, judged } = retrieval.retrieve(q, qContent, numbers);
    if (judged.length === 0) return [];
    // the sentence before, at reduced weight: its words the sentence does not have (read when first asked)
    let contextQuery: Query | null | undefined;

    const sentActors = new Set<string>(mentions.map((m) => actorOf(m)));
    for (const t of q) if (t.startsWith('@')) sentActors.add(t.slice(1));
    // the places of the sentence's event: not a capital standing for its state as an owner
    // ("Moscow's warplanes" are Russia's, not an event in Moscow)
    const sentPlaces = new Set<string>();
    for (const a of sentActors) {
      if (typeOf.get(a) !== 'place') continue;
      const own = mentions.filter((m) => actorOf(m) === a);
      if (own.length === 0 || !metonymous.has(a) || own.some((m) => !/^['’]s\b/.test(text.slice(m.end, m.end + 3)))) sentPlaces.add(a);
    }
    const folded = input.folded ?? foldText(text.slice(span.start, span.end)).toLowerCase();
    // when, and over what period: a headline also reads the lead sentence that restates its figure (lead-time.ts)
    const timed = input.leadTime === undefined ? folded : `${folded} ; ${input.leadTime}`;
    const timedDates = input.leadTime === undefined ? folded : `${folded} ; ${input.leadTime.replace(/\bsince\s+\S+(?:\s+\S+)?/g, ' ')}`;
    const sMonths = monthsIn(timedDates);
    let sPeriodsCache: Set<string> | undefined;
    const sPeriods = (): Set<string> => (sPeriodsCache ??= periodsIn(timed));
    const sYears = yearsIn(timedDates);
    const when = input.articleWhen ?? whenOfIso(input.articleDate);
    const articleYear = when?.year;
    const articleMonth = when?.month;
    // the article's day, ISO, when its date is whole
    const articleDay = when?.year !== undefined && when.day !== undefined ? `${when.year}-${String(when.month + 1).padStart(2, '0')}-${String(when.day).padStart(2, '0')}` : undefined;
    // the time the page is of, for "another time": its date, else the latest date it states
    const pageTime = when?.year !== undefined ? monthIndex(when.year, when.month) : input.articleNotBefore?.year !== undefined ? monthIndex(input.articleNotBefore.year, input.articleNotBefore.month) : undefined;
    // the days the sentence speaks of, per year (a dateline gives no year: the claim's stands in)
    const sDaysByYear = new Map<number | undefined, Set<string>>();
    const sDays = (year: number | undefined): Set<string> => {
      let v = sDaysByYear.get(year);
      if (!v) {
        v = sentenceDays(timed, when, year);
        // a dated page's headline that names no day is that day's news (or the night before's)
        if (v.size === 0 && input.headline && articleDay !== undefined && when !== undefined) v = new Set([...sentenceDays('today', when, year), ...sentenceDays('yesterday', when, year)]);
        sDaysByYear.set(year, v);
      }
      return v;
    };
    let sWeekdaysCache: Set<number> | undefined;
    const sWeekdays = (): Set<number> => (sWeekdaysCache ??= sentenceWeekdays(input.leadDay !== undefined && sentenceWeekdays(timed).size === 0 ? `${timed} ${input.leadDay}` : timed));
    const topicTitle = input.headline === true && TOPIC_TITLE.test(folded);
    // a headline that names no time, in itself or its lead: no day, weekday, month, year or written date
    const unplacedHeadline = (): boolean => sWeekdays().size === 0 && sMonths.size === 0 && sYears.size === 0 && monthDaysIn(timedDates).size === 0 && !/\b(?:today|yesterday|tonight|overnight)\b/.test(timedDates);
    let sMonthDaysCache: Set<string> | undefined;
    // the days the sentence says something happened on or since ("since Sept. 30"; not "between
    // September 30 and November 20", nor "the September 30 strikes")
    const sMonthDays = (): Set<string> => (sMonthDaysCache ??= monthDaysIn(folded, true));
    // words of the actors named (not the claim's point)
    let nameTermsCache: Set<string> | undefined;
    const nameTerms = (): Set<string> => (nameTermsCache ??= new Set(mentions.flatMap((m) => foldText(m.text).toLowerCase().split(/[^a-z]+/))));
    const sNegated = NEGATION.test(folded);
    // negation scopes of the sentence's content, read only when a candidate gets that far
    let sPolarityCache: Polarity | undefined;
    const sPolarity = (): Polarity => {
      if (sPolarityCache === undefined) {
        // the sentence's own tokens and folded text, limited to its content
        const sContent = cspan ?? span;
        const inContent = tokens.filter((t) => t.start >= sContent.start && t.start < sContent.end);
        sPolarityCache = polarityOf(inContent, folded, span.start);
      }
      return sPolarityCache;
    };
    // a dismissal ("were an information attack", "baseless") denies without a denial verb
    // (a detected claim has already read its dismissals: its polarity)
    const sDeny = (DENY_VERB.test(folded) || (detected ? detected.polarity === 'deny' : DISMISSAL.test(folded))) && !ADMIT_VERB.test(folded);
    const sAdmit = ADMIT_VERB.test(folded);
    // what a denial denies: the clause after the deny verb ("rejected the accusations, saying…" denies
    // the accusations, not what follows "saying")
    let denied: Set<string> | null = null;
    if (sDeny) {
      const dm = DENY_VERB.exec(folded);
      if (dm) {
        const from = span.start + dm.index + dm[0].length;
        const rest = text.slice(from, span.end);
        const cut = rest.search(/[,;:.!?]\s|\s(?:saying|adding|calling|arguing)\b/);
        const to = cut === -1 ? span.end : from + cut;
        denied = new Set(tokenizer.subToks(text, tokens, span, from, to, mentions).map((t) => t.t));
      }
    }
    /** Does the denied clause hold at least half of what the sentence shares with the claim? */
    const deniedIsAbout = (c: CompiledClaim): boolean => {
      if (denied === null) return true;
      let inSentence = 0;
      let inDenied = 0;
      for (const t of q) {
        if (!c.terms.has(t)) continue;
        inSentence++;
        if (denied.has(t)) inDenied++;
      }
      return inSentence === 0 || inDenied * 2 >= inSentence;
    };
    const claimant = detected?.claimant;
    // the speaker is named in this sentence (a mention inside the attribution), not inherited or a bare noun
    const claimantNamedHere = claimant !== undefined && claimant.start >= span.start && mentions.some((m) => m.start >= claimant.start && m.end <= claimant.end);
    const claimantId = claimant?.actorId;
    // the actors the speaker phrase names, demonyms as their states ("Syrian state television")
    const speakerActors = (): string[] =>
      claimant === undefined ? [] : [...claimant.actorIds, ...tokens.filter((t) => t.start >= claimant.start && t.end <= claimant.end && t.t.startsWith('@')).map((t) => t.t.slice(1))];
    // several parties speaking as one: two states or more, or a state "and (its) allies" / "and other countries"
    const jointSpeaker =
      claimant !== undefined &&
      (claimant.actorIds.filter((id) => typeOf.get(id) === 'state').length >= 2 || JOINT_SPEAKER.test(claimant.text));
    // a named speaker the dataset does not know (a capitalised name, not "he" or "officials")
    // an explicit speaker the dataset does not know ("Ibrahim Kalin", "a rebel group"), not a pronoun
    // (a person's name, or a group named without an office: "Hassan Haj Ali", "a Western-backed rebel group";
    // not "the spokesperson" or "the Kremlin spokesman", which may be the reports' own speakers unnamed)
    const strangerText = claimant?.text.trim() ?? '';
    const namedStranger =
      claimant !== undefined &&
      claimantId === undefined &&
      !/^(?:he|she|they|it|we|i|you)\b/i.test(strangerText) &&
      ((!/^(?:the|a|an)\s/i.test(strangerText) && /^(?:[A-Z][\w'’-]+\s+){1,3}[A-Z][\w'’-]+/.test(strangerText)) ||
        /(?:^|\s)[A-Z][a-z]+\s+[A-Z][\w'’-]+\s*,?$/.test(strangerText) ||
        !STRANGER_OFFICE.test(strangerText));
    // actors right after the attribution verb: its object ("warned Turkey", "accused Ankara of")
    const objectIds: string[] = [];
    if (detected?.verbEnd !== undefined) {
      for (const m of mentions) {
        if (m.start < detected.verbEnd) continue;
        const gap = text.slice(detected.verbEnd, m.start);
        if (/^\s*(?:the\s+)?$/.test(gap)) objectIds.push(actorOf(m));
        break;
      }
    }

    // figures that agree exactly with some candidate claim (first pass)
    const agreedElsewhere = new Set<NumberMention>();
    if (numbers.length > 0) {
      for (const i of ranked) {
        for (const f of compiled[i]!.figures) {
          for (const n of numbers) if (fitsKey(f.shape, n.units) && sameValue(n, f) && measureNamed(f.key, text.slice(span.start, span.end))) agreedElsewhere.add(n);
        }
      }
    }
    const out: ClaimMatch[] = [];
    // the lexical score of each corroboration on words alone (no agreeing figure), for the closest-account rule
    const corroborationLex = new Map<string, number>();
    const anchored = new Set<string>();
    // the candidates at the lexical floor (for each one's lead over the others), and the 'related'
    // ones no veto holds, with what the model will read (ADR 0135)
    const atFloor: { claimId: string; lex: number }[] = [];
    const pending: { match: ClaimMatch; features: Omit<CandidateFeatures, 'lexLead'>; entry: MatchTrace | undefined; source: string; score: number }[] = [];
    for (const i of judged) judge(i);
    if (pending.length > 0) secondLook();

    /**
     * The fitted model's look at the held-back candidates: promoted ones corroborate (never anchoring
     * a derived contradiction). Not in a sentence the rules already gave a claim (none of the 91 such
     * candidates in the labelled sets was the sentence's claim).
     */
    function secondLook(): void {
      if (out.some((m) => m.relation !== 'related')) return;
      for (const p of pending) {
        let best = 0;
        for (const o of atFloor) if (o.claimId !== p.match.claimId && o.lex > best) best = o.lex;
        const features: CandidateFeatures = { ...p.features, lexLead: p.features.lex - best };
        // the model guesses only the sentence's closest claim in words: a candidate another claim
        // outdoes is a topic the sentence shares, not its account (never asked, never fitted on)
        if (features.lexLead < 0) {
          if (p.entry) deps.trace?.(p.entry);
          continue;
        }
        const prob = model === undefined ? undefined : promotes(features, model);
        if (prob !== undefined) {
          p.match.relation = 'corroborates';
          p.match.score = p.score;
          p.match.reason = `same account; source: ${p.source}`;
        }
        if (p.entry) deps.trace?.({ ...p.entry, relation: p.match.relation, features, ...(prob !== undefined ? { promoteP: prob } : {}) });
      }
    }
    // one candidate, in a function of its own: V8 optimises it apart from the sentence's setup (sooner, and
    // a deoptimisation in one does not throw away the other)
    function judge(i: number): void {
      const c = compiled[i]!;
      const d = detail(c);
      // figures
      let agree: { f: ClaimFigure; n: NumberMention } | undefined;
      let disagree: { f: ClaimFigure; n: NumberMention } | undefined;
      for (const f of c.figures) {
        const fitting = numbers.filter((n) => fitsKey(f.shape, n.units));
        // a length of time is the claim's figure only with what lasted (ADR 0200)
        if (fitting.length === 0 || !measureNamed(f.key, text.slice(span.start, span.end))) continue;
        const same = fitting.find((n) => sameValue(n, f));
        if (same) agree ??= { f, n: same };
        else {
          // a figure that is exactly another candidate claim's figure belongs to that claim's event
          const other = fitting.find((n) => !agreedElsewhere.has(n));
          if (other) disagree ??= { f, n: other };
        }
      }
      if (agree && disagree && agree.f.key === disagree.f.key) disagree = undefined;
      // the same figure over another period is another figure ("800 targets in the past month" is not "800 in four days")
      if (agree && !samePeriod(d.periods, sPeriods())) agree = undefined;
      // (not a duration: "four days", "an hour" agree with too much to stand for a word)
      const fw = agree && !disagree && !agree.f.units.some((u) => DURATION_UNIT.test(u)) ? FIGURE_WEIGHT * idfNone : 0;
      const shQ = sharedMass(query, d);
      const shC = queryContent && queryContent.mass > 0 ? sharedMass(queryContent, d) : null;
      const lex = Math.max(lexical(query, d, shQ, false, fw), shC ? lexical(queryContent!, d, shC, false, fw) : 0);
      // what is claimed must be there, not only who claims it ("Hollande said, before his talks with Putin, …")
      const lexContent = Math.max(lexical(query, d, shQ, true, fw), shC ? lexical(queryContent!, d, shC, true, fw) : 0);
      if (lex < Math.min(THRESHOLDS.related, THRESHOLDS.contradictFigure, THRESHOLDS.corroborateWithFigure)) {
        deps.trace?.({ sentence: text.slice(span.start, span.end), claimId: c.claim.id, rank: ranked.indexOf(i), lex, lexContent, relation: 'none', flags: ['below-floor'] });
        return;
      }
      const cl = c.claim;
      atFloor.push({ claimId: cl.id, lex });
      // an article from another time (a 2016 page on the same war): not about this claim at all,
      // unless the sentence names the claim's year
      if (
        pageTime !== undefined && d.monthRange !== undefined &&
        ![...sYears].some((y) => d.years.has(y)) &&
        (pageTime > d.monthRange[1] + OTHER_TIME_MONTHS || (when?.year !== undefined && pageTime < d.monthRange[0] - 1))
      ) return;
      // another event? another place or another month/year
      const placeClash = d.places.size > 0 && sentPlaces.size > 0 && ![...sentPlaces].some((p) => d.places.has(p) || [...d.places].some((cp) => compatible(p, cp)));
      const timeClash =
        (sYears.size > 0 && d.years.size > 0 && ![...sYears].some((y) => d.years.has(y))) ||
        // a day the sentence names in a dated page ("on Wednesday") is of that page's year: not a 2011 background fact
        (sYears.size === 0 && articleYear !== undefined && slotOtherYear(cl.slots.time, articleYear) && sDays(articleYear).size > 0) ||
        (sMonths.size > 0 && d.months.size > 0 && ![...sMonths].some((m) => d.months.has(m)));
      // an undated sentence in an article from another month: not the same event for a contradiction
      // (a later article may well re-report an older claim, so corroboration is left alone)
      // an article published before the claim was made cannot restate it (another, earlier event)
      const beforeClaim =
        (articleDay !== undefined && d.since !== undefined && articleDay < d.since) ||
        // (a page with no date whose text writes only earlier days, for a sentence naming no time: ADR 0200)
        (when === undefined && input.articleNotBefore?.year === undefined && pageBeforeDay(input.articleNotBefore, d.since) && unplacedHeadline());
      const articleClash =
        articleMonth !== undefined && sMonths.size === 0 && sYears.size === 0 && d.months.size > 0 && d.years.size > 0 &&
        !((articleYear === undefined || d.years.has(articleYear)) && d.months.has(articleMonth));
      // another day: "overnight" in a page dated 1 October is not the night of 1-2 October
      // in an undated page, a weekday is still a day: "on Monday" is not a Thursday's count (a
      // headline reports its lead's day)
      const dayClash =
        d.days.size > 0 &&
        (!sameDays(d.days, sDays(articleYear ?? [...d.years][0])) || (articleDay === undefined && weekdayClash(d.days, sWeekdays())));
      // claimant
      let claimantAgree = false;
      let claimantClash = false;
      if (claimantId && hasActorClaimant(cl)) {
        const ids = claimant?.actorIds ?? [claimantId];
        // one member of a joint statement ("Britain", "Turkey") speaking alone is not the statement
        // several of its members speaking together ("the USA, Turkey and … allies called on") are the statement
        claimantAgree = ids.some((id) => compatible(id, cl.claimant)) && (!isJoint(cl.claimant) || claimantId === cl.claimant || ids.filter((id) => compatible(id, cl.claimant)).length >= 2);
        claimantClash = !claimantAgree;
      } else if (namedStranger && hasActorClaimant(cl)) {
        // "Ibrahim Kalin said …": someone the reports do not have is not the reports' speaker
        claimantClash = !(claimant?.actorIds ?? []).some((id) => compatible(id, cl.claimant));
      }
      // an official giving the count his own state's institution gave (Shoigu for the Russian
      // military's 18 missiles), figure for figure: the same account, though not the same speaker
      const sideAgrees = claimantClash && claimantId !== undefined && sameSide(claimantId, cl.claimant);
      const memberAlone = claimantId !== undefined && isJoint(cl.claimant) && claimantId !== cl.claimant && (claimant?.actorIds ?? [claimantId]).length === 1 && compatible(claimantId, cl.claimant);
      // reversed roles: "Russia warned Turkey…" where the reports have Turkey warning Russia. The
      // sentence's claimant is what the claim is about, and the claim's claimant is the object of
      // the sentence's attribution verb.
      let swapped = false;
      if (claimantClash && claimantId && cl.claimant !== 'reporter' && ATTRIBUTIVE.has(cl.kind) && objectIds.length > 0) {
        const sClaimantIsCounterpart = [...d.counterparts].some((x) => compatible(x, claimantId));
        const cClaimantIsObject = objectIds.some((a) => compatible(a, cl.claimant));
        swapped = sClaimantIsCounterpart && cClaimantIsObject;
      }
      // polarity: a denial against an affirmation (or an admission against a denial)
      // the claim's doer must be the sentence's: a coalition toll says nothing of Russia's denial
      const doerNamed = cl.slots.actor === undefined || [...sentActors].some((a) => compatible(a, cl.slots.actor!));
      const polarityFlip =
        // (a concern over reports affirms nothing: "serious concern over the information that…")
        (d.deny && doerNamed && (sAdmit || (!sNegated && !sDeny && !sentenceHedges(folded))) && targetNamed(cl.slots.target, folded)) ||
        (!d.negated && sDeny && deniedIsAbout(c)) ||
        // "not enough" against "enough"; "Daesh rather than the opposition" against "the opposition instead of Daesh"
        (!d.deny &&
          !sDeny &&
          lex >= THRESHOLDS.contradictNegation &&
          negationClash(d.polarity, sPolarity()) &&
          // about the same doer: the claim's actor is in the sentence ("the USA… targeting IS" is not Russia)
          (cl.slots.actor === undefined || [...sentActors].some((a) => compatible(a, cl.slots.actor!))));
      const actorShared = [...sentActors].filter((a) => d.actors.has(a)).length;
      const src = d.claimantName;
      let relation: Relation | undefined;
      let score = 0;
      let reason = '';
      // a title that names a topic rather than states ("Counting civilian casualties in Syria",
      // "Why Putin is bombing Syria") is no account of anything
      const otherEvent = placeClash || timeClash || dayClash || topicTitle;
      // when it happened is the claim's point ("began on 30 September"), and a headline of a page with no
      // date that names no time (nor does its lead) cannot say it: "Russia begins airstrikes in Syria" (ADR 0160)
      const unplacedForWhen = d.whenIsPoint && input.headline === true && articleDay === undefined && unplacedHeadline();
      // a claim whose point is its date ("began on 30 September"): the sentence's written date agrees
      // like a figure ("since Sept. 30"), or, for the same account in close words, disagrees ("on September 20")
      // (and the sentence must share a word of what happened then: "began", "campaign", not only the date)
      // when something began, told on its day as a weekday ("launched its first air strike … on Wednesday"): agrees as a written date
      const dateAgree =
        (d.statedDays.size > 0 && startDayAgrees(foldText(cl.statement).toLowerCase(), folded, d.days, d.statedDays, () => sDays(articleYear ?? [...d.years][0]))) ||
        (d.statedDays.size > 0 && [...sMonthDays()].some((md) => d.statedDays.has(md)) &&
          [...q].some((t) => d.allTerms.has(t) && !t.startsWith('@') && !/^\d/.test(t) && !DATE_WORD.test(t) && !nameTerms().has(t) && !actorsById.has(t)));
      const dateDisagree = d.statedDays.size > 0 && !dateAgree && sMonthDays().size > 0 && !placeClash && !topicTitle;
      // the same slot: the same period ("26 on Wednesday" is not "100 in four days"), and for an
      // assessment (a share, an estimate) the same assessor — another party's estimate is its own measure
      const sameSlot = (): boolean => samePeriod(d.periods, sPeriods()) && !(claimantClash && ATTRIBUTIVE.has(cl.kind) && !swapped);
      // another side's count is its own, unless the same event is shown (ADR 0200)
      const otherSideCount =
        disagree !== undefined && hasActorClaimant(cl) &&
        countOfOtherSide({ present: claimant !== undefined, agrees: claimantAgree, clashes: claimantClash, actors: speakerActors() }, cl.claimant, (a) => typeOf.get(a) === 'state', compatible) &&
        !sameEventShown(d.days, sDays(articleYear ?? [...d.years][0]), weekdaysOf(d.days), sWeekdays(), dateAgree);
      if (dateDisagree && !disagree && !polarityFlip && lex >= THRESHOLDS.contradictDate && actorShared >= 1 && !claimantClash) {
        relation = 'contradicts';
        score = Math.min(1, 0.4 + lex * 0.5);
        reason = `different date: the reports give ${[...d.statedDays].join(', ')} (month-day) (${src})`;
      } else if (!otherEvent && !articleClash && disagree && lex >= THRESHOLDS.contradictFigure && (actorShared >= 2 || claimantAgree) && sameSlot() && !otherSideCount) {
        relation = 'contradicts';
        score = Math.min(1, 0.5 + lex * 0.5 + (claimantAgree ? 0.1 : 0));
        reason = `different figure: ${formatValue(disagree.n.value, disagree.n.max, disagree.f.key)} vs ${formatValue(disagree.f.value, undefined, disagree.f.key)} ${keyPhrase(disagree.f.key)} (${src})`;
      } else if (!otherEvent && !articleClash && swapped && lex >= THRESHOLDS.contradictSwap) {
        relation = 'contradicts';
        score = Math.min(1, 0.45 + lex * 0.5);
        const who = nameOf.get(claimantId!) ?? claimantId;
        reason = `reversed attribution: here ${who} makes the claim; in the reports it is ${src}'s`;
      } else if (!otherEvent && !articleClash && polarityFlip && lex >= Math.min(THRESHOLDS.contradictPolarity, THRESHOLDS.contradictNegation) && !claimantClash) {
        relation = 'contradicts';
        score = Math.min(1, 0.4 + lex * 0.5);
        reason = d.deny ? `opposite polarity: ${src} denies this` : `opposite polarity: denies what ${src} states`;
      } else if (
        !otherEvent && !articleClash && polarityFlip && lex >= THRESHOLDS.contradictPolarity && claimantClash && sDeny &&
        // shown to answer this claim: its claimant named (not as the speaker), its figure, or its words (ADR 0200)
        denialAnswersClaim({ figureAgrees: agree !== undefined, claimantNamed: [...sentActors].some((a) => !speakerActors().includes(a) && compatible(a, cl.claimant)), lex })
      ) {
        // another party denying the claim: an opposite account
        relation = 'contradicts';
        score = Math.min(1, 0.35 + lex * 0.5);
        reason = `opposite account: denies what ${src} states`;
      } else if (
        !otherEvent &&
        !beforeClaim &&
        !disagree &&
        !polarityFlip &&
        !unplacedForWhen &&
        // a party's account stated by nobody, on a page of another month, naming no time: another event
        !(articleClash && claimant === undefined && cl.claimant !== 'reporter' && ATTRIBUTIVE.has(cl.kind)) &&
        // a concern or a hope in the reports is not the fact a sentence states
        mayCorroborate(cl, folded) &&
        // "this is our position as well": an anaphor sharing one word, and no actor, figure or date (ADR 0200)
        !anaphorOneWord(text.slice((cspan ?? span).start, (cspan ?? span).end), q, d.allTerms, actorShared, agree !== undefined || dateAgree) &&
        // another claimant blocks, unless the sentence says it nearly word for word; one member of a
        // joint statement speaking alone ("…: Britain") says its own thing, however close the words
        // and never by a speaker the reports do not have for a claim whose speaker is its point (a
        // demand, a statement): NATO demanding what the seven countries demanded is NATO's demand
        // (a checked rumour is anyone's who repeats it)
        // another speaker, named in the sentence, sharing none of the claim's actors gives no account of
        // it, however close the words (a checked rumour, whose actors the feed seldom lists, is anyone's
        // who repeats it; a speaker read from "the statement" or the sentences before may be the claim's)
        (!claimantClash || (sideAgrees && agree !== undefined) || actorShared >= 1 || cl.review !== undefined || !claimantNamedHere) &&
        // what one side negates the other affirms ("hit groups other than IS" is not "bombing IS and
        // others"); two denials negate what they deny, which is no clash
        ((d.deny && sDeny) || !negationClash(d.polarity, sPolarity())) &&
        // a denial is restated only by a sentence that denies or negates (a concern over the reports it denies is none)
        (!d.deny || sDeny || sNegated) &&
        (!claimantClash || (sideAgrees && agree !== undefined) || (lex >= THRESHOLDS.corroborateOtherClaimant && !memberAlone && !(namedStranger && ATTRIBUTIVE.has(cl.kind) && !cl.review))) &&
        lexContent >= THRESHOLDS.corroborateContent &&
        // a background fact stated by the reporter is rarely what a named speaker says: ask for more,
        // unless the speaker is on the side that did it (Turkey's prime minister on Turkey's summons)
        // with the sentence before as context: only above a related's overlap, and never for a claim
        // the sentence before matched itself
        ((lex >= THRESHOLDS.related && input.context !== undefined && !input.context.matches.some((m) => m.claimId === cl.id && m.relation !== 'related')
          ? Math.max(lex, lexicalInContext(query, d, shQ, contextQuery === undefined ? (contextQuery = contextTerms(input.context, q)) : contextQuery))
          : lex) >= ((c.figures.length > 0 && !agree) || (cl.claimant === 'reporter' && claimantId && !sameSide(claimantId, cl.slots.actor)) ? THRESHOLDS.corroborateNoFigure : THRESHOLDS.corroborate) ||
          ((agree || dateAgree) && lex >= THRESHOLDS.corroborateWithFigure))
      ) {
        relation = 'corroborates';
        score = Math.min(1, lex * 0.8 + (agree ? 0.2 : 0) + (claimantAgree ? 0.1 : 0));
        reason = agree ? `same figure: ${formatValue(agree.n.value, agree.n.max, agree.f.key)} ${keyPhrase(agree.f.key)}; source: ${src}` : `same account; source: ${src}`;
      } else if (lex >= THRESHOLDS.related && actorShared >= THRESHOLDS.relatedActors) {
        relation = 'related';
        score = Math.min(0.6, lex * 0.7);
        const why = otherEvent ? (placeClash ? 'another place' : 'another date') : claimantClash ? `claimant differs (reports: ${src})` : 'same topic';
        reason = `${why}; shared actors: ${[...sentActors].filter((a) => d.actors.has(a)).map((a) => nameOf.get(a) ?? a).join(', ')}`;
      }
      // held back as related, with no hard veto: the fitted model has a second look once all are judged
      // (another event, time, period, figure or polarity, one side negating what the other does not,
      // another speaker's figure or statement, a hedge or a denial read as a fact, the sentence
      // before's claim: vetoes, as for the rules)
      const secondLook =
        relation === 'related' &&
        askModel &&
        !otherEvent && !articleClash && !beforeClaim && !disagree && !polarityFlip && !dateDisagree && !memberAlone && !unplacedForWhen &&
        // several states speaking together ("the USA, Turkey and their allies called on…") make a joint
        // statement, not one member's own claim (the mirror of memberAlone)
        !(jointSpeaker && !isJoint(cl.claimant)) &&
        samePeriod(d.periods, sPeriods()) &&
        mayCorroborate(cl, folded) &&
        ((d.deny && sDeny) || !negationClash(d.polarity, sPolarity())) &&
        (!d.deny || sDeny || sNegated) &&
        d.negated === sNegated &&
        !(claimantClash && (c.figures.length > 0 || (ATTRIBUTIVE.has(cl.kind) && !cl.review) || (actorShared === 0 && claimantNamedHere && !cl.review))) &&
        !(input.context?.matches.some((m) => m.claimId === cl.id && m.relation !== 'related') ?? false);
      const match: ClaimMatch | undefined = relation ? { claimId: cl.id, relation, score: Math.round(score * 1000) / 1000, reason } : undefined;
      if (match) out.push(match);
      if (relation === 'corroborates' && !agree) corroborationLex.set(cl.id, lex);
      let entry: MatchTrace | undefined;
      if (deps.trace) {
        // why a candidate was not a corroboration, for the recall diagnostic (read only when tracing)
        const held = relation === 'corroborates' ? {} : {
          mayNot: !mayCorroborate(cl, folded),
          negClash: !((d.deny && sDeny) || !negationClash(d.polarity, sPolarity())),
          denialUnmet: d.deny && !sDeny && !sNegated,
          needsNoFigure: (c.figures.length > 0 && !agree) || (cl.claimant === 'reporter' && !!claimantId && !sameSide(claimantId, cl.slots.actor)),
          dayClash,
          topicTitle,
          memberAlone,
          sentenceBeforeHasIt: input.context?.matches.some((m) => m.claimId === cl.id && m.relation !== 'related') ?? false,
        };
        const flags = Object.entries({ placeClash, timeClash, articleClash, beforeClaim, claimantAgree, claimantClash, swapped, agree: !!agree, disagree: !!disagree, polarityFlip, namedStranger, sDeny, dateAgree, sideAgrees, otherSideCount, ...held }).filter(([, v]) => v).map(([k]) => k);
        entry = { sentence: text.slice(span.start, span.end), claimId: cl.id, rank: ranked.indexOf(i), lex, lexContent, relation: relation ?? 'none', flags: [...flags, `actorShared=${actorShared}`, `claimant=${claimantId ?? claimant?.text ?? '-'}`] };
        if (!secondLook) deps.trace(entry);
      }
      if (secondLook && match) {
        pending.push({
          match,
          entry,
          source: src,
          score: Math.round(Math.min(1, lex * 0.8 + (agree ? 0.2 : 0) + (claimantAgree ? 0.1 : 0)) * 1000) / 1000,
          features: {
            lex,
            lexContent,
            ...wordOverlap(query, d, idf),
            top: ranked.indexOf(i) === 0,
            claimantAgree,
            claimantClash,
            actorShared,
            figureAgree: agree !== undefined,
            figureMissing: c.figures.length > 0 && agree === undefined,
            deny: sDeny,
            headline: input.headline === true,
            reporterClaim: cl.claimant === 'reporter',
            quote: /["“”«»]/.test(text.slice(span.start, span.end)),
            speakerStatement: claimantAgree && ATTRIBUTIVE.has(cl.kind),
          },
        });
      }
      // a corroboration anchored by its speaker or its figure can stand for the claim's side in a dispute
      // (the speaker is the claim's claimant or part of it: Konashenkov for the ministry, not Britain for the seven countries)
      if (relation === 'corroborates' && ((claimantId !== undefined && (claimantId === cl.claimant || famOf(claimantId).has(cl.claimant))) || agree !== undefined)) anchored.add(cl.id);
    }
    // one account in words: a corroboration on words alone far below the sentence's closest one shares the same
    // words with another claim ("the training infrastructure was destroyed completely" is not also "a warehouse was
    // completely destroyed"); it stays related (ADR 0160)
    if (corroborationLex.size > 1) {
      const best = Math.max(...corroborationLex.values());
      for (const m of out) {
        const lx = corroborationLex.get(m.claimId);
        if (m.relation === 'corroborates' && lx !== undefined && lx < best - CLOSEST_ACCOUNT_GAP) {
          m.relation = 'related';
          m.score = Math.min(0.6, lx * 0.7);
          anchored.delete(m.claimId);
        }
      }
    }
    // a sentence that corroborates A contradicts what the dataset says contradicts A
    const extra: ClaimMatch[] = [];
    for (const m of out) {
      // a derived contradiction meets the same standard as a direct one: the sentence must be that
      // claim's account (same speaker or same figure), not only near it in words
      if (m.relation !== 'corroborates' || !anchored.has(m.claimId)) continue;
      for (const { other, reason } of contradictsOf.get(m.claimId) ?? []) {
        if (!claimIds.has(other) || out.some((x) => x.claimId === other && x.relation !== 'related') || extra.some((x) => x.claimId === other)) continue;
        extra.push({ claimId: other, relation: 'contradicts', score: Math.round(m.score * 0.85 * 1000) / 1000, reason: `opposite account (via ${m.claimId}): ${reason}` });
      }
    }
    // a reversed attribution reverses one account: keep only the closest such readings
    const swaps = out.filter((m) => m.reason.startsWith('reversed attribution'));
    if (swaps.length > 1) {
      const best = Math.max(...swaps.map((m) => m.score));
      for (let k = out.length - 1; k >= 0; k--) if (out[k]!.reason.startsWith('reversed attribution') && out[k]!.score < best - 0.03) out.splice(k, 1);
    }
    const all = [...out.filter((m) => !(m.relation === 'related' && extra.some((x) => x.claimId === m.claimId))), ...extra];
    const rank = { corroborates: 0, contradicts: 1, related: 2 } as const;
    all.sort((x, y) => rank[x.relation] - rank[y.relation] || y.score - x.score);
    // keep related matches few
    let related = 0;
    return all.filter((m) => m.relation !== 'related' || ++related <= 3);
  }

  return { match, size: N };
}
