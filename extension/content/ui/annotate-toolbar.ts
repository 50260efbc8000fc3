/**
 * The small toolbar that appears over a text selection: "Annotate" opens a
 * form for a note and tags; Save hands the draft to the caller.
 */
import { h } from './dom';
import type { UiHost } from './host';

export interface AnnotationDraft {
  note: string;
  tags: string[];
}

export interface AnnotateToolbar {
  /** Offers to annotate the selection whose bounding box is `rect`. */
  offer(rect: DOMRect, quote: string): void;
  /** Opens the note form directly (keyboard shortcut, context menu). */
  openForm(rect: DOMRect, quote: string): void;
  hide(): void;
  readonly open: boolean;
}

export function parseTags(input: string): string[] {
  const tags = input
    .split(/[,#\n]/)
    .map((t) => t.trim().replace(/\s+/g, ' '))
    .filter(Boolean);
  return [...new Set(tags)];
}

export function createAnnotateToolbar(ui: UiHost, save: (draft: AnnotationDraft) => Promise<void>): AnnotateToolbar {
  const panel = h('div', { class: 'panel', role: 'dialog', 'aria-label': 'Crosscheck: annotate selection', hidden: true });
  ui.root.append(panel);
  let quote = '';

  function place(rect: DOMRect) {
    const top = rect.bottom + 8 + 200 > innerHeight ? Math.max(8, rect.top - 8 - panel.offsetHeight) : rect.bottom + 8;
    panel.style.top = `${Math.round(top)}px`;
    panel.style.left = `${Math.round(Math.min(Math.max(8, rect.left), innerWidth - 320))}px`;
  }

  function showButton(rect: DOMRect) {
    const button = h('button', { type: 'button', class: 'primary', 'data-action': 'annotate' }, 'Annotate');
    button.addEventListener('click', () => showForm(rect));
    panel.replaceChildren(button);
    panel.hidden = false;
    place(rect);
  }

  function showForm(rect: DOMRect) {
    const note = h('textarea', { name: 'note', 'aria-label': 'Note', placeholder: 'Your note' });
    const tags = h('input', { name: 'tags', 'aria-label': 'Tags, separated by commas', placeholder: 'tags, comma separated' });
    const error = h('p', { class: 'error', role: 'alert', hidden: true });
    const saveButton = h('button', { type: 'submit', class: 'primary' }, 'Save');
    const cancel = h('button', { type: 'button' }, 'Cancel');
    const form = h('form', {}, h('p', { class: 'quote' }, `“${quote}”`), note, tags, error, h('div', { class: 'row' }, cancel, saveButton));
    cancel.addEventListener('click', hide);
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      saveButton.disabled = true;
      try {
        await save({ note: note.value.trim(), tags: parseTags(tags.value) });
        hide();
      } catch (e) {
        error.textContent = (e as Error).message || 'Could not save the annotation.';
        error.hidden = false;
        saveButton.disabled = false;
      }
    });
    form.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') hide();
      if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) form.requestSubmit();
    });
    panel.replaceChildren(form);
    panel.hidden = false;
    place(rect);
    note.focus();
  }

  function hide() {
    panel.hidden = true;
    panel.replaceChildren();
  }

  return {
    offer(rect, text) {
      quote = text.length > 160 ? `${text.slice(0, 157)}…` : text;
      showButton(rect);
    },
    openForm(rect, text) {
      quote = text.length > 160 ? `${text.slice(0, 157)}…` : text;
      showForm(rect);
    },
    hide,
    get open() {
      return !panel.hidden;
    },
  };
}
