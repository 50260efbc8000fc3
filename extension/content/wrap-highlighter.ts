/**
 * The fallback for browsers without the CSS Custom Highlight API: highlights
 * become `<crosscheck-mark>` elements around the highlighted text. Each
 * stretch of text is wrapped at most once, with every layer it belongs to in
 * `data-layers`, so overlapping layers never nest. Redrawing first unwraps
 * and re-joins the text nodes it split, which restores the page's original
 * nodes (splitText keeps the original as the first part), then wraps again.
 * Drawing changes the DOM, so the caller rebuilds its text model afterwards
 * (`onDrawn`) and tells its mutation observer to ignore these changes.
 */
import type { Highlighter, RangeSpec, StagedLayer } from './highlighter';

export const MARK_TAG = 'crosscheck-mark';

interface Piece {
  node: Text;
  start: number;
  end: number;
  layer: string;
}

interface FlatSpan {
  start: number;
  end: number;
}

export function createWrapHighlighter(doc: Document, onDrawn: () => void): Highlighter {
  // Layers are kept as offsets into the page's whole text: node references go
  // stale as soon as a drawing splits or re-joins text nodes.
  const layers = new Map<string, { spans: FlatSpan[]; priority: number }>();
  let scheduled = false;
  let stopped = false;
  let index: TextIndex | null = null;

  function toFlat(ranges: readonly RangeSpec[]): FlatSpan[] {
    index ??= textIndex(doc);
    const out: FlatSpan[] = [];
    for (const r of ranges) {
      const start = index.toFlat(r.startContainer, r.startOffset);
      const end = index.toFlat(r.endContainer, r.endOffset);
      if (start >= 0 && end > start) out.push({ start, end });
    }
    return out;
  }

  function schedule() {
    if (scheduled || stopped) return;
    scheduled = true;
    queueMicrotask(() => {
      scheduled = false;
      if (stopped) return;
      flush();
      onDrawn();
    });
  }

  function flush() {
    const ordered = [...layers].sort((a, b) => a[1].priority - b[1].priority);
    const flat = ordered.flatMap(([layer, { spans }]) => spans.map((s) => ({ layer, ...s })));
    unwrapAll(doc);
    const after = textIndex(doc);
    const pieces: Piece[] = [];
    for (const { layer, start, end } of flat) {
      const a = after.fromFlat(start, 'start');
      const b = after.fromFlat(end, 'end');
      if (a && b) pieces.push(...split(doc, { startContainer: a.node, startOffset: a.offset, endContainer: b.node, endOffset: b.offset }, layer));
    }
    wrap(doc, pieces);
    index = null; // the wrapping split nodes: offsets hold, node references do not
  }

  return {
    kind: 'wrap',
    cssName: (layer) => layer,
    draw(layer, ranges, priority = 0) {
      layers.set(layer, { spans: toFlat(ranges), priority });
      schedule();
    },
    stage(layer, priority = 0): StagedLayer {
      const collected: FlatSpan[] = [];
      return {
        // Converted at once: a drawing may happen between two batches.
        add: (ranges) => void collected.push(...toFlat(ranges)),
        commit: () => {
          layers.set(layer, { spans: collected, priority });
          schedule();
        },
      };
    },
    clear(layer) {
      if (layer) layers.delete(layer);
      else layers.clear();
      schedule();
    },
    stop() {
      // the page's own text nodes back at once; nothing is drawn (or reported) after this
      stopped = true;
      layers.clear();
      unwrapAll(doc);
    },
  };
}

type TextIndex = ReturnType<typeof textIndex>;

/** Every text node of the page in order, with its offset in the concatenated text. */
function textIndex(doc: Document) {
  const nodes: Text[] = [];
  const starts: number[] = [];
  const where = new Map<Node, number>();
  let total = 0;
  const walker = doc.createTreeWalker(doc.body ?? doc.documentElement, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    nodes.push(n as Text);
    starts.push(total);
    where.set(n, total);
    total += (n as Text).data.length;
  }
  return {
    toFlat(node: Node, offset: number): number {
      const base = where.get(node);
      return base === undefined ? -1 : base + offset;
    },
    /** The text position at a flat offset; a start prefers the next node at a node boundary, an end the previous. */
    fromFlat(flat: number, side: 'start' | 'end'): { node: Text; offset: number } | null {
      let lo = 0;
      let hi = nodes.length - 1;
      let found = -1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        if (starts[mid]! <= flat) {
          found = mid;
          lo = mid + 1;
        } else hi = mid - 1;
      }
      if (found < 0) return null;
      let i = found;
      if (side === 'end') while (i > 0 && starts[i] === flat) i--;
      const node = nodes[i]!;
      const offset = flat - starts[i]!;
      return offset <= node.data.length ? { node, offset } : null;
    },
  };
}

