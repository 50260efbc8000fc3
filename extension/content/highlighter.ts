/**
 * Draws named layers of highlights. Where the CSS Custom Highlight API exists
 * nothing in the page's DOM changes: ranges are registered with the browser
 * and painted by a `::highlight()` rule. Ranges are StaticRanges, which cost
 * the page nothing on later edits (live Ranges were measured to make DOM edits
 * ~12× slower); callers recompute them when the text changes.
 */
import { highlightName } from './highlight-sheet';
import { guardRegistry } from './registry-guard';
import { createOverlay, inGiantText } from './giant-overlay';

export interface RangeSpec {
  startContainer: Node;
  startOffset: number;
  endContainer: Node;
  endOffset: number;
}

export interface StagedLayer {
  add(ranges: readonly RangeSpec[]): void;
  commit(): void;
}

export interface Highlighter {
  /** Replaces the ranges of one layer; higher priority paints on top. */
  draw(layer: string, ranges: readonly RangeSpec[], priority?: number): void;
  /**
   * Builds a layer's new ranges over several slices while the old ones stay
   * on screen; `commit()` swaps them in at once (no flicker on rescans).
   */
  stage(layer: string, priority?: number): StagedLayer;
  clear(layer?: string): void;
  /** Takes every layer off the page and stops watching the registry (the session's end). */
  stop(): void;
  /** The CSS highlight name of a layer, for its `::highlight()` rule. */
  cssName(layer: string): string;
  readonly kind: 'highlight-api' | 'wrap' | 'none';
}

export function supportsHighlightApi(win: Window & typeof globalThis = window): boolean {
  return typeof win.Highlight === 'function' && typeof win.CSS !== 'undefined' && 'highlights' in win.CSS;
}

export function createHighlighter(win: Window & typeof globalThis = window): Highlighter {
  if (!supportsHighlightApi(win)) return noHighlighter();
  const layers = new Map<string, Highlight>();
  // Fixed names: the rules are in highlights.css, injected by the manifest.
  // (The registry is enumerable, so a random suffix hid nothing from a page.)
  const cssName = highlightName;
  // The registry is shared with the page, which may clear, replace or edit our
  // entries: what we drew is kept here and put back (registry-guard.ts).
  const guard = guardRegistry(win, cssName);
  // Ranges in a giant text node are drawn as boxes instead (a highlight there costs every later frame, ADR 0105).
  const overlay = createOverlay(win);

  return {
    kind: 'highlight-api',
    cssName,
    draw(layer, ranges, priority = 0) {
      const staged = this.stage(layer, priority);
      staged.add(ranges);
      staged.commit();
    },
    stage(layer, priority = 0) {
      const next = new win.Highlight();
      next.priority = priority;
      const boxed: RangeSpec[] = [];
      const added: AbstractRange[] = [];
      return {
        add(ranges) {
          for (const r of ranges) {
            if (inGiantText(r)) {
              boxed.push(r);
              continue;
            }
            try {
              const range = new win.StaticRange(r);
              next.add(range);
              added.push(range);
            } catch {
              // A range over a node that changed type since it was computed: skip it.
            }
          }
        },
        commit() {
          // Nothing drawn before and nothing now: registering an empty layer would still make
          // Chromium rebuild every range's markers in the next frame (ADR 0110).
          if (next.size === 0 && boxed.length === 0 && !layers.has(layer)) return;
          // Empty the old one first: a page may still hold a reference to it.
          layers.get(layer)?.clear();
          layers.set(layer, next);
          win.CSS.highlights.set(cssName(layer), next);
          guard.drawn(layer, next, added, (replacement) => layers.set(layer, replacement));
          overlay.set(layer, boxed, priority);
        },
      };
    },
    clear(layer) {
      const names = layer ? [layer] : [...layers.keys()];
      for (const name of names) {
        layers.get(name)?.clear();
        win.CSS.highlights.delete(cssName(name));
        layers.delete(name);
        guard.cleared(name);
        overlay.clear(name);
      }
    },
    stop() {
      this.clear();
      guard.stop();
      overlay.stop();
    },
  };
}

/** Browsers without the Highlight API get no drawing until the fallback lands (issue 5). */
function noHighlighter(): Highlighter {
  return { kind: 'none', cssName: (l) => l, draw() {}, stage: () => ({ add() {}, commit() {} }), clear() {}, stop() {} };
}
