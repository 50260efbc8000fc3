/**
 * The analysis engine's one entry point. Plain TypeScript: no extension APIs,
 * no Node built-ins; it runs in Node (CLI, tests, evaluation) and in a page's
 * content script.
 *
 *   const engine = createEngine(dataset);          // compile once
 *   const model = buildTextModel(findArticleRoot(document));
 *   const result = engine.analyzeText(model.text, { paragraphs: model.paragraphs });
 *   model.toRange(result.claims[0].start, result.claims[0].end);
 *
 * Offsets are UTF-16 indices into the given text.
 */
import { issuerOf, statementBlocks } from '../claims/statement-block';
import { officeHolders, type OfficeHolders } from '../claims/office-holder';
import { tellsDatedBeginning } from '../claims/dated-beginning';
import { conflictStartYear } from '../claims/conflict-start';
import { compileJointBodies, compileMemberLists } from '../claims/joint-body';
import { sentenceWritingDate } from '../claims/day-told-before';
import { notCarriedBefore, quoteGoesOn } from '../claims/quote-goes-on';
import { type ActorMatcher, type Mention, compileActorMatcherSteps } from '../actors/matcher';
import { type Claimant, type Cue, type DetectContext, NAMED_PERSON, type PageSpeakers, detectClaim } from '../claims/detect';
import { afterDateline, isFragment, isFurniture } from '../claims/fragments';
import { leadTimeFor } from '../claims/lead-time';
import { type ClaimIndex, type ClaimMatch, type MatchDeps, type SentenceContext, type SentenceInput, compileClaimIndexSteps } from '../claims/match';
import { compileRoleResolverSteps, institutionActors } from '../claims/roles';
import { drain, type Steps } from '../compile/steps';
import { type When, articleWhenFromText, latestStatedDate, weekdayPhraseIn, whenOfIso } from '../claims/when';
import { latestMonthDay } from '../claims/page-latest-day';
import type { ActorType, Dataset } from '../dataset/schema';
import { foldText } from '../text/fold';
import type { TextSpan } from '../text/model';
import { type NumberMention, extractNumbers } from '../text/numbers';
import { splitLines, splitSentences } from '../text/sentences';

export type { ClaimMatch, Relation } from '../claims/match';
export type { Claimant, Cue } from '../claims/detect';
export type { Mention } from '../actors/matcher';
export { buildTextModel, findArticleRoot, textModelFromString } from '../text/model';
export type { TextModel, DomRangeSpec, TextSpan } from '../text/model';
export { splitSentences } from '../text/sentences';

/** How many blocks from the headline on may still be the top of the page (kicker, standfirst, date line). */
const TOP_BLOCKS = 4;
/** A section line above a headline ("Country Report | Syria | Politics", "World › Middle East"): no headline itself. */
const SECTION_LINE = /^[^.!?\n]{0,60}\s[|›»]\s[^.!?\n]{0,60}$/;

export interface MentionReport {
  start: number;
  end: number;
  text: string;
  /** set when a place name stands for a government ("Moscow said" → 'russia') */
  refersTo?: string;
}

export interface ActorReport {
  id: string;
  name: string;
  type: ActorType;
  mentions: MentionReport[];
}

/** A match, with the dataset its known claim belongs to (see src/dataset/collection.ts). */
export interface SourcedMatch extends ClaimMatch {
  /** the dataset's id: `syria-2015`, an imported dataset's `import-…`, `my-notes` */
  dataset: string;
}

export interface ClaimReport {
  start: number;
  end: number;
  text: string;
  claimant?: Claimant;
  /** what made it a claim sentence */
  cues: Cue[];
  polarity: 'affirm' | 'deny';
  /** the claimed content, where it can be told from the attribution */
  content?: TextSpan;
  matches: SourcedMatch[];
}

export interface Analysis {
  actors: ActorReport[];
  claims: ClaimReport[];
  sentences: TextSpan[];
}

export interface AnalyzeOptions {
  /** paragraph spans from the text model (saves a scan, keeps sentences inside blocks) */
  paragraphs?: readonly TextSpan[];
  /**
   * The article's publication date, ISO (`2015-11-20`), when the page says it
   * (see `articleDate()` in src/engine/html.ts). Undated sentences of an
   * article from another month are not taken to contradict a claim.
   */
  date?: string;
}

