/**
 * The note form, inside the note frame (an extension page): the quote being
 * annotated, the reader's note and tags, a colour, and the offer to link a
 * known claim. The reader's words stay in the form when a save fails, and when
 * the selection it is for changes.
 */
import { COLORS, type AnnotationColor } from '../../src/annotations/model';
import type { ClaimSuggestion } from '../shared/frame-messages';
import { h } from '../content/ui/dom';

export interface AnnotationDraft {
  note: string;
  tags: string[];
  color: AnnotationColor;
  /** A known claim the reader chose to link (null: none). */
  claimId?: string | null;
}

export function parseTags(input: string): string[] {
  const tags = input
    .split(/[,#\n]/)
    .map((t) => t.trim().replace(/\s+/g, ' '))
    .filter(Boolean);
  return [...new Set(tags)];
}

export interface NoteForm {
  element: HTMLFormElement;
  /** The selection changed (the reader selected again): show its text, keep the words. */
  setQuote(quote: string, suggestion: ClaimSuggestion | null): void;
  readonly quote: string;
  /** What the reader typed so far. */
  draft(): AnnotationDraft;
  focus(): void;
}

export interface NoteFormOptions {
  quote: string;
  initial?: AnnotationDraft;
  suggestion?: ClaimSuggestion | null;
  /** Saves; a thrown error's message is shown and the form stays as it is. */
  save(draft: AnnotationDraft): Promise<void>;
  cancel(): void;
  /** Label of the save button. */
  saveLabel?: string;
}

export function createNoteForm(options: NoteFormOptions): NoteForm {
  let quote = options.quote;
  let suggestion = options.suggestion ?? null;
  const quoteLine = h('blockquote', { class: 'quote' }, quote);
  const note = h('textarea', { name: 'note', 'aria-label': 'Note', placeholder: 'Your note' });
  note.value = options.initial?.note ?? '';
  const tags = h('input', { name: 'tags', 'aria-label': 'Tags, separated by commas', placeholder: 'tags, comma separated' });
  tags.value = options.initial?.tags.join(', ') ?? '';
  let color: AnnotationColor = options.initial?.color ?? 'yellow';
  const swatches = COLORS.map((c) => {
    const swatch = h('button', { type: 'button', class: `swatch swatch-${c}`, 'data-color': c, 'aria-label': `Colour ${c}`, 'aria-pressed': String(c === color) });
    swatch.addEventListener('click', () => {
      color = c;
      for (const s of swatches) s.setAttribute('aria-pressed', String(s.dataset.color === c));
    });
    return swatch;
  });
  const palette = h('div', { class: 'palette', role: 'group', 'aria-label': 'Highlight colour' }, ...swatches);
  const linkSlot = h('div', {});
  let link: HTMLInputElement | null = null;
  function drawSuggestion() {
    link = suggestion ? h('input', { type: 'checkbox', name: 'link-claim', checked: suggestion.relation !== 'related' }) : null;
    linkSlot.replaceChildren(
      ...(suggestion && link
        ? [h('label', { class: 'link-claim', title: suggestion.statement }, link, h('span', {}, ` Link to known claim (${suggestion.relation}): `), h('span', { class: 'muted clamp' }, suggestion.statement))]
        : []),
    );
  }
  drawSuggestion();
  const error = h('p', { class: 'error', role: 'alert', hidden: true });
  const saveButton = h('button', { type: 'submit', class: 'primary' }, options.saveLabel ?? 'Save');
  const cancel = h('button', { type: 'button', 'data-action': 'cancel' }, 'Cancel');
  const form = h('form', {}, quoteLine, note, tags, palette, linkSlot, error, h('div', { class: 'row' }, cancel, saveButton));

  const draft = (): AnnotationDraft => {
    const d: AnnotationDraft = { note: note.value.trim(), tags: parseTags(tags.value), color };
    if (suggestion && link) d.claimId = link.checked ? suggestion.claimId : null;
    return d;
  };

  cancel.addEventListener('click', (event) => {
    if (event.isTrusted) options.cancel();
  });
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    saveButton.disabled = true;
    try {
      await options.save(draft());
    } catch (e) {
      error.textContent = (e as Error).message || 'Could not save the annotation.';
      error.hidden = false;
    } finally {
      saveButton.disabled = false;
    }
  });
  form.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) form.requestSubmit();
  });

  return {
    element: form,
    setQuote(next, nextSuggestion) {
      if (next === quote) return;
      quote = next;
      quoteLine.textContent = next;
      suggestion = nextSuggestion;
      drawSuggestion();
      error.hidden = true;
    },
    get quote() {
      return quote;
    },
    draft,
    focus: () => note.focus(),
  };
}
