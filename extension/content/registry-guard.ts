/**
 * Keeps Crosscheck's highlights Crosscheck's. The CSS highlight registry is
 * one per document, shared with the page: a page can delete our entries,
 * clear them (`CSS.highlights.clear()`), register its own Highlight under our
 * names, or add its own ranges to ours (painting its sentence "corroborated").
 * We keep what we drew — the ranges of each layer and its priority — and check
 * on a cheap timer: an entry that is gone, another object, a different size
 * or priority is redrawn from our copy. Every few checks the ranges themselves
 * are compared too (a page swapping one range for another keeps the size).
 *
 * Cards and the popup never read the registry: they show the verdicts from
 * the content script's own state.
 */

/** How often the registry is checked (ms): quick enough that a repaint is put right before a reader notices. */
export const CHECK_MS = 200;
/** Every this many checks, compare ranges one by one (layers up to DEEP_CHECK_MAX ranges). */
const DEEP_EVERY = 5;
const DEEP_CHECK_MAX = 20_000;

interface Drawn {
  highlight: Highlight;
  ranges: AbstractRange[];
  priority: number;
  replace: (next: Highlight) => void;
}

export interface RegistryGuard {
  /**
   * A layer was committed: remember its ranges, as the highlighter added them (not read back
   * from the highlight: a Firefox content script sees it through an Xray wrapper, which
   * refuses to iterate it).
   */
  drawn(layer: string, highlight: Highlight, ranges: AbstractRange[], replace: (next: Highlight) => void): void;
  cleared(layer: string): void;
  /** Checks now; answers how many layers were put back. */
  check(deep?: boolean): number;
  /** Layers put back since the start (for tests and the bench). */
  readonly repairs: number;
  stop(): void;
}

export function guardRegistry(win: Window & typeof globalThis, cssName: (layer: string) => string): RegistryGuard {
  const drawn = new Map<string, Drawn>();
  let timer: ReturnType<typeof setInterval> | null = null;
  let ticks = 0;
  let repairs = 0;

  function intact(layer: string, d: Drawn, deep: boolean): boolean {
    const registered = win.CSS.highlights.get(cssName(layer));
    if (registered !== d.highlight || d.highlight.size !== d.ranges.length || d.highlight.priority !== d.priority) return false;
    if (!deep || d.ranges.length > DEEP_CHECK_MAX) return true;
    for (const range of d.ranges) if (!d.highlight.has(range)) return false;
    return true;
  }

  function check(deep = false): number {
    let fixed = 0;
    for (const [layer, d] of drawn) {
      if (intact(layer, d, deep)) continue;
      // A fresh object: the page may still hold (and keep editing) the old one.
      const next = new win.Highlight(...d.ranges);
      next.priority = d.priority;
      try {
        d.highlight.clear();
      } catch {
        // not ours to clear any more
      }
      win.CSS.highlights.set(cssName(layer), next);
      d.highlight = next;
      d.replace(next);
      fixed++;
    }
    repairs += fixed;
    return fixed;
  }

  function start() {
    if (timer !== null) return;
    timer = setInterval(() => {
      if (drawn.size === 0) return;
      check(++ticks % DEEP_EVERY === 0);
    }, CHECK_MS);
  }

  return {
    drawn(layer, highlight, ranges, replace) {
      drawn.set(layer, { highlight, ranges, priority: highlight.priority, replace });
      start();
    },
    cleared(layer) {
      drawn.delete(layer);
    },
    check,
    get repairs() {
      return repairs;
    },
    stop() {
      if (timer !== null) clearInterval(timer);
      timer = null;
    },
  };
}
