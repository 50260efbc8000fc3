// @vitest-environment happy-dom
/**
 * The note frame's content: the reader's words survive a failed save, a
 * passage that changed and a stale edit; page text and the reader's words are
 * text; deleting takes two separate clicks by the reader.
 */
import { describe, expect, it } from 'vitest';
import type { Annotation } from '../../src/annotations/model';
import type { Described, FrameAsk, FrameState } from '../shared/frame-messages';
import { CallError } from '../shared/messages';
import { createFrameApp } from './app';
import { parseTags } from './note-form';

const QUOTE = 'the strikes near Raqqa killed 12 militants';
const QUOTA_MESSAGE = 'The browser has no storage space left for Crosscheck.';
const HOSTILE = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';
const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

/** happy-dom marks no event trusted; the reader's own click is. */
function readerClick(element: Element | null) {
  const event = new MouseEvent('click', { bubbles: true, cancelable: true });
  Object.defineProperty(event, 'isTrusted', { value: true });
  element!.dispatchEvent(event);
}

const saved: Annotation = {
  id: 'note-0001',
  url: 'https://news.example.com/story',
  urlKey: 'news.example.com/story',
  title: 'Story',
  selectors: [{ type: 'TextQuoteSelector', exact: QUOTE }],
  note: 'PRIVATE: call my editor',
  tags: ['confidential'],
  color: 'yellow',
  quote: QUOTE,
  created: 1_000,
  updated: 1_000,
};

function setup(options: { state: FrameState; described?: Described; fail?: () => Error | null }) {
  document.body.replaceChildren();
  const root = document.createElement('main');
  document.body.append(root);
  const asked: FrameAsk[] = [];
  const calls: { type: string; request: unknown }[] = [];
  let state = options.state;
  let stored = { ...saved };
  const app = createFrameApp({
    root,
    async ask(question) {
      asked.push(question);
      if (question.kind === 'state') return state;
      if (question.kind === 'describe') return options.described ?? { ok: true, quote: QUOTE, selectors: [{ type: 'TextQuoteSelector', exact: QUOTE }], page: { url: saved.url, urlKey: saved.urlKey, title: saved.title } };
      return null;
    },
    worker: (async (type: string, request: Record<string, unknown>) => {
      calls.push({ type, request });
      const failure = options.fail?.();
      if (failure) throw failure;
      if (type === 'annotations/get') return stored;
      if (type === 'annotations/create') return { ...saved, id: 'note-0002' };
      if (type === 'annotations/update') {
        if (request.baseUpdated !== stored.updated) throw new CallError('conflict', 'This note was changed elsewhere since you opened it, so your edit was not saved.');
        stored = { ...stored, ...(request.patch as object), updated: stored.updated + 1 };
        return stored;
      }
      if (type === 'annotations/delete') return stored;
      return null;
    }) as never,
    claimStatement: () => undefined,
  });
  const $ = <E extends Element>(selector: string) => root.querySelector<E>(selector);
  return {
    app,
    root,
    asked,
    calls,
    $,
    setState: (next: FrameState) => (state = next),
    changeElsewhere: (patch: Partial<Annotation>) => (stored = { ...stored, ...patch, updated: stored.updated + 5 }),
  };
}

const newNote: FrameState = { mode: 'new', selection: 1, quote: QUOTE, suggestion: null };

