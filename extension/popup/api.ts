/**
 * What the popup needs from the browser, as a small interface: the real one
 * talks to the active tab and the service worker; tests pass a fake.
 */
import browser from 'webextension-polyfill';
import type { Annotation } from '../../src/annotations/model';
import { callPage, callWorker } from '../shared/client';
import type { PageInfo } from '../shared/messages';
import { loadSettings, saveSettings } from '../shared/settings';

export interface PopupApi {
  /** The page in the active tab, or null where Crosscheck does not run (browser pages, the store). */
  currentPage(): Promise<{ tabId: number; page: PageInfo } | null>;
  listAnnotations(urlKey: string): Promise<Annotation[]>;
  /** Ids of the page's annotations that could not be re-attached to its text. */
  orphanedIds(tabId: number): Promise<string[]>;
  /** Switches Crosscheck off (or back on) for a site; applies on the next load. */
  setSiteEnabled(site: string, enabled: boolean): Promise<void>;
  deleteAnnotation(id: string): Promise<void>;
  /** Opens the library page (all notes: search, export, import) in a new tab. */
  openLibrary?(): void;
}

/** The tab to show: `?tab=ID` when the popup is opened as a page (tests, pinned), else the active tab. */
async function targetTabId(): Promise<number | undefined> {
  const fromQuery = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(fromQuery) && fromQuery > 0) return fromQuery;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

export const browserApi: PopupApi = {
  openLibrary() {
    void browser.tabs.create({ url: browser.runtime.getURL('library/library.html') }).then(() => window.close());
  },
  async currentPage() {
    const tabId = await targetTabId();
    if (tabId === undefined) return null;
    try {
      return { tabId, page: await callPage(tabId, 'page/info', {}) };
    } catch {
      return null; // no content script there
    }
  },
  listAnnotations: (urlKey) => callWorker('annotations/list', { urlKey }),
  async orphanedIds(tabId) {
    return (await callPage(tabId, 'page/anchoring', {}).catch(() => ({ orphaned: [] as string[] }))).orphaned;
  },
  async setSiteEnabled(site, enabled) {
    const { disabledSites } = await loadSettings();
    const others = disabledSites.filter((s) => s !== site);
    await saveSettings({ disabledSites: enabled ? others : [...others, site] });
  },
  async deleteAnnotation(id) {
    await callWorker('annotations/delete', { id });
  },
};
