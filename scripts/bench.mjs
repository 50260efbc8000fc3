#!/usr/bin/env node
// `npm run bench`: the performance suite (issue 7). Builds the extension,
// then runs every case — the engine in Node, highlighting, page edits and
// memory in Chromium, re-anchoring, storage in an extension page, bundle
// sizes — and prints a table of medians with min–max; writes the same into
// docs/benchmarks.md. Not part of `npm test`.
//
//   npm run bench                     everything (~5–8 min on 2 cores)
//   npm run bench -- --json           the figures as JSON on stdout (progress on stderr)
//   npm run bench -- --quick          fewer runs, no 1 MB mark() run, no docs update
//   npm run bench -- --only engine,highlight   some cases (engine, highlight, giant, idle,
//                                     edits, memory, anchoring, storage, popup, datasets, bundles); no docs update
//                                     (popup: the storage case's popup rows alone, its own 10,000 notes)
//   npm run bench -- --pages mb,long  the highlight case on some pages (normal, long, mb, mentions)
//   npm run bench -- --runs 7         rounds per case (default 5, --quick 3)
//   npm run bench -- --no-mark-mb     skip the one ~20 s run of mark.js mark() on the 1 MB page
//   npm run bench -- --no-build       use dist/ as it is
//   npm run bench -- --no-write       leave docs/benchmarks.md alone
//   npm run bench -- --baseline ../other/dist   also run that build of the extension, side by side
//                                     with this one in the same rounds (highlight, idle, edits and popup cases)
//   npm run bench -- --floor-only     the highlight case against the TreeWalker floor alone (no mark.js)
import { spawnSync } from 'node:child_process';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { register } from 'tsx/esm/api';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const argv = process.argv.slice(2);

if (!argv.includes('--no-build')) {
  const res = spawnSync(process.execPath, ['scripts/build.mjs', 'chrome'], { cwd: repo, stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8' });
  process.stderr.write(res.stdout ?? '');
  if (res.status !== 0) {
    console.error('bench: the build failed');
    process.exit(res.status ?? 1);
  }
}

register();
const { main } = await import('./bench/main.ts');
process.exitCode = await main(argv);
