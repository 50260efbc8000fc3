/**
 * The callers every context shares (no polyfill, no valibot), against the
 * browser's own extension object: replies unwrapped, one retry for a worker
 * that was starting or stopped mid-call.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { callPage, callWorker } from './client';

const g = globalThis as { chrome?: unknown; browser?: unknown };
afterEach(() => {
  delete g.chrome;
  delete g.browser;
});

function fakeChrome(runtimeReplies: (() => Promise<unknown>)[], tabReply?: unknown) {
  const sendMessage = vi.fn(() => (runtimeReplies.shift() ?? (() => Promise.resolve(undefined)))());
  const tabsSendMessage = vi.fn(async () => tabReply);
  return { runtime: { sendMessage }, tabs: { sendMessage: tabsSendMessage } };
}

describe('the shared client', () => {
  it('unwraps a worker reply', async () => {
    g.chrome = fakeChrome([async () => ({ ok: true, value: [1, 2] })]);
    expect(await callWorker('annotations/list', { urlKey: 'a.example/x' })).toEqual([1, 2]);
  });

  it('sends a worker call once more when the first got no answer or failed', async () => {
    const api = fakeChrome([async () => Promise.reject(new Error('Could not establish connection')), async () => ({ ok: true, value: 'second' })]);
    g.chrome = api;
    expect(await callWorker('status/get', {})).toBe('second');
    expect(api.runtime.sendMessage).toHaveBeenCalledTimes(2);
    expect(api.runtime.sendMessage).toHaveBeenLastCalledWith({ type: 'status/get' });
  });

  it('throws the first failure when the retry gets no answer either', async () => {
    g.chrome = fakeChrome([async () => Promise.reject(new Error('worker gone')), async () => undefined]);
    await expect(callWorker('status/get', {})).rejects.toThrow('worker gone');
  });

  it('turns a failed reply into an error with its code, and a missing one into "unavailable"', async () => {
    g.chrome = fakeChrome([async () => ({ ok: false, error: { code: 'forbidden', message: 'not yours' } })]);
    await expect(callWorker('annotations/delete', { id: 'x' })).rejects.toMatchObject({ code: 'forbidden', message: 'not yours' });
    g.chrome = fakeChrome([], undefined);
    await expect(callPage(3, 'page/info', {})).rejects.toMatchObject({ code: 'unavailable' });
  });

  it('calls the tab\'s content script through `chrome` in Chromium even where a `browser` answers, and through `browser` where only it exists', async () => {
    const chromeApi = fakeChrome([], { ok: true, value: 'from chrome' });
    const pageElement = fakeChrome([], { ok: true, value: 'from a page element named browser' });
    g.chrome = chromeApi;
    g.browser = pageElement;
    expect(await callPage(3, 'page/next-mention', { actorId: 'russia' })).toBe('from chrome');
    expect(chromeApi.tabs.sendMessage).toHaveBeenCalledWith(3, { type: 'page/next-mention', actorId: 'russia' });
    expect(pageElement.tabs.sendMessage).not.toHaveBeenCalled();
    delete g.chrome;
    expect(await callPage(3, 'page/info', {})).toBe('from a page element named browser');
  });
});
