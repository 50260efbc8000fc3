/**
 * Shows one card at a time next to what it explains. Hover opens it without
 * taking focus; keyboard navigation opens it with focus inside; Escape (or
 * the close button) closes it and gives focus back.
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

  return {
    show(card, near, { focus = false, key } = {}) {
      const close = h('button', { type: 'button', class: 'close', 'aria-label': 'Close card' }, '×');
      close.addEventListener('click', hide);
      panel.replaceChildren(close, card);
      panel.setAttribute('aria-label', card.getAttribute('aria-label') ?? 'Crosscheck card');
      panel.hidden = false;
      openKey = key ?? null;
      const width = Math.min(360, innerWidth - 16);
      panel.style.width = `${width}px`;
      panel.style.left = `${Math.round(Math.min(Math.max(8, near.left), innerWidth - width - 8))}px`;
      const below = near.bottom + 8;
      const height = panel.offsetHeight;
      panel.style.top = `${Math.round(below + height > innerHeight && near.top - 8 - height > 0 ? near.top - 8 - height : below)}px`;
      panel.style.maxHeight = `${Math.max(160, innerHeight - 16)}px`;
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
