/**
 * Margin markers for the reader's notes: a short bar in the colour of each
 * note, beside the lines it covers, at the right edge of the article (as
 * annotation tools show them). A marker is a button: it opens the note's card.
 * Markers carry no note text; positions follow scrolling and resizing.
 */
import { h } from './dom';
import type { UiHost } from './host';

export interface MarginItem {
  key: string;
  color: string;
  /** The note's box in the viewport now, or null when it has no layout. */
  rect(): DOMRect | null;
}

export interface NoteMargin {
  /** Shows these notes' markers (an empty list hides them all). */
  set(items: readonly MarginItem[], column: () => DOMRect | null): void;
}

/** More markers than this are not drawn (a page with hundreds of notes keeps its highlights). */
const MAX_MARKERS = 300;

export function createNoteMargin(ui: UiHost, open: (key: string) => void): NoteMargin {
  const layer = h('div', { class: 'note-margin' });
  ui.root.append(layer);
  let items: readonly MarginItem[] = [];
  let column: () => DOMRect | null = () => null;
  let frame = 0;

  function place() {
    frame = 0;
    const edge = column();
    const x = Math.min(innerWidth - 10, (edge?.right ?? innerWidth - 24) + 6);
    const buttons = layer.children;
    // every box read before any marker moves: a read after a write would lay the page out again, once per note
    const rects = items.map((item) => item.rect());
    items.forEach((_item, i) => {
      const button = buttons[i] as HTMLElement | undefined;
      if (!button) return;
      const r = rects[i] ?? null;
      const shown = r !== null && r.bottom > 0 && r.top < innerHeight;
      button.hidden = !shown;
      if (!shown) return;
      button.style.left = `${Math.round(x)}px`;
      button.style.top = `${Math.round(r.top)}px`;
      button.style.height = `${Math.max(12, Math.round(r.height))}px`;
    });
  }
  const schedule = () => {
    if (!frame && items.length) frame = requestAnimationFrame(place);
  };
  ui.listeners.on(window, 'scroll', schedule, { passive: true });
  ui.listeners.on(window, 'resize', schedule, { passive: true });
  ui.listeners.onStop(() => cancelAnimationFrame(frame));

  return {
    set(next, columnOf) {
      items = next.slice(0, MAX_MARKERS);
      column = columnOf;
      layer.replaceChildren(
        ...items.map((item) => {
          const button = h('button', { type: 'button', class: `note-marker color-${item.color}`, 'aria-label': 'Your note here: open it', title: 'Your note' });
          button.addEventListener('click', (event) => event.isTrusted && open(item.key)); // the reader's click only
          return button;
        }),
      );
      place();
    },
  };
}
