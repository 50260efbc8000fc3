/**
 * The popup's calls sent by early.js before its module file loads (ADR 0365),
 * and the module taking them over: each early answer is used once, for its
 * own tab, and a page that did not answer early is asked again by the API.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { PageAnalysis, PageInfo } from '../shared/messages';
import type { PopupApi } from './api';
import { withEarlyCalls } from './early-api';
import { startEarlyCalls, takeEarlyCalls } from './early-calls';
import { loadPageData } from './data';

const info: PageInfo = { url: 'https://news.example/story', urlKey: 'news.example/story', title: 'Story', state: 'ready' };
const analysis: PageAnalysis = { claims: [], actors: [], annotationClaims: {} };

/** A fake `chrome`: records the messages sent to tabs and the worker; answers as `answer` says. */
function fakeChrome(answer: (message: { type: string }) => unknown = () => undefined) {
  const sent: string[] = [];
  const chrome = {
    runtime: { sendMessage: vi.fn(async (m: { type: string }) => (sent.push(`worker ${m.type}`), answer(m))) },
    tabs: {
      sendMessage: vi.fn(async (tabId: number, m: { type: string }) => (sent.push(`tab ${tabId} ${m.type}`), answer(m))),
      query: vi.fn(async () => [{ id: 8 }]),
    },
  };
  vi.stubGlobal('chrome', chrome);
  return { sent, chrome };
}

/** A popup API that records what it is asked (the calls the module would send itself). */
function moduleApi() {
  const asked: string[] = [];
  const api = {
    currentTab: () => 5,
    pageInfo: async (id: number) => (asked.push(`info ${id}`), { ...info, title: 'asked again' }),
    orphanedIds: async (id: number) => (asked.push(`anchoring ${id}`), []),
    analysis: async (id: number) => (asked.push(`analysis ${id}`), analysis),
    listAnnotations: async (key: string) => (asked.push(`list ${key}`), []),
    notesForTab: async (id: number) => (asked.push(`for-tab ${id}`), null),
  } as unknown as PopupApi;
  return { api, asked };
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('early calls', () => {
  it('sends the page its three calls and the worker its call for the tab\'s notes at once, for the tab named in the address', () => {
    const { sent } = fakeChrome();
    const holder = {};
    startEarlyCalls('?tab=5', holder);
    expect(sent).toEqual(['tab 5 page/info', 'tab 5 page/anchoring', 'tab 5 page/analysis', 'worker annotations/for-tab']);
    expect(takeEarlyCalls(holder)?.tab).toBe(5);
    expect(takeEarlyCalls(holder)).toBeUndefined(); // taken once
  });

  it('asks for the active tab when the address names none', async () => {
    const { sent, chrome } = fakeChrome();
    const calls = startEarlyCalls('', {});
    expect(await calls.tab).toBe(8);
    await Promise.allSettled([calls.info, calls.notes]);
    expect(chrome.tabs.query).toHaveBeenCalledWith({ active: true, currentWindow: true });
    expect(sent[0]).toBe('tab 8 page/info');
  });

  it('the module uses the early answers once and for their own tab, and sends nothing itself for them', async () => {
    fakeChrome((m) => ({ ok: true, value: m.type === 'page/info' ? info : m.type === 'page/anchoring' ? { anchored: [], orphaned: ['lost'] } : m.type === 'page/analysis' ? analysis : { urlKey: info.urlKey, annotations: [] } }));
    const { api, asked } = moduleApi();
    const early = withEarlyCalls(api, startEarlyCalls('?tab=5', {}));
    const data = await loadPageData(early);
    expect(asked).toEqual([]);
    expect(data).toEqual({ status: 'ready', tabId: 5, page: info, annotations: [], orphaned: ['lost'], analysis });
    // later asks (or another tab) go through the API again
    await early.pageInfo(5);
    await early.analysis(6);
    expect(asked).toEqual(['info 5', 'analysis 6']);
  });

  it('a page whose content script did not answer early is asked through the API (which knows pages left alone)', async () => {
    fakeChrome(() => Promise.reject(new Error('Could not establish connection')));
    const { api, asked } = moduleApi();
    const data = await loadPageData(withEarlyCalls(api, startEarlyCalls('?tab=5', {})));
    expect(asked).toContain('info 5');
    expect(data.status === 'ready' && data.page.title).toBe('asked again');
    expect(data.status === 'ready' && data.orphaned).toEqual([]);
  });

  it('leaves no rejection unhandled when the popup has no tab or nothing answers', async () => {
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown) => unhandled.push(reason);
    process.on('unhandledRejection', onUnhandled);
    try {
      const { chrome } = fakeChrome(() => Promise.reject(new Error('gone')));
      chrome.tabs.query.mockResolvedValue([]);
      startEarlyCalls('', {});
      startEarlyCalls('?tab=3', {});
      await new Promise((r) => setTimeout(r, 10));
      expect(unhandled).toEqual([]);
    } finally {
      process.off('unhandledRejection', onUnhandled);
    }
  });

  it('without early.js the API is used as it is', () => {
    const { api } = moduleApi();
    expect(withEarlyCalls(api, undefined)).toBe(api);
  });
});
