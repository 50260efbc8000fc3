/**
 * Shows one card at a time next to what it explains. Hover opens it without
 * taking focus; keyboard navigation opens it with focus inside; Escape (or
 * the close button) closes it and gives focus back. It also closes when the
 * reader scrolls the page or starts a new selection, and is placed beside the
 * span it explains — never over it — inside the window, scrolling inside
 * when it is taller than the room there.
 */
import { h } from './dom';
import type { UiHost } from './host';

export interface CardLayer {
  show(card: HTMLElement, near: DOMRect, options?: { focus?: boolean; key?: string }): void;
  hide(): void;
  /** Identifies what the open card is about, so hovering the same thing does not re-render. */
  readonly openKey: string | null;
  /** Whether the pointer or focus is inside the card (keep it open). */
  readonly engaged: boolean;
}

export function createCardLayer(ui: UiHost): CardLayer {
  const panel = h('div', { class: 'panel card-panel', role: 'dialog', 'aria-modal': 'false', tabindex: '-1', hidden: true });
  ui.root.append(panel);
  let openKey: string | null = null;
  let pointerInside = false;
  let returnFocus: Element | null = null;

  panel.addEventListener('pointerenter', () => (pointerInside = true));
  panel.addEventListener('pointerleave', () => (pointerInside = false));
  // Scrolling the page away from what the card explains closes it (a keyboard step scrolls first, then opens).
  let scrolledFrom = 0;
  ui.listeners.on(
    window,
    'scroll',
    () => {
      if (!panel.hidden && Math.abs(scrollY - scrolledFrom) > 40) hide();
    },
    { passive: true },
  );
  // A new selection in the page is the reader moving on (selections inside the card are re-targeted to the host).
  ui.listeners.on(document, 'selectionchange', () => {
    if (panel.hidden) return;
    const selection = document.getSelection();
    if (!selection || selection.isCollapsed || selection.rangeCount === 0) return;
    const node = selection.anchorNode;
    if (node && (node === ui.host || ui.host.contains(node))) return;
    hide();
  });
  panel.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      event.stopPropagation();
      hide();
    }
  });

  function hide() {
    if (panel.hidden) return;
    panel.hidden = true;
    panel.replaceChildren();
    openKey = null;
    pointerInside = false;
    if (returnFocus instanceof HTMLElement) returnFocus.focus({ preventScroll: true });
    returnFocus = null;
  }

  /** Below the span if the card fits there, else above it, else on the roomier side with a scrollbar inside. */
  function place(near: DOMRect) {
    const margin = 8;
    const width = Math.min(360, innerWidth - 2 * margin);
    panel.style.width = `${width}px`;
    panel.style.maxWidth = `${width}px`;
    panel.style.left = `${Math.round(Math.min(Math.max(margin, near.left), innerWidth - width - margin))}px`;
    panel.style.maxHeight = `${innerHeight - 2 * margin}px`;
    const height = panel.offsetHeight;
    const below = innerHeight - near.bottom - 2 * margin;
    const above = near.top - 2 * margin;
    let top: number;
    if (height <= below) top = near.bottom + margin;
    else if (height <= above) top = near.top - margin - height;
    else if (below >= above) {
      panel.style.maxHeight = `${Math.max(120, below)}px`;
      top = Math.min(near.bottom + margin, innerHeight - margin - Math.max(120, below));
    } else {
      const room = Math.max(120, above);
      panel.style.maxHeight = `${room}px`;
      top = Math.max(margin, near.top - margin - room);
    }
    panel.style.top = `${Math.round(top)}px`;
  }

  return {
    show(card, near, { focus = false, key } = {}) {
      const close = h('button', { type: 'button', class: 'close', 'aria-label': 'Close card' }, '×');
      close.addEventListener('click', hide);
      panel.replaceChildren(close, card);
      panel.setAttribute('aria-label', card.getAttribute('aria-label') ?? 'Crosscheck card');
      panel.hidden = false;
      openKey = key ?? null;
      scrolledFrom = scrollY;
      place(near);
      if (focus) {
        returnFocus = document.activeElement;
        panel.focus({ preventScroll: true });
      }
    },
    hide,
    get openKey() {
      return openKey;
    },
    get engaged() {
      return pointerInside || panel.matches(':focus-within');
    },
  };
}
