/**
 * Reader preferences, kept in extension storage (not the page's): whether
 * Crosscheck is paused everywhere, and the sites where it is switched off.
 */
import browser from 'webextension-polyfill';

export interface Settings {
  pausedEverywhere: boolean;
  /** Site keys (host[:port], without www.) where Crosscheck stays idle. */
  disabledSites: string[];
}

const DEFAULTS: Settings = { pausedEverywhere: false, disabledSites: [] };

export async function loadSettings(): Promise<Settings> {
  const stored = (await browser.storage.local.get(['pausedEverywhere', 'disabledSites'])) as Partial<Settings>;
  return {
    pausedEverywhere: stored.pausedEverywhere === true,
    disabledSites: Array.isArray(stored.disabledSites) ? stored.disabledSites.filter((s) => typeof s === 'string') : DEFAULTS.disabledSites,
  };
}

export async function saveSettings(patch: Partial<Settings>): Promise<void> {
  await browser.storage.local.set(patch);
}

export { siteKey, isActiveOn } from './sites';