/** An article: its text, its blocks, its date; analysed with article-wide context. */
export interface ArticleInput {
  text: string;
  /** paragraph spans from the text model; without them, lines */
  paragraphs?: readonly TextSpan[];
  /** publication date, ISO, when the page says it */
  date?: string;
  /** paragraphs that are page furniture (by DOM position): actors only, never claims */
  furniture?: readonly boolean[];
}

/**
 * What one paragraph hands the next: the last resolved speaker ("he said" in
 * the next paragraph is still that speaker) and how many sentences ago.
 * Opaque to callers; `carryKey` names it for caches.
 */
export interface Carry {
  previous?: Claimant;
  since: number;
  /** the sentence just read, as context for the next one (see SentenceInput.context) */
  context?: SentenceContext;
  /** the latest date a sentence wrote, folded, and its paragraph: it dates what follows for a paragraph more (day-told-before.ts) */
  dated?: { text: string; at: number };
}

/**
 * One article, analysed paragraph by paragraph in order with article-wide
 * context: the actor mentions of the whole text (one sense per text), the
 * article's date, and the speaker carried across paragraphs. The content
 * script drives it in time slices; `analyzeText` runs it to the end. One path
 * for the page, the CLI and the evaluation.
 */
export interface ArticleSession {
  readonly text: string;
  readonly paragraphs: readonly TextSpan[];
  /** actor mentions of the whole article */
  readonly mentions: readonly Mention[];
  /** the context the next paragraph starts from (settable: a cache may skip paragraphs) */
  carry: Carry;
  /** the article's dates as the engine reads them (the page's, else its text's): part of a cache key */
  readonly dateKey: string;
  /** claim sentences of paragraph i (offsets into the article text), and the sentences read */
  paragraph(i: number): { claims: ClaimReport[]; sentences: TextSpan[] };
}

/** A cache key for a carry: the speaker it hands on. */
export function carryKey(c: Carry): string {
  const speaker = c.previous?.actorId && c.since <= 2 ? `${c.previous.actorId}:${c.since}` : '';
  return c.context ? `${speaker}\u0001${c.context.text.slice(c.context.span.start, c.context.span.end)}\u0001${c.dated?.at ?? ''}:${c.dated?.text ?? ''}` : speaker;
}

export interface Engine {
  readonly dataset: Dataset;
  /** the compiled alias matcher, usable on its own */
  readonly matcher: ActorMatcher;
  /** Actor mentions only, grouped by actor (fast: one pass, no sentences). */
  findActors(text: string): ActorReport[];
  /** Full analysis: actors, claim sentences and their matches (an article session run to the end). */
  analyzeText(text: string, options?: AnalyzeOptions): Analysis;
  /** An article session: paragraph by paragraph, with article-wide context (see ArticleSession). */
  beginArticle(input: ArticleInput): ArticleSession;
  /** One sentence (or any span) of `text`: its claim report, or null when it is no claim. */
  analyzeSentence(text: string, span?: TextSpan, options?: { date?: string }): ClaimReport | null;
}

/**
 * Compile an engine for a dataset: the alias automaton now, the claim index on
 * the first claim analysis; both once. A matcher already compiled for the same
 * dataset's actors may be passed in (the content script compiles it first, for
 * actor highlights).
 */
/**
 * One claim index per dataset, their matches merged. Each dataset keeps its
 * own term statistics, so enabling a second dataset leaves the first one's
 * scores exactly as they were (a shared index would shift every idf). An
 * imported dataset's index also knows the first dataset's actors (the
 * places and parties a sentence names).
 */
function* partitionedIndexSteps(dataset: Dataset, datasetOf: (id: string) => string, deps: MatchDeps): Steps<ClaimIndex> {
  type Part = Pick<Dataset, 'actors' | 'claims' | 'sources' | 'relations'>;
  const parts = new Map<string, Part>();
  const part = (id: string): Part => {
    let p = parts.get(id);
    if (!p) parts.set(id, (p = { actors: [], claims: [], sources: [], relations: [] }));
    return p;
  };
  const first = datasetOf('');
  part(first);
  for (const a of dataset.actors) part(datasetOf(a.id)).actors.push(a);
  for (const c of dataset.claims) part(datasetOf(c.id)).claims.push(c);
  for (const s of dataset.sources) part(datasetOf(s.id)).sources.push(s);
  for (const r of dataset.relations) part(datasetOf(r.from)).relations.push(r);
  const firstActors = parts.get(first)!.actors;
  const indexes: ClaimIndex[] = [];
  for (const [id, p] of parts) indexes.push(yield* compileClaimIndexSteps({ ...dataset, ...p, actors: id === first ? p.actors : [...firstActors, ...p.actors] }, deps));
  if (indexes.length === 1) return indexes[0]!;
  const rank = { corroborates: 0, contradicts: 1, related: 2 } as const;
  return {
    size: indexes.reduce((n, x) => n + x.size, 0),
    match(input) {
      const all = indexes.flatMap((x) => x.match(input));
      all.sort((x, y) => rank[x.relation] - rank[y.relation] || y.score - x.score);
      // as one index would: few related matches
      let related = 0;
      return all.filter((m) => m.relation !== 'related' || ++related <= 3);
    },
  };
}

