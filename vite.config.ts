import { resolve } from 'node:path';
import { defineConfig, type Plugin, type UserConfig } from 'vite';
import { highlightSheet } from './extension/content/highlight-sheet.ts';
import { ALL_LAYERS } from './extension/shared/layers.ts';
import { buildGateTable, packGateTable } from './extension/content/activation-gate.ts';
import { briefOf } from './extension/content/bundled-knowledge.ts';
import { dataset } from './src/dataset/bundled.ts';
import { bundledInfo } from './src/dataset/collection.ts';
import { buildMatcherTables } from './src/actors/matcher.ts';
import { pack } from './src/engine/packed.ts';
import { CONTENT_PARTS } from './extension/shared/start-content.ts';

/**
 * Five builds share this file (scripts/build.mjs runs them in turn):
 * - default mode: extension pages (library, note frame) and the service
 *   worker, as ES modules that may share chunks;
 * - `--mode popup`, `--mode options`: each of those pages alone, one module
 *   file and one style sheet (ADR 0127);
 * - `--mode content`: the full content script, as one classic IIFE, because
 *   content scripts cannot load ES modules at run time; the worker injects it
 *   where the bootstrap asks (ADR 0051);
 * - `--mode bootstrap`: the few-KB script the manifest declares for every
 *   page, with the vocabulary gate's table inlined;
 * - `--mode content-cards`, `--mode content-matcher`: the parts kept out of
 *   `content.js`, each one classic script the worker injects when the page
 *   first needs it (ADR 0150).
 */
const root = resolve(import.meta.dirname, 'extension');
/** Pages built alone, one module file each (`--mode popup`, `--mode options`; ADR 0127). */
const ONE_FILE_PAGES: Record<string, string> = { popup: 'popup/popup.html', options: 'options/options.html' };
const outDir = resolve(import.meta.dirname, process.env.CROSSCHECK_OUT ?? 'dist');

/** highlights.css: the `::highlight()` rules, injected by the manifest before the page's first style pass. */
function highlightStylesheet(): Plugin {
  return {
    name: 'crosscheck-highlight-sheet',
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'highlights.css', source: highlightSheet(ALL_LAYERS, process.env.CROSSCHECK_BROWSER === 'firefox' ? 'firefox' : 'chrome') });
    },
  };
}

const shared: UserConfig = {
  root,
  define: {
    'process.env.NODE_ENV': JSON.stringify('production'),
    __BROWSER__: JSON.stringify(process.env.CROSSCHECK_BROWSER ?? 'chrome'),
  },
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  build: {
    outDir,
    target: 'chrome111',
    sourcemap: false,
    minify: process.env.CROSSCHECK_MINIFY !== '0', // 0: readable names in profiles
    reportCompressedSize: false,
  },
};

/** One classic script: `entry` → `dist/<file>`. */
function classicScript(entry: string, file: string, name: string, extra: Partial<UserConfig> = {}): UserConfig {
  return {
    ...shared,
    ...extra,
    define: { ...shared.define, ...extra.define },
    publicDir: false,
    build: {
      ...shared.build,
      emptyOutDir: false,
      lib: { entry: resolve(root, entry), formats: ['iife'], name, fileName: () => file },
    },
  };
}

export default defineConfig(({ mode }): UserConfig => {
  if (mode === 'bootstrap') {
    return classicScript('content/bootstrap.ts', 'bootstrap.js', 'crosscheckBootstrap', {
      define: { __ACTIVATION_GATE__: JSON.stringify(packGateTable(buildGateTable(dataset.actors))) },
    });
  }
  if (mode === 'content-cards') {
    // the bundled dataset as JSON text, parsed on first use (ADR 0110)
    return classicScript('content/parts/cards-part.ts', CONTENT_PARTS.cards, 'crosscheckCards', {
      define: { __BUNDLED_DATASET__: JSON.stringify(JSON.stringify(dataset)) },
    });
  }
  if (mode === 'content-matcher') {
    // the alias matcher over the bundled dataset, compiled here once (extension/content/bundled-matcher.ts, ADR 0100)
    return classicScript('content/parts/matcher-part.ts', CONTENT_PARTS.matcher, 'crosscheckMatcher', {
      define: { __MATCHER_TABLES__: JSON.stringify(pack(buildMatcherTables(dataset.actors))) },
    });
  }
  if (mode === 'content') {
    return {
      ...shared,
      // what drawing needs of the bundled dataset, as JSON text (extension/content/bundled-knowledge.ts, ADR 0110)
      define: { ...shared.define, __BUNDLED_BRIEF__: JSON.stringify(JSON.stringify(briefOf(dataset))) },
      publicDir: false,
      plugins: [highlightStylesheet()],
      build: {
        ...shared.build,
        emptyOutDir: false,
        lib: {
          entry: resolve(root, 'content/index.ts'),
          formats: ['iife'],
          name: 'crosscheckContent',
          fileName: () => 'content.js',
        },
      },
    };
  }
  // the options page lists the bundled dataset's facts without loading it
  const pageDefine = { ...shared.define, __BUNDLED_INFO__: JSON.stringify(bundledInfo(dataset)) };
  if (mode in ONE_FILE_PAGES) {
    // The popup and the options page open in a hurry: each is built alone, into one module
    // file (and one style sheet), not the shared chunks the other pages load (ADR 0127).
    return {
      ...shared,
      define: pageDefine,
      publicDir: false,
      build: {
        ...shared.build,
        emptyOutDir: false,
        modulePreload: { polyfill: false },
        rolldownOptions: {
          input: { [mode]: resolve(root, ONE_FILE_PAGES[mode]!) },
          output: { entryFileNames: 'assets/[name]-[hash].js' },
        },
      },
    };
  }
  return {
    ...shared,
    define: pageDefine,
    publicDir: resolve(import.meta.dirname, 'public'),
    build: {
      ...shared.build,
      emptyOutDir: true,
      // <link rel="modulepreload"> for the pages' static imports (fetched with the entry, not after it); no polyfill: an inline script would break the CSP
      modulePreload: { polyfill: false },
      rolldownOptions: {
        input: {
          library: resolve(root, 'library/library.html'),
          'note-frame': resolve(root, 'note-frame/note-frame.html'),
          background: resolve(root, 'background/index.ts'),
        },
        output: {
          entryFileNames: (chunk) => (chunk.name === 'background' ? 'background.js' : 'assets/[name]-[hash].js'),
        },
      },
    },
  };
});
