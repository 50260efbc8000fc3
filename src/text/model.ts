/**
 * The article as one string, with a map back to the DOM.
 *
 * Highlights are drawn on the live page, so every character the engine sees
 * must lead back to a (text node, offset) pair. The model walks the tree once
 * (plain firstChild/nextSibling iteration: it works the same on a live page,
 * in happy-dom and in linkedom, and does not need the NodeFilter global),
 * collapses white space as a browser renders it, and turns block boundaries
 * into "\n\n". Those breaks, and nothing else, are *virtual*: they map to no
 * node, and a range that starts or ends on one is moved inwards.
 */

/** What a DOM Range needs; `model.toRange()` builds the Range itself. */
export interface DomRangeSpec {
  startContainer: Node;
  startOffset: number;
  endContainer: Node;
  endOffset: number;
}

export interface TextSpan {
  start: number;
  end: number;
}

export interface TextModel {
  /** The article text: paragraphs separated by "\n\n", white space collapsed. */
  readonly text: string;
  /** The node the model was built from (null for plain text). */
  readonly root: Node | null;
  /** Paragraph spans, in order. */
  readonly paragraphs: readonly TextSpan[];
  /**
   * The DOM boundary points of text[start, end). Virtual characters at either
   * end are skipped; null when the span holds no real character (or for
   * plain-text models).
   */
  rangeFor(start: number, end: number): DomRangeSpec | null;
  /** A live DOM Range for text[start, end) (null where `rangeFor` is null). */
  toRange(start: number, end: number): Range | null;
  /** The text offset of a DOM point inside one of the model's text nodes, or -1. */
  offsetOf(node: Node, offset: number): number;
}

export interface TextModelOptions {
  /**
   * Also skip elements whose class or id names them as boilerplate
   * (comments, ads, share bars, related links, newsletter boxes). Default true.
   */
  skipBoilerplate?: boolean;
  /**
   * Read at most this many characters of any one text node (a quick look at
   * the top of a page: a text node of megabytes is the full pass's to read).
   * Offsets stay those of the full model up to the cut. Default: all.
   */
  maxNodeChars?: number;
}

/** Elements whose content is never article text. */
const SKIP_TAGS = new Set([
  'script', 'style', 'noscript', 'template', 'nav', 'aside', 'footer', 'form', 'button',
  'select', 'option', 'textarea', 'input', 'iframe', 'object', 'embed', 'svg', 'math',
  'canvas', 'video', 'audio', 'head', 'title', 'meta', 'link', 'dialog',
]);

/** Elements that start and end a paragraph. */
const BLOCK_TAGS = new Set([
  'address', 'article', 'blockquote', 'body', 'caption', 'center', 'dd', 'details', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr',
  'html', 'li', 'main', 'menu', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot',
  'th', 'thead', 'tr', 'ul', 'legend',
]);

/** class/id tokens that mark boilerplate inside an article container */
export const BOILERPLATE =
  /(?:^|[\s_-])(?:comments?|comment-list|disqus|advert(?:isement)?s?|ads?|ad-slot|adslot|sponsored|promo|promotion|share|sharing|social|related|recommended|newsletter|subscribe|cookie|consent|breadcrumbs?|byline-tools|outbrain|taboola)(?:$|[\s_-])/i;

/**
 * White space a browser collapses: runs of two or more, any tab, line break
 * or form feed, and a lone space at either end of a text node. A lone space
 * between two visible characters is left alone (it is already collapsed).
 */
const COLLAPSE = /[ \t\n\r\f]{2,}|[\t\n\r\f]|^ | $/g;

function elementName(el: Element): string {
  const n = el.localName;
  return typeof n === 'string' ? n.toLowerCase() : '';
}

