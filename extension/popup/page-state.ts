/**
 * The page as the popup knows it where no Crosscheck script listens: the
 * bootstrap (ADR 0051) leaves a page that is not an article without touching
 * any extension API (ADR 0125), so only its flag on the page says it judged
 * it. The popup reads that flag, the address, the canonical link and the
 * title with one packaged function run in the tab's top frame, and the
 * reader's switches from extension storage.
 */
import { documentUrlKey } from '../../src/page/url-key';
import type { PageInfo } from '../shared/messages';
import { isActiveOn } from '../shared/sites';

/** What the function reads from the page; every field is the page's own, so each is checked. */
export interface PageState {
  flag: unknown;
  url: unknown;
  canonical: unknown;
  title: unknown;
}

/**
 * Runs in the page's isolated world (`scripting.executeScript`), so it is
 * serialised: it may use nothing from this module. It reads and changes
 * nothing else.
 */
export function readPageState(): PageState {
  const link = document.querySelector('link[rel~="canonical"]');
  return {
    flag: document.documentElement.dataset.crosscheck,
    url: location.href,
    canonical: link instanceof HTMLLinkElement ? link.href : undefined,
    title: document.title,
  };
}

export interface Switches {
  pausedEverywhere: boolean;
  disabledSites: string[];
}

/**
 * The page info a left-alone page would have answered: `idle`, or `off` where
 * the reader switched Crosscheck off (the flag says so when the worker
 * declined to start; a page left idle was never asked). Null where the flag
 * is not the bootstrap's verdict: no Crosscheck script ran there (browser
 * pages, pages opened before the extension was installed) or it is still
 * starting.
 */
export function leftAlonePage(state: PageState, switches: Switches): PageInfo | null {
  if ((state.flag !== 'idle' && state.flag !== 'off') || typeof state.url !== 'string') return null;
  const url = state.url;
  const off = state.flag === 'off' || !isActiveOn({ ...switches, highlightMode: 'auto' }, url);
  return {
    url,
    urlKey: documentUrlKey(url, typeof state.canonical === 'string' ? state.canonical : undefined),
    title: typeof state.title === 'string' ? state.title : '',
    state: off ? 'off' : 'idle',
  };
}

/** The reader's switches as extension storage holds them (settings.ts's reading, without its polyfill). */
export function switchesOf(stored: Record<string, unknown>): Switches {
  const sites = stored.disabledSites;
  return {
    pausedEverywhere: stored.pausedEverywhere === true,
    disabledSites: Array.isArray(sites) ? sites.filter((s): s is string => typeof s === 'string') : [],
  };
}
