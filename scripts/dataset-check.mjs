#!/usr/bin/env node
/**
 * npm run dataset:check [-- [dataset.json] [reports-dir]]
 *
 * Validates a dataset (default: the bundled src/dataset/data/syria-2015.json)
 * against the schema and the loader's reference checks, then verifies that
 * every evidence quote sits exactly at its offsets in the report texts.
 *
 * Arguments, in any order: a path ending in `.json` is the dataset to check;
 * any other path is the directory holding the report texts (file names =
 * source ids). `--dataset FILE` and `--reports DIR` say the same explicitly.
 * Reports default to $CROSSCHECK_REPORTS, else ../shared/seeds/ beside the repo.
 * Exits 1 on any problem, 2 on bad usage or missing reports.
 */
import { readFileSync, existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { register } from 'tsx/esm/api';

register();
const { loadDataset, dataset: bundled } = await import('../src/dataset/index.ts');
const { verifyEvidence, formatProblem } = await import('../src/dataset/verify.ts');
const { defaultReportsDir, readReports } = await import('../src/dataset/node-reports.ts');

const usage = 'usage: npm run dataset:check -- [dataset.json] [reports-dir]';
let datasetPath;
let reportsDir;
const args = process.argv.slice(2);
for (let i = 0; i < args.length; i++) {
  const arg = args[i];
  if (arg === '--help' || arg === '-h') {
    console.log(usage);
    process.exit(0);
  } else if (arg === '--dataset') datasetPath = args[++i];
  else if (arg === '--reports') reportsDir = args[++i];
  else if (arg.endsWith('.json')) datasetPath = arg;
  else reportsDir = arg;
}

const die = (code, msg) => {
  console.error(`dataset:check: ${msg}`);
  process.exit(code);
};

let data;
let label = 'bundled dataset (src/dataset/data/syria-2015.json)';
try {
  if (datasetPath) {
    const file = resolve(datasetPath);
    if (!existsSync(file)) die(2, `dataset file not found: ${file}\n${usage}`);
    label = file;
    let json;
    try {
      json = JSON.parse(readFileSync(file, 'utf8'));
    } catch (err) {
      die(1, `${file} is not valid JSON: ${err.message}`);
    }
    data = loadDataset(json);
  } else {
    data = bundled;
  }
} catch (err) {
  die(1, `${label}: ${err.message}`);
}

const dir = resolve(reportsDir ?? defaultReportsDir());
let reports;
try {
  reports = readReports(dir, data.sources.map((s) => s.id));
} catch (err) {
  die(2, `${err.message}\n${usage}`);
}

const problems = verifyEvidence(data, reports);
if (problems.length > 0) {
  die(1, `${label}: ${problems.length} evidence problem(s):\n  ${problems.map(formatProblem).join('\n  ')}`);
}

const evidence = data.claims.reduce((n, c) => n + c.evidence.length, 0);
const rel = (t) => data.relations.filter((r) => r.type === t).length;
console.log(
  `dataset:check OK: ${label}\n` +
    `  ${data.sources.length} sources, ${data.actors.length} actors, ${data.claims.length} claims, ` +
    `${evidence} evidence quotes at exact offsets in ${dir}, ` +
    `${rel('corroborates')} corroborates / ${rel('contradicts')} contradicts relations`,
);
