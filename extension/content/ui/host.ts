/**
 * The one element Crosscheck adds to a page: a host for a closed shadow root
 * that holds all in-page UI (ADR 0060).
 *
 * - A built-in element (`div`), never a custom element name: a page can
 *   define any custom element name before Crosscheck runs, and its
 *   constructor would then own the host (`attachInternals()` hands over even a
 *   closed shadow root).
 * - Its look is set inline with `!important` on every property that could
 *   hide, move, shrink or fade it: an inline `!important` declaration beats
 *   every author rule, `!important` or not (checked in Chromium by
 *   tests/e2e/attack-notes.e2e.ts). A page script that edits the inline style
 *   or attributes, or removes the host, is undone at once.
 * - Closed: page scripts cannot reach into it; styles inside cannot leak out.
 */
import type { Listeners } from '../listeners';
import { UI_CSS } from './styles';

export interface UiHost {
  root: ShadowRoot;
  host: HTMLElement;
  /** Whether an event came from inside Crosscheck's UI. */
  contains(event: Event): boolean;
  /** Called after a page script's change to the host was undone. */
  onRestored(listener: () => void): void;
  /** The session's page listeners: the UI's own listeners on the document and window go here. */
  readonly listeners: Listeners;
  /** Puts the UI's style sheet in the shadow root, once (see `createUiHost`'s `cssLater`). */
  addCss(): void;
}

/**
 * A Crosscheck host's inline style: zero-sized (it never takes space in the page's layout), shown,
 * and every declaration `!important` so the page's own rules cannot move or hide it.
 */
export function hostStyle(place: { position: 'fixed' | 'absolute'; pointerEvents: 'auto' | 'none'; zIndex: number }): string {
  return [
    'all: initial',
    'display: block',
    `position: ${place.position}`,
    'inset: 0 auto auto 0',
    'width: 0',
    'height: 0',
    'margin: 0',
    'padding: 0',
    'border: 0',
    'overflow: visible',
    'visibility: visible',
    'opacity: 1',
    'transform: none',
    'filter: none',
    'clip-path: none',
    'mask: none',
    'contain: none',
    `pointer-events: ${place.pointerEvents}`,
    `z-index: ${place.zIndex}`,
  ]
    .map((d) => `${d} !important;`)
    .join(' ');
}

/** The UI's host: fixed, on top of everything. */
export const HOST_STYLE = hostStyle({ position: 'fixed', pointerEvents: 'auto', zIndex: 2147483647 });

/**
 * The host leaves the page (its guards first) when `listeners` stop. `look`:
 * another host of the same kind (the marks over giant text nodes, giant-overlay.ts).
 * `cssLater`: the style sheet waits for `addCss()` — the session makes its host
 * at its start (the page watcher must know it) but its tools only once the
 * layers are drawn, and parsing the sheet (~0.7 ms) need not come first (ADR 0415);
 * the shadow root is closed and the host empty until then, so nothing shows unstyled.
 */
export function createUiHost(doc: Document, listeners: Listeners, look: { style: string; css: string } = { style: HOST_STYLE, css: UI_CSS }, cssLater = false): UiHost {
  const host = doc.createElement('div');
  host.setAttribute('style', look.style);
  const root = host.attachShadow({ mode: 'closed' });
  let styled = false;
  const addCss = () => {
    if (styled) return;
    styled = true;
    const style = doc.createElement('style');
    style.textContent = look.css;
    root.prepend(style);
  };
  if (!cssLater) addCss();
  doc.documentElement.append(host);
  const restoredListeners: (() => void)[] = [];
  const guards = guard(doc, host, look.style, () => restoredListeners.forEach((l) => l()));
  listeners.onStop(() => {
    for (const observer of guards) observer.disconnect();
    host.remove();
  });
  return {
    root,
    host,
    contains: (event) => event.composedPath().includes(host),
    onRestored: (listener) => void restoredListeners.push(listener),
    listeners,
    addCss,
  };
}

/** Puts the host back as it was whenever a page script changes its attributes or takes it out. */
function guard(doc: Document, host: HTMLElement, style: string, restored: () => void): MutationObserver[] {
  // This world's own MutationObserver: a page's replacement of it does not reach a content script.
  const attributes = new MutationObserver(() => {
    for (const name of host.getAttributeNames()) if (name !== 'style') host.removeAttribute(name);
    if (host.getAttribute('style') !== style) host.setAttribute('style', style);
    restored();
  });
  attributes.observe(host, { attributes: true });
  const place = new MutationObserver(() => {
    if (host.parentNode !== doc.documentElement) {
      doc.documentElement.append(host);
      restored();
    }
  });
  place.observe(doc.documentElement, { childList: true });
  return [attributes, place];
}
