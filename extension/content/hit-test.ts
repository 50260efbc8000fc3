/**
 * Highlights drawn with the Highlight API receive no pointer events, so the
 * content script finds what is under the pointer itself: caret position at
 * the point → text offset → spans containing it.
 */
import type { TextModel } from '../../src/text/model';
import { caretAtPoint } from './caret-at-point';

/** The text offset of the character under (x, y), or -1 when the point is not over article text. */
export function offsetAtPoint(model: TextModel, x: number, y: number, doc: Document = document): number {
  const caret = caretAtPoint(doc, x, y);
  if (!caret || caret.node.nodeType !== Node.TEXT_NODE) return -1;
  const { node, offset } = caret;
  // The caret sits between characters: the one under the pointer is on either side.
  for (const candidate of [offset, offset - 1]) {
    if (candidate < 0 || candidate >= (node.textContent ?? '').length) continue;
    if (!charContainsPoint(doc, node, candidate, x, y)) continue;
    return model.offsetOf(node, candidate);
  }
  return -1;
}

function charContainsPoint(doc: Document, node: Node, at: number, x: number, y: number): boolean {
  const range = doc.createRange();
  range.setStart(node, at);
  range.setEnd(node, at + 1);
  for (const rect of range.getClientRects()) {
    if (x >= rect.left - 1 && x <= rect.right + 1 && y >= rect.top - 1 && y <= rect.bottom + 1) {
      range.detach();
      return true;
    }
  }
  range.detach();
  return false;
}

/**
 * Where to place a card for text[start, end): below (or above) the whole
 * span, so that it never covers the rest of a multi-line sentence, aligned
 * with where the span starts.
 */
export function boxOf(model: TextModel, start: number, end: number): DOMRect | null {
  const range = model.toRange(start, end);
  if (!range) return null;
  const first = range.getClientRects()[0];
  const all = range.getBoundingClientRect();
  range.detach();
  if (!first) return null;
  return new DOMRect(first.left, all.top, Math.max(first.width, 1), all.height);
}
