/**
 * DevTools-protocol helpers for the security, lifetime and hostile-page tests:
 * run code in the content script's own (isolated) world, or in a clean world
 * of the page's own; stop the extension's service worker the way Chrome does
 * when it is idle, and tell when it has really stopped.
 */
import type { BrowserContext, CDPSession, Page } from 'playwright-core';

interface ExecutionContext {
  id: number;
  name: string;
  origin: string;
  auxData?: { type?: string; frameId?: string; isDefault?: boolean };
}

/**
 * A handle on one world of a page: the content script's (`Crosscheck`, the
 * extension's isolated world, where `chrome.runtime` is the content script's
 * own and the sender is the page) or a fresh isolated world of the test's.
 */
export interface World {
  /** Evaluates an expression (awaiting a returned promise) and returns its JSON value. */
  eval<T = unknown>(expression: string): Promise<T>;
  detach(): Promise<void>;
}

async function worldFrom(cdp: CDPSession, contextId: number): Promise<World> {
  return {
    async eval<T>(expression: string): Promise<T> {
      const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', { contextId, expression, awaitPromise: true, returnByValue: true });
      if (exceptionDetails) throw new Error(`evaluation failed: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
      return result.value as T;
    },
    detach: () => cdp.detach(),
  };
}

/**
 * The content script's isolated world in the page's top frame. Must be called
 * before the page loads (it listens for the world being created): pass a
 * function that navigates.
 */
export async function withContentWorld(page: Page, navigate: () => Promise<unknown>): Promise<World> {
  const cdp = await page.context().newCDPSession(page);
  const contexts: ExecutionContext[] = [];
  cdp.on('Runtime.executionContextCreated', (event: { context: ExecutionContext }) => contexts.push(event.context));
  await cdp.send('Runtime.enable');
  await navigate();
  const { frameTree } = await cdp.send('Page.getFrameTree');
  const deadline = Date.now() + 10_000;
  for (;;) {
    const found = contexts.filter((c) => c.name === 'Crosscheck' && c.origin.startsWith('chrome-extension://') && c.auxData?.frameId === frameTree.frame.id).at(-1);
    if (found) return worldFrom(cdp, found.id);
    if (Date.now() > deadline) throw new Error('the content script world did not appear');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** A new isolated world of the test's own in the page's top frame: the page's overrides of built-ins do not reach it. */
export async function cleanWorld(page: Page): Promise<World> {
  const cdp = await page.context().newCDPSession(page);
  const { frameTree } = await cdp.send('Page.getFrameTree');
  const { executionContextId } = await cdp.send('Page.createIsolatedWorld', { frameId: frameTree.frame.id, worldName: 'crosscheck-test', grantUniveralAccess: false });
  return worldFrom(cdp, executionContextId);
}

/**
 * Watches the extension's service worker through the DevTools ServiceWorker
 * domain of an extension page (the page must be one of the extension's, e.g.
 * popup.html opened as a tab, so that the worker's registration is in view).
 */
export async function watchServiceWorker(context: BrowserContext, extensionPage: Page) {
  const cdp = await context.newCDPSession(extensionPage);
  const states: { status: string; at: number }[] = [];
  cdp.on('ServiceWorker.workerVersionUpdated', (event: { versions: { scriptURL: string; runningStatus: string }[] }) => {
    for (const version of event.versions) if (version.scriptURL.endsWith('/background.js')) states.push({ status: version.runningStatus, at: Date.now() });
  });
  await cdp.send('ServiceWorker.enable');

  const waitFor = async (status: string, after: number, timeout = 10_000) => {
    const deadline = Date.now() + timeout;
    while (!states.some((s) => s.status === status && s.at >= after)) {
      if (Date.now() > deadline) throw new Error(`the service worker never reached "${status}" (seen: ${states.map((s) => s.status).join(' → ')})`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  };

  return {
    states,
    /**
     * Stops the worker as Chrome does when it has been idle (`ServiceWorker.stopAllWorkers`)
     * and waits until the ServiceWorker domain reports it stopped.
     */
    async stop(): Promise<void> {
      const at = Date.now();
      await cdp.send('ServiceWorker.stopAllWorkers');
      await waitFor('stopped', at);
    },
    /** Waits until the worker runs again after `since`. */
    running: (since: number) => waitFor('running', since),
    /** How many times the worker was seen stopped. */
    stops: () => states.filter((s) => s.status === 'stopped').length,
    detach: () => cdp.detach(),
  };
}