/** Should this element and its subtree be left out of the text? */
export function isSkipped(el: Element, skipBoilerplate = true): boolean {
  const name = elementName(el);
  if (SKIP_TAGS.has(name)) return true;
  // most article elements carry no attributes at all: nothing more to read
  if (!el.hasAttributes()) return false;
  if (el.hasAttribute('hidden')) return true;
  const aria = el.getAttribute('aria-hidden');
  if (aria !== null && aria.toLowerCase() === 'true') return true;
  const style = el.getAttribute('style');
  if (style !== null && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style)) return true;
  if (skipBoilerplate) {
    const cls = el.getAttribute('class');
    const id = el.getAttribute('id');
    if ((cls !== null && cls !== '' && BOILERPLATE.test(cls)) || (id !== null && id !== '' && BOILERPLATE.test(id))) {
      return true;
    }
  }
  return false;
}

class Builder {
  parts: string[] = [];
  length = 0;
  /**
   * Segments: each is a run of text that is verbatim in one text node
   * (node offset = segNodeStart + (i - segStarts)), or virtual (node null).
   */
  segStarts: number[] = [];
  segNodes: (Node | null)[] = [];
  segNodeStarts: number[] = [];
  paragraphs: TextSpan[] = [];
  paraStart = -1;
  /** a collapsed space waiting for the next visible character */
  pendingNode: Node | null = null;
  pendingOffset = 0;
  /** true right after a break (or at the start): leading white space is dropped */
  atBreak = true;

  private segment(node: Node | null, nodeStart: number): void {
    const last = this.segNodes.length - 1;
    if (last >= 0 && this.segNodes[last] === node) {
      // contiguous in the same node: extend the segment
      if (node === null || this.segNodeStarts[last]! + (this.length - this.segStarts[last]!) === nodeStart) return;
    }
    this.segStarts.push(this.length);
    this.segNodes.push(node);
    this.segNodeStarts.push(nodeStart);
  }

  private openParagraph(): void {
    if (this.paraStart < 0) this.paraStart = this.length;
  }

  /** Append data[from, to) of a text node verbatim. */
  run(node: Node, data: string, from: number, to: number): void {
    if (to <= from) return;
    if (this.pendingNode !== null) {
      const pn = this.pendingNode;
      this.pendingNode = null;
      this.openParagraph();
      this.segment(pn, this.pendingOffset);
      this.parts.push(' ');
      this.length += 1;
    }
    this.openParagraph();
    this.segment(node, from);
    this.parts.push(from === 0 && to === data.length ? data : data.slice(from, to));
    this.length += to - from;
    this.atBreak = false;
  }

  /** Append a virtual string (maps to no node). */
  virtual(s: string): void {
    this.segment(null, -1);
    this.parts.push(s);
    this.length += s.length;
  }

  text(node: Node, data: string, pre: boolean): void {
    const n = data.length;
    if (pre) {
      // keep white space, but turn line breaks inside <pre> into single "\n"s that map to the node
      this.run(node, data, 0, n);
      return;
    }
    // Verbatim runs stay whole: a single space between two visible characters
    // needs no collapsing. The native RegExp finds the runs that do (cold, a
    // per-character loop in JavaScript cost ~5× more on a 1 MB page).
    let runStart = 0;
    const re = COLLAPSE;
    re.lastIndex = 0;
    for (let m = re.exec(data); m !== null; m = re.exec(data)) {
      const j = m.index;
      this.run(node, data, runStart, j);
      if (!this.atBreak && this.pendingNode === null && !this.endsWithSpace()) {
        this.pendingNode = node;
        this.pendingOffset = j;
      }
      runStart = j + m[0].length;
    }
    this.run(node, data, runStart, n);
  }

  private endsWithSpace(): boolean {
    const last = this.parts[this.parts.length - 1];
    if (last === undefined || last.length === 0) return true;
    const c = last.charCodeAt(last.length - 1);
    return c === 32 || c === 10;
  }

  /** A paragraph break: "\n\n" unless at the start or right after another break. */
  paragraphBreak(): void {
    this.pendingNode = null;
    if (this.paraStart >= 0) {
      this.paragraphs.push({ start: this.paraStart, end: this.length });
      this.paraStart = -1;
    }
    if (this.length === 0 || this.atBreak) {
      this.atBreak = true;
      return;
    }
    // a <br> just before the block end already put "\n"; make it "\n\n"
    const last = this.parts[this.parts.length - 1] ?? '';
    this.virtual(last === '\n' ? '\n' : '\n\n');
    this.atBreak = true;
  }

