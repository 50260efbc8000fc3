/**
 * The reader's side of annotating, in the page: select → "Annotate" → the
 * note frame opens next to the selection; hovering or stepping onto a saved
 * note opens it in the frame. The note text, tags and dates never pass
 * through here: the frame reads and writes them through the worker (ADR 0060).
 *
 * What this side keeps is the selection's own Range (live: it follows the
 * page's edits) and the page text it covered. When the reader saves, the
 * article is read again and the Range described from the live page: the note
 * is saved only if the passage still reads what the form shows.
 */
import type { TextModel } from '../../src/text/model';
import type { ClaimSuggestion, Described, FrameAnswer, FrameAsk } from '../shared/frame-messages';
import type { PageInfo } from '../shared/messages';
import { describeRange, readSelection } from './selection';
import { createAnnotateToolbar } from './ui/annotate-toolbar';
import type { UiHost } from './ui/host';
import { createNoteFrame } from './ui/note-frame-host';

export interface AnnotatorDeps {
  ui: UiHost;
  doc: Document;
  /** The article's text model built from the live page, now. */
  freshModel(): TextModel;
  pageInfo(): PageInfo;
  /** The known claim the engine matches for text[start, end) of `model`, if any (asked of the worker when no claim sentence of the page holds it). */
  suggestClaim(model: TextModel, start: number, end: number): ClaimSuggestion | null | Promise<ClaimSuggestion | null>;
  /** A note was saved, changed or deleted: read the page again and redraw every note from its selectors. */
  refresh(): Promise<void>;
  /** Another card (actor, claim) should make way. */
  hideCards(): void;
}

interface Pending {
  /** Changes each time the reader selects, so the frame knows a new passage from the same one. */
  serial: number;
  range: Range;
  quote: string;
  rect: DOMRect;
  suggestion: ClaimSuggestion | null;
}

export function createAnnotator(deps: AnnotatorDeps) {
  const { ui, doc } = deps;
  const toolbar = createAnnotateToolbar(ui);
  const frame = createNoteFrame(ui);
  let pending: Pending | null = null;
  let serial = 0;

  /** Reads the reader's selection against the article as it is now. */
  function capture(): Pending | null {
    const model = deps.freshModel();
    const selection = readSelection(model, doc.defaultView ?? window);
    if (!selection) return null;
    const suggestion = deps.suggestClaim(model, selection.start, selection.end);
    const next: Pending = { serial: ++serial, range: selection.range, quote: selection.quote, rect: selection.rect, suggestion: null };
    // asked as the reader selects: by the time they press Annotate it is usually here
    if (suggestion instanceof Promise) void suggestion.then((found) => (next.suggestion = found));
    else next.suggestion = suggestion;
    return next;
  }

  function openForm(next: Pending) {
    // The form opens at once; the engine's reading of a passage outside the page's claim sentences,
    // asked of the worker as the reader selected, is suggested when it came in before Annotate was pressed.
    pending = next;
    // The passage is held by our own live Range from here on. The page's
    // selection is let go: a live page editing the selected text would
    // otherwise pull focus back to its document while the reader types.
    doc.getSelection()?.removeAllRanges();
    toolbar.hide();
    deps.hideCards();
    frame.open({ mode: 'new', selection: next.serial, quote: next.quote, suggestion: next.suggestion }, next.rect, true);
  }

  // A selection made with the mouse, or with the keyboard (Shift with arrows, Home/End, caret browsing), gets the button.
  ui.listeners.on(doc, 'keyup', (event) => {
    if (!event.isTrusted || ui.contains(event) || !(event.shiftKey || event.key === 'Shift')) return;
    offerSelection();
  });
  ui.listeners.on(doc, 'mouseup', (event) => {
    if (!event.isTrusted || ui.contains(event)) return; // only the reader's own mouse
    offerSelection();
  });

  function offerSelection() {
    // Let the browser finish updating the selection first.
    setTimeout(() => {
      const next = capture();
      if (next) {
        // While the reader writes a new note, selecting again moves the form to the new passage.
        if (frame.state.mode === 'new') return openForm(next);
        toolbar.offer(next.rect, () => openForm(next));
      } else {
        toolbar.hide();
      }
    });
  }

  /** The selection described from the live page, now (see the module comment). */
  function describeNow(): Described {
    if (!pending) return { ok: false, reason: 'none', quote: '' };
    const described = describeRange(deps.freshModel(), pending.range, pending.quote);
    if (!described.ok) return described;
    const { url, urlKey, title, published } = deps.pageInfo();
    return { ...described, page: { url, urlKey, title, ...(published ? { published } : {}) } };
  }

  /** Whether the new-note form now shows another passage than `selection` (the one a late message was for). */
  function movedOn(selection: number | undefined): boolean {
    return selection !== undefined && frame.state.mode === 'new' && frame.state.selection !== selection;
  }

  async function answer(token: string, ask: FrameAsk): Promise<FrameAnswer> {
    if (!frame.owns(token)) throw new Error('Not Crosscheck’s note frame.');
    switch (ask.kind) {
      case 'state':
        return frame.state;
      case 'describe':
        return describeNow();
      case 'saved':
        // The form is done; the next selection gets the Annotate button again. The page's
        // selection was let go when the form opened: one made since is the reader's next, kept.
        // A late 'saved' (the reader selected again, which moved the form to the new passage)
        // must not close that form nor drop its passage.
        if (!movedOn(ask.selection)) {
          pending = null;
          frame.close();
        }
        await deps.refresh();
        return null;
      case 'updated':
      case 'deleted':
        await deps.refresh();
        return null;
      case 'close':
        // A late close (the frame's, after a save or Cancel) must never shut the form the reader opened since: their words would be lost.
        if (ask.selection !== undefined && (frame.state.mode !== 'new' || movedOn(ask.selection))) return null;
        frame.close();
        return null;
      case 'size':
        frame.resize(ask.width, ask.height);
        return null;
      case 'engaged':
        frame.engage(ask.pointer, ask.editing);
        return null;
    }
  }

  return {
    answer,
    /** From the keyboard shortcut or the context menu: open the form for the current selection. */
    openForSelection(): boolean {
      const next = capture();
      if (!next) return false;
      openForm(next);
      return true;
    },
    /** Shows a saved note in the frame, next to `near` (hover, or the keyboard with focus). */
    showNote(id: string, near: DOMRect, focus: boolean, elsewhere = false) {
      if (frame.editing && !focus) return; // the reader is writing: hovering other notes does not take the frame away
      const state = frame.state;
      if (!focus && state.mode === 'note' && state.id === id) return;
      frame.open({ mode: 'note', id, focus, ...(elsewhere ? { elsewhere } : {}) }, near, focus);
    },
    /** The note shown, if a saved note's card is open. */
    get noteShown(): string | null {
      return frame.state.mode === 'note' ? frame.state.id : null;
    },
    /** Pointer or focus in the frame, or a form being written. */
    get engaged() {
      return frame.engaged;
    },
    /** Closes a note card (not a form being written) and the Annotate button. */
    dismiss() {
      toolbar.hide();
      if (!frame.editing) frame.close();
    },
    /** Closes a note card (not a form being written); the Annotate button for the reader's selection stays. */
    closeNote() {
      if (!frame.editing) frame.close();
    },
  };
}
