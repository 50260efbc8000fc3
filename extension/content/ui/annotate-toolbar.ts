/**
 * The small toolbar that appears over a text selection: "Annotate" opens a
 * form for a note and tags; Save hands the draft to the caller.
 */
import { COLORS, type AnnotationColor } from '../../../src/annotations/model';
import { h } from './dom';
import type { UiHost } from './host';

export interface AnnotationDraft {
  note: string;
  tags: string[];
  color: AnnotationColor;
  /** A known claim the reader chose to link (null: none). */
  claimId?: string | null;
}

/** A known claim the engine suggests for the selected text. */
export interface ClaimSuggestion {
  claimId: string;
  statement: string;
  relation: 'corroborates' | 'contradicts' | 'related';
}

export interface AnnotateToolbar {
  /** Offers to annotate the selection whose bounding box is `rect`. */
  offer(rect: DOMRect, quote: string, suggestion?: ClaimSuggestion | null): void;
  /** Opens the note form directly (keyboard shortcut, context menu, editing). */
  openForm(rect: DOMRect, quote: string, initial?: AnnotationDraft, suggestion?: ClaimSuggestion | null): void;
  hide(): void;
  readonly open: boolean;
  /** The form (not just the Annotate button) is showing. */
  readonly editing: boolean;
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

  /** Below the selection if the panel fits there, else above it, else as low as the window allows (scrolling inside). */
  function place(rect: DOMRect) {
    panel.style.maxHeight = `${Math.max(120, innerHeight - 16)}px`;
    const height = panel.offsetHeight;
    let top = rect.bottom + 8;
    if (top + height > innerHeight - 8) top = rect.top - 8 - height >= 8 ? rect.top - 8 - height : Math.max(8, innerHeight - 8 - height);
    panel.style.top = `${Math.round(top)}px`;
    panel.style.left = `${Math.round(Math.min(Math.max(8, rect.left), innerWidth - 320))}px`;
  }

  function showButton(rect: DOMRect, suggestion?: ClaimSuggestion | null) {
    const button = h('button', { type: 'button', class: 'primary', 'data-action': 'annotate' }, 'Annotate ', h('kbd', { class: 'on-accent' }, 'Alt+Shift+A'));
    button.addEventListener('click', () => showForm(rect, undefined, suggestion));
    panel.replaceChildren(button);
    panel.hidden = false;
    place(rect);
  }

  function showForm(rect: DOMRect, initial?: AnnotationDraft, suggestion?: ClaimSuggestion | null) {
    const note = h('textarea', { name: 'note', 'aria-label': 'Note', placeholder: 'Your note' });
    note.value = initial?.note ?? '';
    const tags = h('input', { name: 'tags', 'aria-label': 'Tags, separated by commas', placeholder: 'tags, comma separated' });
    tags.value = initial?.tags.join(', ') ?? '';
    let color: AnnotationColor = initial?.color ?? 'yellow';
    const swatches = COLORS.map((c) => {
      const swatch = h('button', { type: 'button', class: `swatch swatch-${c}`, 'data-color': c, 'aria-label': `Colour ${c}`, 'aria-pressed': String(c === color) });
      swatch.addEventListener('click', () => {
        color = c;
        for (const s of swatches) s.setAttribute('aria-pressed', String(s.dataset.color === c));
      });
      return swatch;
    });
    const palette = h('div', { class: 'palette', role: 'group', 'aria-label': 'Highlight colour' }, ...swatches);
    const error = h('p', { class: 'error', role: 'alert', hidden: true });
    const saveButton = h('button', { type: 'submit', class: 'primary' }, 'Save');
    const cancel = h('button', { type: 'button' }, 'Cancel');
    // Offer to link the note to the known claim the engine matched (on by default for a firm match).
    const link = suggestion ? h('input', { type: 'checkbox', name: 'link-claim', checked: suggestion.relation !== 'related' }) : null;
    const linkRow = suggestion && link ? h('label', { class: 'link-claim', title: suggestion.statement }, link, h('span', {}, ` Link to known claim (${suggestion.relation}): `), h('span', { class: 'muted clamp' }, suggestion.statement)) : null;
    const form = h('form', {}, h('p', { class: 'quote' }, `“${quote}”`), note, tags, palette, linkRow, error, h('div', { class: 'row' }, cancel, saveButton));
    cancel.addEventListener('click', hide);
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      saveButton.disabled = true;
      try {
        const draft: AnnotationDraft = { note: note.value.trim(), tags: parseTags(tags.value), color };
        if (suggestion && link) draft.claimId = link.checked ? suggestion.claimId : null;
        await save(draft);
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
    offer(rect, text, suggestion) {
      quote = text.length > 160 ? `${text.slice(0, 157)}…` : text;
      showButton(rect, suggestion);
    },
    openForm(rect, text, initial, suggestion) {
      quote = text.length > 160 ? `${text.slice(0, 157)}…` : text;
      showForm(rect, initial, suggestion);
    },
    hide,
    get open() {
      return !panel.hidden;
    },
    get editing() {
      return !panel.hidden && panel.querySelector('form') !== null;
    },
  };
}
