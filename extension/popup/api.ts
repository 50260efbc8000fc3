/**
 * What the popup needs from the browser, as a small interface: the real one
 * talks to the active tab and the service worker; tests pass a fake.
 */
import browser from 'webextension-polyfill';
import type { Annotation, AnnotationPatch } from '../../src/annotations/model';
import { callPage, callWorker } from '../shared/client';
import type { StorageStatus } from '../../src/db/durability';
import type { PageAnalysis, PageInfo } from '../shared/messages';
import { loadSettings, saveSettings } from '../shared/settings';

export interface PopupApi {
  /** The page in the active tab, or null where Crosscheck does not run (browser pages, the store). */
  currentPage(): Promise<{ tabId: number; page: PageInfo } | null>;
  analysis(tabId: number): Promise<PageAnalysis>;
  listAnnotations(urlKey: string): Promise<Annotation[]>;
  /** Ids of the page's annotations that could not be re-attached to its text. */
  orphanedIds(tabId: number): Promise<string[]>;
  updateAnnotation(id: string, patch: AnnotationPatch): Promise<Annotation>;
  deleteAnnotation(id: string): Promise<void>;
  /** Scrolls the page to a span of its article text and flashes it. */
  reveal(tabId: number, start: number, end: number): Promise<void>;
  /** Scrolls to the next mention of an actor. */
  nextMention(tabId: number, actorId: string): Promise<{ index: number; total: number }>;
  /** Scrolls to a saved annotation on the page. */
  revealAnnotation(tabId: number, annotation: Annotation): Promise<boolean>;
  /** Switches Crosscheck off (or back on) for a site; applies on the next load. */
  setSiteEnabled(site: string, enabled: boolean): Promise<void>;
  openLibrary(): Promise<void>;
  /** Storage health: eviction detected, annotations made since the last backup. */
  storageStatus(): Promise<StorageStatus>;
  dismissEviction(): Promise<unknown>;
}

/** The tab to show: `?tab=ID` when the popup is opened as a page (tests, pinned), else the active tab. */
async function targetTabId(): Promise<number | undefined> {
  const fromQuery = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(fromQuery) && fromQuery > 0) return fromQuery;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

export const browserApi: PopupApi = {
  async currentPage() {
    const tabId = await targetTabId();
    if (tabId === undefined) return null;
    try {
      return { tabId, page: await callPage(tabId, 'page/info', {}) };
    } catch {
      return null; // no content script there
    }
  },
  analysis: (tabId) => callPage(tabId, 'page/analysis', {}),
  listAnnotations: (urlKey) => callWorker('annotations/list', { urlKey }),
  async orphanedIds(tabId) {
    return (await callPage(tabId, 'page/anchoring', {}).catch(() => ({ orphaned: [] as string[] }))).orphaned;
  },
  updateAnnotation: (id, patch) => callWorker('annotations/update', { id, patch }),
  async deleteAnnotation(id) {
    await callWorker('annotations/delete', { id });
  },
  async reveal(tabId, start, end) {
    await callPage(tabId, 'page/reveal', { start, end });
  },
  nextMention: (tabId, actorId) => callPage(tabId, 'page/next-mention', { actorId }),
  async revealAnnotation(tabId, annotation) {
    const { anchored } = await callPage(tabId, 'page/anchoring', {});
    if (!anchored.includes(annotation.id)) return false;
    return callPage(tabId, 'page/reveal-annotation', { id: annotation.id });
  },
  async setSiteEnabled(site, enabled) {
    const { disabledSites } = await loadSettings();
    const others = disabledSites.filter((s) => s !== site);
    await saveSettings({ disabledSites: enabled ? others : [...others, site] });
  },
  storageStatus: () => callWorker('status/get', {}),
  dismissEviction: () => callWorker('status/dismiss-eviction', {}),
  async openLibrary() {
    await browser.tabs.create({ url: browser.runtime.getURL('library/library.html') });
    window.close();
  },
};
