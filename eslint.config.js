import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'dist-firefox/', 'dist-cli/', 'node_modules/', 'artifacts/', '.tmp/'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // The core runs in Node and in a page: it must never reach for extension APIs
    // or import the extension's entry points.
    files: ['src/**/*.ts', 'src/**/*.tsx'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['**/extension/**', '../extension/*'], message: 'src/ is the core: it must not import extension/.' },
          { group: ['webextension-polyfill'], message: 'src/ must not use extension APIs.' },
        ],
      }],
      'no-restricted-globals': ['error', { name: 'chrome', message: 'src/ must not use extension APIs.' }, { name: 'browser', message: 'src/ must not use extension APIs.' }],
    },
  },
  {
    // In-page code never imports the service worker's code (it would drag the database into pages).
    files: ['extension/content/**/*.ts', 'extension/content/**/*.tsx'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [{ group: ['**/background/**', '../background/*'], message: 'content scripts must not import background code.' }],
      }],
    },
  },
);
