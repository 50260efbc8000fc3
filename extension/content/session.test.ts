// @vitest-environment happy-dom
/**
 * The session in a browser-like page (happy-dom: no Highlight API, so the
 * wrapping fallback draws marks into the DOM), with the real engine over the
 * bundled dataset (the worker's analysis service, in process). The extension's runtime is a small stand-in: its id (what
 * an invalidated context loses), the note frame's URL and storage.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { dataset } from '../../src/dataset/bundled';
import type { AnnotationAnchor, WorkerCalls } from '../shared/messages';
import { briefOf } from './bundled-knowledge';
import { inProcessKnowledge } from '../../tests/support/in-process-knowledge';
import { inProcessAnalyzer } from '../../tests/support/in-process-analyzer';
import { startSession, type SessionDeps } from './session';
import { MARK_TAG } from './wrap-highlighter';

vi.stubGlobal('chrome', {
  runtime: { id: 'crosscheck-test', getURL: (path: string) => `chrome-extension://crosscheck-test/${path}` },
  storage: { local: { get: () => Promise.resolve({}), set: () => Promise.resolve() }, onChanged: { addListener() {}, removeListener() {} } },
});

const PARAGRAPH = 'Russian warplanes struck Islamic State positions near Raqqa on Wednesday, the Syrian Observatory for Human Rights said.';
const engine = inProcessKnowledge(() => dataset);
const { analyzer } = inProcessAnalyzer(dataset);

/** The worker as the session sees it: no notes saved on the page, unless a test says otherwise. */
function worker(anchors: () => Promise<AnnotationAnchor[]> = () => Promise.resolve([])): SessionDeps['callWorker'] {
  return (async (type: keyof WorkerCalls) => {
    if (type === 'annotations/anchors') return anchors();
    throw new Error(`unexpected call ${type}`);
  }) as SessionDeps['callWorker'];
}

/** Listeners added to and removed from the document and window, as [target, type, capture]. */
function countListeners() {
  const added: string[] = [];
  const removed: string[] = [];
  for (const target of [document, window] as EventTarget[]) {
    const name = target === document ? 'document' : 'window';
    const add = target.addEventListener.bind(target);
    const remove = target.removeEventListener.bind(target);
    vi.spyOn(target, 'addEventListener').mockImplementation((type, fn, options) => {
      added.push(`${name} ${type} ${typeof options === 'boolean' ? options : Boolean(options?.capture)}`);
      add(type, fn, options);
    });
    vi.spyOn(target, 'removeEventListener').mockImplementation((type, fn, options) => {
      removed.push(`${name} ${type} ${typeof options === 'boolean' ? options : Boolean(options?.capture)}`);
      remove(type, fn, options);
    });
  }
  return { added, removed };
}

const marks = (layer?: string) => document.querySelectorAll(layer ? `${MARK_TAG}[data-layers~="${layer}"]` : MARK_TAG).length;
/** A note saved on the page, as the worker hands it to a content script. */
const savedNote: AnnotationAnchor = { id: 'note-0001', selectors: [{ type: 'TextQuoteSelector', exact: 'struck Islamic State positions' }], color: 'yellow', quote: 'struck Islamic State positions', updated: 1 };
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

beforeEach(() => {
  document.body.innerHTML = `<article><h1>Strikes near Raqqa</h1>${Array.from({ length: 6 }, (_, i) => `<p>${i}: ${PARAGRAPH}</p>`).join('')}</article>`;
});

afterEach(() => {
  vi.restoreAllMocks();
  document.documentElement.querySelectorAll(':scope > div').forEach((d) => d.remove());
});

