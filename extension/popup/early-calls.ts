/**
 * The popup's calls, started by a small classic script (early.ts) that
 * popup.html runs before its module file: they leave while the browser still
 * fetches and compiles the module (~20–150 ms on this machine under load),
 * and the module takes them over (ADR 0365). Imports only the client (no
 * valibot, no Preact, no dataset), so early.js stays a few KB.
 */
import type { PageAnalysis, PageInfo, TabNotes } from '../shared/messages';
import { callPage, callWorker, ext } from '../shared/client';

export interface EarlyCalls {
  /** The tab the popup shows, or null when there is none. */
  tab: number | null | Promise<number | null>;
  info: Promise<PageInfo>;
  anchoring: Promise<{ anchored: string[]; orphaned: string[] }>;
  analysis: Promise<PageAnalysis>;
  notes: Promise<TabNotes | null>;
}

const GLOBAL = '__crosscheckPopupCalls';
type Holder = { [GLOBAL]?: EarlyCalls };

/** `?tab=ID` when the popup is opened as a page (tests, pinned), else the active tab. */
export function popupTab(search: string): number | null | Promise<number | null> {
  const fromQuery = Number(new URLSearchParams(search).get('tab'));
  if (Number.isInteger(fromQuery) && fromQuery > 0) return fromQuery;
  return ext()
    .tabs.query({ active: true, currentWindow: true })
    .then(([tab]) => tab?.id ?? null);
}

/** Sends the popup's four first calls and leaves them for the module; none is left an unhandled rejection. */
export function startEarlyCalls(search: string, holder: object = globalThis): EarlyCalls {
  const tab = popupTab(search);
  const onTab = <T>(call: (tabId: number) => Promise<T>): Promise<T> =>
    tab === null ? Promise.reject(new Error('no tab')) : typeof tab === 'number' ? call(tab) : tab.then((id) => (id === null ? Promise.reject(new Error('no tab')) : call(id)));
  const calls: EarlyCalls = {
    tab,
    info: onTab((id) => callPage(id, 'page/info', {})),
    anchoring: onTab((id) => callPage(id, 'page/anchoring', {})),
    analysis: onTab((id) => callPage(id, 'page/analysis', {})),
    notes: onTab((id) => callWorker('annotations/for-tab', { tabId: id })),
  };
  for (const p of [calls.info, calls.anchoring, calls.analysis, calls.notes]) p.catch(() => undefined);
  if (tab instanceof Promise) tab.catch(() => undefined);
  (holder as Holder)[GLOBAL] = calls;
  return calls;
}

/** The calls early.js started, once (later readers get undefined and call again); undefined when it did not run. */
export function takeEarlyCalls(holder: object = globalThis): EarlyCalls | undefined {
  const calls = (holder as Holder)[GLOBAL];
  delete (holder as Holder)[GLOBAL];
  return calls;
}
