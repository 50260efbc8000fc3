/**
 * The note frame's questions to the content script of its tab (ADR 0060).
 *
 * The note frame is an extension page inside Crosscheck's closed shadow root;
 * it reads and writes the reader's notes through the service worker itself.
 * What it needs from the page — which note or selection to show, a fresh
 * description of the selection when the reader saves, where to sit — it asks
 * the content script, relayed by the worker (`frame/ask-page` →
 * `page/frame`). Nothing here carries reader data in the content script's
 * direction: note ids, page text, selectors built from the page's own text,
 * sizes. The content script answers only the frame holding its token.
 */
import * as v from 'valibot';
import type { Selector } from '../../src/annotations/model';
import type { PageInfo } from './page-info';

const Id = v.pipe(v.string(), v.minLength(1), v.maxLength(64));
const Size = v.pipe(v.number(), v.minValue(0), v.maxValue(4000));

export const FrameAskSchema = v.variant('kind', [
  /** What the frame should show now. */
  v.strictObject({ kind: v.literal('state') }),
  /** The reader pressed Save: describe the selection from the live page, now. */
  v.strictObject({ kind: v.literal('describe') }),
  /**
   * A note was saved, changed or deleted: redraw the highlights from the stored selectors.
   * `selection` on `saved`: the new-note form it was saved from; a `saved` that arrives
   * after the reader moved the form to another passage must not close that one.
   */
  v.strictObject({ kind: v.literal('saved'), id: Id, selection: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0))) }),
  v.strictObject({ kind: v.literal('updated'), id: Id }),
  v.strictObject({ kind: v.literal('deleted'), id: Id }),
  /**
   * Close the frame (Cancel, Escape, the close button, after saving).
   * `selection`: the new-note form this close is for; a close that arrives
   * after the reader opened another form is not for that one and is ignored.
   */
  v.strictObject({ kind: v.literal('close'), selection: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0))) }),
  /** The frame's content size, so the content script can size the iframe. */
  v.strictObject({ kind: v.literal('size'), width: Size, height: Size }),
  /** Pointer or focus inside the frame (keep it open), or a form being edited (Escape in the page leaves it alone). */
  v.strictObject({ kind: v.literal('engaged'), pointer: v.boolean(), editing: v.boolean() }),
]);
export type FrameAsk = v.InferOutput<typeof FrameAskSchema>;

export const FRAME_TOKEN = v.pipe(v.string(), v.regex(/^[A-Za-z0-9-]{16,64}$/));

/** A known claim the engine suggests for the selected text (dataset text). */
export interface ClaimSuggestion {
  claimId: string;
  statement: string;
  relation: 'corroborates' | 'contradicts' | 'related';
}

export type FrameState =
  | { mode: 'closed' }
  /** A new note on the selection whose text is `quote` (page text). `selection` changes when the reader selects again. */
  | { mode: 'new'; selection: number; quote: string; suggestion: ClaimSuggestion | null }
  /**
   * A saved note, by id: the frame reads it from the worker. `focus`: opened
   * from the keyboard or a button. `elsewhere`: a note saved on another page,
   * opened from the card of a sentence that says it again or otherwise (the
   * frame then says which page, with a link back).
   */
  | { mode: 'note'; id: string; focus: boolean; elsewhere?: boolean };

/** The selection described from the live page at the moment of saving. */
export type Described =
  | { ok: true; quote: string; selectors: Selector[]; page: Pick<PageInfo, 'url' | 'urlKey' | 'title' | 'published'> }
  /** The selected passage changed (its text now reads `quote`) or vanished (`quote` empty). */
  | { ok: false; reason: 'changed' | 'vanished' | 'none'; quote: string };

export type FrameAnswer = FrameState | Described | null;
