/**
 * Injects the full content script into the frame whose bootstrap asked for
 * it (ADR 0051). The target comes from the sender the browser reports: a
 * content script can only bring Crosscheck into its own frame, on a page it
 * already runs on, and extension pages cannot use this at all. The reader's
 * switches are checked here, so the bootstrap need not read them on an
 * article (one round trip instead of two).
 */
import browser from 'webextension-polyfill';
import { fail, ok, type Reply } from '../shared/messages';
import { isActiveOn, loadSettings } from '../shared/settings';

export const FULL_CONTENT_SCRIPT = 'content.js';

/** 'off' (nothing injected) where the reader switched Crosscheck off for the sender's site or everywhere. */
export async function startContent(sender: browser.Runtime.MessageSender): Promise<Reply<'started' | 'off'>> {
  const tabId = sender.tab?.id;
  const url = sender.url ?? '';
  if (tabId === undefined || !/^https?:/.test(url)) return fail('forbidden', 'Only a page’s own content script may start Crosscheck there.');
  try {
    if (!isActiveOn(await loadSettings(), url)) return ok('off');
    await browser.scripting.executeScript({ target: { tabId, frameIds: [sender.frameId ?? 0] }, files: [FULL_CONTENT_SCRIPT] });
    return ok('started');
  } catch (error) {
    // The tab was closed or navigated away meanwhile: nothing to start.
    return fail('unavailable', `Crosscheck could not start on this page: ${(error as Error)?.message ?? String(error)}`);
  }
}