/** The text-node pieces a range covers. */
function split(doc: Document, r: RangeSpec, layer: string): Piece[] {
  if (r.startContainer === r.endContainer && r.startContainer.nodeType === Node.TEXT_NODE) {
    return r.endOffset > r.startOffset ? [{ node: r.startContainer as Text, start: r.startOffset, end: r.endOffset, layer }] : [];
  }
  const range = doc.createRange();
  try {
    range.setStart(r.startContainer, r.startOffset);
    range.setEnd(r.endContainer, r.endOffset);
  } catch {
    return [];
  }
  const pieces: Piece[] = [];
  const walker = doc.createTreeWalker(range.commonAncestorContainer, NodeFilter.SHOW_TEXT);
  walker.currentNode = range.commonAncestorContainer;
  for (let n = walker.currentNode.nodeType === Node.TEXT_NODE ? walker.currentNode : walker.nextNode(); n; n = walker.nextNode()) {
    if (!range.intersectsNode(n)) continue;
    const text = n as Text;
    const start = n === r.startContainer ? r.startOffset : 0;
    const end = n === r.endContainer ? r.endOffset : text.data.length;
    if (end > start) pieces.push({ node: text, start, end, layer });
  }
  return pieces;
}

/** Wraps each text node's covered stretches, one element per stretch with all its layers. */
function wrap(doc: Document, pieces: Piece[]) {
  const byNode = new Map<Text, Piece[]>();
  for (const p of pieces) {
    const list = byNode.get(p.node);
    if (list) list.push(p);
    else byNode.set(p.node, [p]);
  }
  for (const [node, list] of byNode) {
    if (!node.parentNode) continue;
    const cuts = [...new Set(list.flatMap((p) => [p.start, p.end]))].filter((c) => c >= 0 && c <= node.data.length).sort((a, b) => a - b);
    // Split from the end so earlier offsets stay valid on the original node.
    const segments: { node: Text; start: number; end: number }[] = [];
    const parts: Text[] = [];
    for (let i = cuts.length - 1; i >= 0; i--) {
      const cut = cuts[i]!;
      if (cut <= 0 || cut >= node.data.length) continue;
      parts.unshift(node.splitText(cut));
    }
    parts.unshift(node);
    let offset = 0;
    for (const part of parts) {
      segments.push({ node: part, start: offset, end: offset + part.data.length });
      offset += part.data.length;
    }
    for (const seg of segments) {
      const names = list.filter((p) => p.start <= seg.start && seg.end <= p.end).map((p) => p.layer);
      if (!names.length || !seg.node.data.length) continue;
      const mark = doc.createElement(MARK_TAG);
      mark.setAttribute('data-layers', [...new Set(names)].join(' '));
      seg.node.replaceWith(mark);
      mark.append(seg.node);
    }
  }
}

/** Removes every mark, putting its text back and re-joining split text nodes. */
export function unwrapAll(doc: Document) {
  const marks = [...doc.querySelectorAll(MARK_TAG)];
  const parents = new Set<Node>();
  for (const mark of marks) {
    const parent = mark.parentNode;
    if (!parent) continue;
    parents.add(parent);
    mark.replaceWith(...mark.childNodes);
  }
  for (const parent of parents) joinTextNodes(parent);
}

/** Like Node.normalize() but only for direct children, and keeping empty-text semantics. */
function joinTextNodes(parent: Node) {
  let child = parent.firstChild;
  while (child) {
    const next = child.nextSibling;
    if (child.nodeType === Node.TEXT_NODE && next && next.nodeType === Node.TEXT_NODE) {
      (child as Text).appendData((next as Text).data);
      next.remove();
      continue;
    }
    child = next;
  }
}

/** Styles for the fallback: the same looks as the `::highlight()` rules, on marks carrying a layer. */
export function wrapStyles(defs: readonly { layer: string; css: string }[]): string {
  return [`${MARK_TAG} { all: unset; display: inline; }`, ...defs.map(({ layer, css }) => `${MARK_TAG}[data-layers~="${layer}"] { ${css} }`)].join('\n');
}
