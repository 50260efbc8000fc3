// @vitest-environment happy-dom
// The notes' margin markers are placed with every note's box read first and
// every marker moved after: a read after a write makes the browser lay the
// page out again, once per note.
import { describe, expect, it } from 'vitest';
import { createListeners } from '../listeners';
import type { UiHost } from './host';
import { createNoteMargin } from './note-margin';

describe('the note margin', () => {
  it('reads every note’s box before it moves any marker', () => {
    const host = document.createElement('div');
    document.body.append(host);
    const root = host.attachShadow({ mode: 'open' });
    const ui = { root, host, contains: () => false, onRestored() {}, listeners: createListeners({}) } as unknown as UiHost;
    const margin = createNoteMargin(ui, () => undefined);
    const moved = () => [...root.querySelectorAll<HTMLElement>('.note-marker')].filter((b) => b.style.top !== '').length;
    const movedAtRead: number[] = [];
    const items = [0, 1, 2].map((i) => ({
      key: `n${i}`,
      color: 'yellow',
      rect() {
        movedAtRead.push(moved());
        return new DOMRect(10, 20 + 30 * i, 100, 18);
      },
    }));
    margin.set(items, () => new DOMRect(0, 0, 600, 2_000));
    expect(movedAtRead).toEqual([0, 0, 0]);
    expect(moved()).toBe(3);
  });
});
