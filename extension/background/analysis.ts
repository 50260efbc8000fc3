/**
 * The claim analysis in the extension's own context (ADR 0095): pages send
 * their article's text and paragraph spans, this answers with offsets. The
 * engine over the bundled dataset and the enabled imported ones (and the
 * reader's notes) is compiled once per revision of those datasets and kept
 * while the worker lives, instead of on every page. Free of extension APIs
 * (the port is passed in as `post` / `cancelled`), so Vitest drives it.
 */
import * as v from 'valibot';
import { describeIssues } from '../../src/annotations/model';
import { bundledInfo, combineDatasets, type DatasetEntry } from '../../src/dataset/collection';
import { createLookup, type DatasetLookup } from '../../src/dataset/lookup';
import { isClaimNote, notesDataset, type NoteSource } from '../../src/dataset/notes';
import type { Actor, Dataset } from '../../src/dataset/schema';
import { EMPTY_SLICE, knownSlice, type KnownSlice } from '../../src/dataset/slice';
import { compileActorMatcher, type ActorMatcher, type Mention } from '../../src/actors/matcher';
import { createEngineSteps, type Engine, type EngineOptions } from '../../src/engine';
import { drainSliced } from '../../src/compile/steps';
import { beginScan, type ArticleRequest, type ClaimHit, type ScanCache } from '../../src/engine/article-scan';
import { packClaims, packMentions, unpackClaims, unpackMentions } from '../shared/analysis-packing';
import type { ScreenFound, ScreenLayer } from '../shared/start-content';
import { actorLayerSpans } from '../content/actor-layers';
import { AnalysisRequestSchema, MAX_ANALYSIS_TEXT, TextPartSchema, type AnalysisReply, type AnalysisRequest } from '../shared/analysis-protocol';

export interface AnalysisDeps {
  bundled: Dataset;
  /** The enabled imported datasets (read again after `invalidate()`). */
  imported: () => Promise<DatasetEntry[]>;
  /** The reader's notes that may serve as known claims (the same array until they change). */
  notes: () => Promise<NoteSource[]>;
  /** Work between pauses, so a disconnect (a cancelled analysis) is seen and other pages get a turn. */
  sliceMs?: number;
  /** How long an article waits for its engine before the bundled matcher's mentions go ahead (default `PROVISIONAL_AFTER_MS`). */
  provisionalAfterMs?: number;
  /** Diagnostics only (scripts/eval-diagnose.ts): the claim index's judged candidates. */
  trace?: EngineOptions['trace'];
  /** Diagnostics only (scripts/fit-promote.ts): false leaves the fitted model out (ADR 0135). */
  promote?: EngineOptions['promote'];
  /**
   * Given, pages that ask while the datasets that just changed compile are
   * answered at once from the bundled dataset alone, and this is called when
   * the compile is done: the pages are to read again (ADR 0130).
   */
  onFresh?: () => void;
}

/** A compiled engine and what goes with it, for one set of known claims. */
interface Compiled {
  engine: Engine;
  lookup: () => DatasetLookup;
  cache: ScanCache;
}

/**
 * Parts of the answer, packed (ADR 0155): each part is a task on the page
 * with a fixed cost of its own, so few and large; a part of this many items
 * is a few hundred KB of JSON, a few ms to read (before packing, 500
 * mentions a part and 100 claims: 90 messages for the 1 MB bench page).
 */
export const MENTIONS_PER_PART = 4_000;
export const CLAIMS_PER_PART = 2_000;
/** Compiled engines kept: the usual one, and a few for pages whose own notes are left out. */
const KEEP = 3;
/**
 * An engine not compiled within this long (imported datasets take seconds,
 * ADR 0130) does not hold a page's actors back: they come provisionally
 * from the bundled dataset's matcher meanwhile (ADR 0110).
 */
const PROVISIONAL_AFTER_MS = 40;

/** Mentions in packed parts of `MENTIONS_PER_PART`, the last one marked (no mentions: one empty last part). */
function postMentions(mentions: readonly Mention[], text: string, post: (reply: AnalysisReply) => void, provisional: boolean) {
  for (let i = 0; i === 0 || i < mentions.length; i += MENTIONS_PER_PART) {
    const part = packMentions(mentions.slice(i, i + MENTIONS_PER_PART), text);
    const last = i + MENTIONS_PER_PART >= mentions.length;
    post({ type: 'mentions', mentions: part, ...(provisional ? { provisional: true as const } : {}), ...(last ? { last: true as const } : {}) });
  }
}

