/**
 * Where characters of one giant text node sit on screen, without asking
 * Chromium once per span. In a text node of megabytes every
 * `Range.getClientRects()` walks the node's line fragments from its start
 * (~2–9 ms each at 5 MB, measured here), but one call over a whole stretch
 * returns its line boxes in one walk. This module splits that stretch's text
 * over those line boxes with the font's own advance widths (canvas
 * `measureText`, the same shaper), breaking where the browser may break, and
 * then places spans on the lines it found.
 */

export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

export interface PlacedLine extends Box {
  /** Offsets into the text node: the line shows text[start, end). */
  start: number;
  end: number;
}

export interface LineOptions {
  /** `white-space: pre`/`pre-wrap`: newlines are hard breaks and spaces are kept. */
  preserve: boolean;
  /** `text-align: justify`: spaces of every line but the last are stretched to the box. */
  justify: boolean;
}

/** Advance width of a piece of text in the node's font (what `measureText` gives). */
export type Measure = (text: string) => number;

const SPACE = /\s/;
/** Slack for sub-pixel differences between canvas and layout widths. */
const TOLERANCE = 0.75;

/** The width of text[from, to) as the browser lays it out (collapsed whitespace measured once). */
export function widthOf(text: string, from: number, to: number, measure: Measure, preserve: boolean): number {
  const piece = text.slice(from, to);
  return measure(preserve ? piece : piece.replace(/\s+/g, ' '));
}

/**
 * Splits text[from, to) over `boxes`, the line boxes of that stretch in
 * order (the first may start mid-line, the last may end mid-line). Each line
 * takes as many characters as fit its box's width, ending where the browser
 * may break (after whitespace, before a newline when newlines are kept); the
 * whitespace a soft break swallows goes with the line it ends. A box of no
 * width is an empty line or a newline's own box (it takes that newline).
 */
export function placeLines(text: string, from: number, to: number, boxes: readonly Box[], measure: Measure, options: LineOptions): PlacedLine[] {
  const lines: PlacedLine[] = [];
  let at = from;
  const advance = { chars: 0, width: 0 };
  oneBoxPerLine(boxes).forEach((box, i, all) => {
    if (box.width <= 0) {
      // an empty line, or a newline's own box at a line's end (Chromium gives one in pre-wrap text): at most that newline
      if (options.preserve && text[at] === '\n') at++;
      lines.push({ ...box, start: at, end: at });
      return;
    }
    // a line showing text starts past any newlines that had no box of their own
    if (options.preserve) while (at < to && text[at] === '\n') at++;
    const last = i === all.length - 1;
    let limit = to;
    if (options.preserve) {
      const newline = text.indexOf('\n', at);
      if (newline !== -1 && newline < to) limit = newline;
    }
    let end = last ? limit : fitting(text, at, limit, box.width, measure, options.preserve, advance);
    if (!last && end < limit) end = breakBefore(text, at, end);
    lines.push({ ...box, start: at, end });
    at = end;
    // the spaces a soft wrap hangs go with the line they end (a newline is left to the next box)
    if (!options.preserve) while (at < to && SPACE.test(text[at]!)) at++;
    else while (at < to && text[at] === ' ') at++;
  });
  return lines;
}

/**
 * Chromium gives a line's hanging trailing space (and a newline) a box of
 * its own right after the line's text: one visual line, one box.
 */
function oneBoxPerLine(boxes: readonly Box[]): Box[] {
  const out: Box[] = [];
  for (const box of boxes) {
    const prev = out[out.length - 1];
    if (prev && Math.abs(box.top - prev.top) < 0.5 && Math.abs(box.left - (prev.left + prev.width)) < 1) prev.width += box.width;
    else out.push({ left: box.left, top: box.top, width: box.width, height: box.height });
  }
  return out;
}

/**
 * The largest end in [from, limit] with text[from, end) no wider than
 * `width`, at a break opportunity when there is one: guessed from the
 * average advance so far, then moved a word at a time (two or three
 * measurements a line, not a binary search's eight).
 */
