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
import { UI_CSS } from './styles';

export interface UiHost {
  root: ShadowRoot;
  host: HTMLElement;
  /** Whether an event came from inside Crosscheck's UI. */
  contains(event: Event): boolean;
  /** Called after a page script's change to the host was undone. */
  onRestored(listener: () => void): void;
}

/** Fixed, zero-sized (it never takes space in the page's layout), on top, shown. */
export const HOST_STYLE = [
  'all: initial',
  'display: block',
  'position: fixed',
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
  'pointer-events: auto',
  'z-index: 2147483647',
]
  .map((d) => `${d} !important;`)
  .join(' ');

export function createUiHost(doc: Document = document): UiHost {
  const host = doc.createElement('div');
  host.setAttribute('style', HOST_STYLE);
  const root = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = UI_CSS;
  root.append(style);
  doc.documentElement.append(host);
  const listeners: (() => void)[] = [];
  guard(doc, host, () => listeners.forEach((l) => l()));
  return {
    root,
    host,
    contains: (event) => event.composedPath().includes(host),
    onRestored: (listener) => void listeners.push(listener),
  };
}

/** Puts the host back as it was whenever a page script changes its attributes or takes it out. */
function guard(doc: Document, host: HTMLElement, restored: () => void) {
  // This world's own MutationObserver: a page's replacement of it does not reach a content script.
  new MutationObserver(() => {
    for (const name of host.getAttributeNames()) if (name !== 'style') host.removeAttribute(name);
    if (host.getAttribute('style') !== HOST_STYLE) host.setAttribute('style', HOST_STYLE);
    restored();
  }).observe(host, { attributes: true });
  new MutationObserver(() => {
    if (host.parentNode !== doc.documentElement) {
      doc.documentElement.append(host);
      restored();
    }
  }).observe(doc.documentElement, { childList: true });
}
