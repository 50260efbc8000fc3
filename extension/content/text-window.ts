/**
 * On big pages, only the highlights near the viewport are registered.
 *
 * Chromium rebuilds the markers of every registered highlight range in the
 * frame after any change — to the highlights, and to the page's DOM anywhere.
 * Measured here on a 1 MB page with ~10,000 ranges: ~115 ms for that frame,
 * and again ~140 ms after the page edits a single text node; with ~300
 * ranges, ~25–40 ms (scripts/bench, docs/benchmarks.md). So past a few
 * thousand ranges, Crosscheck registers those of the paragraphs within about
 * a screen above and below the viewport and follows the reader's scrolling.
 * Everything found is still kept (as offsets): hit-testing, the popup's
 * lists, stepping through mentions and revealing all see the whole page, and
 * revealing scrolls the text into the window.
 */
import type { TextModel, TextSpan } from '../../src/text/model';
import { caretAtPoint } from './caret-at-point';

/** More ranges than this, and only the paragraphs near the viewport get theirs. */
export const WINDOW_ABOVE_RANGES = 2_000;
/** How far beyond the viewport paragraphs count as near (IntersectionObserver root margin). */
const MARGIN = '100% 0px';
/**
 * Paragraphs longer than this are windowed by character offsets, not as a
 * whole: their ends may both be off screen while their middle shows, and one
 * text node of megabytes holds hundreds of thousands of ranges. The window is
 * the text under the viewport (found with a caret hit test) and as much
 * again above and below, re-measured as the reader scrolls.
 */
const LONG_PARAGRAPH = 5_000;
/** Characters drawn beyond the measured viewport text, at least (a screen of small text). */
const LONG_MARGIN_CHARS = 4_000;
/** A hidden tab renders no frames, so its observer never reports: draw (nothing near) after this long. */
const FIRST_REPORT_MS = 500;

export interface TextWindow {
  /** Whether the page is big enough to draw only what is near the viewport. */
  readonly active: boolean;
  /**
   * Follows a (new) model: decides whether windowing is needed for this many
   * ranges and watches its paragraphs. Resolves once it knows which are near
   * the viewport (the observer's first report, next frame; at most
   * `FIRST_REPORT_MS` in a tab that does not render). Cheap when nothing changed.
   */
  update(model: TextModel, ranges: number): Promise<void>;
  /** The spans to register now: all of them, or those in paragraphs near the viewport. */
  filter<S extends TextSpan>(spans: readonly S[]): readonly S[];
  disconnect(): void;
}

