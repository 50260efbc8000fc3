/**
 * The script declared for every http(s) page (ADR 0051). It is all that
 * runs where Crosscheck draws nothing, so it stays a few kilobytes: no
 * engine, no dataset, no UI, no polyfill. It judges the page with the cheap
 * article check and, where that says no, the vocabulary gate built from the
 * dataset's aliases at build time. Only then does it ask the service worker
 * to inject the full content script (`content.js`) into this frame; the
 * worker checks the reader's settings first, and the full script runs the
 * real checks again. Where the page is left idle, nothing reads the
 * settings unless the popup asks.
 */
import { judgeArticle, readArticleSignals } from '../../src/page/article-detect';
import { documentUrlKey } from '../../src/page/url-key';
import type { Settings } from '../shared/settings';
import { isActiveOn } from '../shared/sites';
import { START_CONTENT } from '../shared/start-content';
import { gateActors, MIN_DISTINCT_ACTORS, type GateTable } from './activation-gate';
import { stamp } from './trace-stamp';

declare const __BROWSER__: 'chrome' | 'firefox';
/**
 * key word → actors, from the dataset's aliases (vite.config.ts, `buildGateTable`), as
 * JSON text: parsed only on pages that need the gate, and a string costs less to compile
 * than the same object literal.
 */
declare const __ACTIVATION_GATE__: string;
declare const browser: typeof chrome;

// Firefox has `browser` (promises); Chromium's `chrome` returns promises in MV3. Not
// `globalThis.browser ?? chrome`: in Chromium a page element with id="browser" would answer.
const api: typeof chrome = __BROWSER__ === 'firefox' ? browser : chrome;

type State = 'idle' | 'off';
let state: State | 'starting' = 'starting';

function mark(next: State) {
  state = next;
  // A state flag for tests and for the reader's own scripts; it carries no note or page data.
  document.documentElement.dataset.crosscheck = next;
}

/**
 * The popup's calls while only this script runs: what the full script
 * answers where it has no session (the page as it is, nothing found).
 */
function answerIdle(message: unknown, sender: chrome.runtime.MessageSender): Promise<unknown> | undefined {
  if (sender.id !== api.runtime.id || sender.tab) return undefined;
  const type = (message as { type?: unknown } | null)?.type;
  const value = (() => {
    switch (type) {
      case 'page/info':
        return pageInfo();
      case 'page/anchoring':
        return { anchored: [], orphaned: [] };
      case 'page/analysis':
        return { claims: [], actors: [], annotationClaims: {} };
      case 'page/next-mention':
        return { index: -1, total: 0 };
      case 'page/reveal':
      case 'page/reveal-annotation':
      case 'page/annotate-selection':
        return false;
      default:
        return undefined;
    }
  })();
  return value === undefined ? undefined : Promise.resolve(value).then((v) => ({ ok: true, value: v }));
}

/** The page as the popup knows it; on a page left idle, 'off' if the reader switched Crosscheck off here. */
async function pageInfo() {
  const off = state !== 'off' && !isActiveOn({ ...(await readSettings()), highlightMode: 'auto' }, location.href);
  return {
    url: location.href,
    urlKey: documentUrlKey(location.href, document.querySelector<HTMLLinkElement>('link[rel~="canonical"]')?.href),
    title: document.title,
    state: off || state === 'off' ? 'off' : 'idle',
  };
}

async function readSettings(): Promise<Pick<Settings, 'pausedEverywhere' | 'disabledSites'>> {
  const stored = await api.storage.local.get(['pausedEverywhere', 'disabledSites']);
  const sites: unknown = stored.disabledSites;
  return {
    pausedEverywhere: stored.pausedEverywhere === true,
    disabledSites: Array.isArray(sites) ? sites.filter((s): s is string => typeof s === 'string') : [],
  };
}

/**
 * Asks the worker for the full script, once more if the first ask found it
 * stopped and got no answer. The worker reads the settings itself (off its
 * thread, in parallel with nothing here): 'off' when the reader switched
 * Crosscheck off on this site or everywhere.
 */
async function startContent(): Promise<'started' | 'off'> {
  for (let attempt = 0; ; attempt++) {
    try {
      const reply = (await api.runtime.sendMessage({ type: START_CONTENT })) as { ok?: boolean; value?: 'started' | 'off'; error?: { message: string } } | undefined;
      if (reply?.ok && reply.value) return reply.value;
      if (reply) throw new Error(reply.error?.message ?? 'the worker refused');
    } catch (error) {
      if (attempt > 0) throw error;
    }
    if (attempt > 0) throw new Error('the worker did not answer');
  }
}

/** Asks the worker for the full script; only the full script answers the popup from then on. */
async function bringInContent(): Promise<void> {
  api.runtime.onMessage.removeListener(answerIdle);
  stamp('bootstrap');
  const started = await startContent().catch((error: unknown) => {
    api.runtime.onMessage.addListener(answerIdle);
    throw error;
  });
  if (started === 'off') {
    api.runtime.onMessage.addListener(answerIdle);
    mark('off');
  }
}

async function main() {
  if (window.top !== window) return; // frames: only the top document is the article
  api.runtime.onMessage.addListener(answerIdle);
  // The article check stops reading early (≲ 0.5 ms cold), so it runs in the evaluation task:
  // a likely article goes straight to the worker, which checks the settings (one round trip, not two).
  if (judgeArticle(readArticleSignals(document)).article) return bringInContent();
  // Elsewhere the gate, in a task of its own. The settings are not read here: the worker reads
  // them if the gate says yes, and the popup's `page/info` when it asks (see answerIdle).
  await new Promise<void>((resolve) => setTimeout(() => resolve(), 0));
  if (gateActors(JSON.parse(__ACTIVATION_GATE__) as GateTable, document.body ?? document.documentElement) < MIN_DISTINCT_ACTORS) return mark('idle');
  return bringInContent();
}

main().catch((error) => {
  console.warn('Crosscheck could not start on this page:', error);
});