/** An article request whose text came partly ahead of it: the whole text (anything else is left for validation to judge). */
function withParts(message: unknown, parts: readonly string[]): unknown {
  const m = message as { type?: unknown; text?: unknown } | null;
  if (typeof m !== 'object' || m === null || m.type !== 'article' || typeof m.text !== 'string') return message;
  return { ...m, text: parts.join('') + m.text };
}

export function createAnalysisService(deps: AnalysisDeps) {
  const sliceMs = deps.sliceMs ?? 15;
  let revision = 0;
  let imported: { revision: number; entries: Promise<DatasetEntry[]> } | null = null;
  /** Engines by revision key, compiled or compiling (a page asking meanwhile waits for the same one). */
  const compiled = new Map<string, Promise<Compiled>>();
  const noteArrays = new WeakMap<readonly NoteSource[], number>();
  let nextNoteArray = 0;

  const pause = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
  let bundledMatcher: ActorMatcher | null = null;
  /** The compiled engine, or null when it is not there within `PROVISIONAL_AFTER_MS`. */
  const soon = <T>(p: Promise<T>): Promise<T | null> => Promise.race([p, new Promise<null>((resolve) => setTimeout(() => resolve(null), deps.provisionalAfterMs ?? PROVISIONAL_AFTER_MS))]);
  /** Mentions by the bundled dataset's matcher alone (compiled once, ~10–20 ms): what a page draws while its engine compiles. */
  const bundledMentions = (text: string) => (bundledMatcher ??= compileActorMatcher(deps.bundled.actors)).find(text);

  /**
   * Compiles in slices of `sliceMs`, a turn for the worker's other messages
   * between them (ADR 0130): 10,000 imported claims take seconds to compile,
   * and a popup, a save or another page is answered meanwhile.
   */
  const compile = async (dataset: Dataset, datasetOf?: (id: string) => string): Promise<Compiled> => {
    const engine = await drainSliced(createEngineSteps(dataset, { ...(datasetOf ? { datasetOf } : {}), ...(deps.trace ? { trace: deps.trace } : {}), ...(deps.promote !== undefined ? { promote: deps.promote } : {}) }), sliceMs, pause);
    let lookup: DatasetLookup | null = null;
    return { engine, lookup: () => (lookup ??= createLookup(dataset)), cache: new Map() };
  };

  /** Compiles that are done. */
  const settled = new WeakSet<Promise<Compiled>>();
  /** Compiles whose end `onFresh` is told of. */
  const told = new WeakSet<Promise<Compiled>>();
  /** The bundled dataset alone, for pages asking while changed datasets compile. */
  let bundledOnly: Promise<Compiled> | null = null;

  /**
   * The engine to answer a page with now: the one for its datasets, or,
   * while that one compiles after the datasets changed (an import, a
   * switch), the bundled dataset's alone — the pages read again once it is
   * done (`onFresh`). After a worker's start the first page waits instead
   * (nothing changed: its marks would only flicker).
   */
  async function engineNow(urlKey: string): Promise<Compiled> {
    const { engine, bundledAlone } = await engineFor(urlKey);
    if (bundledAlone || !deps.onFresh || revision === 0 || settled.has(engine)) return engine;
    if (!told.has(engine)) {
      told.add(engine);
      const onFresh = deps.onFresh;
      engine.then(() => onFresh(), () => undefined);
    }
    return (bundledOnly ??= compile(deps.bundled));
  }

  /** The engine for a page: the same compiled one for every page unless the page has claim notes of its own. */
  async function engineFor(urlKey: string): Promise<{ engine: Promise<Compiled>; bundledAlone: boolean }> {
    if (!imported || imported.revision !== revision) imported = { revision, entries: deps.imported().catch(() => []) };
    const at = revision;
    const [entries, notes] = await Promise.all([imported.entries, deps.notes().catch(() => [] as NoteSource[])]);
    // the reader's notes come as the same array until they change; none (switched off) is always the same
    let noteKey = notes.length === 0 ? 0 : noteArrays.get(notes);
    if (noteKey === undefined) noteArrays.set(notes, (noteKey = ++nextNoteArray));
    const ownNotes = notes.some((n) => n.urlKey === urlKey && isClaimNote(n));
    const key = `${at}|${noteKey}|${ownNotes ? urlKey : ''}`;
    let found = compiled.get(key);
    if (found) {
      // most recently used last
      compiled.delete(key);
      compiled.set(key, found);
      return { engine: found, bundledAlone: false };
    }
    const mine = notesDataset(notes, { excludeUrlKey: urlKey });
    const all = mine ? [...entries, mine] : entries;
    if (all.length === 0) found = compile(deps.bundled);
    else {
      const combined = combineDatasets([{ info: bundledInfo(deps.bundled), dataset: deps.bundled }, ...all]);
      found = compile(combined.dataset, combined.datasetOf);
    }
    compiled.set(key, found);
    const done = found;
    // a compile that failed is not kept: the next page tries again
    done.then(
      (ready) => {
        settled.add(done);
        if (at === revision) latest = ready;
      },
      () => compiled.get(key) === done && compiled.delete(key),
    );
    while (compiled.size > KEEP) compiled.delete(compiled.keys().next().value!);
    return { engine: found, bundledAlone: all.length === 0 };
  }

  /**
   * Answers one request through `post`, stopping early when `cancelled()`
   * (the page went away or asked again). Never throws: a failure is posted.
   */
  async function serve(message: unknown, post: (reply: AnalysisReply) => void, cancelled: () => boolean = () => false): Promise<void> {
    const parsed = v.safeParse(AnalysisRequestSchema, message);
    if (!parsed.success) return post({ type: 'error', message: `Malformed analysis request: ${describeIssues(parsed.issues)}` });
    const request = parsed.output;
    try {
      if (request.type === 'article') await article(request, post, cancelled);
      else if (request.type === 'actors') await actors(request, post);
      else await sentences(request, post);
    } catch (error) {
      post({ type: 'error', message: `The analysis failed: ${(error as Error)?.message ?? String(error)}` });
    }
  }

  async function article(request: Extract<AnalysisRequest, { type: 'article' }>, post: (reply: AnalysisReply) => void, cancelled: () => boolean) {
    const { text, paragraphs } = request;
    if (paragraphs.some((p, i) => p.start > p.end || p.end > text.length || (i > 0 && p.start < paragraphs[i - 1]!.end))) {
      return post({ type: 'error', message: 'Malformed analysis request: paragraphs must be in order, inside the text.' });
    }
    const compiling = engineNow(request.urlKey);
    if ((await soon(compiling)) === null) postMentions(bundledMentions(text), text, post, true);
    if (cancelled()) return;
    const { engine, lookup, cache } = await compiling;
    const scan = beginScan(engine, request.date !== undefined ? { text, paragraphs, furniture: request.furniture, date: request.date } : { text, paragraphs, furniture: request.furniture }, cache);
    postMentions(scan.mentions, text, post, false);
    const claims: ClaimHit[] = [];
    let part: ClaimHit[] = [];
    let since = performance.now();
    for (const found of scan.paragraphs()) {
      for (const c of found) part.push(c);
      if (part.length >= CLAIMS_PER_PART) {
        post({ type: 'claims', claims: packClaims(part, text) });
        claims.push(...part);
        part = [];
      }
      if (performance.now() - since > sliceMs) {
        await pause();
        if (cancelled()) return;
        since = performance.now();
      }
    }
    if (part.length) post({ type: 'claims', claims: packClaims(part, text) });
    claims.push(...part);
    const actorIds = new Set<string>();
    for (const m of scan.mentions) {
      actorIds.add(m.actorId);
      if (m.refersTo) actorIds.add(m.refersTo);
    }
    for (const c of claims) if (c.claimantId) actorIds.add(c.claimantId);
    const claimIds = claims.flatMap((c) => c.matches.map((m) => m.claimId));
    post({ type: 'done', known: knownSlice(engine.dataset, deps.bundled, { claimIds, actorIds }, lookup()) });
  }

  /** The actors of a page's top, with the matcher alone (no article-wide reading: the full answer replaces them). */
  async function actors(request: Extract<AnalysisRequest, { type: 'actors' }>, post: (reply: AnalysisReply) => void) {
    const ready = await soon(engineNow(request.urlKey));
    // an engine still compiling: the bundled dataset's actors (the whole page's answer replaces them)
    if (!ready) return post({ type: 'mentions', mentions: packMentions(bundledMentions(request.text), request.text) }), post({ type: 'done' });
    const { engine, lookup } = ready;
    const mentions = engine.matcher.find(request.text);
    post({ type: 'mentions', mentions: packMentions(mentions, request.text) });
    const actorIds = mentions.flatMap((m) => (m.refersTo ? [m.actorId, m.refersTo] : [m.actorId]));
    post({ type: 'done', known: knownSlice(engine.dataset, deps.bundled, { claimIds: [], actorIds }, lookup()) });
  }

  /** The engine compiled last for the current datasets (null until one is, and again after a change). */
  let latest: Compiled | null = null;
  let bundledTypes: Map<string, Actor['type']> | null = null;

  /**
   * The first screen's actors for the bootstrap to draw (ADR 0180), split
   * into the actor layers by each actor's type. It waits for nothing: the
   * matcher of the engine compiled last, else the bundled dataset's (an
   * engine for this very page would first read the reader's notes from the
   * database). The session's own reading replaces them moments later. The
   * mentions come too, for the session to hit-test (ADR 0245), with the slice
   * of the imported datasets their cards need, as the `actors` request
   * answers it.
   */
  function screen(text: string): { layers: ScreenLayer[]; found: ScreenFound } {
    const ready = latest;
    const mentions = ready ? ready.engine.matcher.find(text) : bundledMentions(text);
    const typeOf = ready ? (id: string) => ready.lookup().actor(id)?.type : (id: string) => (bundledTypes ??= new Map(deps.bundled.actors.map((a) => [a.id, a.type]))).get(id);
    const layers = actorLayerSpans(mentions, typeOf)
      .filter((l) => l.spans.length > 0)
      .map(({ layer, priority, spans }) => ({ layer, priority, spans: spans.flatMap((m) => [m.start, m.end]) }));
    const actorIds = mentions.flatMap((m) => (m.refersTo ? [m.actorId, m.refersTo] : [m.actorId]));
    const known = ready ? knownSlice(ready.engine.dataset, deps.bundled, { claimIds: [], actorIds }, ready.lookup()) : EMPTY_SLICE;
    return { layers, found: { mentions: packMentions(mentions, text), known } };
  }

  async function sentences(request: Extract<AnalysisRequest, { type: 'sentences' }>, post: (reply: AnalysisReply) => void) {
    const { engine, lookup } = await (await engineFor(request.urlKey)).engine;
    const matches = request.quotes.map((quote) => engine.analyzeSentence(quote)?.matches ?? []);
    post({ type: 'sentences', matches });
    post({ type: 'done', known: knownSlice(engine.dataset, deps.bundled, { claimIds: matches.flat().map((m) => m.claimId), actorIds: [] }, lookup()) });
  }

  /**
   * One port's messages: a long article's text in parts, then one request
   * (the last part in its `text`); anything after the request is ignored.
   */
  function port(post: (reply: AnalysisReply) => void, cancelled: () => boolean = () => false): (message: unknown) => void {
    const parts: string[] = [];
    let size = 0;
    let asked = false;
    return (message) => {
      if (asked) return;
      const part = v.safeParse(TextPartSchema, message);
      if (part.success) {
        size += part.output.text.length;
        if (size <= MAX_ANALYSIS_TEXT) return void parts.push(part.output.text);
        asked = true;
        return post({ type: 'error', message: `Malformed analysis request: the article's text is longer than ${MAX_ANALYSIS_TEXT} characters.` });
      }
      asked = true;
      void serve(parts.length > 0 ? withParts(message, parts) : message, post, cancelled);
    };
  }

  return {
    serve,
    port,
    screen,
    /** One article's answer, collected (the evaluation and the tests read it as the page does). */
    async article(request: ArticleRequest & { urlKey?: string }): Promise<{ mentions: Mention[]; claims: ClaimHit[]; known: KnownSlice }> {
      const got = { mentions: [] as Mention[], claims: [] as ClaimHit[], known: EMPTY_SLICE };
      let failure = '';
      const message: AnalysisRequest = { type: 'article', urlKey: request.urlKey ?? '', text: request.text, paragraphs: [...request.paragraphs], furniture: [...(request.furniture ?? [])] };
      if (request.date !== undefined) message.date = request.date;
      await serve(message, (reply) => {
        if (reply.type === 'mentions' && !reply.provisional) got.mentions.push(...unpackMentions(reply.mentions, request.text));
        else if (reply.type === 'claims') got.claims.push(...unpackClaims(reply.claims, request.text));
        else if (reply.type === 'done' && reply.known) got.known = reply.known;
        else if (reply.type === 'error') failure = reply.message;
      });
      if (failure) throw new Error(failure);
      return got;
    },
    /** The imported datasets or the notes-as-claims switch changed: compile again on the next request. */
    invalidate() {
      revision++;
      compiled.clear();
      latest = null;
    },
  };
}
