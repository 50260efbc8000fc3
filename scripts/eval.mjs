#!/usr/bin/env node
// `npm run eval`: the engine against the hand-labelled articles in eval/.
// Prints precision/recall/F1 per article and overall, writes docs/evaluation.md.
// Options: --json (print the full result as JSON), --no-write (leave the doc alone),
// --with-dataset FILE (repeatable): match with an imported dataset enabled too
// (ClaimReview or native, as the extension imports it); the doc is then left alone.
// --no-unseen: leave the real-shape unseen sets out — the older third and the
// fresh batch (labels with a `batch`) — not read, run, printed or written; use it
// while tuning. The unseen sets are run once, at the end, as a check.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { register } from 'tsx/esm/api';

register();
const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { UNSEEN_SETS, evaluate, selfCheck, toMarkdown, toText } = await import('./eval-lib.ts');
const { dataset } = await import('../src/dataset/index.ts');

const withFiles = process.argv.flatMap((a, i, all) => (a === '--with-dataset' && all[i + 1] ? [all[i + 1]] : []));
const { importDatasetText } = await import('../src/dataset/import.ts');
const extra = [];
for (const file of withFiles) extra.push(await importDatasetText(readFileSync(file, 'utf8'), file));
if (extra.length) console.error(`eval: with ${extra.map((e) => `${e.info.name} (${e.info.claims} claims)`).join(', ')} enabled`);

const noUnseen = process.argv.includes('--no-unseen');
const result = await evaluate(dataset, join(repo, 'eval'), { extra, ...(noUnseen ? { skipSets: UNSEEN_SETS } : {}) });
if (noUnseen) console.error('eval: the real-shape unseen sets (the older third and the fresh batch) are left out (--no-unseen)');
const self = selfCheck(dataset, resolve(repo, '../shared/seeds'));
if (process.argv.includes('--json')) {
  console.log(JSON.stringify(result, null, 2));
} else {
  process.stdout.write(toText(result));
  if (self.reports > 0) {
    console.log(`source reports          ${self.corroborated}/${self.evidenceQuotes} evidence quotes corroborate their claim; ${self.directContradictions.length} self-contradictions`);
  }
}
if (!process.argv.includes('--no-write') && extra.length === 0) {
  mkdirSync(join(repo, 'docs'), { recursive: true });
  const labels = JSON.parse(readFileSync(join(repo, 'eval/labels.json'), 'utf8'));
  const realLabels = JSON.parse(readFileSync(join(repo, 'eval/real-shape-labels.json'), 'utf8'));
  const notes = [labels.corrections, labels.heldOut, ...(labels.afterHeldOut ?? []), labels.finalHeldOut, realLabels.firstRun, ...(realLabels.afterFirstRun ?? []), realLabels.precisionCases, realLabels.precisionCases2, realLabels.precisionCases3, ...(realLabels.afterPrecisionCases ?? []), ...(realLabels.dataCases ?? []), ...(realLabels.afterDataCasesC ?? []), ...(realLabels.freshBatch ?? [])].filter(Boolean);
  if (self.reports > 0) {
    notes.push(`Self-check on the dataset's ${self.reports} source reports: ${self.corroborated} of ${self.evidenceQuotes} evidence quotes (${Math.round((100 * self.corroborated) / self.evidenceQuotes)}%) are found corroborating their own claim; ${self.directContradictions.length} sentences contradict a claim of the same reports by figure, polarity or roles${self.directContradictions.length ? ': ' + self.directContradictions.join('; ') : ''}.`);
  }
  const md = toMarkdown(result, { dataset: `${dataset.id} ${dataset.version}`, date: new Date().toISOString().slice(0, 10), notes });
  writeFileSync(join(repo, 'docs/evaluation.md'), md);
  if (!process.argv.includes('--json')) console.log('wrote docs/evaluation.md');
}
