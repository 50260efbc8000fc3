/**
 * Draws the session's layers from text offsets: in slices, committed
 * together, and on big pages only near the viewport (text-window.ts). It
 * keeps every layer as last drawn, so showing a hidden layer or scrolling a
 * big page redraws without reading the page again.
 */
import type { TextModel } from '../../src/text/model';
import type { Highlighter, RangeSpec, StagedLayer } from './highlighter';
import type { Listeners } from './listeners';
import { createSlicer, yieldToPage } from './slicing';
import { createTextWindow, WINDOW_ABOVE_RANGES } from './text-window';

export interface LayerSpans {
  layer: string;
  spans: readonly { start: number; end: number }[];
  priority: number;
}

export interface LayerPainter {
  /** Draws these layers (spans into the current model) in one commit. */
  draw(layers: readonly LayerSpans[], signal: { cancelled: boolean }): Promise<void>;
  /** Draws every layer again as last given (a layer shown or hidden). */
  redraw(): Promise<void>;
  /** The model changed: the layers drawn so far point into the old one. */
  forget(): void;
}

/** Ranges are computed and added this many at a time, a slice check between. */
const CHUNK = 256;

export function createLayerPainter(highlighter: Highlighter, listeners: Listeners, model: () => TextModel, visible: (layer: string) => boolean): LayerPainter {
  const drawn = new Map<string, LayerSpans>();
  // Big pages: only the paragraphs near the viewport get ranges (see text-window.ts).
  const textWindow = highlighter.kind === 'highlight-api' ? createTextWindow(() => void redrawWindow()) : null;
  if (textWindow) listeners.onStop(() => textWindow.disconnect());
  let redrawing: Promise<void> | null = null;
  let redrawAgain = false;

  async function redrawWindow() {
    if (listeners.stopped) return;
    if (redrawing) {
      redrawAgain = true;
      return;
    }
    redrawing = draw([...drawn.values()], { cancelled: false }).catch(() => undefined);
    await redrawing;
    redrawing = null;
    if (redrawAgain) {
      redrawAgain = false;
      void redrawWindow();
    }
  }

  /** Stages a layer in slices: ranges are computed and added a few hundred at a time; the caller commits it. */
  async function stage(layer: string, spans: readonly { start: number; end: number }[], priority: number, signal: { cancelled: boolean }, on: TextModel): Promise<StagedLayer> {
    const slicer = createSlicer(undefined, signal);
    const staged = highlighter.stage(layer, priority);
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

  /**
   * Every change to the registered highlights makes Chromium rebuild the
   * markers of all of them in the next frame (~50–130 ms on a 1 MB page with
   * all its ranges), so layers are committed in one task, not one per slice.
   */
  async function draw(layers: readonly LayerSpans[], signal: { cancelled: boolean }) {
    // the spans are offsets into this model, even if a rescan replaces it meanwhile
    const on = model();
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
      const shown = visible(layer) ? spans : [];
      staged.push(await stage(layer, textWindow ? textWindow.filter(shown) : shown, priority, signal, on));
    }
    if (signal.cancelled || listeners.stopped) return;
    for (const layer of staged) layer.commit();
  }

  return {
    draw,
    redraw: () => draw([...drawn.values()], { cancelled: false }),
    forget: () => drawn.clear(),
  };
}
