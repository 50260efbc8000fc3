/**
 * The popup's first view: which calls leave when. The three content-script
 * calls go out together, the worker's call as soon as the page's key is known,
 * and a page Crosscheck is not reading shows no analysis.
 */
import { describe, expect, it } from 'vitest';
import type { Annotation } from '../../src/annotations/model';
import type { PageAnalysis, PageInfo } from '../shared/messages';
import type { PopupApi } from './api';
import { EMPTY_ANALYSIS, loadPageData } from './data';

const info: PageInfo = { url: 'https://news.example/story', urlKey: 'news.example/story', title: 'Story', state: 'ready' };
const analysis: PageAnalysis = { claims: [], actors: [{ id: 'raqqa', name: 'Raqqa', type: 'place', mentions: 2 }], annotationClaims: {} };

function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

/** A fake API that records the order of calls; the page's info waits until released. */
function recordingApi(overrides: Partial<PopupApi> = {}) {
  const calls: string[] = [];
  const pageInfo = deferred<PageInfo | null>();
  const api = {
    currentTab: async () => 5,
    pageInfo: (tabId: number) => (calls.push(`info ${tabId}`), pageInfo.promise),
    orphanedIds: async (tabId: number) => (calls.push(`anchoring ${tabId}`), ['gone']),
    analysis: async (tabId: number) => (calls.push(`analysis ${tabId}`), analysis),
    listAnnotations: async (key: string) => (calls.push(`list ${key}`), [] as Annotation[]),
    ...overrides,
  } as unknown as PopupApi;
  return { api, calls, pageInfo };
}

const settle = () => new Promise((r) => setTimeout(r, 0));

describe('loadPageData', () => {
  it('asks the page for its info, anchoring and analysis at once, and the worker for its notes once the key is known', async () => {
    const { api, calls, pageInfo } = recordingApi();
    const loading = loadPageData(api);
    await settle();
    expect(calls).toEqual(['info 5', 'anchoring 5', 'analysis 5']);
    pageInfo.resolve(info);
    const data = await loading;
    expect(calls).toEqual(['info 5', 'anchoring 5', 'analysis 5', 'list news.example/story']);
    expect(data).toEqual({ status: 'ready', tabId: 5, page: info, annotations: [], orphaned: ['gone'], analysis });
  });

  it('sends the page its three calls in the same task when the tab is known at once (the popup opened on a tab)', async () => {
    const { api, calls, pageInfo } = recordingApi({ currentTab: () => 5 });
    const loading = loadPageData(api);
    expect(calls).toEqual(['info 5', 'anchoring 5', 'analysis 5']);
    pageInfo.resolve(info);
    expect((await loading).status).toBe('ready');
    await expect(loadPageData(recordingApi({ currentTab: () => null }).api)).resolves.toEqual({ status: 'unsupported' });
  });

  it('shows no analysis on a page Crosscheck is not reading', async () => {
    const { api, pageInfo } = recordingApi();
    pageInfo.resolve({ ...info, state: 'idle' });
    const data = await loadPageData(api);
    expect(data.status === 'ready' && data.analysis).toEqual(EMPTY_ANALYSIS);
  });

  it('an analysis that fails leaves the rest of the page', async () => {
    const { api, pageInfo } = recordingApi({ analysis: async () => Promise.reject(new Error('busy')) });
    pageInfo.resolve(info);
    const data = await loadPageData(api);
    expect(data.status === 'ready' && data.analysis).toEqual(EMPTY_ANALYSIS);
  });

  it('is unsupported without a tab, or without a content script, and leaves no rejection unhandled', async () => {
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown) => unhandled.push(reason);
    process.on('unhandledRejection', onUnhandled);
    try {
      expect(await loadPageData(recordingApi({ currentTab: async () => null }).api)).toEqual({ status: 'unsupported' });
      const { api, calls, pageInfo } = recordingApi({ orphanedIds: async () => Promise.reject(new Error('no content script')) });
      pageInfo.resolve(null);
      expect(await loadPageData(api)).toEqual({ status: 'unsupported' });
      expect(calls.some((c) => c.startsWith('list'))).toBe(false);
      await settle();
      expect(unhandled).toEqual([]);
    } finally {
      process.off('unhandledRejection', onUnhandled);
    }
  });

  it('fails when the worker cannot list the notes', async () => {
    const { api, pageInfo } = recordingApi({ listAnnotations: async () => Promise.reject(new Error('storage')) });
    pageInfo.resolve(info);
    await expect(loadPageData(api)).rejects.toThrow('storage');
  });

  describe('with the worker asked for the tab\'s notes (ADR 0365)', () => {
    const saved = [{ id: 'note-1' }] as unknown as Annotation[];

    it('asks the worker for the tab\'s notes with the page\'s calls, before the page\'s key is known', async () => {
      const { api, calls, pageInfo } = recordingApi({
        notesForTab: async (tabId: number) => (calls.push(`for-tab ${tabId}`), { urlKey: info.urlKey, annotations: saved }),
      });
      const loading = loadPageData(api);
      await settle();
      expect(calls).toEqual(['info 5', 'anchoring 5', 'analysis 5', 'for-tab 5']);
      pageInfo.resolve(info);
      const data = await loading;
      // the same key: no second call
      expect(calls.some((c) => c.startsWith('list'))).toBe(false);
      expect(data.status === 'ready' && data.annotations).toEqual(saved);
    });

    it('lists by the popup\'s key when the worker was given another one (the page changed in between)', async () => {
      const { api, calls, pageInfo } = recordingApi({ notesForTab: async () => ({ urlKey: 'news.example/older', annotations: saved }) });
      pageInfo.resolve(info);
      const data = await loadPageData(api);
      expect(calls).toContain('list news.example/story');
      expect(data.status === 'ready' && data.annotations).toEqual([]);
    });

    it('lists by key when no content script answered the worker, or its call failed', async () => {
      for (const notesForTab of [async () => null, async () => Promise.reject(new Error('stopped'))]) {
        const { api, calls, pageInfo } = recordingApi({ notesForTab });
        pageInfo.resolve(info);
        expect((await loadPageData(api)).status).toBe('ready');
        expect(calls).toContain('list news.example/story');
      }
    });

    it('still fails with the worker\'s message when listing by key fails too', async () => {
      const { api, pageInfo } = recordingApi({ notesForTab: async () => null, listAnnotations: async () => Promise.reject(new Error('storage')) });
      pageInfo.resolve(info);
      await expect(loadPageData(api)).rejects.toThrow('storage');
    });
  });
});
