/**
 * Fingerprints of everything the engine outputs, for speed work that must not
 * move a result (ADR 0175): a hash of the full analysis of every SEEN eval
 * article, read through the eval's own path (the unseen sets are left out:
 * neither read nor run), and of the bench's pages (analyzeText with and
 * without paragraphs, findActors, the alias matcher on the 1 MB text). Write
 * them before and after a change and diff the two files.
 *
 *   npx tsx scripts/output-fingerprints.ts > /tmp/before.txt
 *   (change)
 *   npx tsx scripts/output-fingerprints.ts > /tmp/after.txt && diff /tmp/before.txt /tmp/after.txt
 */
import { createHash } from 'node:crypto';
import { join, resolve } from 'node:path';
import { dataset } from '../src/dataset/index';
import { createEngine } from '../src/engine/index';
import { spans } from './bench/engine';
import { makePages } from './bench/inputs';
import { UNSEEN_SETS, evaluate } from './eval-lib';

const repo = resolve(import.meta.dirname, '..');
const hash = (x: unknown): string => createHash('sha1').update(JSON.stringify(x)).digest('hex').slice(0, 16);
const lines: string[] = [];
await evaluate(dataset, join(repo, 'eval'), {
  skipSets: UNSEEN_SETS,
  onAnalysis: (file, text, analysis, hits) => lines.push(`${file} text ${hash(text)} analysis ${hash(analysis)} hits ${hash(hits)}`),
});
const engine = createEngine(dataset);
for (const page of Object.values(makePages(dataset))) {
  if (page.name === 'mb') {
    lines.push(`bench ${page.name} find ${hash(engine.matcher.find(page.text))}`);
    continue;
  }
  const withParagraphs = hash(engine.analyzeText(page.text, { paragraphs: spans(page.text) }));
  lines.push(`bench ${page.name} analyze ${withParagraphs} plain ${hash(engine.analyzeText(page.text))} actors ${hash(engine.findActors(page.text))}`);
}
process.stdout.write(lines.join('\n') + '\n');
