/**
 * Marks inside a giant text node are boxes drawn over the text, not
 * highlights (ADR 0105).
 *
 * Once any highlight range lies in a text node, Chromium re-validates that
 * node's markers whenever the document changes (any DOM or style change,
 * Crosscheck's own cards included) and re-walks all of the node's line
 * fragments: measured here on a 5 MB node, ~0.3–0.4 s per change with the
 * layers' underlines and ~0.1–0.3 s with tints alone, however few the
 * ranges; a page without highlights took none of it. So ranges in a text
 * node of `GIANT_TEXT` characters or more are drawn here instead: one
 * `getClientRects()` for each stretch of marks gives its line boxes, the
 * text is split over them with the font's advance widths
 * (line-estimate.ts), and each mark becomes a box in a host of its own
 * (absolutely placed in the document, so it scrolls with the page, and
 * pointer-events: none, so the page works as before).
 */
import { ALL_LAYERS, type LayerDef } from '../shared/layers';
import { placeLines, placer, type LineOptions, type Measure } from './line-estimate';
import { createListeners } from './listeners';
import { createUiHost, hostStyle, type UiHost } from './ui/host';
// A text node of GIANT_TEXT characters or more gets boxes, not highlight ranges.
import { caretAtPoint } from './caret-at-point';
import { GIANT_TEXT, inGiantText } from './giant-text';
export { GIANT_TEXT, inGiantText };

/** Marks further apart than this are measured as separate stretches (one call each, not one over the text between). */
const STRETCH_GAP = 20_000;
/**
 * A stretch spans at most about this many characters (a screen of text or
 * so): each is one step of the placement, a few steps a frame.
 */
const STRETCH_CHARS = 4_000;
/** Placement work per frame before the rest waits for the next one. */
const FRAME_BUDGET_MS = 8;

interface RangeLike {
  startContainer: Node;
  startOffset: number;
  endContainer: Node;
  endOffset: number;
}


export interface Overlay {
  /** Replaces a layer's marks; higher priority paints on top. */
  set(layer: string, ranges: readonly RangeLike[], priority: number): void;
  clear(layer?: string): void;
  /** Takes the boxes, their host and the overlay's listeners off the page. */
  stop(): void;
}

/** Absolutely placed at the document's origin (it scrolls with the page), under Crosscheck's cards, never taking the pointer. */
const OVERLAY_HOST_STYLE = hostStyle({ position: 'absolute', pointerEvents: 'none', zIndex: 2147483646 });

/** A layer's look as a box: its tint, and its underline as a bottom border (a wavy one as a zigzag). */
function boxCss(def: LayerDef): string {
  const underline = /text-decoration:\s*underline (\w+) ([\d.]+)px/.exec(def.css);
  const offset = Number(/text-underline-offset:\s*([\d.]+)px/.exec(def.css)?.[1] ?? 0);
  const rules = [`background-color: ${def.tint}`];
  if (underline) {
    const [, style, width] = underline;
    rules.push(`padding-bottom: ${offset}px`);
    if (style === 'wavy') {
      const c = def.line;
      rules.push(`background-image: linear-gradient(135deg, transparent 40%, ${c} 40% 60%, transparent 60%), linear-gradient(45deg, transparent 40%, ${c} 40% 60%, transparent 60%)`, 'background-size: 6px 4px', 'background-repeat: repeat-x', 'background-position: left bottom', 'background-clip: border-box');
      rules[0] = 'background-color: transparent';
    } else {
      rules.push(`border-bottom: ${style === 'double' ? Math.max(3, Number(width) * 2) : width}px ${style} ${def.line}`);
    }
  }
  return `.l-${def.layer} { ${rules.join('; ')}; z-index: ${def.priority}; }`;
}

/** Written when a page first has a giant text node, not on every article's start. */
const overlayCss = (): string => `.m { position: absolute; box-sizing: content-box; pointer-events: none; margin: 0; border: 0; }\n${ALL_LAYERS.map(boxCss).join('\n')}\n`;

/** A mark in one giant node, by node offsets. */
export interface NodeMark {
  layer: string;
  start: number;
  end: number;
}

/** Marks [from, to) of a node's sorted marks, covering text [start, end): placed with one `getClientRects()`. */
export interface Stretch {
  from: number;
  to: number;
  start: number;
  end: number;
}

