/**
 * The text position under a point of the viewport. Browsers name this two
 * ways: `caretPositionFromPoint` (the standard; Firefox has only this one,
 * Chromium since 128) and `caretRangeFromPoint` (older Chromium, Safari).
 * Every caller goes through here, so no feature is lost in a browser that
 * has only one of them.
 */
type CaretDocument = Document & {
  caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
  caretRangeFromPoint?: (x: number, y: number) => Range | null;
};

export interface Caret {
  node: Node;
  offset: number;
}

/** The node and offset of the caret at (x, y), or null when the browser finds none or has neither API. */
export function caretAtPoint(doc: Document, x: number, y: number): Caret | null {
  const d = doc as CaretDocument;
  if (typeof d.caretPositionFromPoint === 'function') {
    const position = d.caretPositionFromPoint(x, y);
    return position ? { node: position.offsetNode, offset: position.offset } : null;
  }
  if (typeof d.caretRangeFromPoint === 'function') {
    const range = d.caretRangeFromPoint(x, y);
    return range ? { node: range.startContainer, offset: range.startOffset } : null;
  }
  return null;
}
