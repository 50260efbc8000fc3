/// <reference types="chrome" />
/**
 * The popup's callers for the message protocol, without the polyfill and
 * without `../shared/messages` (which carries the protocol's valibot schemas
 * for the receiving ends). The popup's first module is this small so that its
 * calls leave before Preact and the dataset have even loaded.
 *
 * Same behaviour as `../shared/client`: replies are unwrapped into values or
 * thrown errors, and a worker call that got no answer (the worker was starting
 * up, or was stopped mid-call) is sent once more. The popup never creates
 * annotations, so no id needs choosing here.
 */
import type { PageCallName, PageCalls, Reply, ReplyError, WorkerCallName, WorkerCalls } from '../shared/messages';

/** The promise-returning extension APIs: Firefox's `browser`, Chrome's `chrome` (MV3 returns promises). */
export function ext(): typeof chrome {
  const g = globalThis as { browser?: typeof chrome; chrome?: typeof chrome };
  const api = g.browser ?? g.chrome;
  if (!api?.runtime) throw new PopupCallError('unavailable', 'Extension APIs are not available here.');
  return api;
}

/** Thrown when a reply says the call failed (same code and message as the shared client's CallError). */
export class PopupCallError extends Error {
  constructor(readonly code: ReplyError['code'], message: string) {
    super(message);
    this.name = 'CallError';
  }
}

/** The reply's value, or a thrown error for a failed or missing reply. */
export function unwrapReply<T>(reply: unknown): T {
  if (!reply || typeof reply !== 'object' || !('ok' in reply)) {
    throw new PopupCallError('unavailable', 'Crosscheck did not answer. Reload the page and try again.');
  }
  const r = reply as Reply<T>;
  if (r.ok) return r.value;
  throw new PopupCallError(r.error.code, r.error.message);
}

/** Calls the service worker. */
export async function callWorker<K extends WorkerCallName>(type: K, request: WorkerCalls[K]['request']): Promise<WorkerCalls[K]['response']> {
  const message = { type, ...request };
  let reply: unknown;
  let failure: unknown;
  try {
    reply = await ext().runtime.sendMessage(message);
  } catch (error) {
    failure = error;
  }
  if (reply === undefined) {
    // A stopped worker wakes on the first message; every call the popup makes is safe to repeat.
    reply = await ext().runtime.sendMessage(message).catch(() => undefined);
    if (reply === undefined && failure !== undefined) throw failure;
  }
  return unwrapReply<WorkerCalls[K]['response']>(reply);
}

/** Calls the content script of a tab. */
export async function callPage<K extends PageCallName>(tabId: number, type: K, request: PageCalls[K]['request']): Promise<PageCalls[K]['response']> {
  const reply: unknown = await ext().tabs.sendMessage(tabId, { type, ...request });
  return unwrapReply<PageCalls[K]['response']>(reply);
}
