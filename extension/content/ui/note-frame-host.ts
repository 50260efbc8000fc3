/**
 * The note frame's place in the page (ADR 0060): an extension page in an
 * iframe inside Crosscheck's closed shadow root. The reader's notes, tags,
 * dates and the note editor live in that frame, in the extension's origin:
 * the page can neither script it, search it (`window.find`), nor hear the
 * keys typed into it. The page does not even see the frame (`window.frames`
 * skips frames in shadow trees) and cannot know its address (`use_dynamic_url`).
 *
 * This side holds only what the frame should show — a note id, or the page
 * text of a selection — and answers the frame's questions (relayed by the
 * worker, `page/frame`) when they carry the token it handed to this iframe.
 * It pokes the frame to ask again with a `postMessage` addressed to the
 * extension's origin that carries the token and nothing else.
 */
import { ext } from '../../shared/client';
import type { FrameState } from '../../shared/frame-messages';
import { randomUuid } from '../../shared/ids';
import type { UiHost } from './host';

const WIDTH = 340;

export interface NoteFrame {
  /** Shows the frame next to `near` with `state`; `focus` moves keyboard focus into it. */
  open(state: Exclude<FrameState, { mode: 'closed' }>, near: DOMRect, focus: boolean): void;
  close(): void;
  readonly state: FrameState;
  /** Whether the token is this frame's. */
  owns(token: string): boolean;
  resize(width: number, height: number): void;
  engage(pointer: boolean, editing: boolean): void;
  /** Pointer inside the frame, or a form being written in it: keep it open. */
  readonly engaged: boolean;
  readonly editing: boolean;
}

export function createNoteFrame(ui: UiHost): NoteFrame {
  const token = randomUuid();
  // Where the frame's document lives: chrome-extension://<id> (the dynamic URL redirects to it).
  const origin = new URL(ext().runtime.getURL('')).origin;
  let iframe: HTMLIFrameElement | null = null;
  let loaded = false;
  let state: FrameState = { mode: 'closed' };
  let near = new DOMRect();
  let height = 120;
  let pointer = false;
  let editing = false;

  /**
   * Focus stays in the frame while the reader writes. A page can move focus
   * (`element.focus()`, or hiding the host for a moment); the reader's next
   * keys would then land in the page. Focus leaving the frame without the
   * reader's own pointer press in the page is taken back at once.
   */
  let readerActed = -Infinity;
  ui.listeners.on(document, 'pointerdown', (event) => {
    if (event.isTrusted && !ui.contains(event)) readerActed = performance.now();
  }, { capture: true });
  function keepFocus() {
    if (!editing || !iframe || iframe.hidden || performance.now() - readerActed < 1_000) return;
    if (document.activeElement !== ui.host) iframe.focus();
  }
  ui.listeners.on(document, 'focusin', (event) => {
    if (!ui.contains(event)) keepFocus();
  }, { capture: true });
  ui.onRestored(keepFocus);

  function create(): HTMLIFrameElement {
    const frame = document.createElement('iframe');
    frame.className = 'note-frame';
    frame.title = 'Crosscheck note';
    frame.hidden = true;
    // Not shown until the frame has said how big it is: it never jumps under the reader's pointer.
    frame.style.visibility = 'hidden';
    let loads = 0;
    frame.addEventListener('load', () => {
      // The frame never navigates itself: a second load means something else
      // navigated it. Replace it with a fresh one of ours.
      if (++loads > 1) {
        frame.remove();
        iframe = null;
        loaded = false;
        if (state.mode !== 'closed') show(state.mode === 'new' || state.focus);
        return;
      }
      loaded = true;
      poke();
    });
    frame.addEventListener('blur', () => queueMicrotask(keepFocus));
    frame.src = ext().runtime.getURL('note-frame/note-frame.html');
    ui.root.append(frame);
    return frame;
  }

  /** Tells the frame to ask what to show. Carries the token only. */
  function poke() {
    if (iframe && loaded) iframe.contentWindow?.postMessage({ crosscheck: token }, origin);
  }

  function place() {
    if (!iframe) return;
    const width = Math.min(WIDTH, innerWidth - 16);
    const h = Math.min(height, innerHeight - 16);
    let top = near.bottom + 8;
    if (top + h > innerHeight - 8) top = near.top - 8 - h >= 8 ? near.top - 8 - h : Math.max(8, innerHeight - 8 - h);
    iframe.style.width = `${width}px`;
    iframe.style.height = `${h}px`;
    iframe.style.top = `${Math.round(top)}px`;
    iframe.style.left = `${Math.round(Math.min(Math.max(8, near.left), innerWidth - width - 8))}px`;
  }

  function show(focus: boolean) {
    iframe ??= create();
    iframe.hidden = false;
    place();
    poke();
    if (focus) iframe.focus();
  }

  return {
    open(next, rect, focus) {
      state = next;
      near = rect;
      editing = next.mode === 'new';
      show(focus);
    },
    close() {
      if (state.mode === 'closed') return;
      state = { mode: 'closed' };
      pointer = false;
      editing = false;
      if (iframe) iframe.hidden = true;
      poke(); // the frame empties itself: nothing of the note stays rendered
    },
    get state() {
      return state;
    },
    owns: (candidate) => candidate === token,
    resize(_width, h) {
      height = Math.max(40, Math.ceil(h));
      place();
      if (iframe) iframe.style.visibility = '';
    },
    engage(p, e) {
      pointer = p;
      // A new note's form is being written for as long as it is open: the frame's
      // report may be stale (sent before this form opened, relayed late) and must
      // not mark it idle, or the next hover-out would close it under the reader.
      editing = e || state.mode === 'new';
    },
    get engaged() {
      return pointer || editing;
    },
    get editing() {
      return editing;
    },
  };
}
