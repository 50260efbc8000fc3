/**
 * Typed callers for the message protocol. Extension APIs stay here and in the
 * entry points; everything else receives these functions.
 */
import browser from 'webextension-polyfill';
import { unwrap, type PageCallName, type PageCalls, type WorkerCallName, type WorkerCalls } from './messages';

/** Calls the service worker; rejects with a CallError when the reply says it failed. */
export async function callWorker<K extends WorkerCallName>(type: K, request: WorkerCalls[K]['request']): Promise<WorkerCalls[K]['response']> {
  let reply: unknown;
  try {
    reply = await browser.runtime.sendMessage({ type, ...request });
  } catch (error) {
    // The worker may be starting up after Chrome stopped it; one retry wakes it.
    reply = await browser.runtime.sendMessage({ type, ...request }).catch(() => undefined);
    if (reply === undefined) throw error;
  }
  return unwrap<WorkerCalls[K]['response']>(reply);
}

/** Calls the content script of a tab. */
export async function callPage<K extends PageCallName>(tabId: number, type: K, request: PageCalls[K]['request']): Promise<PageCalls[K]['response']> {
  const reply: unknown = await browser.tabs.sendMessage(tabId, { type, ...request });
  return unwrap<PageCalls[K]['response']>(reply);
}
