import { defineConfig } from 'vitest/config';

// The Firefox build (dist-firefox/) in Debian's firefox-esr, driven over
// WebDriver BiDi by puppeteer-core (ADR 0215). `npm run test:firefox`.
export default defineConfig({
  test: {
    include: ['tests/firefox/**/*.e2e.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 90_000,
  },
});
