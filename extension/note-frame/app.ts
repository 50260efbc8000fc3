/**
 * The note frame's content: a new note's form, or a saved note's card with
 * Edit and Delete. It reads and writes notes through the service worker
 * itself; from its page it learns only what to show (a note id, the page text
 * of a selection) and, when the reader saves, a fresh description of the
 * selection (ADR 0060).
 */
import type { Annotation } from '../../src/annotations/model';
import type { Described, FrameAnswer, FrameAsk, FrameState } from '../shared/frame-messages';
import type { WorkerCallName, WorkerCalls } from '../shared/messages';
import { h } from '../content/ui/dom';
import { createNoteForm, type AnnotationDraft, type NoteForm } from './note-form';

export interface FrameDeps {
  root: HTMLElement;
  /** Asks the content script of this frame's tab (relayed by the worker). */
  ask(ask: FrameAsk): Promise<FrameAnswer>;
  worker<K extends WorkerCallName>(type: K, request: WorkerCalls[K]['request']): Promise<WorkerCalls[K]['response']>;
  /** The statement of a known claim, for "Linked claim". */
  claimStatement(claimId: string): string | undefined;
  /** Whether an element is visible to the reader, unobscured (IntersectionObserver v2); null where the browser cannot tell. */
  watchVisibility?(element: Element): () => boolean | null;
}

const clip = (text: string, max = 120) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

export function refusal(described: Exclude<Described, { ok: true }>): string {
  switch (described.reason) {
    case 'changed':
      return `The selected text changed on the page while you wrote: it now reads “${clip(described.quote)}”. Nothing was saved and your note is kept here; select the passage again, then Save.`;
    case 'vanished':
      return 'The selected text is no longer on the page. Nothing was saved and your note is kept here; select a passage again, then Save.';
    default:
      return 'Select a passage on the page first. Your note is kept here.';
  }
}