  lineBreak(): void {
    this.pendingNode = null;
    if (this.length === 0 || this.atBreak) return;
    this.virtual('\n');
  }

  finish(): { text: string; segStarts: number[]; segNodes: (Node | null)[]; segNodeStarts: number[]; paragraphs: TextSpan[] } {
    this.pendingNode = null;
    if (this.paraStart >= 0) this.paragraphs.push({ start: this.paraStart, end: this.length });
    let text = this.parts.join('');
    // a trailing virtual break is noise
    const last = this.segNodes.length - 1;
    if (last >= 0 && this.segNodes[last] === null) {
      text = text.slice(0, this.segStarts[last]);
      this.segStarts.pop();
      this.segNodes.pop();
      this.segNodeStarts.pop();
    }
    return { text, segStarts: this.segStarts, segNodes: this.segNodes, segNodeStarts: this.segNodeStarts, paragraphs: this.paragraphs };
  }
}

/**
 * Build the text model of `root` (an element, usually from `findArticleRoot`,
 * or a document). Skips script/style/noscript/template/nav/aside/footer/form/
 * button, `[hidden]`, `[aria-hidden=true]`, inline `display:none`, and (by
 * default) boilerplate-classed blocks.
 */
export function buildTextModel(root: Node, options: TextModelOptions = {}): TextModel {
  const builder = textModelBuilder(root, options);
  builder.step(Infinity);
  return builder.finish();
}

/**
 * The same walk in steps, for callers that must not hold the main thread
 * (a content script on a 1 MB page): `step(n)` visits at most `n` nodes and
 * says whether the walk is done; `finish()` returns the model. If the page
 * changes between steps the model may miss or repeat text; callers that
 * watch the page rebuild it after changes anyway.
 */
export interface TextModelBuilder {
  step(maxNodes: number): boolean;
  /** Characters of text walked so far. */
  readonly length: number;
  /**
   * A model of the paragraphs completed so far, without ending the walk (a
   * content script draws the top of a long page before the rest is read).
   * Its offsets are those of the finished model.
   */
  snapshot(): TextModel;
  finish(): TextModel;
}

export function textModelBuilder(root: Node, options: TextModelOptions = {}): TextModelBuilder {
  const skipBoilerplate = options.skipBoilerplate ?? true;
  const maxNodeChars = options.maxNodeChars ?? Infinity;
  const b = new Builder();
  let preDepth = 0;
  // iterative depth-first walk; `descend === false` marks the way back up
  let node: Node | null = root.nodeType === 9 ? ((root as Document).body ?? (root as Document).documentElement) : root;
  const start = node;
  let descend = true;
  let done = node === null;

  function step(maxNodes: number): boolean {
    let budget = maxNodes;
    while (!done && budget-- > 0) {
      if (node === null) {
        done = true;
        break;
      }
      if (descend) {
        const type = node.nodeType;
        if (type === 3 || type === 4) {
          const whole = (node as CharacterData).data;
          const data = whole.length > maxNodeChars ? whole.slice(0, maxNodeChars) : whole;
          if (data.length > 0) b.text(node, data, preDepth > 0);
        } else if (type === 1) {
          const el = node as Element;
          if (node !== start && isSkipped(el, skipBoilerplate)) {
            // do not enter; move on as if we had left it
          } else {
            const name = elementName(el);
            if (name === 'br') {
              b.lineBreak();
            } else {
              if (BLOCK_TAGS.has(name)) b.paragraphBreak();
              if (name === 'pre') preDepth++;
              const first: Node | null = node.firstChild;
              if (first !== null) {
                node = first;
                continue;
              }
              if (name === 'pre') preDepth--;
              if (BLOCK_TAGS.has(name)) b.paragraphBreak();
            }
          }
        }
      }
      if (node === start) {
        done = true;
        break;
      }
      const next: Node | null = node.nextSibling;
      if (next !== null) {
        node = next;
        descend = true;
        continue;
      }
      // climb: close the parent
      node = node.parentNode;
      if (node === null) {
        done = true;
        break;
      }
      if (node.nodeType === 1) {
        const name = elementName(node as Element);
        if (name === 'pre') preDepth--;
        if (BLOCK_TAGS.has(name)) b.paragraphBreak();
      }
      if (node === start) {
        done = true;
        break;
      }
      descend = false;
    }
    return done;
  }

  return {
    step,
    get length() {
      return b.length;
    },
    snapshot() {
      const cut = b.paragraphs.length ? b.paragraphs[b.paragraphs.length - 1]!.end : 0;
      const text = b.parts.join('').slice(0, cut);
      let segs = b.segStarts.length;
      while (segs > 0 && b.segStarts[segs - 1]! >= cut) segs--;
      return domModel(root, text, b.segStarts.slice(0, segs), b.segNodes.slice(0, segs), b.segNodeStarts.slice(0, segs), b.paragraphs.slice());
    },
    finish() {
      step(Infinity);
      const built = b.finish();
      return domModel(root, built.text, built.segStarts, built.segNodes, built.segNodeStarts, built.paragraphs);
    },
  };
}

