/**
 * Draws named layers of highlights. Where the CSS Custom Highlight API exists
 * nothing in the page's DOM changes: ranges are registered with the browser
 * and painted by a `::highlight()` rule. Ranges are StaticRanges, which cost
 * the page nothing on later edits (live Ranges were measured to make DOM edits
 * ~12× slower); callers recompute them when the text changes.
 */

export interface RangeSpec {
  startContainer: Node;
  startOffset: number;
  endContainer: Node;
  endOffset: number;
}

export interface Highlighter {
  /** Replaces the ranges of one layer; higher priority paints on top. */
  draw(layer: string, ranges: readonly RangeSpec[], priority?: number): void;
  clear(layer?: string): void;
  /** The CSS highlight name of a layer, for its `::highlight()` rule. */
  cssName(layer: string): string;
  readonly kind: 'highlight-api' | 'none';
}

/** Per-load suffix so a page cannot look our layers up by a fixed name. */
const SUFFIX = Math.random().toString(36).slice(2, 8);

export function supportsHighlightApi(win: Window & typeof globalThis = window): boolean {
  return typeof win.Highlight === 'function' && typeof win.CSS !== 'undefined' && 'highlights' in win.CSS;
}

export function createHighlighter(win: Window & typeof globalThis = window): Highlighter {
  if (!supportsHighlightApi(win)) return noHighlighter();
  const layers = new Map<string, Highlight>();
  const cssName = (layer: string) => `cc-${layer}-${SUFFIX}`;

  return {
    kind: 'highlight-api',
    cssName,
    draw(layer, ranges, priority = 0) {
      const statics: StaticRange[] = [];
      for (const r of ranges) {
        try {
          statics.push(new win.StaticRange(r));
        } catch {
          // A range over a node that changed type since it was computed: skip it.
        }
      }
      let highlight = layers.get(layer);
      if (!highlight) {
        highlight = new win.Highlight();
        highlight.priority = priority;
        layers.set(layer, highlight);
        win.CSS.highlights.set(cssName(layer), highlight);
      }
      highlight.clear();
      for (const s of statics) highlight.add(s);
    },
    clear(layer) {
      const names = layer ? [layer] : [...layers.keys()];
      for (const name of names) {
        layers.get(name)?.clear();
        win.CSS.highlights.delete(cssName(name));
        layers.delete(name);
      }
    },
  };
}

/** Browsers without the Highlight API get no drawing until the fallback lands (issue 5). */
function noHighlighter(): Highlighter {
  return { kind: 'none', cssName: (l) => l, draw() {}, clear() {} };
}
