/** Answers calls addressed to this page: from the popup, and the worker's shortcut and menu relays. */
import browser from 'webextension-polyfill';
import * as v from 'valibot';
import type { FrameAnswer, FrameAsk } from '../shared/frame-messages';
import { PageRequestSchema, fail, ok, type PageAnalysis, type PageInfo, type Reply } from '../shared/messages';

export interface PageHandlers {
  info(): PageInfo;
  /** Opens the note form for the current selection; false when nothing is selected. */
  annotateSelection(): boolean;
  anchoring(): { anchored: string[]; orphaned: string[] };
  analysis(): PageAnalysis;
  reveal(start: number, end: number): boolean;
  nextMention(actorId: string): { index: number; total: number };
  revealAnnotation(id: string): boolean;
  /** The note frame's question (relayed by the worker); refused unless `token` is the frame's. */
  frame?(token: string, ask: FrameAsk): Promise<FrameAnswer>;
}

/** Answers the page calls from now on; answers the unsubscribe. */
export function answerPageCalls(handlers: PageHandlers): () => void {
  const listener = (message: unknown, sender: browser.Runtime.MessageSender): Promise<Reply<unknown>> | undefined => {
    // Only the extension itself (popup, worker) may ask; never another tab's content script.
    if (sender.id !== browser.runtime.id || sender.tab) return undefined;
    const parsed = v.safeParse(PageRequestSchema, message);
    if (!parsed.success) return undefined; // a worker call seen in passing: not for us
    switch (parsed.output.type) {
      case 'page/info':
        return Promise.resolve(ok(handlers.info()));
      case 'page/anchoring':
        return Promise.resolve(ok(handlers.anchoring()));
      case 'page/analysis':
        return Promise.resolve(ok(handlers.analysis()));
      case 'page/reveal':
        return Promise.resolve(ok(handlers.reveal(parsed.output.start, parsed.output.end)));
      case 'page/next-mention':
        return Promise.resolve(ok(handlers.nextMention(parsed.output.actorId)));
      case 'page/reveal-annotation':
        return Promise.resolve(ok(handlers.revealAnnotation(parsed.output.id)));
      case 'page/frame': {
        const { token, ask } = parsed.output;
        if (!handlers.frame) return Promise.resolve(fail('unavailable', 'Crosscheck is not running on this page.'));
        return handlers.frame(token, ask).then(ok, (error: Error) => fail('forbidden', error.message));
      }
      case 'page/annotate-selection':
        return Promise.resolve(ok(handlers.annotateSelection()));
      default:
        return Promise.resolve(fail('invalid-message', 'unknown page call'));
    }
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