export function createTextWindow(onMove: () => void, win: Window & typeof globalThis = window): TextWindow {
  let active = false;
  let model: TextModel | null = null;
  let observer: IntersectionObserver | null = null;
  /** per paragraph: 0 far, 1 near the viewport, 2 always drawn */
  let near = new Uint8Array(0);
  /** per paragraph: the elements holding its first and its last character */
  let ends: [Element | null, Element | null][] = [];
  /** element → the paragraphs it starts or ends */
  let paragraphsOf = new Map<Element, number[]>();
  const inView = new Set<Element>();
  let scheduled = 0;
  /** The character window [from, to) drawn inside long paragraphs, or null before it is measured. */
  let charWindow: [number, number] | null = null;
  let longParagraphs = false;
  let scrollWatch: (() => void) | null = null;
  let firstReport: Promise<void> = Promise.resolve();
  let reported = () => {};

  const schedule = () => {
    if (scheduled) return;
    scheduled = win.requestAnimationFrame(() => {
      scheduled = 0;
      onMove();
    });
  };

  /** Model offsets of the text under a few points of the viewport; [min, max] or null when none is text of the model. */
  function measureViewport(m: TextModel): [number, number] | null {
    const doc = win.document;
    const w = win.innerWidth;
    const h = win.innerHeight;
    let lo = Infinity;
    let hi = -Infinity;
    // six points: each call hit-tests the line fragments of a huge node from its start (~1–5 ms at 5 MB)
    for (const y of [1, h / 2, h - 2]) {
      for (const x of [w / 4, (3 * w) / 4]) {
        const caret = caretAtPoint(doc, x, y);
        if (!caret) continue;
        const at = m.offsetOf(caret.node, caret.offset);
        if (at < 0) continue;
        lo = Math.min(lo, at);
        hi = Math.max(hi, at);
      }
    }
    return lo <= hi ? [lo, hi] : null;
  }

  /** Re-measures the window inside long paragraphs; true when the drawn window no longer covers the viewport. */
  function remeasure(): boolean {
    if (!model || !longParagraphs) return false;
    const seen = measureViewport(model);
    if (!seen) return false;
    const [lo, hi] = seen;
    if (charWindow && lo >= charWindow[0] && hi <= charWindow[1]) {
      // still inside: redraw only once the viewport nears an edge of the window
      const margin = Math.max(LONG_MARGIN_CHARS, hi - lo) / 2;
      if (lo - charWindow[0] > margin && charWindow[1] - hi > margin) return false;
    }
    const extra = Math.max(LONG_MARGIN_CHARS, 2 * (hi - lo));
    charWindow = [Math.max(0, lo - extra), hi + extra];
    return true;
  }

  function watchScrolling() {
    if (scrollWatch) return;
    let pending = 0;
    const onScroll = () => {
      if (pending) return;
      pending = win.requestAnimationFrame(() => {
        pending = 0;
        if (remeasure()) schedule();
      });
    };
    win.addEventListener('scroll', onScroll, { passive: true, capture: true });
    win.addEventListener('resize', onScroll, { passive: true });
    scrollWatch = () => {
      win.removeEventListener('scroll', onScroll, { capture: true });
      win.removeEventListener('resize', onScroll);
      if (pending) win.cancelAnimationFrame(pending);
    };
  }

  function watch(m: TextModel) {
    observer?.disconnect();
    charWindow = null;
    longParagraphs = m.paragraphs.some((p) => p.end - p.start > LONG_PARAGRAPH);
    inView.clear();
    paragraphsOf = new Map();
    near = new Uint8Array(m.paragraphs.length);
    ends = m.paragraphs.map((p, i) => {
      if (p.end - p.start > LONG_PARAGRAPH) near[i] = 2;
      const first = m.rangeFor(p.start, p.start + 1)?.startContainer.parentElement ?? null;
      const last = m.rangeFor(p.end - 1, p.end)?.startContainer.parentElement ?? null;
      for (const el of first === last ? [first] : [first, last]) {
        if (!el) continue;
        const list = paragraphsOf.get(el);
        if (!list) paragraphsOf.set(el, [i]);
        else if (list[list.length - 1] !== i) list.push(i);
      }
      return [first, last];
    });
    let waited = false;
    firstReport = new Promise<void>((resolve) => {
      const timer = win.setTimeout(() => {
        waited = true;
        resolve();
      }, FIRST_REPORT_MS);
      reported = () => {
        win.clearTimeout(timer);
        resolve();
      };
    });
    let first = true;
    const io = new win.IntersectionObserver(
      (entries) => {
        for (const entry of entries) {
          if (entry.isIntersecting) inView.add(entry.target);
          else inView.delete(entry.target);
        }
        let changed = false;
        for (const entry of entries) {
          for (const i of paragraphsOf.get(entry.target) ?? []) {
            if (near[i] === 2) continue;
            const [first, last] = ends[i]!;
            const value = (first !== null && inView.has(first)) || (last !== null && inView.has(last)) ? 1 : 0;
            if (near[i] !== value) {
              near[i] = value;
              changed = true;
            }
          }
        }
        if (first) {
          first = false;
          remeasure();
          reported();
          // drawn already without knowing (a tab that was hidden): draw what is near now
          if (waited && changed) schedule();
        } else if (changed) schedule();
      },
      { rootMargin: MARGIN },
    );
    observer = io;
    for (const el of paragraphsOf.keys()) io.observe(el);
    if (longParagraphs) watchScrolling();
  }

  function paragraphAt(offset: number): number {
    const ps = model!.paragraphs;
    let lo = 0;
    let hi = ps.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (ps[mid]!.start <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  return {
    get active() {
      return active;
    },
    update(m, ranges) {
      if (!active && ranges <= WINDOW_ABOVE_RANGES) return Promise.resolve();
      if (m === model && longParagraphs) remeasure();
      active = true;
      if (m !== model) {
        model = m;
        watch(m);
      }
      return firstReport;
    },
    filter(spans) {
      if (!active || !model || model.paragraphs.length === 0) return spans;
      const inside = charWindow;
      const ps = model.paragraphs;
      // spans come mostly in text order: the paragraph of the one before is tried first (270,000 mentions on 5 MB)
      let p = 0;
      return spans.filter((s) => {
        if (!(ps[p]!.start <= s.start && (p + 1 === ps.length || ps[p + 1]!.start > s.start))) p = paragraphAt(s.start);
        const state = near[p];
        if (state === 1) return true;
        if (state !== 2) return false;
        // a long paragraph: only the spans in the window around the viewport (none before it is measured)
        return inside !== null && s.end > inside[0] && s.start < inside[1];
      });
    },
    disconnect() {
      observer?.disconnect();
      scrollWatch?.();
      scrollWatch = null;
      if (scheduled) win.cancelAnimationFrame(scheduled);
    },
  };
}