function domModel(
  root: Node,
  text: string,
  segStarts: number[],
  segNodes: (Node | null)[],
  segNodeStarts: number[],
  paragraphs: TextSpan[],
): TextModel {
  const n = text.length;
  const segCount = segStarts.length;
  function segAt(i: number): number {
    let lo = 0;
    let hi = segCount - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (segStarts[mid]! <= i) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }
  const segEnd = (k: number): number => (k + 1 < segCount ? segStarts[k + 1]! : n);
  let firstSegOf: Map<Node, number[]> | null = null;
  const model: TextModel = {
    text,
    root,
    paragraphs,
    rangeFor(start, end) {
      let s = Math.max(0, Math.floor(start));
      let e = Math.min(n, Math.floor(end));
      if (s >= e || segCount === 0) return null;
      // move inwards off virtual segments
      let ks = segAt(s);
      while (ks < segCount && segNodes[ks] === null) {
        ks++;
        s = ks < segCount ? segStarts[ks]! : n;
      }
      let ke = segAt(e - 1);
      while (ke >= 0 && segNodes[ke] === null) {
        e = segStarts[ke]!;
        ke--;
      }
      if (s >= e || ks >= segCount || ke < 0) return null;
      return {
        startContainer: segNodes[ks]!,
        startOffset: segNodeStarts[ks]! + (s - segStarts[ks]!),
        endContainer: segNodes[ke]!,
        endOffset: segNodeStarts[ke]! + (e - 1 - segStarts[ke]!) + 1,
      };
    },
    toRange(start, end) {
      const spec = model.rangeFor(start, end);
      const doc = root.nodeType === 9 ? (root as Document) : root.ownerDocument;
      if (spec === null || doc === null) return null;
      const range = doc.createRange();
      range.setStart(spec.startContainer, spec.startOffset);
      range.setEnd(spec.endContainer, spec.endOffset);
      return range;
    },
    offsetOf(node, offset) {
      if (firstSegOf === null) {
        firstSegOf = new Map();
        for (let k = 0; k < segCount; k++) {
          const sn = segNodes[k];
          if (!sn) continue;
          let l = firstSegOf.get(sn);
          if (!l) firstSegOf.set(sn, (l = []));
          l.push(k);
        }
      }
      const segs = firstSegOf.get(node);
      if (segs === undefined) return -1;
      let best = -1;
      for (const k of segs) {
        const from = segNodeStarts[k]!;
        const len = segEnd(k) - segStarts[k]!;
        if (offset < from) return segStarts[k]!;
        if (offset < from + len) return segStarts[k]! + (offset - from);
        best = segStarts[k]! + len;
      }
      return best;
    },
  };
  return model;
}

function plainModel(text: string, root: Node | null): TextModel {
  const paragraphs: TextSpan[] = [];
  const re = /\n[ \t]*\n\s*/g;
  let at = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    if (m.index > at) paragraphs.push({ start: at, end: m.index });
    at = m.index + m[0].length;
  }
  if (at < text.length) paragraphs.push({ start: at, end: text.length });
  return {
    text,
    root,
    paragraphs,
    rangeFor: () => null,
    toRange: () => null,
    offsetOf: () => -1,
  };
}

