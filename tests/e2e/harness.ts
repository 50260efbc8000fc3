/// <reference types="chrome" />
/**
 * Starts Chromium with the built extension and serves test pages on loopback.
 * What works on these machines is written up in ../shared/notes/browser-testing.md.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { existsSync, mkdtempSync, rmSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { AddressInfo } from 'node:net';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';

export const REPO = resolve(import.meta.dirname, '../..');
export const DIST = resolve(REPO, 'dist');

export function chromiumPath(): string {
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/lib/chromium/chromium'].filter(Boolean) as string[];
  const found = candidates.find((p) => existsSync(p));
  if (!found) throw new Error('Chromium not found: install Debian\'s chromium (apt-get install -y chromium) or set CHROME_PATH');
  return found;
}

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  /** Opens the popup as a normal tab, pointed at the tab of `page`. */
  openPopup(page: Page): Promise<Page>;
  close(): Promise<void>;
}

/** `dist`: another build of the extension (the bench's `--baseline`); default the repository's dist/. */
export async function launchWithExtension(options: { args?: string[]; ignoreHTTPSErrors?: boolean; headless?: boolean; dist?: string } = {}): Promise<ExtensionBrowser> {
  const dist = options.dist ?? DIST;
  if (!existsSync(join(dist, 'manifest.json'))) throw new Error(`${dist} is missing: run \`npm run build\` first`);
  const home = mkdtempSync(join(tmpdir(), 'crosscheck-e2e-'));
  for (const dir of ['profile', 'config', 'cache', 'tmp']) mkdirSync(join(home, dir));
  const context = await chromium.launchPersistentContext(join(home, 'profile'), {
    executablePath: chromiumPath(),
    headless: options.headless ?? true,
    ignoreHTTPSErrors: options.ignoreHTTPSErrors ?? false,
    viewport: { width: 1200, height: 900 },
    args: [
      `--disable-extensions-except=${dist}`,
      `--load-extension=${dist}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      ...(options.args ?? []),
    ],
    env: { ...process.env, XDG_CONFIG_HOME: join(home, 'config'), XDG_CACHE_HOME: join(home, 'cache'), TMPDIR: join(home, 'tmp') },
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  const extensionId = new URL(worker.url()).host;

  return {
    context,
    extensionId,
    worker,
    async openPopup(page) {
      const tabId = await tabIdOf(worker, page);
      const popup = await context.newPage();
      await popup.goto(`chrome-extension://${extensionId}/popup/popup.html?tab=${tabId}`);
      return popup;
    },
    async close() {
      await context.close();
      rmSync(home, { recursive: true, force: true });
    },
  };
}

/**
 * The browser's tab id of `page`. Crosscheck has no "tabs" permission, so tab
 * URLs are hidden from it: bring the page to the front and ask for the active tab.
 */
export async function tabIdOf(worker: Worker, page: Page): Promise<number> {
  await page.bringToFront();
  const id = await worker.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return tab?.id ?? null;
  });
  if (id === null) throw new Error(`no active tab for ${page.url()}`);
  return id;
}

export type Route = string | ((req: IncomingMessage, res: ServerResponse) => void);

export interface TestServer {
  origin: string;
  url(path: string): string;
  /** Replaces or adds a page while the server runs (e.g. serve an edited article). */
  set(path: string, route: Route): void;
  close(): Promise<void>;
}

export async function serve(routes: Record<string, Route>, options: { https?: boolean } = {}): Promise<TestServer> {
  const table = new Map(Object.entries(routes));
  const handler = (req: IncomingMessage, res: ServerResponse) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const route = table.get(path);
    if (route === undefined) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    } else if (typeof route === 'string') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(route);
    } else {
      route(req, res);
    }
  };
  const server: Server = options.https ? createHttpsServer(selfSignedCertificate(), handler) : createServer(handler);
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const origin = `${options.https ? 'https' : 'http'}://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    url: (path) => origin + path,
    set: (path, route) => void table.set(path, route),
    close: () => new Promise((ok) => server.close(() => ok())),
  };
}

/** A throwaway certificate for serving pages under real host names over HTTPS. */
function selfSignedCertificate(): { key: string; cert: string } {
  const dir = mkdtempSync(join(tmpdir(), 'crosscheck-cert-'));
  try {
    execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', '/CN=localhost', '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem')], { stdio: 'ignore' });
    return { key: readFileSync(join(dir, 'key.pem'), 'utf8'), cert: readFileSync(join(dir, 'cert.pem'), 'utf8') };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Chromium flags that send every host name to a local server, so a page can
 * be served as https://www.some-outlet.com/… with no network.
 */
export function hostMappingArgs(server: TestServer): string[] {
  const port = new URL(server.origin).port;
  return [`--host-resolver-rules=MAP * 127.0.0.1:${port}`, '--ignore-certificate-errors'];
}