function fitting(text: string, from: number, limit: number, width: number, measure: Measure, preserve: boolean, advance: { chars: number; width: number }): number {
  const fits = (end: number) => widthOf(text, from, end, measure, preserve) <= width + TOLERANCE;
  const perChar = advance.chars > 0 ? advance.width / advance.chars : 8;
  const guess = Math.min(limit, from + Math.max(1, Math.round(width / perChar)));
  let end = guess >= limit ? limit : nextBreak(text, guess, limit);
  if (fits(end)) {
    for (let next = nextBreak(text, end + 1, limit); end < limit && fits(next); next = nextBreak(text, next + 1, limit)) end = next;
  } else {
    do end = previousBreak(text, from, end - 1);
    while (end > from && !fits(end));
    if (end === from) end = charsFitting(text, from, limit, fits); // one word wider than the line
  }
  advance.chars += end - from;
  advance.width += widthOf(text, from, end, measure, preserve);
  return end;
}

/** The first whitespace at or after `at` (a break opportunity), or `limit`. */
function nextBreak(text: string, at: number, limit: number): number {
  for (let i = at; i < limit; i++) if (SPACE.test(text[i]!)) return i;
  return limit;
}

/** The last whitespace at or before `at` and after `from`, or `from`. */
function previousBreak(text: string, from: number, at: number): number {
  for (let i = at; i > from; i--) if (SPACE.test(text[i]!)) return i;
  return from;
}

function charsFitting(text: string, from: number, limit: number, fits: (end: number) => boolean): number {
  let lo = from;
  let hi = limit;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (fits(mid)) lo = mid;
    else hi = mid - 1;
  }
  return Math.max(lo, from + 1);
}

/** Backs `end` off to the last break opportunity after `from` (whitespace), before the whitespace; unchanged when there is none (a word broken by overflow-wrap). */
function breakBefore(text: string, from: number, end: number): number {
  let at = end;
  if (!SPACE.test(text[at] ?? ' ')) {
    while (at > from && !SPACE.test(text[at - 1]!)) at--;
    if (at === from) return end;
  }
  // the whitespace before the break hangs: it belongs to no span's box
  while (at > from && SPACE.test(text[at - 1]!)) at--;
  return at;
}

/**
 * Places spans on the placed lines: `boxes(start, end)` gives one box per
 * line the span crosses, from the line's left edge plus the width of what
 * precedes it. Spans asked in text order are measured from the previous one,
 * so a line's text is measured about once however many spans it holds.
 */
export function placer(text: string, lines: readonly PlacedLine[], measure: Measure, options: LineOptions): (start: number, end: number) => Box[] {
  let memo = { line: -1, offset: 0, width: 0 };
  const stretchOf = new Map<number, number>();
  const x = (i: number, offset: number) => {
    const line = lines[i]!;
    let w: number;
    if (memo.line === i && memo.offset <= offset) w = memo.width + widthOf(text, memo.offset, offset, measure, options.preserve);
    else w = widthOf(text, line.start, offset, measure, options.preserve);
    memo = { line: i, offset, width: w };
    if (options.justify && i < lines.length - 1) {
      let extra = stretchOf.get(i);
      if (extra === undefined) stretchOf.set(i, (extra = stretch(text, line, measure, options)));
      w += extra * spacesIn(text, line.start, offset);
    }
    return Math.min(line.width, w);
  };
  return (start, end) => {
    const out: Box[] = [];
    for (let i = firstLineAt(lines, start); i < lines.length; i++) {
      const line = lines[i]!;
      if (line.start >= end) break;
      const from = Math.max(start, line.start);
      const to = Math.min(end, line.end);
      if (to <= from) continue;
      const left = x(i, from);
      out.push({ left: line.left + left, top: line.top, width: Math.max(1, x(i, to) - left), height: line.height });
    }
    return out;
  };
}

/** The first line whose text reaches past `offset` (lines are in text order). */
function firstLineAt(lines: readonly PlacedLine[], offset: number): number {
  let lo = 0;
  let hi = lines.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (lines[mid]!.end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The extra width each space of a justified line gets. */
function stretch(text: string, line: PlacedLine, measure: Measure, options: LineOptions): number {
  const spaces = spacesIn(text, line.start, line.end);
  if (spaces === 0) return 0;
  return Math.max(0, (line.width - widthOf(text, line.start, line.end, measure, options.preserve)) / spaces);
}

function spacesIn(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) if (text[i] === ' ') n++;
  return n;
}