const RANK = { corroborates: 0, contradicts: 1, related: 2 } as const;
const NO_MATCHES: readonly ClaimMatch[] = [];
const ATTRIBUTION_VERB = /\b(?:says?|said|believes?|believed|insists?|insisted|claims?|claimed|accuses?|accused|argues?|argued|maintains?|maintained|told|according to|warns?|warned|denies|denied|rejects?|rejected|suspects?|suspected|thinks?|thought|allege[sd]?|contends?|contended)\b/;

/** A sentence's clauses when it sets two accounts against each other (", but", "; ", ", while", ", whereas"): none otherwise. */
function contrastClauses(text: string, span: TextSpan): TextSpan[] {
  const s = text.slice(span.start, span.end);
  const cut = /(?:,\s+(?:but|while|whereas)|;)\s+/.exec(s);
  if (!cut) return [];
  const first = { start: span.start, end: span.start + cut.index };
  const second = { start: span.start + cut.index + cut[0].length, end: span.end };
  // two accounts: the second clause has a speaker of its own (a cheap look before detection)
  if (!ATTRIBUTION_VERB.test(s.slice(cut.index + cut[0].length))) return [];
  // each side a clause of its own (a few words at least), not a list or an aside
  const words = (x: TextSpan): number => text.slice(x.start, x.end).split(/\s+/).length;
  return words(first) >= 5 && words(second) >= 5 ? [first, second] : [];
}

export interface EngineOptions {
  matcher?: ActorMatcher;
  /**
   * Which dataset a claim id belongs to, when `dataset` is several combined
   * (`combineDatasets`); by default every claim is `dataset.id`'s.
   */
  datasetOf?: (claimId: string) => string;
  /** diagnostics only: every candidate the claim index judges (see MatchDeps.trace) */
  trace?: MatchDeps['trace'];
  /** false: the claim index gives the hand rules' judgement alone (fitting the model, ADR 0135); a model: that one (tests) */
  promote?: MatchDeps['promote'];
}

export function createEngine(dataset: Dataset, options: EngineOptions = {}): Engine {
  return drain(engineSteps(dataset, options, false));
}

/**
 * `createEngine` in steps, its claim index compiled with it rather than on
 * first use: the service worker's compile, sliced so it answers other
 * messages meanwhile (ADR 0130).
 */
export function createEngineSteps(dataset: Dataset, options: EngineOptions = {}): Steps<Engine> {
  return engineSteps(dataset, options, true);
}

