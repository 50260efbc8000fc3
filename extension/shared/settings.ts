/**
 * Reader preferences, kept in extension storage (not the page's): whether
 * Crosscheck is paused everywhere, and the sites where it is switched off.
 */
// The extension's own promise API (client.ts), not the polyfill: the options page reads these
// first thing, and the polyfill's ~10 KB (and its module runtime) delayed its first render.
import { ext } from './client';

export interface Settings {
  pausedEverywhere: boolean;
  /** Site keys (host[:port], without www.) where Crosscheck stays idle. */
  disabledSites: string[];
  /**
   * `auto`: the CSS Custom Highlight API where the browser has it; `wrap`:
   * compatibility mode, highlights as marks in the page (the fallback).
   */
  highlightMode: 'auto' | 'wrap';
}

const DEFAULTS: Settings = { pausedEverywhere: false, disabledSites: [], highlightMode: 'auto' };

export async function loadSettings(): Promise<Settings> {
  const stored = (await ext().storage.local.get(['pausedEverywhere', 'disabledSites', 'highlightMode'])) as Partial<Settings>;
  return {
    pausedEverywhere: stored.pausedEverywhere === true,
    highlightMode: stored.highlightMode === 'wrap' ? 'wrap' : 'auto',
    disabledSites: Array.isArray(stored.disabledSites) ? stored.disabledSites.filter((s) => typeof s === 'string') : DEFAULTS.disabledSites,
  };
}

export async function saveSettings(patch: Partial<Settings>): Promise<void> {
  await ext().storage.local.set(patch);
}
