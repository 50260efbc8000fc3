/**
 * Live pages: infinite scroll, live blogs, single-page navigation. Changes to
 * the page's text (outside Crosscheck's own UI) trigger a rescan after the
 * page settles; a storm of mutations (a page that changes every few
 * milliseconds) is coalesced so the rescan rate stays bounded, and is not
 * observed at all between the change that scheduled a rescan and its start.
 */

export const SETTLE_MS = 200;
/** At most one rescan per this interval, however busy the page is. */
export const MIN_INTERVAL_MS = 1_000;

export interface PageWatcher {
  stop(): void;
  /** Drops the mutations recorded so far: Crosscheck's own (the wrapping fallback's marks). */
  discard(): void;
}

export function watchPage(doc: Document, ignore: Node, rescan: () => Promise<void>): PageWatcher {
  let timer = 0;
  let lastRun = -Infinity;
  let running = false;
  let again = false;
  let lastUrl = location.href;

  const run = async () => {
    timer = 0;
    if (running) {
      again = true;
      return;
    }
    running = true;
    lastRun = performance.now();
    // from here on, changes count again: one made while this reading runs is read by the next
    observe();
    try {
      await rescan();
    } finally {
      running = false;
      if (again) {
        again = false;
        schedule();
      }
    }
  };

  const schedule = () => {
    if (timer) return;
    const wait = Math.max(SETTLE_MS, lastRun + MIN_INTERVAL_MS - performance.now());
    timer = window.setTimeout(run, wait);
  };

  /**
   * Once a change is seen and a reading scheduled, the page is not watched
   * until that reading starts (it reads the page as it is then): a live page
   * changing meanwhile pays for no record of each change (ADR 0157).
   */
  let watching = false;
  const observe = () => {
    if (watching || stopped) return;
    watching = true;
    observer.observe(doc.documentElement, { subtree: true, childList: true, characterData: true });
  };
  let stopped = false;
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      if (record.target === ignore || ignore.contains(record.target)) continue;
      if (record.type === 'attributes' && record.attributeName === 'data-crosscheck') continue;
      schedule();
      watching = false;
      observer.disconnect();
      return;
    }
  });
  observe();

  // Single-page navigation changes the URL without a load; the page key follows it.
  const onNavigate = () => {
    if (location.href !== lastUrl) {
      lastUrl = location.href;
      schedule();
    }
  };
  window.addEventListener('popstate', onNavigate);
  const nav = (window as { navigation?: EventTarget }).navigation;
  nav?.addEventListener('navigatesuccess', onNavigate);

  return {
    stop() {
      stopped = true;
      observer.disconnect();
      clearTimeout(timer);
      window.removeEventListener('popstate', onNavigate);
      nav?.removeEventListener('navigatesuccess', onNavigate);
    },
    discard() {
      observer.takeRecords();
    },
  };
}