function* engineSteps(dataset: Dataset, options: EngineOptions, indexNow: boolean): Steps<Engine> {
  const matcher = options.matcher ?? (yield* compileActorMatcherSteps(dataset.actors));
  const datasetOf = options.datasetOf ?? (() => dataset.id);
  const actorOf = (m: Mention): string => m.refersTo ?? m.actorId;
  // the claim index is built on first use: highlighting actors alone never pays for it
  let indexCache: ClaimIndex | undefined;
  // the indexes of several datasets read each sentence's terms once between them
  const deps: MatchDeps = { matcher, actorOf, sentenceTerms: {}, ...(options.trace ? { trace: options.trace } : {}), ...(options.promote !== undefined ? { promote: options.promote } : {}) };
  const indexSteps = () => (options.datasetOf ? partitionedIndexSteps(dataset, options.datasetOf, deps) : compileClaimIndexSteps(dataset, deps));
  const claimIndex = (): ClaimIndex => (indexCache ??= drain(indexSteps()));
  const nameWordsCache = new Map<string, string>();
  const nameWords = (id: string): string => {
    let s = nameWordsCache.get(id);
    if (s === undefined) {
      const a = matcher.actors.get(id);
      // names and aliases only: a role describes events ("where the ministry says…") and would mislead
      s = a && a.type !== 'place' ? foldText([a.name, ...a.aliases.map((x) => (typeof x === 'string' ? x : x.text))].join(' . ')) : '';
      nameWordsCache.set(id, s);
    }
    return s;
  };

  // actors' types as plain strings, read once: asked for every mention of every sentence's speaker rules
  const typeById = new Map<string, string>();
  for (const [id, a] of matcher.actors) typeById.set(id, a.type);
  const typeOf = (id: string): string => typeById.get(id) ?? '';
  const byRole = yield* compileRoleResolverSteps(dataset.actors);
  const jointBody = compileJointBodies(dataset.actors);
  const memberList = compileMemberLists(dataset.actors);
  if (indexNow) indexCache = yield* indexSteps();
  const institutions = institutionActors((name) => {
    const m = matcher.find(name)[0];
    return m && actorOf(m);
  });
  const institution = (phrase: string): string | undefined => institutions.find((i) => i.re.test(phrase))?.id;

  function groupActors(mentions: readonly Mention[]): ActorReport[] {
    const by = new Map<string, ActorReport>();
    for (const m of mentions) {
      let r = by.get(m.actorId);
      if (!r) {
        const a = matcher.actors.get(m.actorId);
        if (!a) continue;
        r = { id: a.id, name: a.name, type: a.type, mentions: [] };
        by.set(m.actorId, r);
      }
      const rep: MentionReport = { start: m.start, end: m.end, text: m.text };
      if (m.refersTo) rep.refersTo = m.refersTo;
      r.mentions.push(rep);
    }
    return [...by.values()].sort((a, b) => b.mentions.length - a.mentions.length || a.name.localeCompare(b.name));
  }

  function claimFor(
    text: string,
    span: TextSpan,
    mentions: readonly Mention[],
    all: readonly Mention[],
    previous?: Claimant,
    when?: When,
    notBefore?: When,
    context?: SentenceContext,
    leadDay?: string,
    headline?: boolean,
    leadTime?: (figures: readonly NumberMention[]) => string | undefined,
    pageSpeakers?: PageSpeakers,
  ): ClaimReport | null {
    // the span folded once, for the figures, the cues and the matching
    const folded = foldText(text.slice(span.start, span.end));
    const lower = folded.toLowerCase();
    const numbers = extractNumbers(text, span.start, span.end, folded);
    const ctx: DetectContext = { mentions: all, actorOf, nameWords, typeOf, sentenceStart: span.start, folded: lower, byRole, institution, jointBody, ...pageSpeakers };
    if (previous) ctx.previous = previous;
    const detected = detectClaim(text, span, mentions, numbers, ctx);
    // a sentence with no claim cue and no actor says nothing the dataset records, unless it tells when a
    // campaign began (dated-beginning.ts) or a war did (conflict-start.ts: "since war broke out there in 2011")
    // a quotation going on from the sentence before is its speaker's (quote-goes-on.ts)
    const goesOn = quoteGoesOn(lower, detected !== null, mentions.length, previous !== undefined);
    if (!detected && mentions.length === 0 && !tellsDatedBeginning(lower) && conflictStartYear(lower) === undefined && !goesOn) return null;
    // one shape for every sentence (the matcher reads these fields in its hottest loop)
    const lead = leadTime?.(numbers);
    const input: SentenceInput = { text, span, mentions, numbers, detected, folded: lower, articleWhen: when, articleNotBefore: notBefore, context, leadDay, headline, ...(lead !== undefined ? { leadTime: lead } : {}) };
    let matches: ClaimMatch[] = claimIndex().match(input);
    if (goesOn) matches = notCarriedBefore(matches, context);
    // two accounts in one sentence ("Russia insists X, but the US believes Y"): each clause is
    // matched on its own too, with its own speaker, and the surer reading of a claim is kept
    let twoAccounts = false;
    for (const clause of contrastClauses(text, span)) {
      const cLower = lower.slice(clause.start - span.start, clause.end - span.start);
      const cMentions = mentions.filter((m) => m.start >= clause.start && m.end <= clause.end);
      const cNumbers = numbers.filter((n) => n.start >= clause.start && n.end <= clause.end);
      const cDetected = detectClaim(text, clause, cMentions, cNumbers, { ...ctx, sentenceStart: clause.start, folded: cLower });
      if (!cDetected?.claimant) continue;
      twoAccounts = true;
      for (const m of claimIndex().match({ ...input, span: clause, mentions: cMentions, numbers: cNumbers, detected: cDetected, folded: cLower, context: undefined })) {
        const k = matches.findIndex((x) => x.claimId === m.claimId);
        if (k === -1) matches.push(m);
        else if (RANK[m.relation] < RANK[matches[k]!.relation]) matches[k] = m;
      }
      matches.sort((x, y) => RANK[x.relation] - RANK[y.relation] || y.score - x.score);
    }
    // a contradiction derived through the dataset's relations is no reading of a sentence that
    // gives both sides
    if (twoAccounts) matches = matches.filter((m) => !m.reason.startsWith('opposite account (via'));
    // (no match: plain empty arrays, so map and filter only ever see arrays of matches — an empty
    // array of another kind reaching them deoptimised claimFor twice per warm-up)
    const sourced: SourcedMatch[] = matches.length === 0 ? [] : matches.map((m) => ({ ...m, dataset: datasetOf(m.claimId) }));
    const strong = sourced.length === 0 ? [] : sourced.filter((m) => m.relation !== 'related');
    if (!detected && strong.length === 0) return null;
    const report: ClaimReport = {
      start: span.start,
      end: span.end,
      text: text.slice(span.start, span.end),
      cues: detected?.cues ?? [],
      polarity: detected?.polarity ?? 'affirm',
      matches: detected ? sourced : strong,
    };
    if (detected?.claimant) report.claimant = detected.claimant;
    if (detected?.content) report.content = detected.content;
    return report;
  }

  function beginArticle(input: ArticleInput): ArticleSession {
    const { text } = input;
    const paragraphs = input.paragraphs ?? splitLines(text);
    const mentions = matcher.find(text);
    // the page's date, else the date line or dateline its text gives itself
    const when = whenOfIso(input.date) ?? articleWhenFromText(text, paragraphs);
    // no date of its own: the latest date it states of the past (read only then)
    const notBefore = when?.year === undefined ? latestStatedDate(text) : undefined;
    // the headline: the first paragraph that is not furniture (a photo caption or a section line may sit above it)
    let head = 0;
    while (head < paragraphs.length - 1 && head < 3 && (input.furniture?.[head] === true || SECTION_LINE.test(text.slice(paragraphs[head]!.start, paragraphs[head]!.end)))) head++;
    // an undated page's headline reports its lead's day: the first weekday the next paragraphs name
    let leadDay: string | undefined;
    if (when?.day === undefined) {
      for (let i = head + 1; i < Math.min(paragraphs.length, head + 4) && leadDay === undefined; i++) {
        if (input.furniture?.[i] === true) continue;
        leadDay = weekdayPhraseIn(foldText(text.slice(paragraphs[i]!.start, paragraphs[i]!.end)).toLowerCase());
      }
    }
    // the top of the page: the headline and the fragments under it before the first prose paragraph (a
    // standfirst, or the real headline under navigation lines the page did not mark): each, with no day of
    // its own, reports the page's day (ADR 0160)
    let topEnd = head + 1;
    while (topEnd < Math.min(paragraphs.length, head + TOP_BLOCKS) && (input.furniture?.[topEnd] === true || isFragment(text, paragraphs[topEnd]!))) topEnd++;
    // with no date, dateline or full date at all: the latest day of a month its top and its lead write,
    // yearless (the lead gives the story's day; a later paragraph's day may be background; ADR 0200)
    const pageDay = when === undefined && notBefore === undefined ? latestMonthDay(foldText(text.slice(0, paragraphs[Math.min(topEnd, paragraphs.length - 1)]?.end ?? 0)).toLowerCase()) : undefined;
    // the lead's sentence that restates a figure of the headline: the headline reads its time words (ADR 0160)
    const leadTime = leadTimeFor(text, paragraphs, head, input.furniture);
    // the offices the page names people as holding, read once and only when a speaker asks (office-holder.ts)
    let holders: OfficeHolders | undefined;
    const officeHolder: OfficeHolders = (name) => (holders ??= officeHolders(text, byRole, (a, b) => mentions.some((m) => m.start < b && m.end > a)))(name);
    // the statements quoted whole under a line naming their issuer, read once and only when a speaker is sought
    let voices: { start: number; end: number; claimant: Claimant }[] | undefined;
    const statementVoice = (at: number): Claimant | undefined =>
      (voices ??= statementBlocks(text, paragraphs).flatMap((b) => {
        const intro = text.slice(b.intro.start, b.intro.end);
        const named = mentions.filter((m) => m.start >= b.intro.start && m.end <= b.intro.end).map(actorOf);
        const id = issuerOf(intro, named, typeOf, memberList);
        return id === undefined ? [] : [{ start: b.start, end: b.end, claimant: { text: intro, start: b.intro.start, end: b.intro.end, actorId: id, actorIds: [id] } }];
      })).find((v) => at >= v.start && at < v.end)?.claimant;
    const pageSpeakers: PageSpeakers = { officeHolder, statementVoice };
    // the first mention at or after an offset (paragraphs are read in order, mostly)
    let cursor = 0;
    const firstAt = (offset: number): number => {
      // back to the start only when asked for an earlier paragraph
      if (cursor > 0 && mentions[cursor - 1]!.start >= offset) cursor = 0;
      while (cursor < mentions.length && mentions[cursor]!.start < offset) cursor++;
      return cursor;
    };
    const session: ArticleSession = {
      text,
      paragraphs,
      mentions,
      dateKey: JSON.stringify([when ?? null, notBefore ?? pageDay ?? null]),
      carry: { since: 0 },
      paragraph(i) {
        const para = paragraphs[i];
        if (!para) return { claims: [], sentences: [] };
        const sentences = splitSentences(text, [para]);
        if (input.furniture?.[i] === true) return { claims: [], sentences };
        const claims: ClaimReport[] = [];
        let { previous, since, context, dated } = session.carry;
        // a date written two paragraphs back no longer dates what follows (day-told-before.ts)
        if (dated !== undefined && dated.at < i - 1) dated = undefined;
        for (const whole of sentences) {
          // furniture ("14 new updates", bylines, "READ: …") is never a claim; a dateline is no part of one
          if (isFurniture(text, whole)) continue;
          const s = { start: afterDateline(text, whole), end: whole.end };
          const m = firstAt(s.start);
          let k = m;
          while (k < mentions.length && mentions[k]!.end <= s.end) k++;
          const inside = mentions.slice(m, k);
          const headline = i >= head && i < topEnd && isFragment(text, s);
          const before = context !== undefined && dated !== undefined ? { ...context, dated: dated.text } : context;
          const report = claimFor(text, s, inside, mentions, since <= 2 ? previous : undefined, when, notBefore ?? pageDay, before, headline ? leadDay : undefined, headline, headline ? leadTime : undefined, pageSpeakers);
          const written = sentenceWritingDate(text, s);
          if (written !== undefined) dated = { text: written, at: i };
          context = { text, span: s, mentions: inside, matches: report?.matches ?? NO_MATCHES };
          since++;
          if (report) {
            claims.push(report);
            // the last speaker: a known actor, or a person the dataset does not know ("Anne Patterson")
            if (report.claimant?.actorId || (report.claimant && NAMED_PERSON.test(report.claimant.text))) {
              previous = report.claimant;
              since = 0;
            }
          }
        }
        session.carry = { since, ...(previous ? { previous } : {}), ...(context ? { context } : {}), ...(dated ? { dated } : {}) };
        return { claims, sentences };
      },
    };
    return session;
  }

  return {
    dataset,
    matcher,
    findActors(text) {
      return groupActors(matcher.find(text));
    },
    beginArticle,
    analyzeText(text, options = {}) {
      const input: ArticleInput = { text };
      if (options.paragraphs) input.paragraphs = options.paragraphs;
      if (options.date !== undefined) input.date = options.date;
      const session = beginArticle(input);
      const claims: ClaimReport[] = [];
      const sentences: TextSpan[] = [];
      for (let i = 0; i < session.paragraphs.length; i++) {
        const r = session.paragraph(i);
        for (const c of r.claims) claims.push(c);
        for (const x of r.sentences) sentences.push(x);
      }
      return { actors: groupActors(session.mentions), claims, sentences };
    },
    analyzeSentence(text, span = { start: 0, end: text.length }, options = {}) {
      const all = matcher.find(text);
      const inside = all.filter((x) => x.start >= span.start && x.end <= span.end);
      return claimFor(text, span, inside, all, undefined, whenOfIso(options.date));
    },
  };
}