/** A model over plain text (a .txt file): offsets are the text's own; no DOM. */
export function textModelFromString(text: string): TextModel {
  return plainModel(text, null);
}

// ---------------------------------------------------------------------------
// Main-content finder

/** Elements that declare the article, most specific first. */
export const CONTAINER_SELECTORS = ['[itemprop="articleBody"]', 'article', 'main', '[role="main"]'] as const;

/**
 * One pass of the finder's reads, memoised: whether an element or one of its
 * ancestors is skipped (paragraphs share ancestors: one walk each, not one
 * per paragraph), and each paragraph's trimmed text.
 */
class PageReader {
  private readonly skipped = new Map<Element, boolean>();
  private readonly texts = new Map<Element, string>();

  /** Is `el` or any ancestor of it skipped? */
  insideSkipped(el: Element): boolean {
    const known = this.skipped.get(el);
    if (known !== undefined) return known;
    // climb to the first element already known (or the root), then fill in on the way down
    const chain: Element[] = [];
    let answer = false;
    for (let e: Element | null = el; e !== null; e = e.parentElement) {
      const k = this.skipped.get(e);
      if (k !== undefined) {
        answer = k;
        break;
      }
      chain.push(e);
    }
    for (let i = chain.length - 1; i >= 0; i--) {
      answer = answer || isSkipped(chain[i]!, true);
      this.skipped.set(chain[i]!, answer);
    }
    return answer;
  }

  /** `el.textContent.trim()`, read once; a lone text child is read without building a new string. */
  text(el: Element): string {
    let t = this.texts.get(el);
    if (t === undefined) {
      const only = el.firstChild;
      t = (only !== null && only.nextSibling === null && only.nodeType === 3 ? (only as CharacterData).data : (el.textContent ?? '')).trim();
      this.texts.set(el, t);
    }
    return t;
  }
}

/**
 * Paragraphs the finder reads between its pauses (about 1–3 ms of a 1 MB
 * page's work): where a caller must not hold the page's thread, it checks its
 * deadline at each pause (ADR 0390); `findArticleRoot` runs straight through.
 */
const FINDER_STEP = 256;

/** Yields once every `FINDER_STEP` calls (a generator's pause costs little; one per paragraph would not). */
class Pacer {
  private n = 0;
  due(): boolean {
    return ++this.n % FINDER_STEP === 0;
  }
}

function* paragraphTextLength(el: Element, reader: PageReader, pace: Pacer): Generator<void, number> {
  let total = 0;
  const ps = el.querySelectorAll('p');
  for (let i = 0; i < ps.length; i++) {
    if (pace.due()) yield;
    const p = ps[i]!;
    // `el` and its ancestors are not skipped (the caller checked), so this is "skipped between p and el"
    if (reader.insideSkipped(p)) continue;
    total += reader.text(p).length;
  }
  return total;
}


/**
 * The live element that holds the article: `[itemprop=articleBody]`,
 * `<article>`, `<main>` or `[role=main]` when one of them holds most of the
 * page's paragraph text; otherwise the element whose paragraphs carry the most
 * text (each <p> scores its length for its parent and half for its
 * grandparent, ignoring paragraphs in nav/aside/footer/comments/ads and those
 * that are mostly links). Falls back to <body>.
 */
export function findArticleRoot(doc: Document): Element {
  const steps = articleRootSteps(doc);
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

/**
 * `findArticleRoot` with a turn for the page every few hundred paragraphs
 * (`pause`: the caller's deadline check). On 1 MB the finder reads ~2,500
 * paragraphs: 10–25 ms of one task when run straight through (ADR 0390).
 * A root the page took out meanwhile is looked for again, at once.
 */
export async function findArticleRootSliced(doc: Document, pause: () => Promise<void>): Promise<Element> {
  const steps = articleRootSteps(doc);
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value.isConnected ? next.value : findArticleRoot(doc);
    await pause();
  }
}

