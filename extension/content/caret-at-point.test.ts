// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { caretAtPoint } from './caret-at-point';

/** A document that answers hit tests with the APIs given, as Firefox (position only) or an older Chromium (range only) would. */
function documentWith(apis: { position?: boolean; range?: boolean }): { doc: Document; text: Text } {
  const text = document.createTextNode('Russian jets struck near Raqqa');
  document.body.append(text);
  // own properties over the real document's: `undefined` hides an API the way a browser without it would
  const doc = Object.create(document) as Record<string, unknown>;
  if (apis.position) doc.caretPositionFromPoint = (x: number) => ({ offsetNode: text, offset: Math.floor(x) });
  else doc.caretPositionFromPoint = undefined;
  if (apis.range)
    doc.caretRangeFromPoint = (x: number) => {
      const range = document.createRange();
      range.setStart(text, Math.floor(x) + 1);
      return range;
    };
  else doc.caretRangeFromPoint = undefined;
  return { doc: doc as unknown as Document, text };
}

describe('caretAtPoint', () => {
  it('reads the standard caretPositionFromPoint where it is the only one (Firefox)', () => {
    const { doc, text } = documentWith({ position: true });
    expect(caretAtPoint(doc, 7, 0)).toEqual({ node: text, offset: 7 });
  });

  it('falls back to caretRangeFromPoint where that is the only one', () => {
    const { doc, text } = documentWith({ range: true });
    expect(caretAtPoint(doc, 7, 0)).toEqual({ node: text, offset: 8 });
  });

  it('prefers the standard API when both are there', () => {
    const { doc } = documentWith({ position: true, range: true });
    expect(caretAtPoint(doc, 3, 0)?.offset).toBe(3);
  });

  it('answers null when the browser has neither', () => {
    const { doc } = documentWith({});
    expect(caretAtPoint(doc, 3, 0)).toBeNull();
  });
});