export function createFrameApp(deps: FrameDeps) {
  const { root } = deps;
  let shown = 'closed';
  let form: NoteForm | null = null;
  /** Words typed into a form that was closed before saving, by what the form was for. */
  const drafts = new Map<string, AnnotationDraft>();

  /** The selection the new-note form shown is for (null: no new-note form). */
  let selection: number | null = null;
  /** Closes what this frame shows; a new-note form's close names its selection, so it cannot close a form opened since. */
  const close = (forSelection: number | null = shown.startsWith('new:') ? selection : null) =>
    void deps.ask(forSelection === null ? { kind: 'close' } : { kind: 'close', selection: forSelection }).catch(() => undefined);

  function keep(key: string) {
    if (form && form.draft().note + form.draft().tags.join('') !== '') drafts.set(key, form.draft());
  }

  function render(...children: (Node | null)[]) {
    const closeButton = h('button', { type: 'button', class: 'close', 'aria-label': 'Close' }, '×');
    closeButton.addEventListener('click', (event) => event.isTrusted && close());
    root.replaceChildren(closeButton, ...children.filter((c): c is Node => c !== null));
  }

  function showNew(state: Extract<FrameState, { mode: 'new' }>) {
    const key = `new:${state.selection}`;
    selection = state.selection;
    // The reader selected again while writing: the same form, the new passage.
    if (form && shown.startsWith('new:')) {
      form.setQuote(state.quote, state.suggestion);
      shown = key;
      return;
    }
    shown = key;
    const initial = drafts.get('new');
    form = createNoteForm({
      quote: state.quote,
      suggestion: state.suggestion,
      ...(initial ? { initial } : {}),
      // Cancel is the reader discarding the words; a form closed any other way keeps them (`keep`)
      cancel: () => {
        drafts.delete('new');
        form = null;
        close();
      },
      save: async (draft) => {
        const savedFor = selection;
        // Described from the live page now; saved only if it is what the form shows.
        const described = (await deps.ask({ kind: 'describe' })) as Described;
        if (!described.ok) throw new Error(refusal(described));
        if (described.quote !== form?.quote) throw new Error(refusal({ ok: false, reason: 'changed', quote: described.quote }));
        const annotation = await deps.worker('annotations/create', {
          annotation: {
            ...described.page,
            selectors: described.selectors,
            note: draft.note,
            tags: draft.tags,
            color: draft.color,
            ...(draft.claimId ? { claimId: draft.claimId } : {}),
          },
        });
        drafts.delete('new');
        form = null;
        render(h('p', { class: 'muted', role: 'status' }, 'Note saved.'));
        await deps.ask({ kind: 'saved', id: annotation.id, ...(savedFor === null ? {} : { selection: savedFor }) });
        close(savedFor);
      },
    });
    render(h('h2', { class: 'title' }, 'New note'), form.element);
    form.focus();
  }

  /** Whether the note shown was saved on another page (its card says which). */
  let shownElsewhere = false;

  async function showNote(id: string, focus: boolean, elsewhere: boolean) {
    shownElsewhere = elsewhere;
    shown = `note:${id}`;
    form = null;
    const annotation = await deps.worker('annotations/get', { id });
    if (shown !== `note:${id}`) return;
    if (!annotation) return render(h('p', { class: 'muted' }, 'This note was deleted.'));
    card(annotation);
    if (focus) root.querySelector<HTMLElement>('[data-action="edit-annotation"]')?.focus();
  }

  function card(annotation: Annotation) {
    const edit = h('button', { type: 'button', 'data-action': 'edit-annotation' }, 'Edit');
    const remove = h('button', { type: 'button', 'data-action': 'delete-annotation' }, 'Delete…');
    const status = h('p', { class: 'error', role: 'alert', hidden: true });
    const statement = annotation.claimId ? deps.claimStatement(annotation.claimId) : undefined;
    const row = h('div', { class: 'row' }, edit, remove);
    edit.addEventListener('click', (event) => event.isTrusted && editForm(annotation));
    remove.addEventListener('click', (event) => {
      if (!event.isTrusted) return;
      // Deleting takes a second, separate click in this frame (which the page cannot click or see).
      const keepIt = h('button', { type: 'button', 'data-action': 'keep-annotation' }, 'Keep');
      const confirm = h('button', { type: 'button', class: 'danger', 'data-action': 'confirm-delete' }, 'Delete note');
      const visible = deps.watchVisibility?.(confirm);
      keepIt.addEventListener('click', (e) => e.isTrusted && row.replaceChildren(edit, remove));
      confirm.addEventListener('click', async (e) => {
        if (!e.isTrusted) return;
        if (visible?.() === false) {
          status.textContent = 'Something on the page is covering this note, so it was not deleted. Delete it from the popup or the library instead.';
          status.hidden = false;
          return;
        }
        try {
          await deps.worker('annotations/delete', { id: annotation.id });
          render(h('p', { class: 'muted', role: 'status' }, 'Note deleted.'));
          await deps.ask({ kind: 'deleted', id: annotation.id });
        } catch (error) {
          status.textContent = (error as Error).message;
          status.hidden = false;
        }
      });
      row.replaceChildren(h('span', { class: 'muted' }, 'Delete this note? '), keepIt, confirm);
      keepIt.focus();
    });
    render(
      h(
        'article',
        { class: 'card annotation-card', 'aria-label': 'Your note' },
        h('header', {}, h('h2', {}, 'Your note'), h('span', { class: 'badge' }, new Date(annotation.updated).toLocaleDateString())),
        shownElsewhere ? savedOn(annotation) : null,
        h('blockquote', { class: 'quote' }, annotation.quote),
        annotation.note ? h('p', { class: 'note' }, annotation.note) : h('p', { class: 'muted' }, 'No note text.'),
        annotation.tags.length ? h('p', { class: 'tags' }, h('span', { class: 'label' }, 'Tags: '), annotation.tags.join(', ')) : null,
        statement ? h('p', {}, h('span', { class: 'label' }, 'Linked claim: '), statement) : null,
        status,
        row,
      ),
    );
  }

  /** "You noted this on “⟨title⟩”, ⟨date⟩ · Open that page" (a link only to a web page). */
  function savedOn(annotation: Annotation): HTMLElement {
    const title = annotation.title.trim() || 'another page';
    const line = h('p', { class: 'saved-on' }, `You noted this on “${title}”, ${new Date(annotation.created).toLocaleDateString()}`);
    if (/^https?:/.test(annotation.url)) {
      line.append(' · ', h('a', { href: annotation.url, target: '_blank', rel: 'noopener noreferrer' }, 'Open that page'));
    }
    return line;
  }

  function editForm(annotation: Annotation) {
    const key = `edit:${annotation.id}`;
    const statement = annotation.claimId ? deps.claimStatement(annotation.claimId) : undefined;
    const initial = drafts.get(key) ?? { note: annotation.note, tags: annotation.tags, color: annotation.color };
    form = createNoteForm({
      quote: annotation.quote,
      initial,
      suggestion: annotation.claimId && statement ? { claimId: annotation.claimId, statement, relation: 'corroborates' } : null,
      cancel: () => {
        drafts.delete(key);
        form = null;
        card(annotation);
      },
      save: async (draft) => {
        // The version this form was opened on: a newer one is never overwritten (a `conflict` reply).
        const updated = await deps.worker('annotations/update', {
          id: annotation.id,
          patch: { note: draft.note, tags: draft.tags, color: draft.color, ...(draft.claimId !== undefined ? { claimId: draft.claimId } : {}) },
          baseUpdated: annotation.updated,
        });
        drafts.delete(key);
        form = null;
        card(updated);
        await deps.ask({ kind: 'updated', id: updated.id });
      },
    });
    shown = `note:${annotation.id}`;
    render(h('h2', { class: 'title' }, 'Edit note'), form.element);
    form.focus();
    void deps.ask({ kind: 'engaged', pointer: true, editing: true }).catch(() => undefined);
  }

  async function update() {
      const state = (await deps.ask({ kind: 'state' })) as FrameState;
      if (state.mode === 'closed') {
        if (shown.startsWith('new:')) keep('new');
        else if (form && shown.startsWith('note:')) keep(`edit:${shown.slice(5)}`);
        shown = 'closed';
        form = null;
        root.replaceChildren(); // nothing of a note stays rendered while closed
        return;
      }
      if (state.mode === 'new') return showNew(state);
      if (shown !== `note:${state.id}` || !root.firstChild) await showNote(state.id, state.focus, state.elsewhere === true);
  }

  // One update at a time, and at most one waiting: two pokes in a row must not build two forms.
  let running: Promise<void> | null = null;
  let again = false;
  async function refresh(): Promise<void> {
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      try {
        do {
          again = false;
          await update();
        } while (again);
      } finally {
        running = null;
      }
    })();
    return running;
  }

  return {
    /** Asks the page what to show, and shows it. */
    refresh,
    /** Escape: closes what is shown. */
    close: () => close(),
    get shown() {
      return shown;
    },
    get editing() {
      return form !== null;
    },
  };
}
