#!/usr/bin/env node
// `npm test`: every suite — unit tests (Vitest), then a build and the
// end-to-end tests in real Chromium, then the Firefox build and its smoke test
// in Debian's firefox-esr (ADR 0215) — and one closing line that sums them:
// `N passed, N failed`. Exits non-zero when any test fails or a suite breaks.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const scratch = mkdtempSync(join(tmpdir(), 'crosscheck-tests-'));
const vitest = resolve(repo, 'node_modules/.bin/vitest');

const suites = [
  { name: 'unit', cmd: vitest, args: ['run'] },
  { name: 'build', cmd: process.execPath, args: ['scripts/build.mjs', 'chrome'], counts: false },
  { name: 'e2e', cmd: vitest, args: ['run', '--config', 'vitest.e2e.config.ts'] },
  { name: 'build-firefox', cmd: process.execPath, args: ['scripts/build.mjs', 'firefox'], counts: false },
  { name: 'firefox', cmd: vitest, args: ['run', '--config', 'vitest.firefox.config.ts'] },
];

let passed = 0;
let failed = 0;
let broken = false;
const started = Date.now();

for (const suite of suites) {
  const t0 = Date.now();
  console.log(`\n=== ${suite.name} ===`);
  const report = join(scratch, `${suite.name}.json`);
  const args = suite.counts === false ? suite.args : [...suite.args, '--reporter=default', '--reporter=json', `--outputFile.json=${report}`];
  const res = spawnSync(suite.cmd, args, { cwd: repo, stdio: 'inherit', env: process.env });
  if (suite.counts === false) {
    if (res.status !== 0) {
      console.log(`${suite.name} failed (exit ${res.status}); the suites after it cannot run`);
      failed += 1;
      broken = true;
      break;
    }
    continue;
  }
  if (!existsSync(report)) {
    console.log(`${suite.name}: no report written (exit ${res.status})`);
    failed += 1;
    broken = true;
    continue;
  }
  const json = JSON.parse(readFileSync(report, 'utf8'));
  passed += json.numPassedTests;
  failed += json.numFailedTests;
  // A file that fails to load counts no test but is still a failure.
  const suiteErrors = json.testResults.filter((f) => f.status === 'failed' && f.assertionResults.length === 0).length;
  failed += suiteErrors;
  if (res.status !== 0 && json.numFailedTests === 0 && suiteErrors === 0) failed += 1;
  console.log(`${suite.name}: ${json.numPassedTests} passed, ${json.numFailedTests + suiteErrors} failed in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
}

console.log(`\nall suites in ${((Date.now() - started) / 1000).toFixed(1)} s${broken ? ' (stopped early)' : ''}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
