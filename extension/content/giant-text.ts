/**
 * What counts as a giant text node (ADR 0105): its marks are drawn as boxes
 * (giant-overlay.ts), not as highlights, which would cost every later frame.
 * A module of its own so the bootstrap (ADR 0180) can tell without bundling
 * the overlay.
 */

/** A text node of this many characters or more is giant. */
export const GIANT_TEXT = 200_000;

interface RangeEnds {
  startContainer: Node;
  endContainer: Node;
}

/** Whether a range lies in one giant text node. */
export function inGiantText(r: RangeEnds): boolean {
  return r.startContainer === r.endContainer && r.startContainer.nodeType === Node.TEXT_NODE && (r.startContainer as Text).length >= GIANT_TEXT;
}
