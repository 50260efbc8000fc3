/**
 * One page, one session: the article's text model, what Crosscheck found in
 * it, its highlight layers and the reader's annotations. Everything found is
 * held as text offsets and drawn as StaticRanges; when the article changes,
 * the model is rebuilt and everything is drawn again from offsets.
 *
 * The session is given what it needs (ADR 0090), hangs everything it adds to
 * the page on one listener collection, and `destroy()` takes it all away.
 * Actors, claims and notes are read each on its own: one failing leaves the
 * others on the page, and the popup is told what is missing.
 */
import type { Mention } from '../../src/actors/matcher';
import { articleRequest } from '../../src/engine/article-request';
import type { ClaimHit } from '../../src/engine/article-scan';
import { buildTextModel, findArticleRoot, type TextModel } from '../../src/text/model';
import { articleDate } from '../../src/engine/article-date';
import type { callWorker } from '../shared/client';
import type { AnnotationAnchor, PageAnalysis, PageInfo } from '../shared/messages';
import type { FrameAnswer, FrameAsk } from '../shared/frame-messages';
import { DEFAULT_LAYER_PREFS, layerVisible, type LayerPrefs } from '../shared/layer-prefs';
import { ALL_LAYERS, ANNOTATION_LAYERS, CLAIM_LAYERS } from '../shared/layers';
import { shownRelation } from '../shared/verdict';
import { actorLayerSpans } from './actor-layers';
import { createAnnotator } from './annotator';
import { reportAnchoring } from './changed-report';
import { knownInUse } from './datasets-in-use';
import { createFeatureHealth } from './feature-health';
import { classifyParagraphsSliced } from './furniture';
import { createHighlighter, supportsHighlightApi } from './highlighter';
import { boxOf, offsetAtPoint } from './hit-test';
import { watchHover } from './hover';
import { askActorsOf, askFirstScreen, wantsFirstScreen, type FirstScreenAsk } from './first-screen';
import { buildModelSliced, firstScreenText, scanActors } from './incremental';
import { releaseBootScreen, type BootScreen } from './boot-screen';
import { watchKeys } from './keys';
import { createLayerPainter } from './layer-painter';
import { createListeners } from './listeners';
import { watchPage, type PageWatcher } from './live-updates';
import { placeNotes } from './note-anchors';
import { describePage, pageUrlKey } from './page-info';
import { installStyleText } from './page-style';
import { summarize } from './page-summary';
import { remoteAnalyzer, type Analyzer, type ArticleAnalysis } from './remote-analysis';
import { Cancelled, createSlicer, yieldToPage } from './slicing';
import { indexTargets, keyOf, layerOf as layerOfTarget, type AnchoredAnnotation, type Target } from './targets';
import { stamp } from './trace-stamp';
import { createCardLayer, type CardLayer } from './ui/card-layer';
import { createUiHost } from './ui/host';
import { createLayerSwitch, type LayerSwitchUi } from './ui/layer-switch';
import { createNoteMargin, type NoteMargin } from './ui/note-margin';
import { createWrapHighlighter, wrapStyles } from './wrap-highlighter';
import type { BundledKnowledge } from './bundled-knowledge';
import type { CardsPart } from './parts-shelf';

export type { AnchoredAnnotation } from './targets';
export type { BundledKnowledge } from './bundled-knowledge';

/** Texts longer than this get a turn for the page between whole-text steps (see `breathe`). */
const LONG_TEXT = 200_000;
/** Below this many characters, a page whose model is built before its first screen's answer skips drawing it. */
const FIRST_SCREEN_WORTH = 200_000;
/** The article's actors are drawn before its claims only when the claims take longer than this after them. */
const EARLY_ACTORS_MS = 120;

/** The page's saved notes, asked for (`urlKey`: the page they were asked for). */
interface NotesAsked {
  urlKey: string;
  saved: Promise<AnnotationAnchor[]>;
}

