/**
 * What a digging tool traces (trace-functions.ts, trace-phases.ts): `<page> <runs> [dist…]` from
 * its command line, the bench page served and each build's browser launched with it.
 */
import { resolve } from 'node:path';
import { dataset } from '../../src/dataset';
import { makePages } from './inputs';
import { openBrowsers } from './chromium';
import { launchWithExtension, type ExtensionBrowser } from '../../tests/e2e/harness';

export async function traceTargets(defaultRuns: number): Promise<{ pageName: string; runs: number; b: Awaited<ReturnType<typeof openBrowsers>>; exts: [string, ExtensionBrowser][] }> {
  const [pageName = 'long', runsArg = String(defaultRuns), ...distArgs] = process.argv.slice(2);
  const dists = distArgs.length ? distArgs : ['dist'];
  const page = makePages(dataset)[pageName as keyof ReturnType<typeof makePages>];
  if (!page) throw new Error(`no bench page "${pageName}"`);
  const b = await openBrowsers({ [pageName]: page.html });
  const exts: [string, ExtensionBrowser][] = [];
  for (const d of dists) exts.push([d, await launchWithExtension({ dist: resolve(d) })]);
  return { pageName, runs: Number(runsArg), b, exts };
}
