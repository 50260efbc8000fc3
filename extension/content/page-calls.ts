/** Answers calls addressed to this page: from the popup, and the worker's shortcut and menu relays. */
import { ext } from '../shared/client';
import * as v from 'valibot';
import { pageRequestSchema, fail, ok, type PageCallName, type PageCalls, type PageRequest, type Reply } from '../shared/messages';

/** One handler per page call, typed from the call map: it gets the validated request and answers the call's response. */
export type PageHandlers = {
  [K in PageCallName]: (request: PageRequest<K>) => PageCalls[K]['response'] | Promise<PageCalls[K]['response']>;
};

/**
 * The answer to a validated page call. A handler that throws is a failed
 * call; for the note frame's questions that is a refusal (`forbidden`: not
 * the frame's token, or no session to ask).
 */
export function answerPageCall(handlers: PageHandlers, request: PageRequest): Promise<Reply<unknown>> {
  const handler = handlers[request.type] as (r: PageRequest) => unknown;
  return Promise.resolve()
    .then(() => handler(request))
    .then(ok, (error: unknown) => fail(request.type === 'page/frame' ? 'forbidden' : 'internal', error instanceof Error ? error.message : String(error)));
}

/**
 * Only the extension itself may ask: the worker and its pages, in a tab or not (Firefox
 * names the tab of a popup opened as a page, Chromium does not); never a content script.
 */
export function fromExtension(sender: { id?: string; url?: string; tab?: unknown }, id: string, origin: string): boolean {
  return sender.id === id && (sender.tab === undefined || (sender.url ?? '').startsWith(origin));
}

/** Answers the page calls from now on; answers the unsubscribe. */
export function answerPageCalls(handlers: PageHandlers): () => void {
  const api = ext();
  // The answer goes through `sendResponse` (`true`: it comes later): that form works in every
  // browser Crosscheck supports (Chromium 111 on), a listener's returned promise does not.
  const listener = (message: unknown, sender: chrome.runtime.MessageSender, sendResponse: (reply: Reply<unknown>) => void): true | undefined => {
    if (!fromExtension(sender, api.runtime.id, api.runtime.getURL(''))) return undefined;
    const parsed = v.safeParse(pageRequestSchema(), message);
    if (!parsed.success) return undefined; // a worker call seen in passing: not for us
    void answerPageCall(handlers, parsed.output).then(sendResponse);
    return true;
  };
  api.runtime.onMessage.addListener(listener);
  return () => api.runtime.onMessage.removeListener(listener);
}
