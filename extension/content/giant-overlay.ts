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
import { placeLines, placer, type LineOptions } from './line-estimate';
import { createListeners } from './listeners';
import { createUiHost, hostStyle, type UiHost } from './ui/host';

/** A text node this long or longer gets boxes, not highlight ranges. */
export const GIANT_TEXT = 200_000;
/** Marks further apart than this are measured as separate stretches (one call each, not one over the text between). */
const STRETCH_GAP = 20_000;

interface RangeLike {
  startContainer: Node;
  startOffset: number;
  endContainer: Node;
  endOffset: number;
}

/** Whether a range lies in one giant text node (and is drawn here). */
export function inGiantText(r: RangeLike): boolean {
  return r.startContainer === r.endContainer && r.startContainer.nodeType === Node.TEXT_NODE && (r.startContainer as Text).length >= GIANT_TEXT;
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

const OVERLAY_CSS = `.m { position: absolute; box-sizing: content-box; pointer-events: none; margin: 0; border: 0; }\n${ALL_LAYERS.map(boxCss).join('\n')}\n`;

export function createOverlay(win: Window & typeof globalThis = window): Overlay {
  const doc = win.document;
  const layers = new Map<string, { ranges: readonly RangeLike[]; priority: number }>();
  let host: UiHost | null = null;
  let frame = 0;
  let canvas: OffscreenCanvasRenderingContext2D | null = null;
  const listeners = createListeners();

  const schedule = () => {
    if (!frame && !listeners.stopped) frame = win.requestAnimationFrame(render);
  };
  listeners.onStop(() => win.cancelAnimationFrame(frame));
  // Boxes sit in document coordinates: the document's own scrolling moves them with the text.
  // A resize re-flows the text, and scrolling inside an element moves the text under them: place again.
  listeners.on(win, 'resize', () => layers.size && schedule(), { passive: true });
  listeners.on(win, 'scroll', (event) => event.target !== doc && layers.size && schedule(), { passive: true, capture: true });

  function measureIn(node: Text): { measure: (s: string) => number; options: LineOptions } {
    const parent = node.parentElement!;
    const style = win.getComputedStyle(parent);
    canvas ??= new win.OffscreenCanvas(1, 1).getContext('2d');
    const ctx = canvas!;
    ctx.font = style.font || `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
    ctx.letterSpacing = style.letterSpacing === 'normal' ? '0px' : style.letterSpacing;
    ctx.wordSpacing = style.wordSpacing === 'normal' ? '0px' : style.wordSpacing;
    ctx.fontKerning = style.fontKerning === 'none' ? 'none' : 'normal';
    return {
      measure: (s) => ctx.measureText(s).width,
      options: { preserve: /^pre/.test(style.whiteSpace) || style.getPropertyValue('white-space-collapse') === 'preserve', justify: style.textAlign === 'justify' },
    };
  }

  function render() {
    frame = 0;
    // every mark, by text node, in text order
    const byNode = new Map<Text, { layer: string; start: number; end: number }[]>();
    for (const [layer, { ranges }] of layers) {
      for (const r of ranges) {
        const node = r.startContainer as Text;
        if (!node.isConnected || r.endOffset > node.length || r.endOffset <= r.startOffset) continue;
        const list = byNode.get(node) ?? [];
        list.push({ layer, start: r.startOffset, end: r.endOffset });
        byNode.set(node, list);
      }
    }
    if (!host && byNode.size === 0) return;
    host ??= createUiHost(doc, listeners, { style: OVERLAY_HOST_STYLE, css: OVERLAY_CSS });
    const origin = host.host.getBoundingClientRect();
    const boxes = doc.createDocumentFragment();
    for (const [node, marks] of byNode) {
      marks.sort((a, b) => a.start - b.start);
      const { measure, options } = measureIn(node);
      const range = doc.createRange();
      for (let from = 0; from < marks.length; ) {
        // one stretch: marks no further apart than STRETCH_GAP
        let to = from + 1;
        let end = marks[from]!.end;
        while (to < marks.length && marks[to]!.start - end <= STRETCH_GAP) end = Math.max(end, marks[to++]!.end);
        const start = marks[from]!.start;
        range.setStart(node, start);
        range.setEnd(node, end);
        const rects = [...range.getClientRects()].map((q) => ({ left: q.left - origin.left, top: q.top - origin.top, width: q.width, height: q.height }));
        const place = placer(node.data, placeLines(node.data, start, end, rects, measure, options), measure, options);
        for (let i = from; i < to; i++) {
          const mark = marks[i]!;
          for (const b of place(mark.start, mark.end)) {
            const el = doc.createElement('div');
            el.className = `m l-${mark.layer}`;
            el.style.cssText = `left: ${b.left}px; top: ${b.top}px; width: ${b.width}px; height: ${b.height}px`;
            boxes.append(el);
          }
        }
        from = to;
      }
      range.detach();
    }
    const style = host.root.firstChild!;
    host.root.replaceChildren(style, boxes);
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
      listeners.stop();
    },
  };
}
