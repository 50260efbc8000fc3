/** The reader's current selection, as offsets into the article text, and described for saving. */
import { describe } from '../../src/anchoring';
import type { Selector } from '../../src/annotations/model';
import type { TextModel } from '../../src/text/model';

export interface TextSelection {
  start: number;
  end: number;
  quote: string;
  rect: DOMRect;
  /** The selection's own range, cloned: a live Range that follows the page's edits until the note is saved. */
  range: Range;
}

export function readSelection(model: TextModel, win: Window = window): TextSelection | null {
  const selection = win.getSelection();
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0).cloneRange();
  const at = rangeOffsets(model, range);
  return at ? { ...at, rect: range.getBoundingClientRect(), range } : null;
}

/**
 * Where a Range sits in the article text, trimmed of the white space a mouse
 * picks up at either end; null when it is not (or no longer) over article text.
 */
export function rangeOffsets(model: TextModel, range: AbstractRange): { start: number; end: number; quote: string } | null {
  if (range.collapsed) return null;
  let start = pointOffset(model, range.startContainer, range.startOffset, 'start');
  let end = pointOffset(model, range.endContainer, range.endOffset, 'end');
  if (start < 0 || end < 0 || end <= start) return null;
  while (start < end && /\s/.test(model.text[start]!)) start++;
  while (end > start && /\s/.test(model.text[end - 1]!)) end--;
  if (end <= start) return null;
  return { start, end, quote: model.text.slice(start, end) };
}

export type RangeDescription = { ok: true; quote: string; selectors: Selector[] } | { ok: false; reason: 'changed' | 'vanished'; quote: string };

/**
 * Describes the reader's selection for saving, from `model` — a text model of
 * the page as it is now — and the selection's live Range: saved only when the
 * passage still reads `shown`, the text the form showed (issue 12: a page that
 * changes under the reader never gets a note saved against other text).
 */
export function describeRange(model: TextModel, range: AbstractRange, shown: string): RangeDescription {
  const at = rangeOffsets(model, range);
  if (!at) return { ok: false, reason: 'vanished', quote: '' };
  if (at.quote !== shown) return { ok: false, reason: 'changed', quote: at.quote };
  const { quote, position } = describe(model.text, at.start, at.end);
  return { ok: true, quote: quote.exact, selectors: position ? [quote, position] : [quote] };
}

/**
 * Selections often start or end on an element boundary (a triple click ends
 * at the next paragraph's offset 0): resolve such points to the nearest text.
 */
function pointOffset(model: TextModel, node: Node, offset: number, side: 'start' | 'end'): number {
  if (node.nodeType === Node.TEXT_NODE) return model.offsetOf(node, offset);
  const doc = node.ownerDocument ?? document;
  const walker = doc.createTreeWalker(model.root ?? doc.body, NodeFilter.SHOW_TEXT);
  const child = node.childNodes[offset] ?? null;
  if (side === 'start') {
    walker.currentNode = child ?? node;
    for (let t = child && child.nodeType === Node.TEXT_NODE ? child : walker.nextNode(); t; t = walker.nextNode()) {
      const at = model.offsetOf(t, 0);
      if (at >= 0) return at;
    }
  } else {
    walker.currentNode = child ?? node;
    for (let t = walker.previousNode(); t; t = walker.previousNode()) {
      const at = model.offsetOf(t, (t.textContent ?? '').length);
      if (at >= 0) return at;
    }
  }
  return -1;
}
