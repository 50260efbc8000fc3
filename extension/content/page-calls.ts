/** Answers the popup's questions about this page. */
import browser from 'webextension-polyfill';
import * as v from 'valibot';
import { PageRequestSchema, fail, ok, type PageInfo, type Reply } from '../shared/messages';

export function answerPageCalls(info: () => PageInfo): void {
  browser.runtime.onMessage.addListener((message: unknown, sender: browser.Runtime.MessageSender): Promise<Reply<unknown>> | undefined => {
    // Only the extension's own pages may ask; the service worker's calls go elsewhere.
    if (sender.id !== browser.runtime.id || sender.tab) return undefined;
    const parsed = v.safeParse(PageRequestSchema, message);
    if (!parsed.success) return undefined; // not for us (e.g. a worker call broadcast)
    switch (parsed.output.type) {
      case 'page/info':
        return Promise.resolve(ok(info()));
      default:
        return Promise.resolve(fail('invalid-message', 'unknown page call'));
    }
  });
}
