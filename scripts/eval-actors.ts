/**
 * Actor and claimant diagnostics on the own-words and real-shape SEEN sets
 * (the unseen sets, the older third and the fresh batch, are never read): for each article, the actors found that
 * its label does not expect (with the words that fired them), the expected
 * actors not found, and with `--claimants` every claim sentence's claimant
 * as the page would show it. Run: `npx tsx scripts/eval-actors.ts [--claimants]`.
 */
import { join, resolve } from 'node:path';
import { dataset } from '../src/dataset/index';
import type { ClaimHit } from '../src/engine/article-scan';
import type { Analysis } from '../src/engine/index';
import { UNSEEN_SETS, evaluate } from './eval-lib';

const repo = resolve(import.meta.dirname, '..');
const showClaimants = process.argv.includes('--claimants');
const around = (text: string, start: number, end: number): string =>
  `…${text.slice(Math.max(0, start - 40), start)}[${text.slice(start, end)}]${text.slice(end, end + 30)}…`.replace(/\s+/g, ' ');
const seen = new Map<string, { text: string; analysis: Analysis; hits: readonly ClaimHit[] }>();
const result = await evaluate(dataset, join(repo, 'eval'), {
  skipSets: UNSEEN_SETS,
  onAnalysis: (file, text, analysis, hits) => seen.set(file, { text, analysis, hits }),
});
const actorsById = new Map(dataset.actors.map((a) => [a.id, a]));
for (const r of result.articles) {
  const got = seen.get(r.file);
  if (!got) continue;
  const lines: string[] = [];
  for (const id of r.extraActors) {
    const rep = got.analysis.actors.find((a) => a.id === id);
    for (const m of rep?.mentions.slice(0, 3) ?? []) lines.push(`  extra ${id}: ${around(got.text, m.start, m.end)}`);
  }
  for (const id of r.missingActors) {
    const a = actorsById.get(id);
    lines.push(`  missed ${id} (${[a?.name, ...(a?.aliases ?? []).map((x) => (typeof x === 'string' ? x : x.text))].slice(0, 6).join(' | ')})`);
  }
  if (showClaimants) for (const h of got.hits) if (h.claimant) lines.push(`  claimant ${h.claimantId ? `${h.claimantId}` : '(words)'} "${h.claimant}" ← ${h.text.slice(0, 110).replace(/\s+/g, ' ')}`);
  if (lines.length) console.log(`## ${r.file} (${r.set})\n${lines.join('\n')}`);
}
