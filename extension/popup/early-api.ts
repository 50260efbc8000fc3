/**
 * The popup's API with the calls early.js already sent (ADR 0365): the first
 * ask for each on the same tab gets the answer already on its way, later
 * ones call again. A page that did not answer early is asked again through
 * the API, which knows what to do then (a page the bootstrap left alone).
 */
import type { PopupApi } from './api';
import type { EarlyCalls } from './early-calls';

export function withEarlyCalls(api: PopupApi, early: EarlyCalls | undefined): PopupApi {
  if (!early) return api;
  const pending = new Set<keyof EarlyCalls>(['info', 'anchoring', 'analysis', 'notes']);
  let tabId: number | null | undefined;
  const tab = early.tab;
  if (tab === null || typeof tab === 'number') tabId = tab;
  else void tab.then((id) => (tabId = id), () => undefined);
  /** The early call, if it is for this tab and not taken yet. */
  const take = <K extends 'info' | 'anchoring' | 'analysis' | 'notes'>(name: K, id: number): EarlyCalls[K] | undefined => {
    if (id !== tabId || !pending.delete(name)) return undefined;
    return early[name];
  };
  return {
    ...api,
    currentTab: () => tab,
    pageInfo: (id) => take('info', id)?.catch(() => api.pageInfo(id)) ?? api.pageInfo(id),
    orphanedIds: (id) => take('anchoring', id)?.then((a) => a.orphaned, () => []) ?? api.orphanedIds(id),
    analysis: (id) => take('analysis', id) ?? api.analysis(id),
    notesForTab: (id) => take('notes', id) ?? api.notesForTab?.(id) ?? Promise.resolve(null),
  };
}
