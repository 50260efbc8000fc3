/**
 * One page, one session: the article's text model, what Crosscheck found in
 * it, its highlight layers and the reader's annotations. Everything found is
 * held as text offsets and drawn as StaticRanges; when the article changes,
 * the model is rebuilt and everything is drawn again from offsets.
 */
import type { ActorMatcher, Mention } from '../../src/actors/matcher';
import type { Dataset } from '../../src/dataset/schema';
import { anchorMany } from '../../src/anchoring';
import type { DatasetLookup } from '../../src/dataset/lookup';
import { withSlice, type KnownSlice } from '../../src/dataset/slice';
import { articleRequest } from '../../src/engine/article-request';
import type { ClaimHit } from '../../src/engine/article-scan';
import { documentUrlKey } from '../../src/page/url-key';
import { SpanIndex } from '../../src/text/span-index';
import { buildTextModel, findArticleRoot, type TextModel } from '../../src/text/model';
import type { callWorker } from '../shared/client';
import type { AnnotationAnchor, PageAnalysis, PageInfo } from '../shared/messages';
import type { FrameAnswer, FrameAsk } from '../shared/frame-messages';
import { createAnnotator } from './annotator';
import { createHighlighter, supportsHighlightApi, type RangeSpec, type StagedLayer } from './highlighter';
import { buildModelSliced, findActors, readFirstScreen, scanActors } from './incremental';
import { lazyLookup } from './lazy';
import { remoteAnalyzer, type Analyzer } from './remote-analysis';
import { shownRelation } from '../shared/verdict';
import { createTextWindow, WINDOW_ABOVE_RANGES } from './text-window';
import { watchPage } from './live-updates';
import { createListeners } from './listeners';
import { createWrapHighlighter, wrapStyles } from './wrap-highlighter';
import { boxOf, offsetAtPoint } from './hit-test';
import { DEFAULT_LAYER_PREFS, layerVisible, SWITCH_KEYS, type LayerPrefs, type LayerSwitch } from '../shared/layer-prefs';
import { ALL_LAYERS, ACTOR_LAYERS, ANNOTATION_LAYERS, CLAIM_LAYERS, actorLayer } from '../shared/layers';
import type { PageHandlers } from './page-calls';
import { installStyleText } from './page-style';
import { classifyParagraphs } from './furniture';
import { publishedDay } from './published';
import { reportAnchoring } from './changed-report';
import { articleDate } from '../../src/engine/article-date';
import { Cancelled, createSlicer, yieldToPage } from './slicing';
import { stamp } from './trace-stamp';
import { actorCard, claimCard } from './ui/cards';
import { createCardLayer } from './ui/card-layer';
import { createLayerSwitch } from './ui/layer-switch';
import { createNoteMargin } from './ui/note-margin';
import { createUiHost } from './ui/host';

export interface AnchoredAnnotation {
  /** Where and in which colour: the note itself is never in the page's side (ADR 0060). */
  annotation: AnnotationAnchor;
  start: number;
  end: number;
}

type Target =
  | { kind: 'actor'; start: number; end: number; mention: Mention }
  | { kind: 'claim'; start: number; end: number; claim: ClaimHit }
  | { kind: 'annotation'; start: number; end: number; anchored: AnchoredAnnotation };

/** How long the pointer rests on a highlight before its card opens. */
const HOVER_INTENT_MS = 250;