/**
 * Groups a node's marks (sorted by start) into stretches: marks no further
 * apart than `gap`, and no stretch much longer than `maxChars` (each is
 * placed in one go, so its size bounds the work of one step).
 */
export function stretchesOf(marks: readonly NodeMark[], gap = STRETCH_GAP, maxChars = STRETCH_CHARS): Stretch[] {
  const out: Stretch[] = [];
  for (let from = 0; from < marks.length; ) {
    const start = marks[from]!.start;
    let end = marks[from]!.end;
    let to = from + 1;
    while (to < marks.length && marks[to]!.start - end <= gap && marks[to]!.start - start < maxChars) end = Math.max(end, marks[to++]!.end);
    out.push({ from, to, start, end });
    from = to;
  }
  return out;
}

/** Stretches in the order they are placed: the one holding `focus` (the text under the viewport's middle) first, then outwards; text order without a focus. */
export function nearestFirst<S extends { start: number; end: number }>(stretches: readonly S[], focus: number | null): S[] {
  if (focus === null) return [...stretches];
  const distance = (s: S) => (focus < s.start ? s.start - focus : focus >= s.end ? focus - s.end + 1 : 0);
  return [...stretches].sort((a, b) => distance(a) - distance(b) || a.start - b.start);
}

interface Step {
  node: Text;
  marks: readonly NodeMark[];
  stretch: Stretch;
  measure: Measure;
  options: LineOptions;
}

