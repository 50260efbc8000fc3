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
import { LAYER_PREFS_KEY, layerPrefsFor, layerVisible } from '../shared/layer-prefs';
import { loadSettings, type Settings } from '../shared/settings';
import { isActiveOn, siteKey } from '../shared/sites';
import { CONTENT_PARTS, type ContentPartName, type ScreenFound, type ScreenLayer, type StartReply } from '../shared/start-content';

export const FULL_CONTENT_SCRIPT = 'content.js';

/** The first screen's actors of `top` (ADR 0180), as layers to draw and as mentions to hit-test (ADR 0245): the analysis service's `screen`. */
export type ScreenOf = (top: string) => { layers: ScreenLayer[]; found: ScreenFound };

/**
 * The reader's switches a start reads — the settings and the layer switches
 * of every site — kept while the worker lives and dropped at any change to
 * extension storage: a page's start waits for no storage round trip but the
 * first (ADR 0180). A read under way when a change comes serves only its own
 * callers; the next start reads again.
 */
let switches: Promise<{ settings: Settings; layerPrefs: unknown }> | null = null;
browser.storage.onChanged.addListener((_changes, area) => {
  if (area === 'local') switches = null;
});
function readSwitches(): Promise<{ settings: Settings; layerPrefs: unknown }> {
  const reading = (switches ??= Promise.all([loadSettings(), browser.storage.local.get(LAYER_PREFS_KEY)]).then(([settings, stored]) => ({ settings, layerPrefs: stored[LAYER_PREFS_KEY] })));
  reading.catch(() => {
    if (switches === reading) switches = null;
  });
  return reading;
}

/**
 * 'off' (nothing injected) where the reader switched Crosscheck off for the
 * sender's site or everywhere. With a `top` (the bootstrap read a long
 * article's first screen, ADR 0180) the reply carries its actors for the
 * bootstrap to draw, and is sent before `content.js` is injected: the page's
 * thread then takes the drawing before the full script's evaluation. A
 * failed injection is then only logged here (the tab closed or navigated
 * away: there is no page left to tell).
 */
export async function startContent(sender: browser.Runtime.MessageSender, top = '', screenOf?: ScreenOf): Promise<Reply<StartReply>> {
  const tabId = sender.tab?.id;
  const url = sender.url ?? '';
  if (tabId === undefined || !/^https?:/.test(url)) return fail('forbidden', 'Only a page’s own content script may start Crosscheck there.');
  const inject = () => browser.scripting.executeScript({ target: { tabId, frameIds: [sender.frameId ?? 0] }, files: [FULL_CONTENT_SCRIPT] });
  try {
    const { settings, layerPrefs } = await readSwitches();
    if (!isActiveOn(settings, url)) return ok({ state: 'off' });
    // the first screen only where the session would draw it: the Highlight API mode, actors shown on this site
    if (top && screenOf && settings.highlightMode !== 'wrap' && layerVisible('actor-person', layerPrefsFor(layerPrefs, siteKey(url)))) {
      let screen: ReturnType<ScreenOf> | null = null;
      try {
        screen = screenOf(top);
      } catch (error) {
        console.warn('Crosscheck could not read the top of a page:', error); // the session draws it instead
      }
      setTimeout(() => void inject().catch((error: unknown) => console.warn('Crosscheck could not start on a page:', error)), 0);
      return ok(screen && screen.layers.length > 0 ? { state: 'started', screen: screen.layers, found: screen.found } : { state: 'started' });
    }
    await inject();
    return ok({ state: 'started' });
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
