/**
 * Where recall is lost: for every labelled match the engine misses, what the
 * claim index saw for that sentence — the claim not retrieved, judged below
 * the lexical floor, or judged and held back (its features and flags). Only
 * the own-words and real-shape SEEN sets: the unseen sets (the older third
 * and the fresh batch) are never read to design a rule. Run: `npx tsx scripts/eval-diagnose.ts [--all-candidates]`.
 * With `--wrong`: the other way round, every wrong match and every match the labels only allow
 * ('optional', an error in the strict precision), with what judging it saw.
 */
import { join, resolve } from 'node:path';
import { dataset } from '../src/dataset/index';
import type { MatchTrace } from '../src/claims/match';
import { featureVector, promoteProbability } from '../src/claims/promote';
import { PROMOTE_MODEL } from '../src/claims/promote-weights';
import { UNSEEN_SETS, evaluate } from './eval-lib';

const repo = resolve(import.meta.dirname, '..');
const traces = new Map<string, MatchTrace[]>();
let current = '';
const result = await evaluate(dataset, join(repo, 'eval'), {
  skipSets: UNSEEN_SETS,
  onArticle: (file) => {
    current = file;
    traces.set(file, []);
  },
  trace: (e) => traces.get(current)?.push(e),
});
const statements = new Map(dataset.claims.map((c) => [c.id, c.statement]));
const f2 = (x: number): string => x.toFixed(2);
const buckets = new Map<string, number>();
if (process.argv.includes('--wrong')) {
  for (const a of result.articles) {
    if (UNSEEN_SETS.includes(a.set) || (a.wrong.length === 0 && a.optional.length === 0)) continue;
    console.log(`\n## ${a.file} (${a.set})`);
    for (const [kind, list] of [['wrong', a.wrong], ['optional', a.optional]] as const) {
      for (const line of list) {
        console.log(`- ${kind}: ${line}`);
        const m = /^(?:derived )?\w+ (\S+)(?: \(via \S+\))?(?: \([\d.]+\))? for "(.{0,60})/.exec(line) ?? /^\w+ (\S+) should be \w+: "(.{0,60})/.exec(line);
        if (!m) continue;
        for (const t of (traces.get(a.file) ?? []).filter((x) => x.claimId === m[1] && x.sentence.startsWith(m[2]!.slice(0, 40)))) {
          console.log(`    rank ${t.rank} lex ${f2(t.lex)} content ${f2(t.lexContent)} → ${t.relation} [${t.flags.join(', ')}]`);
        }
      }
    }
  }
  process.exit(0);
}
for (const a of result.articles) {
  if (UNSEEN_SETS.includes(a.set) || a.missed.length === 0) continue;
  console.log(`\n## ${a.file} (${a.set})`);
  for (const miss of a.missed) {
    const m = /^(\w+) (\S+) for "(.*)"$/.exec(miss);
    if (!m) continue;
    const [, relation, claimId, sentence] = m;
    const seen = (traces.get(a.file) ?? []).filter((t) => t.sentence.includes(sentence!));
    const mine = seen.filter((t) => t.claimId === claimId);
    let why: string;
    if (seen.length === 0) why = 'sentence never matched (no claim cue and no actor, furniture, or split elsewhere)';
    else if (mine.length === 0) why = 'claim not retrieved';
    else if (mine.every((t) => t.flags.includes('below-floor'))) why = 'below the lexical floor';
    else if (mine.every((t) => t.flags.includes('page-of-other-time'))) why = 'page read as of another time';
    else why = `judged ${mine.map((t) => t.relation).join('/')}`;
    const bucket = why.startsWith('judged') ? 'judged, held back' : why;
    buckets.set(bucket, (buckets.get(bucket) ?? 0) + 1);
    console.log(`- ${relation} ${claimId}: ${why}`);
    console.log(`    labelled: "${sentence}"`);
    console.log(`    claim:    "${statements.get(claimId!)}"`);
    for (const t of mine) {
      // a candidate of the fitted second look (ADR 0135): the model's probability, whether or not it is switched on
      const p = t.features && PROMOTE_MODEL.weights.length > 0 ? ` model p ${f2(promoteProbability(featureVector(t.features), PROMOTE_MODEL))}${PROMOTE_MODEL.threshold > 1 ? ' (model off)' : ''}` : '';
      console.log(`    rank ${t.rank} lex ${f2(t.lex)} content ${f2(t.lexContent)} → ${t.relation} [${t.flags.join(', ')}]${p}`);
    }
    if (process.argv.includes('--all-candidates')) {
      for (const t of seen.filter((x) => x.claimId !== claimId).slice(0, 5)) console.log(`      other ${t.claimId} lex ${f2(t.lex)} → ${t.relation}`);
    }
  }
}
console.log('\n## Misses by where they are lost (own + real seen)');
for (const [k, n] of [...buckets].sort((x, y) => y[1] - x[1])) console.log(`${n}\t${k}`);
