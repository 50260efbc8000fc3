import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { pageRequestSchema, type PageRequest } from '../shared/messages';
import { answerPageCall, fromExtension, type PageHandlers } from './page-calls';


const handlers: PageHandlers = {
  'page/info': () => ({ url: 'https://news.example/a', urlKey: 'news.example/a', title: 'A', state: 'ready' }),
  'page/annotate-selection': () => false,
  'page/anchoring': () => ({ anchored: ['n1'], orphaned: [] }),
  'page/analysis': () => ({ claims: [], actors: [], annotationClaims: {} }),
  'page/reveal': ({ start, end }) => end > start,
  'page/next-mention': ({ actorId }) => ({ index: actorId === 'russia' ? 0 : -1, total: actorId === 'russia' ? 2 : 0 }),
  'page/reveal-annotation': () => {
    throw new Error('the model is gone');
  },
  'page/frame': () => Promise.reject(new Error('Not Crosscheck’s note frame.')),
};

/** A request as the listener hands it on: validated by the schema first. */
const parse = (message: unknown) => v.parse(pageRequestSchema(), message) as PageRequest;

describe('the page calls', () => {
  it('are validated by one schema, built at the first call and kept (ADR 0415)', () => {
    expect(pageRequestSchema()).toBe(pageRequestSchema());
    expect(v.safeParse(pageRequestSchema(), { type: 'page/info' }).success).toBe(true);
    expect(v.safeParse(pageRequestSchema(), { type: 'library/query' }).success).toBe(false);
  });

  it('hand each validated request to its handler and answer its value', async () => {
    expect(await answerPageCall(handlers, parse({ type: 'page/anchoring' }))).toEqual({ ok: true, value: { anchored: ['n1'], orphaned: [] } });
    expect(await answerPageCall(handlers, parse({ type: 'page/reveal', start: 3, end: 9 }))).toEqual({ ok: true, value: true });
    expect(await answerPageCall(handlers, parse({ type: 'page/next-mention', actorId: 'russia' }))).toEqual({ ok: true, value: { index: 0, total: 2 } });
  });

  it('answer a handler that throws with a failed reply, and a refused note-frame question as forbidden', async () => {
    expect(await answerPageCall(handlers, parse({ type: 'page/reveal-annotation', id: 'n1' }))).toEqual({ ok: false, error: { code: 'internal', message: 'the model is gone' } });
    const frame = parse({ type: 'page/frame', token: 'a'.repeat(36), ask: { kind: 'state' } });
    expect(await answerPageCall(handlers, frame)).toEqual({ ok: false, error: { code: 'forbidden', message: 'Not Crosscheck’s note frame.' } });
  });
});

describe('fromExtension', () => {
  const id = 'crosscheck@crosscheck.example';
  const origin = 'moz-extension://0b5e6c1d/';
  it('answers the worker, the popup, and the popup opened as a page in a tab (Firefox names that tab)', () => {
    expect(fromExtension({ id }, id, origin)).toBe(true);
    expect(fromExtension({ id, url: `${origin}popup/popup.html` }, id, origin)).toBe(true);
    expect(fromExtension({ id, url: `${origin}popup/popup.html?tab=2`, tab: { id: 3 } }, id, origin)).toBe(true);
  });
  it('never a content script (its tab and a web page address) nor another extension', () => {
    expect(fromExtension({ id, url: 'https://news.example/a', tab: { id: 2 } }, id, origin)).toBe(false);
    expect(fromExtension({ id, tab: { id: 2 } }, id, origin)).toBe(false);
    expect(fromExtension({ id: 'other@example', url: `${origin}popup/popup.html` }, id, origin)).toBe(false);
  });
});