/** A running session answers the popup's page calls itself. */
export interface Session extends PageHandlers {
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

export function describePage(doc: Document, state: PageInfo['state']): PageInfo {
  const published = publishedDay(doc);
  return {
    url: location.href,
    urlKey: documentUrlKey(location.href, doc.querySelector<HTMLLinkElement>('link[rel~="canonical"]')?.href),
    title: doc.title,
    state,
    ...(published ? { published } : {}),
  };
}

/** What a session is given; it reaches for nothing else of the extension's. */
export interface SessionDeps {
  doc: Document;
  /** What the page keeps of the engine: the bundled dataset and its alias matcher (activation, the first actors). */
  engine: BundledKnowledge;
  /** Claims, and actors article-wide, from the engine in the extension's own context (default: the service worker; ADR 0095). */
  analyzer?: Analyzer;
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

export interface BundledKnowledge {
  readonly dataset: Dataset;
  readonly matcher: ActorMatcher;
}

/**
 * Starts reading the page: returns once the article's text model is built;
 * actors, claims and notes follow (`ready`) while the page, hover cards and
 * notes stay usable.
 */
export async function startSession(options: SessionDeps): Promise<Session> {
  const { doc, engine: bundled } = options;
  const analyzer = options.analyzer ?? remoteAnalyzer(() => pageInfo().urlKey);
  // Every listener, observer and timer on the page, taken away together by destroy().
  const listeners = createListeners({ alive: options.alive, onDead: () => destroy() });
  /** The page watcher, once the text model is built; the wrapping fallback's own DOM changes are dropped from it. */
  let watcher: ReturnType<typeof watchPage> | null = null;
  // The bundled dataset answers for what the page found until the worker sends the imported claims its results refer to.
  const bundledLookup = lazyLookup(bundled.dataset);
  let known = bundledLookup;
  /** The imported claims, actors and sources the page's results refer to (from the worker). */
  let slice: KnownSlice = { actors: [], claims: [], sources: [], relations: [] };
  function useKnown(next: KnownSlice) {
    slice = next;
    const dataset = withSlice(bundled.dataset, next);
    known = dataset === bundled.dataset ? bundledLookup : lazyLookup(dataset);
  }
  // Cards and the note form hold this one object; it answers from the datasets in use.
  const lookup: DatasetLookup = {
    actor: (id) => known.actor(id),
    claim: (id) => known.claim(id),
    source: (id) => known.source(id),
    claimsBy: (id) => known.claimsBy(id),
    claimsAbout: (id) => known.claimsAbout(id),
    related: (id) => known.related(id),
    claimantName: (claim) => known.claimantName(claim),
    sourceLabel: (id) => known.sourceLabel(id),
  };
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

  const actorOf = (m: Mention) => lookup.actor(m.refersTo ?? m.actorId);
  let prefs: LayerPrefs = { ...(options.layers ?? DEFAULT_LAYER_PREFS) };
  /** Mentions split into the actor layers, by the type of actor each names. */
  const actorLayers = (found: readonly Mention[]) =>
    ACTOR_LAYERS.map((def) => ({
      ...def,
      spans: found.filter((m) => {
        const actor = actorOf(m);
        return actor !== undefined && actorLayer(actor.type) === def.layer;
      }),
    }));
  // At the top of the page, the actors of the first screen are drawn at once,
  // before the whole article is read (the full pass then replaces them).
  const atTop = highlighter.kind === 'highlight-api' && window.scrollY < window.innerHeight;
  const top = atTop ? readFirstScreen(doc) : null;
  if (top) drawFirstScreen(top);
  const ui = createUiHost(doc, listeners);
  const cards = createCardLayer(ui);
  const margin = createNoteMargin(ui, (key) => {
    const found = anchored.find((a) => `annotation:${a.start}:${a.end}` === key);
    if (found) open({ kind: 'annotation', start: found.start, end: found.end, anchored: found }, true);
  });
  const switcher = createLayerSwitch(ui, prefs, (next) => {
    setLayers(next);
    options.saveLayers?.(next);
  });
  let model: TextModel = await buildModelSliced(doc, undefined, atTop && !top ? drawFirstScreen : undefined);
  let mentions: Mention[] = [];
  let claims: ClaimHit[] = [];
  let anchored: AnchoredAnnotation[] = [];
  let orphans: AnnotationAnchor[] = [];
  /** Read the page's notes again at the next rescan (one was saved, changed or deleted). */
  let reloadNotes = false;
  let targets = new SpanIndex<Target>([]);
  let pageKey = '';
  /** The known claims the engine reads the notes no longer found on the page as (for the popup). */
  let orphanClaims: Record<string, string[]> = {};

  const pageInfo = (): PageInfo => describePage(doc, 'ready');


  /** Stages a layer in slices: ranges are computed and added a few hundred at a time; the caller commits it. */
  async function stageLayer(layer: string, spans: readonly { start: number; end: number }[], priority: number, signal: { cancelled: boolean }, on: TextModel = model): Promise<StagedLayer> {
    const slicer = createSlicer(undefined, signal);
    const staged = highlighter.stage(layer, priority);
    const CHUNK = 256;
    for (let from = 0; from < spans.length; from += CHUNK) {
      const batch: RangeSpec[] = [];
      for (let i = from; i < Math.min(spans.length, from + CHUNK); i++) {
        const r = on.rangeFor(spans[i]!.start, spans[i]!.end);
        if (r) batch.push(r);
      }
      staged.add(batch);
      await slicer.check();
    }
    return staged;
  }

  function drawFirstScreen(top: TextModel) {
    for (const { layer, spans, priority } of actorLayers(findActors(top, bundled.matcher))) {
      if (!layerVisible(layer, prefs)) continue;
      highlighter.draw(layer, spans.flatMap((m) => top.rangeFor(m.start, m.end) ?? []), priority);
    }
    stamp('first-screen');
  }

  type LayerSpans = { layer: string; spans: readonly { start: number; end: number }[]; priority: number };
  /** Every layer as last drawn (spans into the current model), to draw again when the reader scrolls a big page. */
  const drawn = new Map<string, LayerSpans>();
  // Big pages: only the paragraphs near the viewport get ranges (see text-window.ts).
  const textWindow = highlighter.kind === 'highlight-api' ? createTextWindow(() => void redrawWindow()) : null;
  if (textWindow) listeners.onStop(() => textWindow.disconnect());
  let redrawing: Promise<void> | null = null;
  let redrawAgain = false;

  async function redrawWindow() {
    if (redrawing) {
      redrawAgain = true;
      return;
    }
    redrawing = drawLayers([...drawn.values()], { cancelled: false }).catch(() => undefined);
    await redrawing;
    redrawing = null;
    if (redrawAgain) {
      redrawAgain = false;
      void redrawWindow();
    }
  }

  /**
   * Draws layers together: every change to the registered highlights makes
   * Chromium rebuild the markers of all of them in the next frame (~50–130 ms
   * on a 1 MB page with all its ranges), so layers are committed in one task,
   * not one per slice.
   */
  async function drawLayers(layers: readonly LayerSpans[], signal: { cancelled: boolean }) {
    // the spans are offsets into this model, even if a rescan replaces it meanwhile
    const on = model;
    for (const l of layers) drawn.set(l.layer, l);
    if (textWindow) {
      let total = 0;
      for (const l of drawn.values()) total += l.spans.length;
      // watching a new model's paragraphs is ~10 ms on 1 MB: a task of its own
      if (total > WINDOW_ABOVE_RANGES) await yieldToPage();
      await textWindow.update(on, total);
    }
    const staged: StagedLayer[] = [];
    for (const { layer, spans, priority } of layers) {
      // a hidden layer is drawn empty; its spans stay in `drawn` for when it is shown again
      const shown = layerVisible(layer, prefs) ? spans : [];
      staged.push(await stageLayer(layer, textWindow ? textWindow.filter(shown) : shown, priority, signal, on));
    }
    for (const layer of staged) layer.commit();
  }

  function reindex() {
    targets = new SpanIndex<Target>([
      ...claims.map((claim): Target => ({ kind: 'claim', start: claim.start, end: claim.end, claim })),
      ...mentions.map((mention): Target => ({ kind: 'actor', start: mention.start, end: mention.end, mention })),
      ...anchored.map((a): Target => ({ kind: 'annotation', start: a.start, end: a.end, anchored: a })),
    ]);
  }

  const claimLayers = () =>
    CLAIM_LAYERS.map((def) => {
      const relation = def.layer.slice('claim-'.length);
      return { ...def, spans: claims.filter((c) => shownRelation(c.matches, lookup) === relation) };
    });

  async function drawFound(signal: { cancelled: boolean }) {
    await drawLayers([...actorLayers(mentions), ...claimLayers()], signal);
  }

  async function drawAnnotations(signal = { cancelled: false }) {
    const layers = ANNOTATION_LAYERS.map((def) => {
      const color = def.layer.slice('annotation-'.length);
      return { ...def, spans: anchored.filter((a) => a.annotation.color === color) };
    });
    await drawLayers(layers, signal);
    reindex();
    drawMargin();
  }

  /** The notes' margin markers, when notes are shown. */
  function drawMargin() {
    const shownNotes = anchored.filter((a) => layerVisible(`annotation-${a.annotation.color}`, prefs));
    margin.set(
      shownNotes.map((a) => ({
        key: `annotation:${a.start}:${a.end}`,
        color: a.annotation.color,
        rect: () => model.toRange(a.start, a.end)?.getBoundingClientRect() ?? null,
      })),
      () => (model.root instanceof Element ? model.root.getBoundingClientRect() : null),
    );
  }

  async function loadAnnotations() {
    const page = pageInfo();
    pageKey = page.urlKey;
    const saved = await options.callWorker('annotations/anchors', { urlKey: page.urlKey });
    const found = anchorMany(model.text, saved.map((a) => a.selectors));
    anchored = [];
    orphans = [];
    saved.forEach((annotation, i) => {
      const at = found[i];
      if (at) anchored.push({ annotation, start: at.start, end: at.end });
      else orphans.push(annotation);
    });
    // for the library's "passage changed" flag; a failure here costs the page nothing
    void reportAnchoring(anchored.map((a) => a.annotation.id), orphans.map((a) => a.id)).catch(() => undefined);
    // what the engine reads the notes no longer found as, for the popup; without it the popup just lists them
    orphanClaims = {};
    if (orphans.length > 0) {
      const read = await analyzer.sentences(orphans.map((o) => o.quote)).catch(() => null);
      if (read) {
        useKnown(mergedSlice(read.known));
        orphans.forEach((o, i) => (orphanClaims[o.id] = (read.matches[i] ?? []).map((m) => m.claimId).slice(0, 3)));
      }
    }
  }

  /** The slice the page holds, with `more` added (the claims a note's quote matched). */
  function mergedSlice(more: KnownSlice): KnownSlice {
    const add = <T>(own: readonly T[], extra: readonly T[], id: (x: T) => string) => {
      const seen = new Set(own.map(id));
      return [...own, ...extra.filter((x) => !seen.has(id(x)))];
    };
    return {
      actors: add(slice.actors, more.actors, (a) => a.id),
      claims: add(slice.claims, more.claims, (c) => c.id),
      sources: add(slice.sources, more.sources, (s) => s.id),
      relations: add(slice.relations, more.relations, (r) => `${r.from} ${r.to} ${r.type}`),
    };
  }

  /**
   * Actors article-wide and claims, from the engine in the extension's own
   * context; while it works the page only waits for its answer. Should it
   * fail for good, the actors drawn with the bundled matcher stay and no
   * claims are shown.
   */
  async function analyze(on: TextModel, signal: { cancelled: boolean }): Promise<{ mentions: Mention[]; claims: ClaimHit[] }> {
    const request = articleRequest(on, classifyParagraphs(on), articleDate(doc));
    try {
      const found = await analyzer.article(request, signal);
      useKnown(found.known);
      return found;
    } catch (error) {
      if (error instanceof Cancelled || signal.cancelled) throw new Cancelled();
      console.warn('Crosscheck could not analyse the claims of this page:', error);
      return { mentions: mentions.length ? mentions : await scanActors(on, bundled.matcher, signal), claims: [] };
    }
  }

  let current: { cancelled: boolean } | null = null;
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
      drawn.clear(); // spans of the old model
      mentions = [];
      const found = await analyze(model, signal);
      mentions = found.mentions;
      claims = found.claims;
      await drawFound(signal);
      // Every note is drawn again from its selectors on the text as it is now.
      if (reloadNotes || pageInfo().urlKey !== pageKey || anchored.length + orphans.length > 0) {
        reloadNotes = false;
        await loadAnnotations();
      }
      await drawAnnotations(signal);
    } catch (error) {
      if (!(error instanceof Cancelled)) throw error;
    }
  }

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
      if (sentence) return suggest(sentence.matches[0]);
      return analyzer.sentences([quote]).then(
        (read) => {
          useKnown(mergedSlice(read.known));
          return suggest(read.matches[0]?.[0]);
        },
        () => null,
      );
    },
  });

  function cardFor(target: Exclude<Target, { kind: 'annotation' }>): HTMLElement | null {
    switch (target.kind) {
      case 'actor': {
        const actor = actorOf(target.mention);
        return actor ? actorCard(actor, lookup) : null;
      }
      case 'claim':
        return claimCard(target.claim, lookup);
    }
  }

  const keyOf = (target: Target) => `${target.kind}:${target.start}:${target.end}`;

  /** The drawn layer a target belongs to. */
  function layerOf(target: Target): string {
    switch (target.kind) {
      case 'actor': {
        const actor = actorOf(target.mention);
        return actor ? actorLayer(actor.type) : 'actor-org';
      }
      case 'claim':
        return `claim-${shownRelation(target.claim.matches, lookup)}`;
      case 'annotation':
        return `annotation-${target.anchored.annotation.color}`;
    }
  }
  const shown = (target: Target) => layerVisible(layerOf(target), prefs);

  let openLayer: string | null = null;
  function open(target: Target, focus: boolean) {
    // an actor or note inside a shown claim sentence: the card keeps clear of the whole sentence
    const sentence = target.kind === 'claim' ? undefined : claims.find((c) => c.start <= target.start && target.end <= c.end && layerVisible(`claim-${c.matches[0]?.relation ?? 'unknown'}`, prefs));
    const own = boxOf(model, target.start, target.end);
    const around = sentence ? boxOf(model, sentence.start, sentence.end) : null;
    const box = own && around ? new DOMRect(own.left, Math.min(own.top, around.top), own.width, Math.max(own.bottom, around.bottom) - Math.min(own.top, around.top)) : own;
    if (!box) return;
    if (target.kind === 'annotation') {
      // The reader's note opens in the note frame (an extension page), never in the page's document.
      cards.hide();
      annotator.showNote(target.anchored.annotation.id, box, focus);
      return;
    }
    const key = keyOf(target);
    openLayer = layerOf(target);
    if (!focus && cards.openKey === key) return;
    const card = cardFor(target);
    if (!card) return;
    // Hovering an actor or claim inside the reader's selection must not take its Annotate button away.
    annotator.closeNote();
    cards.show(card, box, { focus, key });
  }

  // Hover: find what is under the pointer once per frame, at its latest position.
  let frame = 0;
  let hideTimer = 0;
  let intentTimer = 0;
  let intentKey = '';
  let pointer = { x: 0, y: 0 };
  listeners.onStop(() => {
    cancelAnimationFrame(frame);
    clearTimeout(hideTimer);
    clearTimeout(intentTimer);
    clearTimeout(flashTimer);
  });
  listeners.on(
    doc,
    'pointermove',
    (event) => {
      // Only the reader's own pointer opens cards: a page's synthetic events are ignored.
      if (!event.isTrusted || ui.contains(event)) return;
      // a button held down is a drag-select (or a drag): no card opens meanwhile
      if (event.buttons !== 0) {
        clearTimeout(intentTimer);
        intentKey = '';
        return;
      }
      pointer = { x: event.clientX, y: event.clientY };
      if (frame) return;
      frame = requestAnimationFrame(() => {
        frame = 0;
        const offset = offsetAtPoint(model, pointer.x, pointer.y, doc);
        const hits = offset >= 0 ? targets.at(offset).filter(shown) : [];
        // Prefer the reader's own notes, then the actor under the pointer, then the sentence.
        const target = hits.find((t) => t.kind === 'annotation') ?? hits.find((t) => t.kind === 'actor') ?? hits.find((t) => t.kind === 'claim');
        if (target) {
          clearTimeout(hideTimer);
          // Hover intent: a card opens when the pointer rests, not while it sweeps across the text.
          const key = keyOf(target);
          if (key === cards.openKey || key === intentKey) return;
          if (target.kind === 'annotation' && annotator.noteShown === target.anchored.annotation.id) return;
          clearTimeout(intentTimer);
          intentKey = key;
          intentTimer = window.setTimeout(() => {
            intentKey = '';
            open(target, false);
          }, HOVER_INTENT_MS);
        } else {
          clearTimeout(intentTimer);
          intentKey = '';
          const noteOpen = annotator.noteShown !== null && !annotator.engaged;
          if ((!cards.openKey || cards.engaged) && !noteOpen) return;
          clearTimeout(hideTimer);
          hideTimer = window.setTimeout(() => {
            if (!cards.engaged) cards.hide();
            if (!annotator.engaged) annotator.closeNote();
          }, 400);
        }
      });
    },
    { passive: true },
  );

  // Keyboard: Alt+Shift+N / Alt+Shift+P step through the shown claims and notes (not every actor
  // mention), Alt+Shift+X / Alt+Shift+Z straight to the next / previous contradiction; each opens
  // its card with focus. Alt+Shift+H and Alt+Shift+1–4 switch layers (see layer-prefs.ts).
  let stepFrom = -1;
  function step(list: readonly Target[], forward: boolean) {
    if (!list.length) return;
    // from where the last step (or the popup) left off, in document order
    const next = forward ? (list.find((t) => t.start > stepFrom) ?? list[0]!) : ([...list].reverse().find((t) => t.start < stepFrom) ?? list[list.length - 1]!);
    stepFrom = next.start;
    model.toRange(next.start, next.end)?.startContainer.parentElement?.scrollIntoView({ block: 'center' });
    open(next, true);
  }
  listeners.on(doc, 'keydown', (event) => {
    if (!event.isTrusted) return; // a page's synthetic keys neither close nor step
    if (event.key === 'Escape') {
      cards.hide();
      annotator.dismiss();
      return;
    }
    if (!event.altKey || !event.shiftKey || event.ctrlKey || event.metaKey) return;
    const toggle = (Object.keys(SWITCH_KEYS) as LayerSwitch[]).find((k) => SWITCH_KEYS[k].code === event.code);
    if (toggle) {
      event.preventDefault();
      const next = { ...prefs, [toggle]: !prefs[toggle] };
      // with everything hidden, a layer's own key shows it (and the rest as they were)
      if (toggle !== 'all' && !prefs.all) next.all = true;
      setLayers(next);
      options.saveLayers?.(next);
      return;
    }
    const sentences = () => targets.all().filter((t) => t.kind !== 'actor' && shown(t));
    switch (event.code) {
      case 'KeyA':
        // the browser's command for Alt+Shift+A takes the key first where it is bound; this is the in-page fallback
        if (annotator.openForSelection()) event.preventDefault();
        return;
      case 'KeyN':
      case 'KeyP':
        event.preventDefault();
        step(sentences(), event.code === 'KeyN');
        return;
      case 'KeyM': {
        // each shown actor once, at its first mention after the last step
        event.preventDefault();
        const seenActors = new Set<string>();
        const firsts: Target[] = [];
        for (const t of targets.all()) {
          if (t.kind !== 'actor' || !shown(t)) continue;
          const id = t.mention.refersTo ?? t.mention.actorId;
          if (seenActors.has(id)) continue;
          seenActors.add(id);
          firsts.push(t);
        }
        step(firsts, true);
        return;
      }
      case 'KeyX':
      case 'KeyZ':
        event.preventDefault();
        step(targets.all().filter((t) => t.kind === 'claim' && t.claim.matches[0]?.relation === 'contradicts'), event.code === 'KeyX');
        return;
    }
  });

  function setLayers(next: LayerPrefs) {
    if (JSON.stringify(next) === JSON.stringify(prefs)) return;
    prefs = { ...next };
    switcher.update(prefs);
    drawMargin();
    if (cards.openKey && openLayer && !layerVisible(openLayer, prefs)) cards.hide();
    void drawLayers([...drawn.values()], { cancelled: false }).catch(() => undefined);
  }


  function analysis(): PageAnalysis {
    const counts = new Map<string, number>();
    for (const m of mentions) counts.set(m.refersTo ?? m.actorId, (counts.get(m.refersTo ?? m.actorId) ?? 0) + 1);
    const actors = [...counts].flatMap(([id, count]) => {
      const actor = lookup.actor(id);
      return actor ? [{ id, name: actor.name, type: actor.type, mentions: count }] : [];
    });
    actors.sort((a, b) => b.mentions - a.mentions || a.name.localeCompare(b.name));
    const annotationClaims: Record<string, string[]> = {};
    for (const a of anchored) {
      const near = claims.filter((c) => c.start < a.end && a.start < c.end).flatMap((c) => c.matches.map((m) => m.claimId));
      annotationClaims[a.annotation.id] = [...new Set(near)].slice(0, 3);
    }
    for (const o of orphans) annotationClaims[o.id] = orphanClaims[o.id] ?? [];
    return {
      // "Claimed by" only when the claimant is a resolved actor, not a guess from the wording
      claims: claims.map(({ start, end, text, claimant, claimantId, matches }) => ({ start, end, text, matches: [...matches], ...(claimant && claimantId ? { claimant } : {}) })),
      actors,
      annotationClaims,
      known: slice,
    };
  }

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
  let flashTimer = 0;
  const mentionCursor = new Map<string, number>();

  // From here on, the page's own changes are followed (live blogs, infinite scroll, single-page
  // navigation), also while the first reading is in flight: a change replaces it with a rescan.
  watcher = watchPage(doc, ui.host, () => rescan());
  listeners.onStop(() => watcher?.stop());
  listeners.onStop(() => {
    if (current) current.cancelled = true;
  });

  // First pass, in the background: the session answers (hover cards, notes, the popup) while it runs.
  // Actors first, with the bundled alias matcher alone, drawn before the claims come back from the worker.
  async function firstPass() {
    const signal = { cancelled: false };
    current = signal;
    try {
      mentions = await scanActors(model, bundled.matcher, signal);
      await drawLayers(actorLayers(mentions), signal);
      reindex();
      stamp('actors');
      const found = await analyze(model, signal);
      stamp('claims'); // the worker's answer is in
      mentions = found.mentions;
      claims = found.claims;
      await drawFound(signal);
      await loadAnnotations();
      await drawAnnotations(signal);
    } catch (error) {
      if (!(error instanceof Cancelled)) throw error;
    }
  }
  latest = firstPass();
  /** Settles once no newer reading replaced the one awaited. */
  async function settled() {
    for (;;) {
      const awaited = latest;
      await awaited;
      if (awaited === latest) return;
    }
  }
  const ready = settled();

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
    frame: (token, ask) => annotator.answer(token, ask),
    info: pageInfo,
    annotateSelection: () => annotator.openForSelection(),
    anchoring: () => ({ anchored: anchored.map((a) => a.annotation.id), orphaned: orphans.map((a) => a.id) }),
    analysis,
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
