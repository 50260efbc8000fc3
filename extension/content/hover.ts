/**
 * Hover: what is under the reader's pointer is found once per frame, at its
 * latest position, and its card opens when the pointer rests there (hover
 * intent), not while it sweeps across the text.
 */
import type { Listeners } from './listeners';
import { keyOf, type Target } from './targets';
import type { CardLayer } from './ui/card-layer';
import type { UiHost } from './ui/host';

/** How long the pointer rests on a highlight before its card opens. */
export const HOVER_INTENT_MS = 250;
/** How long after the pointer left a card's text the card closes (unless the reader is in it). */
const HIDE_MS = 400;

export interface HoverDeps {
  doc: Document;
  ui: UiHost;
  listeners: Listeners;
  cards: CardLayer;
  /** The shown targets at a point of the viewport. */
  targetsAt(x: number, y: number): Target[];
  open(target: Target, focus: boolean): void;
  /** The note open in the note frame (its id), and whether the reader is in it. */
  note(): { shown: string | null; engaged: boolean };
  closeNote(): void;
}

export function watchHover(deps: HoverDeps): void {
  const { cards, listeners } = deps;
  let frame = 0;
  let hideTimer = 0;
  let intentTimer = 0;
  let intentKey = '';
  let pointer = { x: 0, y: 0 };
  listeners.onStop(() => {
    cancelAnimationFrame(frame);
    clearTimeout(hideTimer);
    clearTimeout(intentTimer);
  });

  function settle() {
    frame = 0;
    const hits = deps.targetsAt(pointer.x, pointer.y);
    // Prefer the reader's own notes, then the actor under the pointer, then the sentence.
    const target = hits.find((t) => t.kind === 'annotation') ?? hits.find((t) => t.kind === 'actor') ?? hits.find((t) => t.kind === 'claim');
    if (target) {
      clearTimeout(hideTimer);
      const key = keyOf(target);
      if (key === cards.openKey || key === intentKey) return;
      if (target.kind === 'annotation' && deps.note().shown === target.anchored.annotation.id) return;
      clearTimeout(intentTimer);
      intentKey = key;
      intentTimer = window.setTimeout(() => {
        intentKey = '';
        deps.open(target, false);
      }, HOVER_INTENT_MS);
      return;
    }
    clearTimeout(intentTimer);
    intentKey = '';
    const note = deps.note();
    const noteOpen = note.shown !== null && !note.engaged;
    if ((!cards.openKey || cards.engaged) && !noteOpen) return;
    clearTimeout(hideTimer);
    hideTimer = window.setTimeout(() => {
      if (!cards.engaged) cards.hide();
      if (!deps.note().engaged) deps.closeNote();
    }, HIDE_MS);
  }

  listeners.on(
    deps.doc,
    'pointermove',
    (event) => {
      // Only the reader's own pointer opens cards: a page's synthetic events are ignored.
      if (!event.isTrusted || deps.ui.contains(event)) return;
      // a button held down is a drag-select (or a drag): no card opens meanwhile
      if (event.buttons !== 0) {
        clearTimeout(intentTimer);
        intentKey = '';
        return;
      }
      pointer = { x: event.clientX, y: event.clientY };
      if (!frame) frame = requestAnimationFrame(settle);
    },
    { passive: true },
  );
}
