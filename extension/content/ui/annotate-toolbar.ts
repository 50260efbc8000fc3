/**
 * The small button that appears over a text selection: "Annotate" opens the
 * note frame (ui/note-frame-host.ts), where the reader writes the note. The
 * button carries no reader data; it acts only on the reader's own click.
 */
import { h } from './dom';
import type { UiHost } from './host';

export interface AnnotateToolbar {
  /** Offers to annotate the selection whose bounding box is `rect`. */
  offer(rect: DOMRect, onAnnotate: () => void): void;
  hide(): void;
  readonly open: boolean;
}

export function createAnnotateToolbar(ui: UiHost): AnnotateToolbar {
  const panel = h('div', { class: 'panel', role: 'dialog', 'aria-label': 'Crosscheck: annotate selection', hidden: true });
  ui.root.append(panel);

  /** Below the selection if the button fits there, else above it. */
  function place(rect: DOMRect) {
    const height = panel.offsetHeight;
    let top = rect.bottom + 8;
    if (top + height > innerHeight - 8) top = rect.top - 8 - height >= 8 ? rect.top - 8 - height : Math.max(8, innerHeight - 8 - height);
    panel.style.top = `${Math.round(top)}px`;
    panel.style.left = `${Math.round(Math.min(Math.max(8, rect.left), innerWidth - 120))}px`;
  }

  function hide() {
    panel.hidden = true;
    panel.replaceChildren();
  }

  return {
    offer(rect, onAnnotate) {
      const button = h('button', { type: 'button', class: 'primary', 'data-action': 'annotate' }, 'Annotate ', h('kbd', { class: 'on-accent' }, 'Alt+Shift+A'));
      button.addEventListener('click', (event) => {
        if (!event.isTrusted) return; // only the reader's own click
        hide();
        onAnnotate();
      });
      panel.replaceChildren(button);
      panel.hidden = false;
      place(rect);
    },
    hide,
    get open() {
      return !panel.hidden;
    },
  };
}