export function createOverlay(win: Window & typeof globalThis = window): Overlay {
  const doc = win.document;
  const layers = new Map<string, { ranges: readonly RangeLike[]; priority: number }>();
  let host: UiHost | null = null;
  let frame = 0;
  let canvas: OffscreenCanvasRenderingContext2D | null = null;
  /** The font the canvas is set to. */
  let canvasFont = '';
  /**
   * The placement under way: stretches left to place, a few per frame. While
   * boxes are shown, the new ones are swapped in together at the end (the old
   * ones still sit on the text meanwhile: they scroll with it); with none
   * shown yet, each frame's boxes are shown as they are placed.
   */
  let pass: { steps: Step[]; boxes: DocumentFragment; live: boolean } | null = null;
  const listeners = createListeners();

  /** Something changed: place everything again, from the next frame. */
  const schedule = () => {
    pass = null;
    if (!frame && !listeners.stopped) frame = win.requestAnimationFrame(render);
  };
  listeners.onStop(() => win.cancelAnimationFrame(frame));
  // Boxes sit in document coordinates: the document's own scrolling moves them with the text.
  // A resize re-flows the text, and scrolling inside an element moves the text under them: place again.
  listeners.on(win, 'resize', () => layers.size && schedule(), { passive: true });
  listeners.on(win, 'scroll', (event) => event.target !== doc && layers.size && schedule(), { passive: true, capture: true });

  function measureIn(node: Text): { measure: Measure; options: LineOptions } {
    const parent = node.parentElement!;
    const style = win.getComputedStyle(parent);
    canvas ??= new win.OffscreenCanvas(1, 1).getContext('2d');
    const ctx = canvas!;
    const font = style.font || `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
    const letterSpacing = style.letterSpacing === 'normal' ? '0px' : style.letterSpacing;
    const wordSpacing = style.wordSpacing === 'normal' ? '0px' : style.wordSpacing;
    const fontKerning = style.fontKerning === 'none' ? 'none' : 'normal';
    const key = `${font}|${letterSpacing}|${wordSpacing}|${fontKerning}`;
    return {
      // one canvas for every node, and a placement spans frames: set the node's font when another was set since
      measure: (s) => {
        if (canvasFont !== key) {
          ctx.font = font;
          ctx.letterSpacing = letterSpacing;
          ctx.wordSpacing = wordSpacing;
          ctx.fontKerning = fontKerning;
          canvasFont = key;
        }
        return ctx.measureText(s).width;
      },
      options: { preserve: /^pre/.test(style.whiteSpace) || style.getPropertyValue('white-space-collapse') === 'preserve', justify: style.textAlign === 'justify' },
    };
  }

  /** The node offset under the middle of the viewport, when it is in `node` (one hit test). */
  function focusIn(node: Text): number | null {
    const caret = caretAtPoint(doc, win.innerWidth / 2, win.innerHeight / 2);
    return caret && caret.node === node ? caret.offset : null;
  }

  /** Every mark, by giant node, cut into stretches in the order they are placed; null when nothing is to be drawn or cleared. */
  function begin(): { steps: Step[]; boxes: DocumentFragment; live: boolean } | null {
    const byNode = new Map<Text, NodeMark[]>();
    for (const [layer, { ranges }] of layers) {
      for (const r of ranges) {
        const node = r.startContainer as Text;
        if (!node.isConnected || r.endOffset > node.length || r.endOffset <= r.startOffset) continue;
        const list = byNode.get(node) ?? [];
        list.push({ layer, start: r.startOffset, end: r.endOffset });
        byNode.set(node, list);
      }
    }
    if (!host && byNode.size === 0) return null;
    host ??= createUiHost(doc, listeners, { style: OVERLAY_HOST_STYLE, css: overlayCss() });
    // nothing shown yet: show each frame's boxes at once, the viewport's first
    const live = host.root.childNodes.length <= 1;
    const steps: Step[] = [];
    for (const [node, marks] of byNode) {
      marks.sort((a, b) => a.start - b.start);
      const { measure, options } = measureIn(node);
      const stretches = stretchesOf(marks);
      // scrolled down: the stretch under the viewport first (one hit test); at the top, text order is viewport order
      const first = live && stretches.length > 1 && win.scrollY > 0 ? nearestFirst(stretches, focusIn(node)) : stretches;
      for (const stretch of first) steps.push({ node, marks, stretch, measure, options });
    }
    return { steps, boxes: doc.createDocumentFragment(), live };
  }

  /** One stretch's boxes: its line boxes from one layout query, each mark placed on them by the font's widths. */
  function place(step: Step, origin: DOMRect, range: Range, into: DocumentFragment) {
    const { node, marks, stretch, measure, options } = step;
    if (!node.isConnected || stretch.end > node.length) return;
    range.setStart(node, stretch.start);
    range.setEnd(node, stretch.end);
    const rects = [...range.getClientRects()].map((q) => ({ left: q.left - origin.left, top: q.top - origin.top, width: q.width, height: q.height }));
    const at = placer(node.data, placeLines(node.data, stretch.start, stretch.end, rects, measure, options), measure, options);
    for (let i = stretch.from; i < stretch.to; i++) {
      const mark = marks[i]!;
      for (const b of at(mark.start, mark.end)) {
        const el = doc.createElement('div');
        el.className = `m l-${mark.layer}`;
        el.style.cssText = `left: ${b.left}px; top: ${b.top}px; width: ${b.width}px; height: ${b.height}px`;
        into.append(el);
      }
    }
  }

  /**
   * A frame's share of the placement: stretches until `FRAME_BUDGET_MS` has
   * passed (at least one), the rest in the next frames. Placing all ~600
   * marks of a window in one frame took 50–130 ms on a 5 MB node at load ~10.
   */
  function render() {
    frame = 0;
    pass ??= begin();
    if (!pass || !host) return;
    const deadline = performance.now() + FRAME_BUDGET_MS;
    // the page may have scrolled since the last frame: line boxes are in this frame's viewport
    const origin = host.host.getBoundingClientRect();
    const range = doc.createRange();
    const into = pass.live ? doc.createDocumentFragment() : pass.boxes;
    do {
      const step = pass.steps.shift();
      if (step) place(step, origin, range, into);
    } while (pass.steps.length > 0 && performance.now() < deadline);
    range.detach();
    if (pass.live) host.root.append(into);
    if (pass.steps.length > 0) {
      frame = win.requestAnimationFrame(render);
      return;
    }
    if (!pass.live) host.root.replaceChildren(host.root.firstChild!, pass.boxes);
    pass = null;
  }

  return {
    set(layer, ranges, priority) {
      if (ranges.length === 0 && !layers.has(layer)) return;
      if (ranges.length === 0) layers.delete(layer);
      else layers.set(layer, { ranges: [...ranges], priority });
      schedule();
    },
    clear(layer) {
      if (layer === undefined) layers.clear();
      else layers.delete(layer);
      schedule();
    },
    stop() {
      layers.clear();
      pass = null;
      listeners.stop();
    },
  };
}
