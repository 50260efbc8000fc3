/**
 * The reader's layer choice for this site, in extension storage: read at
 * start, written when the reader switches a layer in the page, and followed
 * when the popup (or another tab of the same site) switches one.
 */
import { ext } from '../shared/client';
import { LAYER_PREFS_KEY, layerPrefsFor, withLayerPrefs, type LayerPrefs } from '../shared/layer-prefs';
import { siteKey } from '../shared/sites';

export async function loadLayerPrefs(href: string): Promise<LayerPrefs> {
  const stored = await ext().storage.local.get(LAYER_PREFS_KEY).catch(() => ({}) as Record<string, unknown>);
  return layerPrefsFor(stored[LAYER_PREFS_KEY], siteKey(href));
}

export async function saveLayerPrefs(href: string, prefs: LayerPrefs): Promise<void> {
  const stored = await ext().storage.local.get(LAYER_PREFS_KEY);
  await ext().storage.local.set({ [LAYER_PREFS_KEY]: withLayerPrefs(stored[LAYER_PREFS_KEY], siteKey(href), prefs) });
}

/** Follows the reader's layer choice for the site; answers the unsubscribe. */
export function watchLayerPrefs(href: () => string, apply: (prefs: LayerPrefs) => void): () => void {
  const listener = (changes: Record<string, chrome.storage.StorageChange>, area: string) => {
    if (area !== 'local' || !(LAYER_PREFS_KEY in changes)) return;
    apply(layerPrefsFor(changes[LAYER_PREFS_KEY]!.newValue, siteKey(href())));
  };
  const api = ext();
  api.storage.onChanged.addListener(listener);
  return () => api.storage.onChanged.removeListener(listener);
}