describe('note frame: a new note', () => {
  it('parses tags: commas, hashes and new lines, trimmed and unique', () => {
    expect(parseTags(' casualties, #sohr,\nsohr ,, Raqqa  strikes ')).toEqual(['casualties', 'sohr', 'Raqqa strikes']);
  });

  it('saves what the live page describes, then tells the page to redraw and close', async () => {
    const { app, $, calls, asked } = setup({ state: newNote });
    await app.refresh();
    $<HTMLTextAreaElement>('textarea[name="note"]')!.value = ' my note ';
    $<HTMLInputElement>('input[name="tags"]')!.value = 'a, b';
    readerClick($('[data-color="green"]'));
    $<HTMLFormElement>('form')!.requestSubmit();
    await tick();
    await tick();
    expect(calls.find((c) => c.type === 'annotations/create')!.request).toMatchObject({ annotation: { note: 'my note', tags: ['a', 'b'], color: 'green', selectors: [{ exact: QUOTE }] } });
    expect(asked.map((a) => a.kind)).toEqual(['state', 'describe', 'saved', 'close']);
    // The close names the form it was for: arriving late, it cannot shut a form the reader opened since.
    expect(asked.at(-1)).toEqual({ kind: 'close', selection: 1 });
  });

  it('shows the reason a save failed (quota) and keeps the typed note for another try', async () => {
    let fail = true;
    const { app, $, calls } = setup({ state: newNote, fail: () => (fail ? new CallError('quota', QUOTA_MESSAGE) : null) });
    await app.refresh();
    $<HTMLTextAreaElement>('textarea[name="note"]')!.value = 'my long careful note';
    $<HTMLFormElement>('form')!.requestSubmit();
    await tick();
    expect($('.error')!.textContent).toBe(QUOTA_MESSAGE);
    expect($<HTMLTextAreaElement>('textarea[name="note"]')!.value).toBe('my long careful note');
    expect($<HTMLButtonElement>('button[type="submit"]')!.disabled).toBe(false);
    fail = false;
    $<HTMLFormElement>('form')!.requestSubmit();
    await tick();
    await tick();
    expect(calls.filter((c) => c.type === 'annotations/create')).toHaveLength(2);
  });

  it('refuses to save when the selected passage changed, says so, and keeps the words', async () => {
    const { app, $, calls } = setup({ state: newNote, described: { ok: false, reason: 'changed', quote: 'ia’s Defence Ministry says its aircraft flew' } });
    await app.refresh();
    $<HTMLTextAreaElement>('textarea[name="note"]')!.value = 'words I must not lose';
    $<HTMLFormElement>('form')!.requestSubmit();
    await tick();
    expect($('.error')!.textContent).toMatch(/changed on the page while you wrote: it now reads “ia’s Defence Ministry/);
    expect($<HTMLTextAreaElement>('textarea[name="note"]')!.value).toBe('words I must not lose');
    expect(calls.filter((c) => c.type === 'annotations/create')).toEqual([]);
  });

  it('keeps the words when the reader selects another passage while writing', async () => {
    const { app, $, setState } = setup({ state: newNote });
    await app.refresh();
    $<HTMLTextAreaElement>('textarea[name="note"]')!.value = 'still here';
    setState({ mode: 'new', selection: 2, quote: 'another passage', suggestion: null });
    await app.refresh();
    expect($('.quote')!.textContent).toBe('another passage');
    expect($<HTMLTextAreaElement>('textarea[name="note"]')!.value).toBe('still here');
  });

  it('keeps the words of a form closed by the page for the next new note, and drops them when the reader cancels', async () => {
    const { app, $, setState } = setup({ state: newNote });
    await app.refresh();
    $<HTMLTextAreaElement>('textarea[name="note"]')!.value = 'half a thought';
    setState({ mode: 'closed' });
    await app.refresh();
    setState({ mode: 'new', selection: 2, quote: QUOTE, suggestion: null });
    await app.refresh();
    expect($<HTMLTextAreaElement>('textarea[name="note"]')!.value).toBe('half a thought');
    readerClick($('[data-action="cancel"]'));
    setState({ mode: 'closed' });
    await app.refresh();
    setState({ mode: 'new', selection: 3, quote: QUOTE, suggestion: null });
    await app.refresh();
    expect($<HTMLTextAreaElement>('textarea[name="note"]')!.value).toBe('');
  });

  it('shows a quote holding markup as text', async () => {
    const { app, root } = setup({ state: { mode: 'new', selection: 1, quote: HOSTILE, suggestion: null } });
    await app.refresh();
    expect(root.querySelector('.quote')!.textContent).toBe(HOSTILE);
    expect(root.querySelectorAll('img, script').length).toBe(0);
  });
});

describe('note frame: a saved note', () => {
  it('shows the note as text, and renders nothing once closed', async () => {
    const { app, root, setState } = setup({ state: { mode: 'note', id: saved.id, focus: false } });
    await app.refresh();
    expect(root.querySelector('.note')!.textContent).toBe('PRIVATE: call my editor');
    expect(root.querySelector('.tags')!.textContent).toBe('Tags: confidential');
    setState({ mode: 'closed' });
    await app.refresh();
    expect(root.textContent).toBe('');
  });

  it('refuses a stale edit: the note changed elsewhere after the form opened; the reader is told, the words stay', async () => {
    const { app, $, calls, changeElsewhere } = setup({ state: { mode: 'note', id: saved.id, focus: false } });
    await app.refresh();
    readerClick($('[data-action="edit-annotation"]'));
    changeElsewhere({ note: 'improved in the library' });
    readerClick($('[data-color="blue"]')); // only the colour changed in this form
    $<HTMLFormElement>('form')!.requestSubmit();
    await tick();
    expect($('.error')!.textContent).toMatch(/changed elsewhere since you opened it/);
    expect($<HTMLTextAreaElement>('textarea[name="note"]')!.value).toBe('PRIVATE: call my editor');
    expect(calls.find((c) => c.type === 'annotations/update')!.request).toMatchObject({ baseUpdated: 1_000 });
  });

  it('deletes only after a second, separate click of the reader; untrusted clicks do nothing', async () => {
    const { app, $, calls, asked } = setup({ state: { mode: 'note', id: saved.id, focus: false } });
    await app.refresh();
    $<HTMLButtonElement>('[data-action="delete-annotation"]')!.click(); // synthetic: ignored
    expect($('[data-action="confirm-delete"]')).toBeNull();
    readerClick($('[data-action="delete-annotation"]'));
    expect(calls.filter((c) => c.type === 'annotations/delete')).toEqual([]);
    $<HTMLButtonElement>('[data-action="confirm-delete"]')!.click(); // synthetic: ignored
    await tick();
    expect(calls.filter((c) => c.type === 'annotations/delete')).toEqual([]);
    readerClick($('[data-action="confirm-delete"]'));
    await tick();
    await tick();
    expect(calls.filter((c) => c.type === 'annotations/delete')).toHaveLength(1);
    expect(asked.at(-1)).toEqual({ kind: 'deleted', id: saved.id });
  });
});