/** A running session: what the popup's page calls ask of it (see index.ts), and its own controls. */
export interface Session {
  info(): PageInfo;
  /** Opens the note form for the current selection; false when nothing is selected. */
  annotateSelection(): boolean;
  anchoring(): { anchored: string[]; orphaned: string[] };
  /** Waits for the dataset's part (ADR 0150). */
  analysis(): Promise<PageAnalysis>;
  /** Scrolls to text[start, end) and flashes it; false when the model has no such text. */
  reveal(start: number, end: number): boolean;
  nextMention(actorId: string): { index: number; total: number };
  revealAnnotation(id: string): boolean;
  rescan(): Promise<void>;
  readonly model: TextModel;
  /** Crosscheck's own element in the page (changes inside it are not page changes). */
  readonly uiHost: Node;
  /** Shows and hides layers at once (no rescan); notes only when `notes` or `all` says so. */
  setLayers(prefs: LayerPrefs): void;
  readonly layers: LayerPrefs;
  /** The note frame's questions (relayed by the worker). */
  frame(token: string, ask: FrameAsk): Promise<FrameAnswer>;
  /** Every layer registered for the page as it is (the first reading, or the rescan that replaced it). */
  readonly ready: Promise<void>;
  /**
   * Ends the session: every page listener, observer and timer goes, the
   * highlights and Crosscheck's element leave the page, a scan under way
   * stops. Runs by itself when the extension context is gone.
   */
  destroy(): void;
  readonly destroyed: boolean;
}

/** What a session is given; it reaches for nothing else of the extension's. */
export interface SessionDeps {
  doc: Document;
  /** What the page keeps of the engine: a brief of the bundled dataset for drawing; the dataset with the cards, and the alias matcher (when the worker cannot answer), each brought in when first needed. */
  engine: BundledKnowledge;
  /** Claims, and actors article-wide, from the engine in the extension's own context (default: the service worker; ADR 0095). */
  analyzer?: Analyzer;
  /** The first screen's actors, already asked of `analyzer` (null: the page has none to ask); the session asks itself when not given. */
  firstScreen?: FirstScreenAsk | null;
  /** What the bootstrap drew of the first screen (ADR 0180): not drawn again, taken off once the session's own layers are drawn. */
  bootScreen?: BootScreen | null;
  /** Whether the page holds too little text for a first screen apart, as the bootstrap found it (ADR 0245); read when not given. */
  smallPage?: boolean;
  /** The worker's calls (the page's annotations). */
  callWorker: typeof callWorker;
  /** Whether the extension context still answers; false after an update or reload, and the session ends. */
  alive?: () => boolean;
  /** After `destroy()`, for whatever the caller set up around the session (storage listeners, page calls). */
  onDestroy?: () => void;
  highlightMode?: 'auto' | 'wrap';
  /** The layers the reader shows on this site (default: the firm findings and notes). */
  layers?: LayerPrefs;
  /** Remembers the reader's layer choice made in the page (keyboard, in-page switch). */
  saveLayers?: (prefs: LayerPrefs) => void;
}

/**
 * Starts reading the page: returns once the article's text model is built;
 * actors, claims and notes follow (`ready`) while the page, hover cards and
 * notes stay usable.
 */