describe('a session', () => {
  it('draws the actors it finds, and destroy takes every page listener, mark and its element away', async () => {
    const { added, removed } = countListeners();
    const onDestroy = vi.fn();
    const session = await startSession({ doc: document, engine, analyzer, callWorker: worker(), alive: () => true, onDestroy });
    await session.ready;
    expect((await session.analysis()).actors.map((a) => a.name)).toEqual(expect.arrayContaining(['Syrian Observatory for Human Rights']));
    expect(marks()).toBeGreaterThan(0);
    expect(document.documentElement.contains(session.uiHost)).toBe(true);
    expect(added.length).toBeGreaterThan(0);

    session.destroy();
    await settle();
    expect(session.destroyed).toBe(true);
    expect(onDestroy).toHaveBeenCalledTimes(1);
    expect(removed.sort()).toEqual(added.sort());
    expect(marks()).toBe(0);
    expect(document.documentElement.contains(session.uiHost)).toBe(false);
    // the page's text is as it was (the marks' split text nodes joined again)
    expect(document.querySelectorAll('p')[0]!.childNodes.length).toBe(1);
    session.destroy(); // twice is harmless
    expect(onDestroy).toHaveBeenCalledTimes(1);
  });

  it('stops following the page once destroyed: a changed article is not read again', async () => {
    const anchors = vi.fn(() => Promise.resolve([] as AnnotationAnchor[]));
    const session = await startSession({ doc: document, engine, analyzer, callWorker: worker(anchors), alive: () => true });
    await session.ready;
    const asked = anchors.mock.calls.length;
    session.destroy();
    document.querySelector('article')!.append(Object.assign(document.createElement('p'), { textContent: PARAGRAPH }));
    await new Promise((resolve) => setTimeout(resolve, 1_300)); // past the watcher's settle time and rescan interval
    await session.rescan(); // a late call (a note saved just before) reads nothing either
    expect(anchors.mock.calls.length).toBe(asked);
    expect(marks()).toBe(0);
  });

  it('tears itself down on the first page event after the extension context is gone', async () => {
    let alive = true;
    const onDestroy = vi.fn();
    const session = await startSession({ doc: document, engine, analyzer, callWorker: worker(), alive: () => alive, onDestroy });
    await session.ready;
    expect(marks()).toBeGreaterThan(0);
    alive = false; // the extension was updated or reloaded
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
    await settle();
    expect(session.destroyed).toBe(true);
    expect(onDestroy).toHaveBeenCalledTimes(1);
    expect(marks()).toBe(0);
    expect(document.documentElement.contains(session.uiHost)).toBe(false);
  });

  it('keeps actors and claims on the page when the notes cannot be loaded, tells the popup, and loads them on the next read', async () => {
    let failing = true;
    const anchors = () => (failing ? Promise.reject(new Error('the worker is gone')) : Promise.resolve([savedNote]));
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const session = await startSession({ doc: document, engine, analyzer, callWorker: worker(anchors), alive: () => true });
    await session.ready;
    expect(session.info().state).toBe('ready');
    expect(session.info().unavailable).toEqual(['notes']);
    expect((await session.analysis()).actors.length).toBeGreaterThan(0);
    expect((await session.analysis()).claims.length).toBeGreaterThan(0);
    expect(marks('actor-org')).toBeGreaterThan(0);
    expect(marks('annotation-yellow')).toBe(0);

    failing = false;
    await session.rescan();
    await settle();
    expect(session.info().unavailable).toBeUndefined();
    expect(session.anchoring().anchored).toEqual(['note-0001']);
    expect(marks('annotation-yellow')).toBeGreaterThan(0);
    session.destroy();
  });

  it('draws what the worker answers without parsing the bundled dataset or reading the matcher; only a failed analysis reads the matcher', async () => {
    const parsed = vi.fn(() => dataset);
    const lazy = inProcessKnowledge(parsed, () => briefOf(dataset));
    const session = await startSession({ doc: document, engine: lazy, analyzer, callWorker: worker(), alive: () => true });
    await session.ready;
    expect(marks('actor-org')).toBeGreaterThan(0);
    expect(parsed).not.toHaveBeenCalled();
    expect(lazy.asked.matcher).toBe(0); // the matcher's part is not brought in where the worker answers (ADR 0150)
    session.destroy();

    const broken = { ...analyzer, article: () => Promise.reject(new Error('the worker stopped three times')) };
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const fallback = await startSession({ doc: document, engine: lazy, analyzer: broken, callWorker: worker(), alive: () => true });
    await fallback.ready;
    expect(parsed).toHaveBeenCalledTimes(1); // the matcher over the dataset, made once
    expect(lazy.asked.matcher).toBe(1);
    expect(marks('actor-org')).toBeGreaterThan(0);
    fallback.destroy();
  });

  it('keeps actors and the reader’s notes when the claim analysis fails', async () => {
    const broken = { ...analyzer, article: () => Promise.reject(new Error('the claim index could not be built')) };
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const session = await startSession({ doc: document, engine, analyzer: broken, callWorker: worker(() => Promise.resolve([savedNote])), alive: () => true });
    await session.ready;
    expect(session.info().unavailable).toEqual(['claims']);
    expect((await session.analysis()).claims).toEqual([]);
    expect((await session.analysis()).actors.map((a) => a.name)).toEqual(expect.arrayContaining(['Syrian Observatory for Human Rights']));
    expect((await session.analysis()).actors.map((a) => a.name)).not.toContain('Turkey');
    expect(marks('actor-org')).toBeGreaterThan(0);
    expect(session.anchoring().anchored).toEqual(['note-0001']);
    expect(marks('annotation-yellow')).toBeGreaterThan(0);
    // and after the page changes, the actors are found again on the new text
    document.querySelector('article')!.append(Object.assign(document.createElement('p'), { textContent: 'Officials in Ankara denied it.' })); // Ankara: Turkey's government
    await session.rescan();
    await settle();
    expect((await session.analysis()).actors.map((a) => a.name)).toEqual(expect.arrayContaining(['Turkey']));
    session.destroy();
  });
});
