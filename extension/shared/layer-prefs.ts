/**
 * Which highlight layers the reader wants to see, remembered per site.
 * Pure (no extension APIs): the popup and the content script both read and
 * write the one stored record, `layerPrefs` in extension storage, keyed by
 * site; the content script follows changes to it without a reload.
 *
 * By default the page shows the firm findings — actors, claims the known
 * reports corroborate or contradict — and the reader's notes; the claims
 * that are only related, or not in the known reports, are one switch away.
 */
export interface LayerPrefs {
  /** The master switch: off hides every highlight, notes included (the reader asked). */
  all: boolean;
  actors: boolean;
  /** Firm claims: corroborated and contradicted. */
  claims: boolean;
  /** Also the claims that are only related, or not in the known reports. */
  moreClaims: boolean;
  notes: boolean;
}

export type LayerSwitch = keyof LayerPrefs;

export const DEFAULT_LAYER_PREFS: Readonly<LayerPrefs> = Object.freeze({ all: true, actors: true, claims: true, moreClaims: false, notes: true });

export const LAYER_PREFS_KEY = 'layerPrefs';

export const SWITCH_LABEL: Record<LayerSwitch, string> = {
  all: 'All highlights',
  actors: 'Actors',
  claims: 'Corroborated and contradicted claims',
  moreClaims: 'Also related and new claims',
  notes: 'Your notes',
};

/** In-page keys (with Alt+Shift), by `KeyboardEvent.code`. */
export const SWITCH_KEYS: Record<LayerSwitch, { code: string; key: string }> = {
  all: { code: 'KeyH', key: 'H' },
  actors: { code: 'Digit1', key: '1' },
  claims: { code: 'Digit2', key: '2' },
  moreClaims: { code: 'Digit3', key: '3' },
  notes: { code: 'Digit4', key: '4' },
};

/** The stored record for one site, with defaults for what is missing or malformed. */
export function layerPrefsFor(stored: unknown, site: string): LayerPrefs {
  const all = stored !== null && typeof stored === 'object' ? (stored as Record<string, unknown>)[site] : undefined;
  const mine = all !== null && typeof all === 'object' ? (all as Record<string, unknown>) : {};
  const out = { ...DEFAULT_LAYER_PREFS };
  for (const k of Object.keys(out) as LayerSwitch[]) if (typeof mine[k] === 'boolean') out[k] = mine[k] as boolean;
  return out;
}

/** The stored record with one site's prefs replaced (other sites kept; malformed entries dropped). */
export function withLayerPrefs(stored: unknown, site: string, prefs: LayerPrefs): Record<string, LayerPrefs> {
  const out: Record<string, LayerPrefs> = {};
  if (stored !== null && typeof stored === 'object') {
    for (const [k, v] of Object.entries(stored as Record<string, unknown>)) if (v !== null && typeof v === 'object') out[k] = layerPrefsFor(stored, k);
  }
  out[site] = { ...prefs };
  return out;
}

/** Whether a drawn layer (`actor-person`, `claim-related`, `annotation-yellow`…) is shown under these prefs. */
export function layerVisible(layer: string, prefs: LayerPrefs): boolean {
  if (layer === 'flash') return true;
  if (!prefs.all) return false;
  if (layer.startsWith('actor-')) return prefs.actors;
  if (layer.startsWith('annotation-')) return prefs.notes;
  if (layer === 'claim-related' || layer === 'claim-unknown') return prefs.claims && prefs.moreClaims;
  if (layer.startsWith('claim-')) return prefs.claims;
  return true;
}