/** The finder, pausing (a bare `yield`) every `FINDER_STEP` paragraphs. */
function* articleRootSteps(doc: Document): Generator<void, Element> {
  const reader = new PageReader();
  const pace = new Pacer();
  return (yield* likelyContainer(doc, reader, pace)) ?? (yield* scoredArticleRoot(doc, reader, pace));
}

/** Characters of a paragraph that sit inside its links. */
function linkLength(p: Element): number {
  if (p.firstElementChild === null) return 0;
  let linkLen = 0;
  const links = p.querySelectorAll('a');
  for (let k = 0; k < links.length; k++) linkLen += (links[k]!.textContent ?? '').length;
  return linkLen;
}

/** A paragraph's length as the finder counts it: 0 when short or mostly links. */
function countedLength(p: Element, reader: PageReader): number {
  const len = reader.text(p).length;
  if (len < 25) return 0;
  return linkLength(p) > len * 0.5 ? 0 : len;
}

/** Of the elements `selector` finds, the one whose paragraphs hold the most text (not inside skipped blocks). */
function* bestContainer(doc: Document, selector: string, reader: PageReader, pace: Pacer): Generator<void, { el: Element; len: number } | null> {
  const found = doc.querySelectorAll(selector);
  let best: { el: Element; len: number } | null = null;
  for (let i = 0; i < found.length; i++) {
    const el = found[i]!;
    if (reader.insideSkipped(el)) continue;
    const len = yield* paragraphTextLength(el, reader, pace);
    if (len > (best?.len ?? 0)) best = { el, len };
  }
  return best;
}

/**
 * The usual answer, cheaply: the first container selector's best element,
 * when its paragraph text is at least all the counted paragraph text outside
 * it (then it holds at least half the page's, which is what the full finder
 * asks). Only the paragraphs outside are weighed; on a long article that is
 * a few, where the full finder scored every paragraph (~20–50 ms on 1 MB).
 * Undecided (null): the full finder decides.
 */
function* likelyContainer(doc: Document, reader: PageReader, pace: Pacer): Generator<void, Element | null> {
  for (const sel of CONTAINER_SELECTORS) {
    const best = yield* bestContainer(doc, sel, reader, pace);
    if (best === null) continue; // the full finder moves on too
    let outside = 0;
    const ps = doc.querySelectorAll('p');
    for (let i = 0; i < ps.length && outside <= best.len; i++) {
      if (pace.due()) yield;
      const p = ps[i]!;
      if (!best.el.contains(p) && !reader.insideSkipped(p)) outside += countedLength(p, reader);
    }
    return outside <= best.len ? best.el : null;
  }
  return null;
}

function* scoredArticleRoot(doc: Document, reader: PageReader, pace: Pacer): Generator<void, Element> {
  const body = doc.body ?? doc.documentElement;
  const ps = doc.querySelectorAll('p');
  const scores = new Map<Element, number>();
  let pageTotal = 0;
  for (let i = 0; i < ps.length; i++) {
    if (pace.due()) yield;
    const p = ps[i]!;
    if (reader.insideSkipped(p)) continue;
    const text = reader.text(p);
    const len = text.length;
    if (len < 25) continue;
    const linkLen = linkLength(p);
    if (linkLen > len * 0.5) continue;
    const score = len - linkLen + 10 * (text.match(/[,.;]/g)?.length ?? 0);
    pageTotal += len;
    const parent = p.parentElement;
    if (parent) {
      scores.set(parent, (scores.get(parent) ?? 0) + score);
      const grand = parent.parentElement;
      if (grand) scores.set(grand, (scores.get(grand) ?? 0) + score / 2);
    }
  }
  for (const sel of CONTAINER_SELECTORS) {
    const best = yield* bestContainer(doc, sel, reader, pace);
    if (best !== null && best.len >= pageTotal * 0.5) return best.el;
  }
  let best: Element | null = null;
  let bestScore = 0;
  for (const [el, score] of scores) {
    if (score > bestScore && !reader.insideSkipped(el)) {
      best = el;
      bestScore = score;
    }
  }
  return best ?? body;
}
