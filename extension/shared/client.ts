/**
 * Typed callers for the message protocol. Extension APIs stay here and in the
 * entry points; everything else receives these functions.
 */
import browser from 'webextension-polyfill';
import { randomUuid } from './ids';
import { unwrap, type PageCallName, type PageCalls, type WorkerCallName, type WorkerCalls } from './messages';

/** Calls the service worker; rejects with a CallError when the reply says it failed. */
export async function callWorker<K extends WorkerCallName>(type: K, request: WorkerCalls[K]['request']): Promise<WorkerCalls[K]['response']> {
  // Creates carry their id from here on, so the retry below cannot save one twice.
  if (type === 'annotations/create' && !(request as { id?: string }).id) request = { ...request, id: randomUuid() };
  const message = { type, ...request };
  let reply: unknown;
  let failure: unknown;
  try {
    reply = await browser.runtime.sendMessage(message);
  } catch (error) {
    failure = error;
  }
  if (reply === undefined) {
    // The worker may be starting up after Chrome stopped it, or was stopped
    // before it answered: one retry wakes it. Every call is safe to repeat
    // (creates carry their id; the others are reads or end in the same state).
    reply = await browser.runtime.sendMessage(message).catch(() => undefined);
    if (reply === undefined && failure !== undefined) throw failure;
  }
  return unwrap<WorkerCalls[K]['response']>(reply);
}

/** Calls the content script of a tab. */
export async function callPage<K extends PageCallName>(tabId: number, type: K, request: PageCalls[K]['request']): Promise<PageCalls[K]['response']> {
  const reply: unknown = await browser.tabs.sendMessage(tabId, { type, ...request });
  return unwrap<PageCalls[K]['response']>(reply);
}
