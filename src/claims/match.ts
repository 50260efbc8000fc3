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
import type { Claim, Dataset } from '../dataset/schema';
import { hasActorClaimant, mayCorroborate } from '../dataset/modality';
import { foldText } from '../text/fold';
import { type Token, stem } from '../text/tokens';
import { drain, type Steps } from '../compile/steps';
import { type ClaimDetail, type CompiledClaim, type DetailContext, claimTexts, textsToCompare, detailOf } from './claim-detail';
import { DURATION_UNIT, FIGURE_WEIGHT, FigureShapes, formatValue, keyPhrase } from './claim-figures';
import { contentSpan } from './detect';
import { compileFamiliesSteps } from './families';
import { compareFigures, figuresAgreedElsewhere } from './figure-agreement';
import { IndexTokenizer } from './index-tokens';
import { indexClaimsSteps } from './indexed-claims';
import { type Query, contextQuery, lexical, lexicalInContext, sharedMass, wordOverlap } from './lexical-similarity';
import { type ClaimIndex, type ClaimMatch, type MatchDeps, type MatchTrace, type Relation, type SentenceContext, type SentenceInput, type SentenceTerms, THRESHOLDS } from './match-types';
import { samePeriod } from './periods';
import { type Polarity, negationClash } from './polarity';
import { PROMOTE_MODEL } from './promote-weights';
import { ownSpeakerBar } from './own-speaker-bar';
import { ClaimRetrieval, LEX_FLOOR } from './retrieval';
import { SentenceMatches } from './sentence-matches';
import { SentenceSpeaker } from './sentence-speaker';
import { SentenceStance } from './sentence-stance';
import { SentenceTime } from './sentence-time';
import { TOPIC_TITLE, pageOfOtherTime, slotVetoes } from './slot-vetoes';
import { ATTRIBUTIVE, SpeakerSides, checkSpeaker } from './speaker-checks';
import { DATE_WORD } from './time-words';
// rules added by the precision and recall work, each in a module of its own
import { countOfOtherSide, sameEventShown } from './other-side-count';
import { denialAnswersClaim } from './third-party-denial';
import { startDayAgrees } from './start-day';
import { OFFICE_WORDS, sharesOnlyWho } from './who-not-what';
import { backgroundSubject } from './background-subject';
import { forecastFigureUntold } from './forecast-figure';
import { yearUntold } from './year-told';
import { anotherDoer, DOER_TYPES, doerOnlyBacks } from './another-doer';
import { demandObjectMissing } from './demand-object';
import { doerOnlyWarned } from './notice-recipient';
import { leavesOpen } from './open-question';
import { placeOfFactUnnamed } from './place-fact';
import { sharesOneWord } from './one-word-shared';
import { forecastUntold } from './forecast-tense';
import { tellsNewRound } from './new-round';
import { salvoUnplaced } from './unplaced-salvo';
import { eventOfDayToldBefore } from './day-told-before';
import { anaphorOneWord } from './anaphor-one-word';
import { launchOrigin } from './launch-origin';
import { assertsNothing } from './verbless-content';
import { CONTEXT_FLOOR, liftedByContext, mayLeanOnContext } from './context-floor';
import { tellsWhatIsToCome } from './still-to-come';
import { predicateMissing, predicateTerms, tellsAnotherAction } from './claim-predicate';
import { beginningUntold } from './beginning-told';
import { absentTargets } from './absent-target';
import { backgroundTargetUnnamed } from './background-target';
import { isoDay } from './when';
import { placesInsideClaim, placesWithin } from './place-within';
import { claimNamedAsClaimantsClaim } from './claim-named-as-claim';
import { institutionActors } from './roles';
import { negatedAims, pageOfThatWeek } from './opposite-aim';
import { MEMBERS_NAMED } from './negated-aim-claims';
import { PropositionReaders } from './proposition-readers';
import type { PropositionSentence, ReaderIndex } from './proposition-sentence';
import { AimReader } from './aim-reader';
import { EventReaders } from './event-readers';
import { ConflictStartReader } from './conflict-start';
import { ToldReader } from './told-propositions';
import { DowningReader, OwnStrikeReader, SupportAimReader } from './restatement-readers';
import { ChargeDeniedReader } from './charge-denied-reader';
import { NoDistinctionReader } from './no-distinction';
import { firstDayCountOfOtherDay } from './first-day-count';

export type { ClaimIndex, ClaimMatch, MatchDeps, MatchTrace, Relation, SentenceContext, SentenceInput, SentenceTerms } from './match-types';
export { THRESHOLDS } from './match-types';

/** The distinct terms of some tokens, in their order (no array in between: it runs for every sentence). */
/** the terms a strike's aim is told by, as the tokenizer writes them: aimed at, targeted; hit, struck, bombed */
const TARGET = stem('target');
const STRIKE = stem('strike');
const AIM_VERBS = [TARGET, STRIKE];

