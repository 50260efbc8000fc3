import { resolve } from 'node:path';
import { defineConfig, type Plugin, type UserConfig } from 'vite';
import { highlightSheet } from './extension/content/highlight-sheet.ts';
import { ALL_LAYERS } from './extension/shared/layers.ts';

/**
 * Two builds share this file (scripts/build.mjs runs both):
 * - default mode: extension pages (popup, options) and the service worker, as
 *   ES modules that may share chunks;
 * - `--mode content`: the content script alone, as one classic IIFE, because
 *   content scripts cannot load ES modules at run time.
 */
const root = resolve(import.meta.dirname, 'extension');
const outDir = resolve(import.meta.dirname, process.env.CROSSCHECK_OUT ?? 'dist');

/** highlights.css: the `::highlight()` rules, injected by the manifest before the page's first style pass. */
function highlightStylesheet(): Plugin {
  return {
    name: 'crosscheck-highlight-sheet',
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'highlights.css', source: highlightSheet(ALL_LAYERS) });
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
    minify: true,
    reportCompressedSize: false,
  },
};

export default defineConfig(({ mode }): UserConfig => {
  if (mode === 'content') {
    return {
      ...shared,
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
  return {
    ...shared,
    publicDir: resolve(import.meta.dirname, 'public'),
    build: {
      ...shared.build,
      emptyOutDir: true,
      // <link rel="modulepreload"> for the pages' static imports (fetched with the entry, not after it); no polyfill: an inline script would break the CSP
      modulePreload: { polyfill: false },
      rolldownOptions: {
        input: {
          popup: resolve(root, 'popup/popup.html'),
          options: resolve(root, 'options/options.html'),
          library: resolve(root, 'library/library.html'),
          background: resolve(root, 'background/index.ts'),
        },
        output: {
          entryFileNames: (chunk) => (chunk.name === 'background' ? 'background.js' : 'assets/[name]-[hash].js'),
        },
      },
    },
  };
});
