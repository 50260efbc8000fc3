/**
 * The reader's side of annotating: select → toolbar → note, tags, colour →
 * saved through the service worker; and the card of a saved annotation with
 * Edit and Delete in place.
 */
import { describe } from '../../src/anchoring';
import type { Annotation, NewAnnotation } from '../../src/annotations/model';
import type { DatasetLookup } from '../../src/dataset/lookup';
import type { TextModel } from '../../src/text/model';
import { callWorker } from '../shared/client';
import type { PageInfo } from '../shared/messages';
import { readSelection, type TextSelection } from './selection';
import type { AnchoredAnnotation } from './session';
import { createAnnotateToolbar, type AnnotationDraft, type ClaimSuggestion } from './ui/annotate-toolbar';
import { h, unreadable } from './ui/dom';
import type { UiHost } from './ui/host';

export interface AnnotatorDeps {
  ui: UiHost;
  doc: Document;
  model: () => TextModel;
  pageInfo: () => PageInfo;
  lookup: DatasetLookup;
  onSaved(annotation: Annotation, start: number, end: number): void;
  onUpdated(annotation: Annotation): void;
  onDeleted(id: string): void;
  /** The known claim the engine matches for text[start, end), if any. */
  suggestClaim(start: number, end: number): ClaimSuggestion | null;
}

export function createAnnotator(deps: AnnotatorDeps) {
  const { ui, doc } = deps;
  let pending: TextSelection | null = null;
  let editing: Annotation | null = null;

  const toolbar = createAnnotateToolbar(ui, async (draft: AnnotationDraft) => {
    if (editing) {
      const updated = await callWorker('annotations/update', {
        id: editing.id,
        patch: { note: draft.note, tags: draft.tags, color: draft.color, ...(draft.claimId !== undefined ? { claimId: draft.claimId } : {}) },
        baseUpdated: editing.updated,
      });
      editing = null;
      deps.onUpdated(updated);
      return;
    }
    if (!pending) throw new Error('The selection was lost; select the text again.');
    const model = deps.model();
    const { quote, position } = describe(model.text, pending.start, pending.end);
    const page = deps.pageInfo();
    const input: NewAnnotation = {
      url: page.url,
      urlKey: page.urlKey,
      title: page.title,
      selectors: position ? [quote, position] : [quote],
      note: draft.note,
      tags: draft.tags,
      color: draft.color,
    };
    if (draft.claimId) input.claimId = draft.claimId;
    const annotation = await callWorker('annotations/create', { annotation: input });
    deps.onSaved(annotation, pending.start, pending.end);
    doc.getSelection()?.removeAllRanges();
    pending = null;
  });

  // A selection made with the mouse, or with the keyboard (Shift with arrows, Home/End, caret browsing), gets the toolbar.
  doc.addEventListener('keyup', (event) => {
    if (ui.contains(event) || !(event.shiftKey || event.key === 'Shift')) return;
    offerSelection();
  });
  doc.addEventListener('mouseup', (event) => {
    if (ui.contains(event)) return;
    offerSelection();
  });
  function offerSelection() {
    // Let the browser finish updating the selection first.
    setTimeout(() => {
      const selection = readSelection(deps.model());
      if (selection) {
        pending = selection;
        editing = null;
        toolbar.offer(selection.rect, selection.quote, deps.suggestClaim(selection.start, selection.end));
      } else if (!toolbar.open || !toolbar.editing) {
        toolbar.hide();
      }
    });
  }

  return {
    /** From the keyboard shortcut or the context menu: open the form for the current selection. */
    openForSelection(): boolean {
      const selection = readSelection(deps.model());
      if (!selection) return false;
      pending = selection;
      editing = null;
      toolbar.openForm(selection.rect, selection.quote, undefined, deps.suggestClaim(selection.start, selection.end));
      return true;
    },
    dismiss() {
      toolbar.hide();
    },
    /** The card shown when hovering a saved annotation. */
    card(item: AnchoredAnnotation): HTMLElement {
      const { annotation } = item;
      const edit = h('button', { type: 'button', 'data-action': 'edit-annotation' }, 'Edit');
      const remove = h('button', { type: 'button', 'data-action': 'delete-annotation' }, 'Delete');
      const status = h('p', { class: 'error', role: 'alert', hidden: true });
      edit.addEventListener('click', () => {
        editing = annotation;
        pending = null;
        const rect = edit.getBoundingClientRect();
        const current = annotation.claimId ? deps.lookup.claim(annotation.claimId) : undefined;
        toolbar.openForm(
          rect,
          annotation.quote,
          { note: annotation.note, tags: annotation.tags, color: annotation.color },
          current ? { claimId: current.id, statement: current.statement, relation: 'corroborates' } : null,
        );
      });
      remove.addEventListener('click', async () => {
        try {
          await callWorker('annotations/delete', { id: annotation.id });
          deps.onDeleted(annotation.id);
          card.replaceChildren(h('p', { class: 'muted' }, 'Note deleted.'));
        } catch (error) {
          status.textContent = (error as Error).message;
          status.hidden = false;
        }
      });
      const claim = annotation.claimId ? deps.lookup.claim(annotation.claimId) : undefined;
      const card = h(
        'article',
        { class: 'card annotation-card', 'aria-label': 'Your note' },
        // The reader's words are drawn unreadable to the page (see unreadable() in ui/dom.ts).
        h('header', {}, h('h2', {}, 'Your note'), unreadable(new Date(annotation.updated).toLocaleDateString(), { class: 'badge' })),
        annotation.note ? unreadable(annotation.note, { class: 'note' }, 'p') : h('p', { class: 'muted' }, 'No note text.'),
        annotation.tags.length ? h('p', { class: 'tags' }, h('span', { class: 'label' }, 'Tags: '), unreadable(annotation.tags.join(', '))) : null,
        claim ? h('p', {}, h('span', { class: 'label' }, 'Linked claim: '), unreadable(claim.statement)) : null,
        status,
        h('div', { class: 'row' }, edit, remove),
      );
      return card;
    },
  };
}

