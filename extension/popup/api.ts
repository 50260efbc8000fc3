/**
 * What the popup needs from the browser, as a small interface: the real one
 * talks to the active tab and the service worker; tests pass a fake.
 *
 * Part of the popup's first module (see main.tsx): it imports nothing that
 * other pages share, so its calls can leave before the rest has loaded.
 */
import type { Annotation, AnnotationPatch } from '../../src/annotations/model';
import type { StorageStatus } from '../../src/db/durability';
import { LAYER_PREFS_KEY, layerPrefsFor, withLayerPrefs, type LayerPrefs } from '../shared/layer-prefs';
import type { PageAnalysis, PageInfo, TabNotes } from '../shared/messages';
import { callPage, callWorker, ext } from '../shared/client';
import { leftAlonePage, readPageState, switchesOf, type PageState } from './page-state';

export interface PopupApi {
  /** The tab to show, or null when there is none; at once when the popup's address names it. */
  currentTab(): number | null | Promise<number | null>;
  /** The page in that tab, or null where Crosscheck does not run (browser pages, the store). */
  pageInfo(tabId: number): Promise<PageInfo | null>;
  analysis(tabId: number): Promise<PageAnalysis>;
  listAnnotations(urlKey: string): Promise<Annotation[]>;
  /**
   * The notes of the page in a tab, with the key the worker was given for it
   * (null where no content script answers): sent with the page's own calls,
   * so the notes need not wait for the page's key (ADR 0365).
   */
  notesForTab?(tabId: number): Promise<TabNotes | null>;
  /** Ids of the page's annotations that could not be re-attached to its text. */
  orphanedIds(tabId: number): Promise<string[]>;
  /** `baseUpdated`: the `updated` time of the version the reader edited (a newer one is never overwritten). */
  updateAnnotation(id: string, patch: AnnotationPatch, baseUpdated: number): Promise<Annotation>;
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
  /** The highlight layers the reader shows on a site. */
  layerPrefs(site: string): Promise<LayerPrefs>;
  /** Shows or hides layers on a site; open pages of that site follow at once. */
  setLayerPrefs(site: string, prefs: LayerPrefs): Promise<void>;
  /** Storage health: eviction detected, annotations made since the last backup. */
  storageStatus(): Promise<StorageStatus>;
  dismissEviction(): Promise<unknown>;
  /** One saved note (for "You noted on …" beside a claim your notes know). */
  getAnnotation?(id: string): Promise<Annotation | null>;
}

export const browserApi: PopupApi = {
  /** `?tab=ID` when the popup is opened as a page (tests, pinned), else the active tab. */
  currentTab() {
    const fromQuery = Number(new URLSearchParams(location.search).get('tab'));
    if (Number.isInteger(fromQuery) && fromQuery > 0) return fromQuery;
    return ext()
      .tabs.query({ active: true, currentWindow: true })
      .then(([tab]) => tab?.id ?? null);
  },
  async pageInfo(tabId) {
    try {
      return await callPage(tabId, 'page/info', {});
    } catch {
      // No script listens there: a page the bootstrap left alone (ADR 0125), or none of Crosscheck's.
      return leftAlonePageInfo(tabId);
    }
  },
  analysis: (tabId) => callPage(tabId, 'page/analysis', {}),
  listAnnotations: (urlKey) => callWorker('annotations/list', { urlKey }),
  notesForTab: (tabId) => callWorker('annotations/for-tab', { tabId }),
  getAnnotation: (id) => callWorker('annotations/get', { id }),
  async orphanedIds(tabId) {
    return (await callPage(tabId, 'page/anchoring', {}).catch(() => ({ orphaned: [] as string[] }))).orphaned;
  },
  updateAnnotation: (id, patch, baseUpdated) => callWorker('annotations/update', { id, patch, baseUpdated }),
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
    // The same stored list as ../shared/settings reads, written straight through extension storage:
    // that module brings the polyfill, and a reader may close the popup right after the switch.
    const { disabledSites } = (await ext().storage.local.get('disabledSites')) as { disabledSites?: unknown };
    const list = Array.isArray(disabledSites) ? disabledSites.filter((s): s is string => typeof s === 'string') : [];
    const others = list.filter((s) => s !== site);
    await ext().storage.local.set({ disabledSites: enabled ? others : [...others, site] });
  },
  async layerPrefs(site) {
    const stored = (await ext().storage.local.get(LAYER_PREFS_KEY)) as Record<string, unknown>;
    return layerPrefsFor(stored[LAYER_PREFS_KEY], site);
  },
  async setLayerPrefs(site, prefs) {
    const stored = (await ext().storage.local.get(LAYER_PREFS_KEY)) as Record<string, unknown>;
    await ext().storage.local.set({ [LAYER_PREFS_KEY]: withLayerPrefs(stored[LAYER_PREFS_KEY], site, prefs) });
  },
  storageStatus: () => callWorker('status/get', {}),
  dismissEviction: () => callWorker('status/dismiss-eviction', {}),
  async openLibrary() {
    await ext().tabs.create({ url: ext().runtime.getURL('library/library.html') });
    window.close();
  },
};

/** Reads the flag the bootstrap left on a page without a listener; null where it left none or the tab cannot be read (browser pages). */
async function leftAlonePageInfo(tabId: number): Promise<PageInfo | null> {
  try {
    const [ran, stored] = await Promise.all([
      ext().scripting.executeScript({ target: { tabId }, func: readPageState }),
      ext().storage.local.get(['pausedEverywhere', 'disabledSites']) as Promise<Record<string, unknown>>,
    ]);
    const state = ran[0]?.result as PageState | undefined;
    return state ? leftAlonePage(state, switchesOf(stored)) : null;
  } catch {
    return null;
  }
}

