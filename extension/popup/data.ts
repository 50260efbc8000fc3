/**
 * What the popup's first view needs from the page (its content script) and
 * from the service worker: the page, its analysis and anchoring, its notes.
 * main.tsx starts these calls before Preact's first render.
 */
import type { Annotation } from '../../src/annotations/model';
import type { PageAnalysis, PageInfo } from '../shared/messages';
import type { PopupApi } from './api';

export type PageData =
  | { status: 'unsupported' }
  | { status: 'ready'; tabId: number; page: PageInfo; annotations: Annotation[]; orphaned: string[]; analysis: PageAnalysis };

export const EMPTY_ANALYSIS: PageAnalysis = { claims: [], actors: [], annotationClaims: {} };

/**
 * The page's data. The three calls to the content script and the worker's
 * call for the tab's notes leave together (none needs another's answer), in
 * the same task when the tab is known at once (start.ts runs this before the
 * rest of the popup is evaluated): the worker asks the page for its key
 * itself (ADR 0365). Where the worker's key is not the one the page gave the
 * popup (the page changed in between, or no content script answered the
 * worker) or that call failed, the notes are listed by the popup's key, as
 * before. A page that is not being read (idle, off) gets no analysis, as
 * before: its answer is dropped.
 */
export function loadPageData(api: PopupApi): Promise<PageData> {
  const tab = api.currentTab();
  return tab === null || typeof tab === 'number' ? loadTab(api, tab) : tab.then((id) => loadTab(api, id));
}

async function loadTab(api: PopupApi, tabId: number | null): Promise<PageData> {
  if (tabId === null) return { status: 'unsupported' };
  const info = api.pageInfo(tabId);
  const orphaned = api.orphanedIds(tabId);
  const analysis = api.analysis(tabId).catch(() => EMPTY_ANALYSIS);
  const tabNotes = api.notesForTab ? api.notesForTab(tabId).catch(() => null) : Promise.resolve(null);
  // Not awaited when the page turns out to be unsupported: no unhandled rejection then.
  orphaned.catch(() => undefined);
  const page = await info;
  if (!page) return { status: 'unsupported' };
  const notes = tabNotes.then((found) => (found?.urlKey === page.urlKey ? found.annotations : api.listAnnotations(page.urlKey)));
  const [annotations, orphanedIds, found] = await Promise.all([notes, orphaned, analysis]);
  return { status: 'ready', tabId, page, annotations, orphaned: orphanedIds, analysis: page.state === 'ready' ? found : EMPTY_ANALYSIS };
}
