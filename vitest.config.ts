import { defineConfig } from 'vitest/config';

// Unit tests: the core (`src/`) and the extension's pure parts, beside the code.
// End-to-end tests in real Chromium have their own config (vitest.e2e.config.ts).
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'extension/**/*.test.ts', 'extension/**/*.test.tsx', 'scripts/**/*.test.ts'],
    environment: 'node',
    testTimeout: 20_000,
  },
});
