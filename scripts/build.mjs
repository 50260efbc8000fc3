#!/usr/bin/env node
// Builds the unpacked extension for one browser: `node scripts/build.mjs chrome|firefox [--zip]`.
// Chrome → dist/, Firefox → dist-firefox/. The manifest at the repo root is the
// Chrome manifest; firefoxManifest() derives the Firefox one from it.
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawnSync } from 'node:child_process';
import { build } from 'vite';
import { register } from 'tsx/esm/api';
import { firefoxManifest } from './manifest.mjs';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const target = process.argv[2] ?? 'chrome';
const zip = process.argv.includes('--zip');
if (target !== 'chrome' && target !== 'firefox') {
  console.error(`build: unknown target "${target}" (expected chrome or firefox)`);
  process.exit(2);
}

const outDir = target === 'chrome' ? 'dist' : 'dist-firefox';
process.env.CROSSCHECK_OUT = outDir;
process.env.CROSSCHECK_BROWSER = target;

const started = performance.now();

// The dataset ships inside the extension: refuse to build with one that fails
// its schema or reference checks (importing the loader runs them).
register();
try {
  const { dataset } = await import('../src/dataset/index.ts');
  console.log(`build: dataset ${dataset.id} v${dataset.version} valid (${dataset.claims.length} claims, ${dataset.actors.length} actors)`);
} catch (error) {
  console.error(`build: the bundled dataset is invalid:\n${error.message}`);
  process.exit(1);
}

// the config is loaded by Vite's module runner: it imports the core's TypeScript (the precompiled matcher tables),
// which the default loader bundles with a warning per extensionless import; the output is the same, byte for byte
const quiet = { logLevel: 'warn', configFile: resolve(repo, 'vite.config.ts'), configLoader: 'runner' };
await build({ ...quiet, mode: 'production' });
await build({ ...quiet, mode: 'popup' }); // popup and options: one module file each (ADR 0127)
await build({ ...quiet, mode: 'options' });
await build({ ...quiet, mode: 'content' });
await build({ ...quiet, mode: 'content-cards' }); // parts of the content script injected when first needed (ADR 0150)
await build({ ...quiet, mode: 'content-matcher' });
await build({ ...quiet, mode: 'bootstrap' });

const manifest = JSON.parse(await readFile(resolve(repo, 'manifest.json'), 'utf8'));
const pkg = JSON.parse(await readFile(resolve(repo, 'package.json'), 'utf8'));
manifest.version = pkg.version;
const out = target === 'chrome' ? manifest : firefoxManifest(manifest);
await writeFile(resolve(repo, outDir, 'manifest.json'), JSON.stringify(out, null, 2) + '\n');

// Pages live in sub-folders of extension/; Vite keeps that layout, so the
// manifest's paths must exist in the output.
for (const file of referencedFiles(out)) {
  if (!existsSync(resolve(repo, outDir, file))) {
    console.error(`build: the manifest names ${file}, which the build did not produce`);
    process.exit(1);
  }
}
console.log(`build: ${target} → ${outDir}/ in ${Math.round(performance.now() - started)} ms`);

if (zip) {
  await mkdir(resolve(repo, 'artifacts'), { recursive: true });
  const res = spawnSync(
    resolve(repo, 'node_modules/.bin/web-ext'),
    ['build', '--source-dir', outDir, '--artifacts-dir', 'artifacts', '--overwrite-dest', '--filename', `crosscheck-${target}-${pkg.version}.zip`],
    { cwd: repo, stdio: 'inherit' },
  );
  if (res.status !== 0) process.exit(res.status ?? 1);
}

function referencedFiles(m) {
  const files = new Set();
  Object.values(m.icons ?? {}).forEach((f) => files.add(f));
  if (m.action?.default_popup) files.add(m.action.default_popup);
  if (m.options_ui?.page) files.add(m.options_ui.page);
  if (m.background?.service_worker) files.add(m.background.service_worker);
  (m.background?.scripts ?? []).forEach((f) => files.add(f));
  (m.content_scripts ?? []).forEach((cs) => (cs.js ?? []).forEach((f) => files.add(f)));
  files.add('content.js'); // injected by the worker where the bootstrap asks (ADR 0051)
  files.add('content-cards.js'); // and its parts, where content.js asks (ADR 0150)
  files.add('content-matcher.js');
  (m.web_accessible_resources ?? []).forEach((w) => (w.resources ?? []).forEach((f) => files.add(f)));
  return files;
}
