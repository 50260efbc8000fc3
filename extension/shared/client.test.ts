/**
 * callWorker against a worker that Chrome stops mid-call: the call is sent
 * once more when the first attempt fails or gets no answer, and a create
 * carries one id across both attempts, so the worker stores it once.
 */
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAnnotationStore } from '../../src/db/annotation-store';
import { CrosscheckDatabase } from '../../src/db/database';
import { createRouter } from '../background/router';

import { callWorker } from './client';

const sendMessage = vi.fn<(message: unknown) => Promise<unknown>>();
vi.stubGlobal('chrome', { runtime: { id: 'crosscheck-test', sendMessage: (m: unknown) => sendMessage(m) } });

const page = { url: 'https://news.example.com/story', tabId: 7 };
const annotation = { url: page.url, urlKey: 'news.example.com/story', selectors: [{ type: 'TextQuoteSelector' as const, exact: 'Raqqa' }], note: 'n' };

let db: CrosscheckDatabase;
let handle: ReturnType<typeof createRouter>;
let n = 0;
beforeEach(() => {
  db = new CrosscheckDatabase(`client-test-${++n}`);
  handle = createRouter({ store: createAnnotationStore(db), extensionOrigin: 'chrome-extension://x/' });
  sendMessage.mockReset();
});
afterEach(async () => {
  db.close();
  await db.delete();
});

describe('callWorker', () => {
  it('stores a create once when the worker wrote it but was stopped before answering', async () => {
    let attempt = 0;
    sendMessage.mockImplementation(async (message) => {
      const reply = await handle(message, page); // the worker does the work…
      if (++attempt === 1) throw new Error('A listener indicated an asynchronous response by returning true, but the message channel closed before a response was received');
      return reply; // …and only the retry's answer arrives
    });
    const saved = await callWorker('annotations/create', { annotation });
    expect(sendMessage).toHaveBeenCalledTimes(2);
    expect(sendMessage.mock.calls[0]![0]).toEqual(sendMessage.mock.calls[1]![0]); // same id both times
    expect(await db.annotations.count()).toBe(1);
    expect((await db.annotations.toArray())[0]!.id).toBe(saved.id);
  });

  it('sends once more when the first attempt gets no answer at all', async () => {
    let attempt = 0;
    sendMessage.mockImplementation(async (message) => {
      const reply = await handle(message, page);
      return ++attempt === 1 ? undefined : reply;
    });
    await callWorker('annotations/create', { annotation });
    expect(sendMessage).toHaveBeenCalledTimes(2);
    expect(await db.annotations.count()).toBe(1);
  });

  it('reports the first failure when the worker cannot be reached at all', async () => {
    sendMessage.mockRejectedValue(new Error('Could not establish connection. Receiving end does not exist.'));
    await expect(callWorker('annotations/create', { annotation })).rejects.toThrow(/Could not establish connection/);
    expect(await db.annotations.count()).toBe(0);
  });

  it('turns a refused call into a CallError with the worker’s message', async () => {
    sendMessage.mockImplementation((message) => handle(message, { url: 'https://evil.example.org/', tabId: 9 }));
    await expect(callWorker('annotations/create', { annotation })).rejects.toMatchObject({ name: 'CallError', code: 'forbidden' });
    expect(sendMessage).toHaveBeenCalledTimes(1);
  });
});