function termSet(tokens: readonly Token[]): Set<string> {
  const out = new Set<string>();
  for (let k = 0; k < tokens.length; k++) out.add(tokens[k]!.t);
  return out;
}

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
  /** where the dataset's places lie, from their roles (place-within.ts) */
  const within = placesWithin(dataset, matcher, actorOf);
  const demonymKey = [...demonym].map(([d, id]) => `${d}=${id}`).sort().join('|');
  const tokenizer = new IndexTokenizer(demonym, actorOf);
  /** the words of offices as the tokenizer reads them (who-not-what.ts) */
  const officeTerms = termSet(tokenizer.toks(OFFICE_WORDS, 0, OFFICE_WORDS.length, []));
  const shapes = new FigureShapes();
  /** a demand's target as the index reads its words (demand-object.ts), read the first time it is judged */
  const demandTargets = new Map<string, Set<string>>();
  const demandTargetOf = (claim: Claim): Set<string> => {
    let t = demandTargets.get(claim.id);
    if (t === undefined) demandTargets.set(claim.id, (t = termSet(tokenizer.toks(claim.slots.target ?? '', 0, (claim.slots.target ?? '').length, []).filter((x) => !x.t.startsWith('@')))));
    return t;
  };
  /** the claims that leave a question open (open-question.ts), read the first time each is judged */
  const openClaims = new Map<string, boolean>();
  const claimLeavesOpen = (claim: Claim): boolean => {
    let o = openClaims.get(claim.id);
    if (o === undefined) openClaims.set(claim.id, (o = leavesOpen(foldText(claim.statement).toLowerCase())));
    return o;
  };
  /** the terms of the verbs each claim tells its event with (claim-predicate.ts), read the first time it is judged */
  const predicates = new Map<string, Set<string>>();
  const predicateOf = (claim: Claim): Set<string> => {
    let p = predicates.get(claim.id);
    if (p === undefined) predicates.set(claim.id, (p = predicateTerms(textsToCompare(claim), (t) => tokenizer.toks(t, 0, t.length, []))));
    return p;
  };

  /** the verbs of the claim's own texts, without its wordings (read the first time a claim with wordings is judged) */
  const ownPredicates = new Map<string, Set<string>>();
  const ownPredicateOf = (claim: Claim): Set<string> => {
    let p = ownPredicates.get(claim.id);
    if (p === undefined) ownPredicates.set(claim.id, (p = predicateTerms(claimTexts(claim), (t) => tokenizer.toks(t, 0, t.length, []))));
    return p;
  };

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

  // which states a speaker belongs to, for "an official of the side that did it" (speaker-checks.ts)
  const sides = new SpeakerSides({ famOf }, actorsById);
  const sameSide = (speaker: string, doer: string | undefined): boolean => sides.sameSide(speaker, doer);
  const families = { compatible, isJoint };

  const claimIds = new Set(compiled.map((c) => c.claim.id));
  const compiledById = new Map(compiled.map((c) => [c.claim.id, c]));
  // the days a campaign began on, as the claims of its start state them (first-day-count.ts), read once
  let startDayKeys: Set<string> | undefined;
  const startDays = (): Set<string> => (startDayKeys ??= new Set(compiled.filter((c) => detail(c).startOnStatedDay).flatMap((c) => [...detail(c).days])));
  const contradictsOf = new Map<string, { other: string; reason: string }[]>();
  for (const r of dataset.relations) {
    if (r.type !== 'contradicts') continue;
    for (const [a, b] of [[r.from, r.to], [r.to, r.from]] as const) {
      let l = contradictsOf.get(a);
      if (!l) contradictsOf.set(a, (l = []));
      l.push({ other: b, reason: r.reason });
    }
  }
  // what the proposition readers may ask of the index (proposition-sentence.ts)
  const readerIndex: ReaderIndex = {
    typeOf: (a) => typeOf.get(a),
    famOf,
    compatible,
    sameSide,
    statesOf: (a) => sides.statesOf(a),
    nameOf: (a) => nameOf.get(a) ?? a,
    claimantName: (id) => detail(compiledById.get(id)!).claimantName,
    claimTime: (id) => detail(compiledById.get(id)!),
    kindOf: (id) => compiledById.get(id)?.claim.kind,
    contradicting: (id) => (contradictsOf.get(id) ?? []).map((x) => x.other),
    // institutions written for their state ("the Kremlin"): a doer named, for the rules that read who does what
    institutions: institutionActors((name) => {
      const m = matcher.find(name)[0];
      return m && actorOf(m);
    }),
  };
  // the readers of a sentence's proposition, in the order they look (proposition-readers.ts): strikes' aims
  // denied, the events of one day, a campaign's start or request, and claims restated in other words
  const aimReader = new AimReader(dataset.claims, readerIndex, AIM_VERBS);
  const readers = new PropositionReaders([
    aimReader,
    new EventReaders(dataset.claims, readerIndex),
    new ConflictStartReader(dataset.claims, readerIndex),
    new ToldReader(dataset.claims, readerIndex),
    new SupportAimReader(dataset.claims, readerIndex),
    new OwnStrikeReader(aimReader.aims, dataset.claims, readerIndex, (id) => compiledById.get(id)?.figures.length ?? 1, AIM_VERBS),
    new DowningReader(dataset.claims, readerIndex),
    new ChargeDeniedReader(dataset.claims, readerIndex),
    new NoDistinctionReader(dataset.claims, readerIndex),
  ]);
  // the known accusations that strikes did not aim at a group (negated-aim-claims.ts)
  const negatedAimIds = new Set(aimReader.accusations.map((n) => n.claimId));
  // a group's longer names in any case, for the rules that read a group's part in a sentence ("Isis" as news writes it)
  const loose = new Map<string, RegExp>();
  const loosePattern = (group: string): RegExp => {
    let re = loose.get(group);
    if (re === undefined) {
      const names = [actorsById.get(group)?.name ?? '', ...(actorsById.get(group)?.aliases ?? []).map((x) => (typeof x === 'string' ? x : x.text))]
        .map((n) => foldText(n).toLowerCase()).filter((n) => n.length >= 4).map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
      loose.set(group, (re = names.length === 0 ? /$^/g : new RegExp(`\\b(?:${names.join('|')})\\b`, 'g')));
    }
    return re;
  };

  // the sentences matched, tokenized: the one before the current one is usually the current one's
  // context (kept apart from the current one, which match() records before judging asks for context)
  type Tokenized = { text: string; start: number; end: number; mentions: readonly Mention[]; tokens: Token[] };
  let lastSentence: Tokenized | undefined;
  let sentenceBefore: Tokenized | undefined;

  /** The context's terms the sentence does not have, weighted down (null: none). */
  /** The sentence before's tokens: those read when it was matched, when it is that sentence. */
  function contextTokens(cx: SentenceContext): readonly Token[] {
    const last = sentenceBefore;
    return last && last.text === cx.text && last.start === cx.span.start && last.end === cx.span.end && last.mentions === cx.mentions ? last.tokens : tokenizer.toks(cx.text, cx.span.start, cx.span.end, cx.mentions);
  }

  function contextTerms(cx: SentenceContext, q: ReadonlySet<string>): Query | null {
    return contextQuery(contextTokens(cx), q, (t) => retrieval.weight(t));
  }

  // the model's features are read only when it may promote (a model switched off promotes at
  // nothing below 1), or for the trace
  const model = deps.promote === false ? undefined : (deps.promote ?? PROMOTE_MODEL);
  const askModel = deps.trace !== undefined || (model !== undefined && model.threshold <= 1);

  /** The offsets of the armed groups a strike sentence says were absent where the strikes fell (absent-target.ts). */
  function absentTargetsOf(input: SentenceInput): number[] {
    const { text, span, mentions } = input;
    let groups: { start: number; end: number }[] | undefined;
    for (const m of mentions) {
      if (m.start < span.start || m.end > span.end || typeOf.get(actorOf(m)) !== 'armed_group') continue;
      (groups ??= []).push({ start: m.start - span.start, end: m.end - span.start });
    }
    if (groups === undefined) return [];
    const folded = input.folded ?? foldText(text.slice(span.start, span.end)).toLowerCase();
    return absentTargets(folded, groups).map((at) => at + span.start);
  }

  /** The sentence's tokens and terms: read here, or by another index over the same sentence with the same demonyms. */
  function termsOf(input: SentenceInput): SentenceTerms {
    const shared = deps.sentenceTerms;
    const last = shared?.last;
    if (last !== undefined && last.input === input && last.demonyms === demonymKey) return last;
    const { text, span, mentions, detected } = input;
    const tokens = tokenizer.toks(text, span.start, span.end, mentions);
    const q = termSet(tokens);
    // strikes told by where they fell ("areas with no IS fighters"): their aim is a term of the sentence (absent-target.ts)
    const absent = absentTargetsOf(input);
    if (absent.length > 0) q.add(TARGET);
    const cspan = detected?.content ?? contentSpan(text, span.start, span.end);
    const qContent = cspan ? termSet(tokenizer.subToks(text, tokens, span, cspan.start, cspan.end, mentions)) : null;
    const terms: SentenceTerms = { input, demonyms: demonymKey, tokens, q, cspan, qContent, absent };
    if (shared !== undefined) shared.last = terms;
    return terms;
  }

  function match(input: SentenceInput): ClaimMatch[] {
    const { text, span, mentions, numbers } = input;
    if (N === 0) return [];
    const { tokens, q, cspan, qContent, absent } = termsOf(input);
    sentenceBefore = lastSentence;
    lastSentence = { text, start: span.start, end: span.end, mentions, tokens };
    if (q.size === 0) return [];
    const { query, queryContent, ranked, judged } = retrieval.retrieve(q, qContent, numbers, input.context !== undefined);
    const folded = input.folded ?? foldText(text.slice(span.start, span.end)).toLowerCase();
    // the readers of its proposition whose cue fires (proposition-readers.ts): read below, after the candidates on words
    const cued = readers.cues({ folded, terms: q, absent, named: new Set(mentions.map((m) => actorOf(m))) });
    if (judged.length === 0 && cued === undefined) return [];
    // the sentence before, at reduced weight: its words the sentence does not have (read when first asked)
    let contextQuery: Query | null | undefined;
    // the sentence before's terms, whole: what a terse follow-up's demand is about ("called for an immediate end to it")
    let contextTermsCache: Set<string> | undefined;
    const contextTermSet = (): Set<string> => (contextTermsCache ??= input.context === undefined ? new Set() : termSet(contextTokens(input.context)));

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
    // the places struck, for corroboration: without those only named as a launch's origin ("warships in the Caspian")
    let struckPlaces: Set<string> | undefined;
    const placesStruck = (): Set<string> =>
      (struckPlaces ??= new Set(
        [...sentPlaces].filter((a) => {
          const own = mentions.filter((m) => actorOf(m) === a && m.start >= span.start && m.end <= span.end);
          return own.length === 0 || !own.every((m) => launchOrigin(text, m));
        }),
      ));
    const sentence = text.slice(span.start, span.end);
    // when (sentence-time.ts), its stance (sentence-stance.ts), who speaks (sentence-speaker.ts)
    const time = new SentenceTime(input, folded);
    const { articleYear, articleDay } = time;
    const sPeriods = (): Set<string> => time.periods();
    const sDays = (year: number | undefined): Set<string> => time.days(year);
    const sWeekdays = (): Set<number> => time.weekdays();
    const sMonthDays = (): Set<string> => time.monthDays();
    const topicTitle = input.headline === true && TOPIC_TITLE.test(folded);
    // the sentence tells what is still to come ("next week", "ready to"): read once, for all its candidates
    let toComeCache: boolean | undefined;
    const toComeSentence = (): boolean => (toComeCache ??= tellsWhatIsToCome(folded));
    // words of the actors named (not the claim's point)
    let nameTermsCache: Set<string> | undefined;
    const nameTerms = (): Set<string> => (nameTermsCache ??= new Set(mentions.flatMap((m) => foldText(m.text).toLowerCase().split(/[^a-z]+/))));
    // its stance, who speaks and whether it asserts anything: read the first time a candidate past the floor or a
    // reader asks (most sentences judged have none past the floor; ADR 0410)
    let stanceCache: SentenceStance | undefined;
    const stance = (): SentenceStance => (stanceCache ??= new SentenceStance(input, folded, tokens, cspan, q, tokenizer, absent));
    const sPolarity = (): Polarity => stance().polarity();
    let speakerCache: SentenceSpeaker | undefined;
    const speaker = (): SentenceSpeaker => (speakerCache ??= new SentenceSpeaker(input, tokens, actorOf, typeOf));
    // a content with no verb asserts nothing ("10 sorties"), unless a headline attributes it by punctuation (verbless-content.ts)
    let noPredicateCache: boolean | undefined;
    const assertsNothingHere = (): boolean => {
      if (noPredicateCache === undefined) {
        const headlineAttributed = input.detected?.cues.includes('attribution') === true && input.detected.verb === undefined;
        const said = input.detected?.verb !== undefined && input.detected.verbEnd !== undefined ? { start: input.detected.verbEnd - input.detected.verb.length - span.start, end: input.detected.verbEnd - span.start } : undefined;
        noPredicateCache = assertsNothing(text.slice(span.start, span.end), said, headlineAttributed);
      }
      return noPredicateCache;
    };
    const speakerActors = (): string[] => speaker().speakerActors();
    // the sentence's actors in order, each with the words before it (another-doer.ts)
    let namedCache: { id: string; before: string }[] | undefined;
    const namedInOrder = (): { id: string; before: string }[] =>
      (namedCache ??= mentions.filter((m) => m.start >= span.start && m.end <= span.end).map((m) => ({ id: actorOf(m), before: text.slice(Math.max(span.start, m.start - 24), m.start) })));

    // figures that agree exactly with some candidate claim (first pass)
    // every value the sentence writes, a range's top too (forecast-figure.ts)
    const numberValues = (): number[] => numbers.flatMap((n) => (n.max !== undefined ? [n.value, n.max] : [n.value]));
    const agreedElsewhere = figuresAgreedElsewhere(ranked.map((i) => compiled[i]!), numbers, sentence);
    // is `claimId` the closest to the sentence of the judged claims of `claimant`? (own-speaker-bar.ts; read rarely)
    let lexOfJudged: Map<string, number> | undefined;
    const closestOfClaimant = (claimant: string, claimId: string): boolean => {
      if (lexOfJudged === undefined) {
        lexOfJudged = new Map();
        for (const j of judged) {
          const dj = detail(compiled[j]!);
          lexOfJudged.set(compiled[j]!.claim.id, lexical(query, dj, sharedMass(query, dj)));
        }
      }
      const own = lexOfJudged.get(claimId) ?? 0;
      return judged.every((j) => compiled[j]!.claim.claimant !== claimant || compiled[j]!.claim.id === claimId || (lexOfJudged!.get(compiled[j]!.claim.id) ?? 0) < own);
    };
    const matches = new SentenceMatches();
    const { out, corroborationLex, anchored, atFloor, pending } = matches;
    for (const i of judged) judge(i);
    if (pending.length > 0) matches.secondLook(model, deps.trace);
    if (cued !== undefined) readers.read(cued, propositionSentence(), matches, sentence, deps.trace);
    return matches.settle(contradictsOf, claimIds);

    /** the sentence as the proposition readers see it (proposition-sentence.ts) */
    function propositionSentence(): PropositionSentence {
      // (a plain object: getters here, to read the stance only when a reader asks, made every reader's reads slower; ADR 0410)
      const { claimant, claimantId } = speaker();
      const st = stance();
      return {
        folded, start: span.start, end: span.end, tokens, actors: sentActors, speaker: claimantId,
        mentions: mentions.map((m) => ({ start: m.start, end: m.end, id: actorOf(m) })),
        // (the words naming a speaker the index read no actor in, with the sentence up to them when they lead it: "The Kremlin's chief of staff, Sergei Ivanov, said")
        speakerWords: claimant === undefined || claimantId !== undefined ? undefined : text.slice(/^\s*(?:said|says|told|added)\b/.test(text.slice(claimant.end, claimant.end + 12)) ? span.start : claimant.start, claimant.end),
        denied: st.deny, negated: st.negated, toCome: toComeSentence, question: folded.trimEnd().endsWith('?'), time,
        contextFolded: () => (input.context === undefined ? undefined : foldText(input.context.text.slice(input.context.span.start, input.context.span.end)).toLowerCase()),
        // (over the whole sentence: the aim may be negated after the speaker's clause, "…, the official said, are not aimed at ISIS")
        negatedGroups: () => negatedAims(stance().wholePolarity(TARGET), AIM_VERBS),
        groupSpans, namedHere, spokenBy, sameTimeAs,
        ofItsDays: (id) => ofItsDays(compiledById.get(id)!, detail(compiledById.get(id)!)),
        otherTime: (id) => pageOfOtherTime(time, detail(compiledById.get(id)!)),
        objectNamed: (id) => {
          const cl = compiledById.get(id)!.claim;
          return !demandObjectMissing(cl, demandTargetOf(cl), q) || (input.context !== undefined && !demandObjectMissing(cl, demandTargetOf(cl), contextTermSet()));
        },
        firm: () => matches.out,
      };
    }

    /** an actor named here, or in the sentence before ("… the areas that were struck were not under the control of Daesh") */
    function namedHere(is: (id: string) => boolean): boolean {
      return [...sentActors].some(is) || [...contextTermSet()].some((t) => t.startsWith('@') && is(t.slice(1)));
    }

    /** Is the sentence of the claim's days? No other time named, and a page of the week after them or the claim's day named. */
    function ofItsDays(c: CompiledClaim, d: ClaimDetail): boolean {
      if (!sameTimeAs(c.claim.id, true)) return false;
      // (a dateline gives no year, "ANKARA, Nov. 20 (Xinhua) --": the claim's stands in, as for the sentence's own days)
      const pageDay = articleDay ?? (time.when?.day !== undefined && d.years.size === 1 ? isoDay([...d.years][0]!, time.when.month, time.when.day) : undefined);
      return pageOfThatWeek(pageDay, d.since) || [...sDays(articleYear ?? [...d.years][0])].some((x) => d.days.has(x));
    }

    /** where the sentence names a group (offsets in `folded`): its mentions, and its longer names in any case ("Isis") */
    function groupSpans(group: string): { start: number; end: number }[] {
      const out = mentions.filter((m) => m.start >= span.start && m.end <= span.end && compatible(actorOf(m), group)).map((m) => ({ start: m.start - span.start, end: m.end - span.start }));
      for (const m of folded.matchAll(loosePattern(group))) if (!out.some((o) => o.start <= m.index && o.end > m.index)) out.push({ start: m.index, end: m.index + m[0].length });
      return out;
    }

    /** no other time named than the claim's (`sameDay`: nor another day), on a page of its time and not before it */
    function sameTimeAs(claimId: string, sameDay = false): boolean {
      const c = compiledById.get(claimId)!;
      const d = detail(c);
      if (pageOfOtherTime(time, d)) return false;
      const { timeClash, dayClash, beforeClaim } = slotVetoes(time, sentPlaces, c.claim, d, compatible);
      return !timeClash && !beforeClaim && !(sameDay && dayClash);
    }

    /**
     * Is the sentence `claimant`'s own account? Its speaker is the claimant (or of its family), or, for a
     * joint body, the body or several of its states speaking as one; with no speaker read ("The seven,
     * Britain, France, … faulted the raids"), the body or MEMBERS_NAMED of its states are named here.
     */
    function spokenBy(claimantOfClaim: string): boolean {
      const { claimantId, jointSpeaker } = speaker();
      if (claimantId !== undefined) return compatible(claimantId, claimantOfClaim) && (!isJoint(claimantOfClaim) || claimantId === claimantOfClaim || jointSpeaker);
      if (sentActors.has(claimantOfClaim)) return true;
      return isJoint(claimantOfClaim) && [...sentActors].filter((id) => id !== claimantOfClaim && famOf(claimantOfClaim).has(id) && typeOf.get(id) === 'state').length >= MEMBERS_NAMED;
    }

    // one candidate, in a function of its own: V8 optimises it apart from the sentence's setup (sooner, and
    // a deoptimisation in one does not throw away the other)
    function judge(i: number): void {
      const c = compiled[i]!;
      const d = detail(c);
      const { agree, disagree } = compareFigures(c, d, numbers, agreedElsewhere, sentence, sPeriods);
      // (not a duration: "four days", "an hour" agree with too much to stand for a word)
      const fw = agree && !disagree && !agree.f.units.some((u) => DURATION_UNIT.test(u)) ? FIGURE_WEIGHT * idfNone : 0;
      const shQ = sharedMass(query, d);
      const shC = queryContent && queryContent.mass > 0 ? sharedMass(queryContent, d) : null;
      // a claim's wordings lend it other words, not another event: they count only for a sentence that
      // tells a verb of the claim's own texts, or gives its figure (ADR 0335)
      const ownOnly = c.claim.wordings !== undefined && !d.deny && agree === undefined && predicateMissing(q, ownPredicateOf(c.claim), false);
      const lex = Math.max(lexical(query, d, shQ, false, fw, ownOnly), shC ? lexical(queryContent!, d, shC, false, fw, ownOnly) : 0);
      // what is claimed must be there, not only who claims it ("Hollande said, before his talks with Putin, …")
      const lexContent = Math.max(lexical(query, d, shQ, true, fw, ownOnly), shC ? lexical(queryContent!, d, shC, true, fw, ownOnly) : 0);
      // below the floor on its own words, a terse follow-up may still restate the claim with the sentence before (context-floor.ts)
      const lifted =
        input.context !== undefined &&
        mayLeanOnContext(lex, LEX_FLOOR, true, input.context.matches.some((m) => m.claimId === c.claim.id && m.relation !== 'related')) &&
        liftedByContext(lexicalInContext(query, d, shQ, contextQuery === undefined ? (contextQuery = contextTerms(input.context, q)) : contextQuery));
      if (lex < LEX_FLOOR && !lifted) {
        deps.trace?.({ sentence, claimId: c.claim.id, rank: ranked.indexOf(i), lex, lexContent, relation: 'none', flags: ['below-floor'] });
        return;
      }
      const cl = c.claim;
      atFloor.push({ claimId: cl.id, lex });
      // an article from another time (a 2016 page on the same war): not about this claim at all
      if (pageOfOtherTime(time, d)) {
        deps.trace?.({ sentence, claimId: cl.id, rank: ranked.indexOf(i), lex, lexContent, relation: 'none', flags: ['page-of-other-time'] });
        return;
      }
      const { negated: sNegated, deny: sDeny } = stance();
      const { claimant, claimantNamedHere, claimantId, jointSpeaker, namedStranger } = speaker();
      const noPredicate = assertsNothingHere();
      // another event: another place, year, month or day (slot-vetoes.ts)
      const { placeClash, timeClash, beforeClaim, articleClash, countBeforeClaim, dayClash } = slotVetoes(time, sentPlaces, cl, d, compatible);
      // the speaker against the claimant (speaker-checks.ts)
      const { claimantAgree, claimantClash, sideAgrees, memberAlone, swapped } = checkSpeaker(speaker(), cl, d, families, sides);
      // polarity: a denial against an affirmation (or an admission against a denial)
      // the claim's doer must be the sentence's: a coalition toll says nothing of Russia's denial
      // (named only as another's backer, "Syrian troops … backed by Russia", it is not the doer: another-doer.ts)
      // (nor when named only as the one a notice was given to: notice-recipient.ts)
      const doerElsewhere = cl.slots.actor !== undefined && (doerOnlyBacks(cl.slots.actor, namedInOrder(), compatible) || doerOnlyWarned(cl.slots.actor, namedInOrder(), compatible));
      const doerNamed = cl.slots.actor === undefined || ([...sentActors].some((a) => compatible(a, cl.slots.actor!)) && !doerElsewhere);
      // another party as the sentence's subject does not restate what the claim's doer did (another-doer.ts)
      // (read only where a corroboration or the second look asks)
      let otherDoerCache: boolean | undefined;
      // (a background claim's subject stands for its doer: "Iran is also an ally" is not Russia's alliance; background-subject.ts)
      const doer = cl.slots.actor ?? backgroundSubject(cl, (a) => typeOf.get(a));
      const otherDoer = (): boolean =>
        (otherDoerCache ??=
          (cl.slots.actor === undefined ? doer !== undefined && ![...sentActors].some((a) => compatible(a, doer)) : !doerNamed) &&
          anotherDoer({ doer, claimActors: d.actors, others: new Set([...(cl.slots.targetActors ?? []), ...(cl.slots.place ?? [])]), named: namedInOrder(), speakers: speakerActors(), isBystander: (a) => !DOER_TYPES.has(typeOf.get(a) ?? ''), compatible, statesOf: (a) => sides.statesOf(a) }));
      // an open question has no polarity: neither a denial nor an affirmation answers it (open-question.ts)
      const openQuestion = claimLeavesOpen(cl);
      // a denial of what the sentence names as the claimant's own claim restates the claiming (claim-named-as-claim.ts)
      // an accusation about the strikes' aim is answered by a speaker ("Moscow insisted it was hitting IS"), not by the
      // writer's own account of strikes ("Russian jets hit key IS targets"): that disputes it only via the doer's report
      const polarityFlip =
        !openQuestion &&
        !(negatedAimIds.has(cl.id) && claimant === undefined) &&
        stance().polarityFlip(c, d, lex, doerNamed) &&
        !(hasActorClaimant(cl) && claimNamedAsClaimantsClaim(text, mentions.filter((m) => m.start >= span.start && m.end <= span.end).map((m) => ({ start: m.start, end: m.end, id: actorOf(m) })), (a) => compatible(a, cl.claimant)));
      const actorShared = [...sentActors].filter((a) => d.actors.has(a)).length;
      const src = d.claimantName;
      let relation: Relation | undefined;
      let score = 0;
      let reason = '';
      // a title that names a topic rather than states ("Counting civilian casualties in Syria",
      // "Why Putin is bombing Syria") is no account of anything
      // what is still to come ("next week", "ready to") has not happened: another event than the claim's (still-to-come.ts)
      const toCome = !d.ofFuture && toComeSentence();
      const otherEvent = placeClash || timeClash || dayClash || topicTitle || toCome;
      // for corroboration only, and with the claim's figure agreeing, a place clash on a launch's origin alone is none
      // (launch-origin.ts), nor is one on a place within the claim's place (place-within.ts)
      const otherEventToCorroborate =
        otherEvent &&
        !(placeClash && !timeClash && !dayClash && !topicTitle && !toCome && agree !== undefined &&
          (!slotVetoes(time, placesStruck(), cl, d, compatible).placeClash || placesInsideClaim(placesStruck(), new Set([...d.places, ...(cl.slots.place ?? [])]), compatible, within)));
      // when it happened is the claim's point ("began on 30 September"), and a headline of a page with no
      // date that names no time (nor does its lead) cannot say it: "Russia begins airstrikes in Syria" (ADR 0160)
      const unplacedForWhen = d.whenIsPoint && input.headline === true && articleDay === undefined && time.unplacedHeadline();
      // a claim whose point is its date ("began on 30 September"): the sentence's written date agrees
      // like a figure ("since Sept. 30"), or, for the same account in close words, disagrees ("on September 20")
      // (and the sentence must share a word of what happened then: "began", "campaign", not only the date)
      // when something began, told on its day as a weekday ("launched its first air strike … on Wednesday"): agrees as a written date
      const dateAgree =
        startDayAgrees(d, folded, () => sDays(articleYear ?? [...d.years][0])) ||
        (d.statedDays.size > 0 && [...sMonthDays()].some((md) => d.statedDays.has(md)) &&
          [...q].some((t) => d.allTerms.has(t) && !t.startsWith('@') && !/^\d/.test(t) && !DATE_WORD.test(t) && !nameTerms().has(t) && !actorsById.has(t)));
      // who someone is, not what they did: only actors and offices in common ("Kerry, the US Secretary of State, was more guarded")
      // (or, for a beginning, its word alone: a beginning of nothing the claim tells; one-word-shared.ts)
      const onlyWho = sharesOnlyWho(q, d.allTerms, officeTerms, agree !== undefined || dateAgree) || (d.startOnStatedDay && sharesOneWord(q, d.allTerms, officeTerms, agree !== undefined || dateAgree));
      // what the claim tells must be in the sentence itself, not only its nouns or its speaker: the sentence before may lend
      // who and where, not what happened (claim-predicate.ts)
      const noVerbOfClaim = !d.deny && predicateMissing(q, predicateOf(cl), agree !== undefined || dateAgree);
      // a claim that something began is restated only by a sentence that tells a beginning (beginning-told.ts)
      const noBeginning = beginningUntold(d.startOnStatedDay, dateAgree, folded);
      // what the sentence cannot restate, however close its words: read for a corroboration and for the second look alike
      let notRestatedCache: boolean | undefined;
      const notRestated = (): boolean =>
        (notRestatedCache ??=
          // a fact about a city or a province, without its place named or described in the statement's words (place-fact.ts)
          placeOfFactUnnamed(cl, { sentenceActors: sentActors, sentenceTerms: q, statementTerms: d.variants[0]!.terms, isState: (a) => typeOf.get(a) === 'state', compatible }) ||
          // a forecast, by a sentence that does not look ahead (forecast-tense.ts)
          forecastUntold(cl.kind, folded) ||
          // an open question, by a sentence that does not leave it open (open-question.ts)
          (openQuestion && !leavesOpen(folded)) ||
          // a forecast of a figure, without its figure (forecast-figure.ts)
          forecastFigureUntold(cl.kind, c.figures.map((f) => f.value), numberValues()) ||
          // a concern or a hope in the reports is not the fact a sentence states
          !mayCorroborate(cl, folded) ||
          // a standing fact of whose strikes hit whom, without its target named (background-target.ts)
          backgroundTargetUnnamed(cl, (t) => [...sentActors].some((a) => compatible(a, t))) ||
          // what one side negates the other affirms ("hit groups other than IS" is not "bombing IS and
          // others"); two denials negate what they deny, which is no clash
          !((d.deny && sDeny) || !negationClash(d.polarity, sPolarity())) ||
          // a denial, by a sentence that neither denies nor negates (a concern over the reports it denies is none)
          (d.deny && !sDeny && !sNegated));
      const dateDisagree = d.statedDays.size > 0 && !dateAgree && sMonthDays().size > 0 && !placeClash && !topicTitle;
      // the same slot: the same period ("26 on Wednesday" is not "100 in four days"), and for an
      // assessment (a share, an estimate) the same assessor — another party's estimate is its own measure
      const sameSlot = (): boolean => samePeriod(d.periods, sPeriods()) && !(claimantClash && ATTRIBUTIVE.has(cl.kind) && !swapped);
      // another side's count is its own, unless the same event is shown (ADR 0200)
      const otherSide = (): boolean =>
        hasActorClaimant(cl) &&
        countOfOtherSide(
          { present: claimant !== undefined, agrees: claimantAgree, clashes: claimantClash, actors: [...(claimantId !== undefined ? [claimantId] : []), ...speakerActors()] },
          (a) => compatible(a, cl.claimant) || sides.statesOf(a).some((s) => sides.statesOf(cl.claimant).includes(s)),
          (a) => typeOf.get(a) === 'state',
        );
      const otherSideCount =
        disagree !== undefined && otherSide() &&
        !sameEventShown(d.days, sDays(articleYear ?? [...d.years][0]), d.weekdays, sWeekdays(), dateAgree);
      if (!noPredicate && dateDisagree && !disagree && !polarityFlip && lex >= THRESHOLDS.contradictDate && actorShared >= 1 && !claimantClash) {
        relation = 'contradicts';
        score = Math.min(1, 0.4 + lex * 0.5);
        reason = `different date: the reports give ${[...d.statedDays].join(', ')} (month-day) (${src})`;
      } else if (!otherEvent && !noPredicate && !articleClash && disagree && lex >= THRESHOLDS.contradictFigure && (actorShared >= 2 || claimantAgree) && sameSlot() && !otherSideCount && !countBeforeClaim && !doerElsewhere &&
        // the first strikes' count is the first day's, no other day's figure (first-day-count.ts)
        !firstDayCountOfOtherDay(folded, d.days, startDays())) {
        relation = 'contradicts';
        score = Math.min(1, 0.5 + lex * 0.5 + (claimantAgree ? 0.1 : 0));
        reason = `different figure: ${formatValue(disagree.n.value, disagree.n.max, disagree.f.key)} vs ${formatValue(disagree.f.value, undefined, disagree.f.key)} ${keyPhrase(disagree.f.key)} (${src})`;
      } else if (!otherEvent && !noPredicate && !articleClash && swapped && lex >= THRESHOLDS.contradictSwap) {
        relation = 'contradicts';
        score = Math.min(1, 0.45 + lex * 0.5);
        const who = nameOf.get(claimantId!) ?? claimantId;
        reason = `reversed attribution: here ${who} makes the claim; in the reports it is ${src}'s`;
      } else if (!otherEvent && !noPredicate && !articleClash && polarityFlip && lex >= Math.min(THRESHOLDS.contradictPolarity, THRESHOLDS.contradictNegation) && !claimantClash && !tellsNewRound(folded)) {
        relation = 'contradicts';
        score = Math.min(1, 0.4 + lex * 0.5);
        reason = d.deny ? `opposite polarity: ${src} denies this` : `opposite polarity: denies what ${src} states`;
      } else if (
        !otherEvent && !noPredicate && !articleClash && polarityFlip && lex >= THRESHOLDS.contradictPolarity && claimantClash && sDeny &&
        // shown to answer this claim: its claimant named (not as the speaker), its figure, or its words (ADR 0200)
        denialAnswersClaim({ figureAgrees: agree !== undefined, claimantNamed: [...sentActors].some((a) => !speakerActors().includes(a) && compatible(a, cl.claimant)), lex })
      ) {
        // another party denying the claim: an opposite account
        relation = 'contradicts';
        score = Math.min(1, 0.35 + lex * 0.5);
        reason = `opposite account: denies what ${src} states`;
      } else if (
        !otherEventToCorroborate &&
        !noPredicate &&
        !otherDoer() &&
        // a demand is about what it asks to end (demand-object.ts)
        !(cl.kind === 'demand' && demandObjectMissing(cl, demandTargetOf(cl), q) && (input.context === undefined || demandObjectMissing(cl, demandTargetOf(cl), contextTermSet()))) &&
        // a sentence naming no time, after one that dates another day, is of that day (day-told-before.ts)
        !(agree === undefined && !dateAgree && eventOfDayToldBefore(time, d.days)) &&
        // one salvo among many: its figure or its day, else it may be any salvo's (unplaced-salvo.ts)
        !salvoUnplaced({ claimKind: cl.kind, claimCounts: c.figures.length > 0, claimDays: d.days, figureOrDateAgrees: agree !== undefined || dateAgree, sentenceDays: sDays(articleYear ?? [...d.years][0]), folded, pageDay: articleDay }) &&
        !beforeClaim &&
        !disagree &&
        !polarityFlip &&
        !unplacedForWhen &&
        // what the sentence cannot restate, however close its words
        !notRestated() &&
        // a fact dated by its year is restated with the year (year-told.ts)
        !yearUntold(cl, sentence) &&
        // a party's account stated by nobody, on a page of another month, naming no time: another event
        !(articleClash && claimant === undefined && cl.claimant !== 'reporter' && ATTRIBUTIVE.has(cl.kind)) &&
        // "this is our position as well": an anaphor sharing one word, and no actor, figure or date (ADR 0200)
        !anaphorOneWord(text.slice((cspan ?? span).start, (cspan ?? span).end), q, d.allTerms, actorShared, agree !== undefined || dateAgree) &&
        !onlyWho &&
        !noBeginning &&
        // another claimant blocks, unless the sentence says it nearly word for word; one member of a
        // joint statement speaking alone ("…: Britain") says its own thing, however close the words
        // and never by a speaker the reports do not have for a claim whose speaker is its point (a
        // demand, a statement): NATO demanding what the seven countries demanded is NATO's demand
        // (a checked rumour is anyone's who repeats it)
        // another speaker, named in the sentence, sharing none of the claim's actors gives no account of
        // it, however close the words (a checked rumour, whose actors the feed seldom lists, is anyone's
        // who repeats it; a speaker read from "the statement" or the sentences before may be the claim's)
        (!claimantClash || (sideAgrees && agree !== undefined) || actorShared >= 1 || cl.review !== undefined || !claimantNamedHere) &&
        (!claimantClash || (sideAgrees && agree !== undefined) || (lex >= THRESHOLDS.corroborateOtherClaimant && !memberAlone && !(namedStranger && ATTRIBUTIVE.has(cl.kind) && !cl.review))) &&
        lexContent >= (lifted ? CONTEXT_FLOOR : THRESHOLDS.corroborateContent) &&
        // a background fact stated by the reporter is rarely what a named speaker says: ask for more,
        // unless the speaker is on the side that did it (Turkey's prime minister on Turkey's summons)
        // with the sentence before as context: only above a related's overlap, and never for a claim
        // the sentence before matched itself
        ((lex >= (lifted ? CONTEXT_FLOOR : THRESHOLDS.related) && input.context !== undefined && !noVerbOfClaim && !input.context.matches.some((m) => m.claimId === cl.id && m.relation !== 'related')
          ? Math.max(lex, lexicalInContext(query, d, shQ, contextQuery === undefined ? (contextQuery = contextTerms(input.context, q)) : contextQuery))
          : lex) >= ((c.figures.length > 0 && !agree) || (cl.claimant === 'reporter' && claimantId && !sameSide(claimantId, cl.slots.actor)) ? THRESHOLDS.corroborateNoFigure : ownSpeakerBar({ speakerIsClaimant: claimantId === cl.claimant && !jointSpeaker, predicateTold: !noVerbOfClaim, lex, bar: THRESHOLDS.corroborate, closestOfClaimant: () => closestOfClaimant(cl.claimant, cl.id) })) ||
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
        !otherEvent && !noPredicate && !articleClash && !beforeClaim && !disagree && !polarityFlip && !dateDisagree && !memberAlone && !unplacedForWhen && !onlyWho && !noBeginning && !otherDoer() &&
        !notRestated() &&
        // a past verb of its own and none of an action claim's: another action told (claim-predicate.ts)
        !tellsAnotherAction(sentence, cl.slots.action !== undefined, noVerbOfClaim) &&
        // another side's account is its own, for the model as for a count (other-side-count.ts, ADR 0225)
        !otherSide() &&
        // several states speaking together ("the USA, Turkey and their allies called on…") make a joint
        // statement, not one member's own claim (the mirror of memberAlone)
        !(jointSpeaker && !isJoint(cl.claimant)) &&
        samePeriod(d.periods, sPeriods()) &&
        d.negated === sNegated &&
        !(claimantClash && (c.figures.length > 0 || (ATTRIBUTIVE.has(cl.kind) && !cl.review) || (actorShared === 0 && claimantNamedHere && !cl.review))) &&
        !(input.context?.matches.some((m) => m.claimId === cl.id && m.relation !== 'related') ?? false);
      const match: ClaimMatch | undefined = relation ? { claimId: cl.id, relation, score: Math.round(score * 1000) / 1000, reason } : undefined;
      if (match) out.push(match);
      if (relation === 'corroborates' && !agree) corroborationLex.set(cl.id, lex);
      if (relation === 'corroborates' && agree) matches.byFigure(cl.id, agree.n, agree.f.qualifier);
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
        const flags = Object.entries({ noPredicate, toCome, noVerbOfClaim, noBeginning, placeClash, timeClash, articleClash, beforeClaim, claimantAgree, claimantClash, swapped, agree: !!agree, disagree: !!disagree, polarityFlip, namedStranger, sDeny, dateAgree, sideAgrees, otherSideCount, ...held }).filter(([, v]) => v).map(([k]) => k);
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
  }

  return { match, size: N };
}