export async function startSession(options: SessionDeps): Promise<Session> {
  const { doc, engine: bundled } = options;
  const analyzer = options.analyzer ?? remoteAnalyzer(() => pageUrlKey(doc));
  // Every listener, observer and timer on the page, taken away together by destroy().
  const listeners = createListeners({ alive: options.alive, onDead: () => destroy() });
  const health = createFeatureHealth();
  const pageInfo = (): PageInfo => describePage(doc, 'ready', health.unavailable);
  /** The page watcher, once the first pass is done; the wrapping fallback's own DOM changes are dropped from it. */
  let watcher: PageWatcher | null = null;
  // Cards, the note form and the popup's summary answer from the bundled dataset and the imported claims the worker referred to.
  // The dataset and the card builders are a part of their own (ADR 0150): every use of `lookup` waits for `loadCards()`.
  let cardsPart: CardsPart | null = null;
  let cardsAsk: Promise<CardsPart> | null = null;
  const loadCards = (): Promise<CardsPart> => {
    cardsAsk ??= bundled.cards().then(
      (part) => (cardsPart = part),
      (error: unknown) => {
        cardsAsk = null; // asked again at the next need
        throw error;
      },
    );
    return cardsAsk;
  };
  const preload = () => void loadCards().catch(() => undefined);
  const known = knownInUse(() => {
    if (!cardsPart) throw new Error('The bundled dataset is read before its part was loaded.');
    return cardsPart.dataset;
  }, bundled);
  const { lookup } = known;
  // Highlight API where the browser has it (unless the reader chose
  // compatibility mode); otherwise marks in the DOM, after which the text
  // model is rebuilt (same text, split nodes).
  const highlighter = supportsHighlightApi() && options.highlightMode !== 'wrap'
    ? createHighlighter()
    : createWrapHighlighter(doc, () => {
        watcher?.discard();
        model = buildTextModel(findArticleRoot(doc));
      });
  // (the Highlight API's rules are already in the page: highlights.css, from the manifest)
  if (highlighter.kind === 'wrap') installStyleText(wrapStyles(ALL_LAYERS), doc);
  listeners.onStop(() => highlighter.stop());
  listeners.onStop(() => releaseBootScreen(options.bootScreen ?? null));

  const actorOf = (m: Mention) => lookup.actor(m.refersTo ?? m.actorId);
  let prefs: LayerPrefs = { ...(options.layers ?? DEFAULT_LAYER_PREFS) };
  /** Mentions split into the actor layers, by the type of actor each names. */
  const actorLayers = (found: readonly Mention[]) => actorLayerSpans(found, (id) => known.actorType(id));

  /** The first screen's answer, hit-tested until the article's own mentions are in, when its text is the article's start. */
  let firstFound: { top: TextModel; mentions: Mention[] } | null = null;
  /** Set once the model, the mentions and the targets below exist (the first screen's answer may come before). */
  let modelBuilt = false;
  function hoverFirstScreen() {
    if (!firstFound || !modelBuilt || mentionsOn !== null || !model.text.startsWith(firstFound.top.text)) return;
    targets = indexTargets([], firstFound.mentions, []);
  }
  /** Set once the whole page's layers are committed: a first screen answered later is not drawn over them. */
  let drawnWhole = false;
  /**
   * The first screen's actors, matched by the worker (the page carries no
   * matcher it has to read first, ADR 0110) and drawn when it answers,
   * unless the whole page's layers came first.
   */
  function drawFirstScreen(ask: FirstScreenAsk) {
    listeners.onStop(() => ask.cancel());
    void ask.answer.then(
      ({ mentions: found, known: slice }) => {
        if (drawnWhole || listeners.stopped) return;
        known.add(slice);
        firstFound = { top: ask.top, mentions: found };
        hoverFirstScreen();
        // a page already read whole and short enough that its own answer follows within moments
        // is not drawn twice (each drawing repaints every range: ~25 ms of a 10,000-word article)
        if (modelBuilt && model.text.length < FIRST_SCREEN_WORTH) return;
        // the bootstrap drew the actors of this very text already (ADR 0180): hit-tested, not drawn again
        if (options.bootScreen?.drawn.length && options.bootScreen.text === firstScreenText(ask.top)) return;
        for (const { layer, spans, priority } of actorLayers(found)) {
          if (!layerVisible(layer, prefs)) continue;
          highlighter.draw(layer, spans.flatMap((m) => ask.top.rangeFor(m.start, m.end) ?? []), priority);
        }
        stamp('first-screen');
      },
      () => undefined,
    );
  }
  // At the top of the page, the actors of the first screen are asked for at once (by the caller,
  // before the settings are read, or here), before the whole article is read; the full pass replaces them.
  // (small pages are read whole at once: no first screen apart, ADR 0155)
  const atTop = highlighter.kind === 'highlight-api' && wantsFirstScreen(doc, window, options.smallPage);
  const early = atTop ? (options.firstScreen !== undefined ? options.firstScreen : askFirstScreen(doc, analyzer)) : null;
  if (early) drawFirstScreen(early);
  else options.firstScreen?.cancel(); // compatibility mode, or scrolled down meanwhile

  // the host now (the page watcher leaves it alone), its style sheet with the reader's tools (pageUi)
  const ui = createUiHost(doc, listeners, undefined, true);

  let model: TextModel = await buildModelSliced(doc, undefined, atTop && !early ? (top) => drawFirstScreen(askActorsOf(top, analyzer)) : undefined);
  let mentions: Mention[] = [];
  /** The model the mentions were found in (a failed claim pass on a new model finds them again). */
  let mentionsOn: TextModel | null = null;
  let claims: ClaimHit[] = [];
  let anchored: AnchoredAnnotation[] = [];
  let orphans: AnnotationAnchor[] = [];
  /** Read the page's notes again at the next rescan (one was saved, changed or deleted). */
  let reloadNotes = false;
  let targets = indexTargets([], [], []);
  modelBuilt = true;
  hoverFirstScreen();
  let pageKey = '';
  /** The known claims the engine reads the notes no longer found on the page as (for the popup). */
  let orphanClaims: Record<string, string[]> = {};

  const painter = createLayerPainter(highlighter, listeners, () => model, (layer) => layerVisible(layer, prefs));

  const claimLayers = () =>
    CLAIM_LAYERS.map((def) => {
      const relation = def.layer.slice('claim-'.length);
      return { ...def, spans: claims.filter((c) => shownRelation(c.matches, known.reviews) === relation) };
    });

  /**
   * A turn for the page between steps that each walk every mention of a very
   * long text (one text node of megabytes: ~270,000), so no two of them make
   * one long task.
   */
  const breathe = () => (model.text.length > LONG_TEXT ? yieldToPage() : Promise.resolve());

  /** Actors and claims, in one commit. */
  async function drawFound(signal: { cancelled: boolean }) {
    await painter.draw([...actorLayers(mentions), ...claimLayers()], signal);
    if (signal.cancelled) return;
    drawnWhole = true;
    releaseBootScreen(options.bootScreen ?? null); // what the bootstrap drew and the session did not draw over
  }

  /** Actors article-wide and claims, from the engine in the extension's own context; the page only waits for its answer. */
  async function analyze(on: TextModel, signal: { cancelled: boolean }, onMentions: (found: Mention[]) => void): Promise<ArticleAnalysis> {
    try {
      // a long text's model was finished (its text joined) in the task before: the check's first slice gets a task of its own
      if (on.text.length > LONG_TEXT) await yieldToPage();
      const slicer = createSlicer(undefined, signal);
      const furniture = await classifyParagraphsSliced(on, () => slicer.check());
      await slicer.check();
      return await analyzer.article(articleRequest(on, furniture, articleDate(doc)), signal, onMentions);
    } catch (error) {
      if (signal.cancelled) throw new Cancelled();
      throw error;
    }
  }

  /**
   * The article's mentions, in before its claims: hovering answers from them
   * (at once on a long page, else when the claims are slow), and they are drawn alone only when the claims are slow to follow
   * (a worker compiling its claim index); otherwise actors and claims are
   * drawn in one commit (each commit costs the page a repaint of every range).
   */
  function earlyActors(on: TextModel, signal: { cancelled: boolean }, first: boolean) {
    const early = { cancelled: false };
    let timer = 0;
    listeners.onStop(() => clearTimeout(timer));
    return {
      onMentions(found: Mention[]) {
        if (signal.cancelled || model !== on) return;
        mentions = found;
        mentionsOn = on;
        const index = () => {
          if (!signal.cancelled && mentions === found) targets = indexTargets([], found, []);
        };
        // Hovering answers from them at once on a long page (a text of megabytes: a turn for the page first, as for
        // every whole-text step); a short page's claims follow within moments, and everything is indexed then.
        if (on.text.length >= FIRST_SCREEN_WORTH) void breathe().then(index);
        clearTimeout(timer);
        timer = window.setTimeout(() => {
          if (early.cancelled || signal.cancelled) return;
          index();
          void painter.draw(actorLayers(found), early).then(() => {
            if (first && !early.cancelled) stamp('actors');
          }, () => undefined);
        }, EARLY_ACTORS_MS);
      },
      /** The whole answer is in (or failed): it is drawn instead. */
      stop() {
        clearTimeout(timer);
        early.cancelled = true;
      },
    };
  }

  /**
   * Claims (their analysis finds the article's actors too); where it fails,
   * the actors found with the bundled matcher stay, and no claims are shown.
   */
  async function readFound(signal: { cancelled: boolean }, first = false) {
    const early = earlyActors(model, signal, first);
    const read = await health.run('claims', async () => {
      const found = await analyze(model, signal, early.onMentions).finally(() => early.stop());
      if (first) stamp('claims'); // the worker's answer is in
      known.use(found.known);
      mentions = found.mentions;
      mentionsOn = model;
      claims = found.claims;
      await drawFound(signal);
      if (first) stamp('actors'); // the whole page's actors and claims, registered together (unless drawn before)
    });
    if (read) return health.recovered('actors');
    claims = [];
    // The page's own matcher, read from the build's tables only now (the worker stopped three times, or failed).
    await health.run('actors', async () => {
      if (mentionsOn !== model) {
        mentions = await scanActors(model, await bundled.matcher(), signal);
        mentionsOn = model;
      }
      await drawFound(signal);
      if (first) stamp('actors');
    });
  }

  /** The page's saved notes, asked of the worker (the first pass asks while the worker reads the article). */
  function askAnchors(): NotesAsked {
    const urlKey = pageUrlKey(doc);
    const saved = options.callWorker('annotations/anchors', { urlKey });
    saved.catch(() => undefined); // read (and its failure reported) by loadAnnotations
    return { urlKey, saved };
  }

  /** The page's notes from the worker, placed on the text as it reads now. */
  async function loadAnnotations(asked: NotesAsked = askAnchors()) {
    pageKey = asked.urlKey;
    const saved = await asked.saved;
    ({ anchored, orphans } = placeNotes(model.text, saved));
    // for the library's "passage changed" flag; a failure here costs the page nothing
    void reportAnchoring(anchored.map((a) => a.annotation.id), orphans.map((a) => a.id)).catch(() => undefined);
    // what the engine reads the notes no longer found as, for the popup; without it the popup just lists them
    orphanClaims = {};
    if (orphans.length > 0) {
      const read = await analyzer.sentences(orphans.map((o) => o.quote)).catch(() => null);
      if (read) {
        known.add(read.known);
        orphans.forEach((o, i) => (orphanClaims[o.id] = (read.matches[i] ?? []).map((m) => m.claimId).slice(0, 3)));
      }
    }
  }

  async function drawAnnotations(signal: { cancelled: boolean }) {
    const layers = ANNOTATION_LAYERS.map((def) => {
      const color = def.layer.slice('annotation-'.length);
      return { ...def, spans: anchored.filter((a) => a.annotation.color === color) };
    });
    await painter.draw(layers, signal);
    drawMargin();
  }

  /** Notes: loaded when asked (or when they could not be before), drawn; on failure none are drawn at stale offsets. */
  async function readNotes(signal: { cancelled: boolean }, load: boolean, asked?: Promise<NotesAsked>) {
    const read = await health.run('notes', async () => {
      if (load) await loadAnnotations(await asked);
      await drawAnnotations(signal);
    });
    if (!read) {
      anchored = [];
      orphans = [];
      await drawAnnotations(signal).catch((error: unknown) => {
        if (error instanceof Cancelled) throw error;
      });
    }
    await breathe();
    targets = indexTargets(claims, mentions, anchored);
  }

  /** The notes' margin markers, when notes are shown. */
  function drawMargin() {
    if (!made) return; // drawn when the page's tools are made
    const shownNotes = anchored.filter((a) => layerVisible(`annotation-${a.annotation.color}`, prefs));
    made.margin.set(
      shownNotes.map((a) => ({
        key: keyOf({ kind: 'annotation', ...a }),
        color: a.annotation.color,
        rect: () => model.toRange(a.start, a.end)?.getBoundingClientRect() ?? null,
      })),
      () => (model.root instanceof Element ? model.root.getBoundingClientRect() : null),
    );
  }

  let current: { cancelled: boolean } | null = null;
  listeners.onStop(() => {
    if (current) current.cancelled = true;
  });
  /** The latest reading of the page (the first pass, then each rescan). */
  let latest: Promise<void> = Promise.resolve();

  /** Rebuilds the model from the live page and draws everything again. */
  function rescan(): Promise<void> {
    latest = rescanNow();
    return latest;
  }
  async function rescanNow() {
    if (listeners.stopped) return;
    if (!listeners.alive()) return destroy(); // the page changed after an extension update: this script is done
    if (current) current.cancelled = true;
    const signal = { cancelled: false };
    current = signal;
    try {
      model = await buildModelSliced(doc, signal);
      painter.forget(); // spans of the old model
      await readFound(signal);
      // Every note is drawn again from its selectors on the text as it is now.
      const load = reloadNotes || pageUrlKey(doc) !== pageKey || anchored.length + orphans.length > 0 || health.unavailable.includes('notes');
      reloadNotes = false;
      await readNotes(signal, load);
    } catch (error) {
      if (!(error instanceof Cancelled)) throw error;
    }
  }


  function cardFor(target: Exclude<Target, { kind: 'annotation' }>, part: CardsPart): HTMLElement | null {
    switch (target.kind) {
      case 'actor': {
        const actor = actorOf(target.mention);
        return actor ? part.actorCard(actor, lookup) : null;
      }
      case 'claim':
        return part.claimCard(target.claim, lookup, (annotationId) => openNoteFrom(target, annotationId));
    }
  }

  /** A note saved on another page, from the card of a sentence here that says it again or otherwise: in the note frame, by the sentence. */
  function openNoteFrom(target: Target, annotationId: string) {
    const box = boxOf(model, target.start, target.end);
    if (!box) return;
    const { cards, annotator } = pageUi();
    cards.hide();
    annotator.showNote(annotationId, box, true, true);
  }

  // from the brief, as the layers were drawn: hit-testing needs no dataset
  const layerOf = (target: Target) => layerOfTarget(target, (id) => known.actorType(id), known.reviews);
  const shown = (target: Target) => layerVisible(layerOf(target), prefs);

  let openLayer: string | null = null;
  /** The card asked for while the cards' part was on its way (a later ask replaces it). */
  let waitingToOpen = '';
  function open(target: Target, focus: boolean) {
    waitingToOpen = '';
    // an actor or note inside a shown claim sentence: the card keeps clear of the whole sentence
    const sentence = target.kind === 'claim' ? undefined : claims.find((c) => c.start <= target.start && target.end <= c.end && layerVisible(`claim-${c.matches[0]?.relation ?? 'unknown'}`, prefs));
    const own = boxOf(model, target.start, target.end);
    const around = sentence ? boxOf(model, sentence.start, sentence.end) : null;
    const box = own && around ? new DOMRect(own.left, Math.min(own.top, around.top), own.width, Math.max(own.bottom, around.bottom) - Math.min(own.top, around.top)) : own;
    if (!box) return;
    const { cards, annotator } = pageUi();
    if (target.kind === 'annotation') {
      // The reader's note opens in the note frame (an extension page), never in the page's document.
      cards.hide();
      annotator.showNote(target.anchored.annotation.id, box, focus);
      return;
    }
    const key = keyOf(target);
    if (!focus && cards.openKey === key) return;
    if (!cardsPart) {
      // the reader's first card on this page: its part comes first (asked at the first pointer move, so usually here already)
      waitingToOpen = key;
      void loadCards().then(
        () => {
          if (!listeners.stopped && waitingToOpen === key) open(target, focus);
        },
        (error: unknown) => console.warn('Crosscheck could not show this card:', error),
      );
      return;
    }
    openLayer = layerOf(target);
    let card: HTMLElement | null;
    try {
      card = cardFor(target, cardsPart);
    } catch (error) {
      // one card that cannot be built leaves hovering, stepping and the other cards working
      console.warn('Crosscheck could not show this card:', error);
      return;
    }
    if (!card) return;
    // Hovering an actor or claim inside the reader's selection must not take its Annotate button away.
    annotator.closeNote();
    cards.show(card, box, { focus, key });
  }

  /** Where the last step (or the popup's reveal) left off, in document order. */
  let stepFrom = -1;
  function step(list: readonly Target[], forward: boolean) {
    if (!list.length) return;
    const next = forward ? (list.find((t) => t.start > stepFrom) ?? list[0]!) : ([...list].reverse().find((t) => t.start < stepFrom) ?? list[list.length - 1]!);
    stepFrom = next.start;
    model.toRange(next.start, next.end)?.startContainer.parentElement?.scrollIntoView({ block: 'center' });
    open(next, true);
  }

  /**
   * The reader's tools on the page — cards, the notes' margin, the layer switch, the note form and its
   * toolbar, hover and keys — made once the article's request has left (ADR 0150: the session's start
   * before it is the reader's wait for the highlights), in the task after it, or at once when something
   * asks for them first (the popup, a layer switch).
   */
  let made: { cards: CardLayer; margin: NoteMargin; switcher: LayerSwitchUi; annotator: ReturnType<typeof createAnnotator> } | null = null;
  function pageUi() {
    if (made) return made;
    ui.addCss();
    const cards = createCardLayer(ui);
    const margin = createNoteMargin(ui, (key) => {
      const found = anchored.find((a) => keyOf({ kind: 'annotation', ...a }) === key);
      if (found) open({ kind: 'annotation', start: found.start, end: found.end, anchored: found }, true);
    });
    const switcher = createLayerSwitch(ui, prefs, (next) => {
      setLayers(next);
      options.saveLayers?.(next);
    });
    const annotator = createAnnotator({
      ui,
      doc,
      freshModel: () => buildTextModel(findArticleRoot(doc)),
      pageInfo,
      async refresh() {
        reloadNotes = true;
        await rescan();
      },
      hideCards: () => cards.hide(),
      suggestClaim(on, start, end) {
        // The claim sentence the selection sits in (when the scan's model still reads the same there), else the engine's reading of the selection itself.
        const quote = on.text.slice(start, end);
        const sentence = model.text === on.text ? (claims.find((c) => c.start <= start && end <= c.end && c.matches.length) ?? claims.find((c) => c.start < end && start < c.end && c.matches.length)) : undefined;
        const suggest = (match: ClaimHit['matches'][number] | undefined) => {
          const claim = match ? lookup.claim(match.claimId) : undefined;
          return match && claim ? { claimId: claim.id, statement: claim.statement, relation: match.relation } : null;
        };
        if (sentence) return loadCards().then(() => suggest(sentence.matches[0]), () => null);
        return Promise.all([analyzer.sentences([quote]), loadCards()]).then(
          ([read]) => {
            known.add(read.known);
            return suggest(read.matches[0]?.[0]);
          },
          () => null,
        );
      },
    });
    made = { cards, margin, switcher, annotator };

    watchHover({
      doc,
      ui,
      listeners,
      cards,
      targetsAt(x, y) {
        const offset = offsetAtPoint(model, x, y, doc);
        return offset >= 0 ? targets.at(offset).filter(shown) : [];
      },
      open,
      note: () => ({ shown: annotator.noteShown, engaged: annotator.engaged }),
      closeNote: () => annotator.closeNote(),
    });

    watchKeys({
      doc,
      listeners,
      dismiss() {
        cards.hide();
        annotator.dismiss();
      },
      prefs: () => prefs,
      switchLayers(next) {
        setLayers(next);
        options.saveLayers?.(next);
      },
      targets: () => targets.all(),
      shown,
      annotate: () => annotator.openForSelection(),
      step,
    });

    // The cards' part before the reader needs it (ADR 0150): at the first sign of the reader's hand on the
    // page (a page's synthetic events do not count), or once the first reading is drawn and the page is idle.
    for (const type of ['pointermove', 'selectionchange', 'keydown']) {
      listeners.on(doc, type, (event) => {
        if (event.isTrusted && !cardsAsk) preload();
      }, { passive: true });
    }

    if (anchored.length) drawMargin(); // (with no note, placing the margin would only lay the page out)
    return made;
  }

  function setLayers(next: LayerPrefs) {
    if (JSON.stringify(next) === JSON.stringify(prefs)) return;
    prefs = { ...next };
    const { switcher, cards } = pageUi();
    switcher.update(prefs);
    drawMargin();
    if (cards.openKey && openLayer && !layerVisible(openLayer, prefs)) cards.hide();
    void painter.redraw().catch(() => undefined);
  }

  let flashTimer = 0;
  listeners.onStop(() => clearTimeout(flashTimer));
  /** Scrolls text[start, end) into view and flashes it for a moment. */
  function reveal(start: number, end: number): boolean {
    const range = model.toRange(start, end);
    if (!range) return false;
    stepFrom = start; // the keyboard steps on from here
    const element = range.startContainer.parentElement;
    element?.scrollIntoView({ block: 'center', behavior: 'smooth' });
    const spec = model.rangeFor(start, end);
    if (spec) {
      highlighter.draw('flash', [spec], 10);
      clearTimeout(flashTimer);
      flashTimer = window.setTimeout(() => highlighter.draw('flash', [], 10), 1_600);
    }
    return true;
  }
  const mentionCursor = new Map<string, number>();

  // From here on, the page's own changes are followed (live blogs, infinite scroll, single-page
  // navigation), also while the first reading is in flight: a change replaces it with a rescan.
  watcher = watchPage(doc, ui.host, () => rescan());
  listeners.onStop(() => watcher?.stop());

  // First pass, in the background: the session answers (hover cards, notes, the popup) while it runs.
  // Actors and claims come from the worker in one answer, drawn in one commit (ADR 0110; before, the
  // page matched every paragraph itself first, then drew again with the worker's answer).
  async function firstPass() {
    const signal = { cancelled: false };
    current = signal;
    // the notes are asked for now (in a task of their own), not after the analysis: their round trip overlaps
    // the worker's reading, and on a page that answers at once every layer is committed in one task
    const notes = yieldToPage().then(askAnchors);
    try {
      await readFound(signal, true);
      await readNotes(signal, true, notes);
    } catch (error) {
      if (!(error instanceof Cancelled)) throw error;
    }
  }
  latest = firstPass();
  // The reader's tools are made once the first reading is drawn (in the next task), not while the worker
  // reads: making them lays the page out and paints it (~6 ms of the page's thread time on the long bench
  // article). Sooner at the reader's first trusted pointer move, press, key or selection — a capture listener
  // on the window, so the tools' own listeners on the document, added then, take that same event — or when
  // the popup or a layer switch asks (`pageUi()`).
  let uiTimer = 0;
  void latest.then(() => {
    if (!listeners.stopped && !made) uiTimer = window.setTimeout(() => !listeners.stopped && pageUi(), 0);
  }, () => undefined);
  listeners.onStop(() => clearTimeout(uiTimer));
  for (const type of ['pointermove', 'pointerdown', 'keydown', 'selectionchange', 'mouseup']) {
    listeners.on(window, type, (event) => {
      if (event.isTrusted && !made) pageUi();
    }, { capture: true, passive: true });
  }
  /** Settles once no newer reading replaced the one awaited. */
  async function settled() {
    for (;;) {
      const awaited = latest;
      await awaited;
      if (awaited === latest) return;
    }
  }
  const ready = settled();
  void ready.then(() => {
    if (listeners.stopped || cardsAsk) return;
    if (typeof requestIdleCallback !== 'function') return preload();
    const idle = requestIdleCallback(preload, { timeout: 2_000 });
    listeners.onStop(() => cancelIdleCallback(idle));
  }, () => undefined);

  function destroy() {
    if (listeners.stopped) return;
    listeners.stop();
    options.onDestroy?.();
  }

  return {
    rescan,
    ready,
    destroy,
    get destroyed() {
      return listeners.stopped;
    },
    uiHost: ui.host,
    setLayers,
    get layers() {
      return { ...prefs };
    },
    frame: (token, ask) => pageUi().annotator.answer(token, ask),
    info: pageInfo,
    annotateSelection: () => pageUi().annotator.openForSelection(),
    anchoring: () => ({ anchored: anchored.map((a) => a.annotation.id), orphaned: orphans.map((a) => a.id) }),
    async analysis() {
      await loadCards();
      return { ...summarize({ mentions, claims, anchored, orphans }, lookup, orphanClaims), known: known.slice };
    },
    reveal,
    revealAnnotation(id) {
      const found = anchored.find((a) => a.annotation.id === id);
      return found ? reveal(found.start, found.end) : false;
    },
    nextMention(actorId) {
      const list = mentions.filter((m) => (m.refersTo ?? m.actorId) === actorId);
      if (!list.length) return { index: -1, total: 0 };
      const index = ((mentionCursor.get(actorId) ?? -1) + 1) % list.length;
      mentionCursor.set(actorId, index);
      reveal(list[index]!.start, list[index]!.end);
      return { index, total: list.length };
    },
    get model() {
      return model;
    },
  };
}
