/**
 * The note frame's entry point (note-frame.html, framed by the content script
 * inside Crosscheck's closed shadow root; ADR 0060). It waits for the token
 * its content script posts to it, then asks that content script — through the
 * worker, never through the page — what to show.
 */
import * as v from 'valibot';
import { dataset } from '../../src/dataset/bundled';
import { createLookup } from '../../src/dataset/lookup';
import { UI_CSS } from '../content/ui/styles';
import { callWorker } from '../shared/client';
import { FRAME_TOKEN, type FrameAsk } from '../shared/frame-messages';
import { createFrameApp } from './app';

const style = document.createElement('style');
style.textContent = UI_CSS;
document.head.append(style);
const root = document.getElementById('note')!;

let token = '';
let lookup: ReturnType<typeof createLookup> | null = null;
const ask = (question: FrameAsk) => callWorker('frame/ask-page', { token, ask: question });

const app = createFrameApp({
  root,
  ask,
  worker: callWorker,
  claimStatement: (id) => (lookup ??= createLookup(dataset)).claim(id)?.statement,
  watchVisibility,
});

// Only the parent page's window can post here; the message is a poke carrying
// the content script's token (and nothing else), after which the frame asks.
window.addEventListener('message', (event) => {
  if (event.source !== window.parent) return;
  const candidate = (event.data as { crosscheck?: unknown } | null)?.crosscheck;
  if (!v.is(FRAME_TOKEN, candidate)) return;
  token = candidate;
  void app
    .refresh()
    .then(() => reportSize(true))
    .catch(() => undefined);
});

// The content script sizes the iframe to what is shown: after each update
// (measured at once: a frame not shown yet gets no ResizeObserver callbacks),
// and whenever the content changes size.
let lastHeight = -1;
function reportSize(always = false) {
  const height = root.getBoundingClientRect().height;
  if (!token || (!always && Math.abs(height - lastHeight) < 1)) return;
  lastHeight = height;
  void ask({ kind: 'size', width: root.offsetWidth, height }).catch(() => undefined);
}
new ResizeObserver(() => reportSize()).observe(root);

// Pointer or focus inside: the page keeps the card open; a form open: Escape in the page leaves it alone.
let pointer = false;
const engaged = () => token && void ask({ kind: 'engaged', pointer: pointer || document.hasFocus(), editing: app.editing }).catch(() => undefined);
document.addEventListener('pointerenter', () => ((pointer = true), engaged()));
document.addEventListener('pointerleave', () => ((pointer = false), engaged()));
window.addEventListener('focus', engaged);
window.addEventListener('blur', engaged);
// Focus given back to the frame (the content script takes it back from a page that moved it): to the field the reader was in.
let lastField: HTMLElement | null = null;
document.addEventListener('focusin', (event) => {
  if (event.target instanceof HTMLTextAreaElement || event.target instanceof HTMLInputElement) lastField = event.target;
});
window.addEventListener('focus', () => {
  if (lastField?.isConnected && app.editing && document.activeElement !== lastField) lastField.focus();
});
document.addEventListener('keydown', (event) => {
  if (event.isTrusted && event.key === 'Escape') app.close();
});

/**
 * Whether an element is shown to the reader unobscured (nothing of the page
 * drawn over it, no opacity or transform on the way): IntersectionObserver v2.
 * Null where the browser cannot tell.
 */
function watchVisibility(element: Element): () => boolean | null {
  let visible: boolean | null = null;
  try {
    const observer = new IntersectionObserver(
      (entries) => {
        const last = entries.at(-1) as (IntersectionObserverEntry & { isVisible?: boolean }) | undefined;
        visible = typeof last?.isVisible === 'boolean' ? last.isVisible : null;
      },
      { trackVisibility: true, delay: 100 } as IntersectionObserverInit,
    );
    observer.observe(element);
  } catch {
    visible = null;
  }
  return () => visible;
}
