/**
 * The one element Crosscheck adds to a page: a host for a closed shadow root
 * that holds all in-page UI. Closed, so page scripts cannot reach into it;
 * styles inside cannot leak out and the page's styles cannot leak in.
 */
import { UI_CSS } from './styles';

export interface UiHost {
  root: ShadowRoot;
  host: HTMLElement;
  /** Whether an event came from inside Crosscheck's UI. */
  contains(event: Event): boolean;
}

export function createUiHost(doc: Document = document): UiHost {
  const host = doc.createElement('crosscheck-ui');
  // Fixed and zero-sized: the host itself never takes space in the page's layout.
  host.style.cssText = 'all: initial; position: fixed; top: 0; left: 0; width: 0; height: 0; z-index: 2147483647;';
  const root = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = UI_CSS;
  root.append(style);
  doc.documentElement.append(host);
  return {
    root,
    host,
    contains: (event) => event.composedPath().includes(host),
  };
}
