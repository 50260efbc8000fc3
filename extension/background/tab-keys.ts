/**
 * The page key each tab's content script last asked its notes by, so the
 * popup's `annotations/for-tab` can list a tab's notes without a round trip
 * to the page first (ADR 0365). Kept in session storage (the worker may be
 * stopped at any moment; the popup usually opens on a page read a while
 * ago), which only the extension's own contexts can read, and forgotten when
 * the browser closes. A key that is stale costs nothing but speed: the popup
 * compares it with the key the page gives it.
 */

/** The part of `storage.session` used here. */
export interface SessionArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

export interface TabKeys {
  /** Never throws and never waits: a failed write only means the popup asks the page. */
  remember(tabId: number, urlKey: string): void;
  recall(tabId: number): Promise<string | undefined>;
}

const itemOf = (tabId: number) => `tabKey:${tabId}`;

export function createTabKeys(area: SessionArea | undefined): TabKeys {
  // What this worker life wrote or read: the content script asks again on every change of its notes.
  const known = new Map<number, string>();
  return {
    remember(tabId, urlKey) {
      if (known.get(tabId) === urlKey) return;
      known.set(tabId, urlKey);
      area?.set({ [itemOf(tabId)]: urlKey }).catch(() => known.delete(tabId));
    },
    async recall(tabId) {
      const cached = known.get(tabId);
      if (cached !== undefined || !area) return cached;
      const value = (await area.get(itemOf(tabId)))[itemOf(tabId)];
      if (typeof value !== 'string') return undefined;
      if (!known.has(tabId)) known.set(tabId, value);
      return value;
    },
  };
}
