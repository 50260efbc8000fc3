/// <reference types="chrome" />
/**
 * Typed callers for the message protocol, one for every context: the popup,
 * the content script, the note frame, the library and options pages.
 * Extension APIs stay here and in the entry points; everything else receives
 * these functions. No polyfill and no valibot (the schemas are for the
 * receiving ends): the popup's first module imports this, so its calls leave
 * before the rest of the popup has loaded.
 */
import { randomUuid } from './ids';
import type { PageCallName, PageCalls, WorkerCallName, WorkerCalls } from './messages';
import { CallError, unwrap } from './reply';

declare const __BROWSER__: 'chrome' | 'firefox';

/**
 * The promise-returning extension APIs: Firefox's `browser`, Chromium's
 * `chrome` (MV3 returns promises). In Chromium never `browser`: in a content
 * script a page element with id="browser" would answer for that name.
 */
export function ext(): typeof chrome {
  const g = globalThis as { browser?: typeof chrome; chrome?: typeof chrome };
  const firefox = typeof __BROWSER__ !== 'undefined' && __BROWSER__ === 'firefox';
  const api = firefox ? g.browser : (g.chrome ?? g.browser);
  if (!api?.runtime) throw new CallError('unavailable', 'Extension APIs are not available here.');
  return api;
}

/** Calls the service worker; rejects with a CallError when the reply says it failed. */
export async function callWorker<K extends WorkerCallName>(type: K, request: WorkerCalls[K]['request']): Promise<WorkerCalls[K]['response']> {
  // Creates carry their id from here on, so the retry below cannot save one twice.
  if (type === 'annotations/create' && !(request as { id?: string }).id) request = { ...request, id: randomUuid() };
  const message = { type, ...request };
  let reply: unknown;
  let failure: unknown;
  try {
    reply = await ext().runtime.sendMessage(message);
  } catch (error) {
    failure = error;
  }
  if (reply === undefined) {
    // The worker may be starting up after Chrome stopped it, or was stopped
    // before it answered: one retry wakes it. Every call is safe to repeat
    // (creates carry their id; the others are reads or end in the same state).
    reply = await Promise.resolve()
      .then(() => ext().runtime.sendMessage(message))
      .catch(() => undefined);
    if (reply === undefined && failure !== undefined) throw failure;
  }
  return unwrap<WorkerCalls[K]['response']>(reply);
}

/** Calls the content script of a tab. */
export async function callPage<K extends PageCallName>(tabId: number, type: K, request: PageCalls[K]['request']): Promise<PageCalls[K]['response']> {
  const reply: unknown = await ext().tabs.sendMessage(tabId, { type, ...request });
  return unwrap<PageCalls[K]['response']>(reply);
}
