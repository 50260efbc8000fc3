/**
 * Injects the full content script into the frame whose bootstrap asked for
 * it (ADR 0051). The target comes from the sender the browser reports: a
 * content script can only bring Crosscheck into its own frame, on a page it
 * already runs on, and extension pages cannot use this at all. The reader's
 * switches are checked here, so the bootstrap need not read them on an
 * article (one round trip instead of two). The full script asks for its
 * parts the same way (ADR 0150).
 */
import browser from 'webextension-polyfill';
import { fail, ok, type Reply } from '../shared/messages';
import { isActiveOn, loadSettings } from '../shared/settings';
import { CONTENT_PARTS, type ContentPartName } from '../shared/start-content';

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

/**
 * Injects one part of the content script into the frame of the content
 * script that asked (ADR 0150): only files named in CONTENT_PARTS, only into
 * the sender's own http(s) frame. It resolves once the part was evaluated.
 */
export async function injectPart(sender: browser.Runtime.MessageSender, part: ContentPartName): Promise<Reply<'loaded'>> {
  const tabId = sender.tab?.id;
  if (tabId === undefined || !/^https?:/.test(sender.url ?? '')) return fail('forbidden', 'Only a page’s own content script may load its parts.');
  try {
    await browser.scripting.executeScript({ target: { tabId, frameIds: [sender.frameId ?? 0] }, files: [CONTENT_PARTS[part]] });
    return ok('loaded');
  } catch (error) {
    return fail('unavailable', `Crosscheck could not load part of itself on this page: ${(error as Error)?.message ?? String(error)}`);
  }
}
