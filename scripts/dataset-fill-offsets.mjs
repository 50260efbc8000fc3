#!/usr/bin/env node
/**
 * Authoring tool for a dataset JSON file: fills in what a machine does better
 * than a person, then writes the file back.
 *
 *   node scripts/dataset-fill-offsets.mjs [dataset.json] [--reports DIR]
 *
 * - evidence `source` may be written as a unique prefix of a source id ("003");
 *   it is expanded to the full id;
 * - evidence `start`/`end` are computed by finding the hand-written `quote` in
 *   the report. A quote that is absent fails; a quote found more than once
 *   fails unless the stored `start` already points at one occurrence or a
 *   one-based `"occurrence": n` hint is given (the hint is removed);
 * - a quote that only matches once straight quotes/dashes are normalised
 *   (' vs ’, " vs “ ”, - vs –) is replaced by the report's exact text;
 * - each actor's `sources` is recomputed: the reports in which one of its
 *   aliases occurs (same rules as the tests).
 *
 * Defaults: src/dataset/data/syria-2015.json and ../shared/seeds/ beside the repo.
 */
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { register } from 'tsx/esm/api';

register();
const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { occurrences, actorSourcesFromReports } = await import('../src/dataset/match.ts');

const args = process.argv.slice(2);
let datasetPath = resolve(repoRoot, 'src/dataset/data/syria-2015.json');
let reportsDir = resolve(repoRoot, '../shared/seeds');
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--reports') reportsDir = resolve(args[++i] ?? '');
  else datasetPath = resolve(args[i]);
}

const fail = (msg) => {
  console.error(`dataset-fill-offsets: ${msg}`);
  process.exit(1);
};
if (!existsSync(reportsDir)) fail(`reports directory not found: ${reportsDir} (pass --reports DIR)`);

const data = JSON.parse(readFileSync(datasetPath, 'utf8'));
const reports = {};
for (const s of data.sources) {
  const file = resolve(reportsDir, s.id);
  if (!existsSync(file)) fail(`report for source ${s.id} not found in ${reportsDir}`);
  reports[s.id] = readFileSync(file, 'utf8');
}

const norm = (s) => s.replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/[–—]/g, '-');
const errors = [];
let changed = 0;
data.claims.forEach((claim, ci) => {
  claim.evidence = claim.evidence.map((ev, ei) => {
    const where = `claims[${ci}] (${claim.id}).evidence[${ei}]`;
    let source = ev.source;
    if (!(source in reports)) {
      const hits = Object.keys(reports).filter((id) => id.startsWith(source));
      if (hits.length !== 1) {
        errors.push(`${where}: unknown source ${JSON.stringify(source)}`);
        return ev;
      }
      source = hits[0];
    }
    const text = reports[source];
    let quote = ev.quote;
    let starts = occurrences(text, quote);
    if (starts.length === 0) {
      const loose = occurrences(norm(text), norm(quote));
      if (loose.length > 0) {
        quote = text.slice(loose[0], loose[0] + quote.length);
        starts = occurrences(text, quote);
        console.log(`${where}: quote marks normalised to the report's text`);
      }
    }
    if (starts.length === 0) {
      errors.push(`${where}: quote not found in ${source}: ${JSON.stringify(ev.quote)}`);
      return ev;
    }
    let start;
    if (starts.length === 1) start = starts[0];
    else if (typeof ev.occurrence === 'number') start = starts[ev.occurrence - 1];
    else if (starts.includes(ev.start)) start = ev.start;
    if (start === undefined) {
      errors.push(`${where}: quote occurs ${starts.length} times in ${source}; add "occurrence": n (1-based)`);
      return ev;
    }
    const next = { source, quote, start, end: start + quote.length };
    if (JSON.stringify(next) !== JSON.stringify(ev)) changed++;
    return next;
  });
});

const sources = actorSourcesFromReports(data.actors, reports);
for (const actor of data.actors) {
  const found = sources.get(actor.id) ?? [];
  if (found.length === 0) errors.push(`actor ${actor.id}: no alias occurs in any report`);
  if (JSON.stringify(found) !== JSON.stringify(actor.sources)) {
    changed++;
    actor.sources = found;
  }
}

if (errors.length > 0) fail(`${errors.length} problem(s):\n  ${errors.join('\n  ')}`);
writeFileSync(datasetPath, `${JSON.stringify(data, null, 2)}\n`);
console.log(`dataset-fill-offsets: ${datasetPath}: ${changed} field(s) updated`);
