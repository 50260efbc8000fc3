// The real-shape labels checked as data, never by running the matcher: a
// broken label (a sentence the article does not hold, an unknown claim or
// actor, two labels in one sentence, which the evaluation would read as one)
// fails here. The matcher's figures on the unseen sets are read only by
// `npm run eval`, once, at the end of a session.
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dataset } from '../src/dataset/index';
import { splitSentences } from '../src/text/sentences';
import { UNSEEN_SETS, isSkipped, readArticle, setOf } from './eval-lib';

const evalDir = join(resolve(__dirname, '..'), 'eval');
const realDir = join(evalDir, 'real-shape');

interface Label {
  kind: string;
  set?: string;
  batch?: string;
  actors: string[];
  sentences: { sentence: string; matches: { claimId: string; relation: string }[]; optional?: string[]; class?: string }[];
}
const labels = JSON.parse(readFileSync(join(evalDir, 'real-shape-labels.json'), 'utf8')) as { articles: Record<string, Label> };
const files = readdirSync(realDir).filter((f) => /\.(txt|html?)$/.test(f)).sort();
const claimIds = new Set(dataset.claims.map((c) => c.id));
const actorIds = new Set(dataset.actors.map((a) => a.id));
const KINDS = ['re-report', 'changed-figures', 'reversed', 'other-events', 'unrelated'];
const SETS = ['real-seen', 'real-unseen'];
const CLASSES = ['figures', 'quantifiers', 'headlines', 'speakers', 'spellings', 'paraphrase', 'overlap'];
/** The fresh unseen batch now written (u181-u200, session 15): nothing runs the engine on it before the lead's one run at the end. */
const CURRENT_BATCH = 'fresh-s15'; // once run it is seen (firstRunAs 'fresh-s15', batch removed) and the next batch sets its own name

describe('real-shape labels', () => {
  it('label every article file, and only those', () => {
    expect(Object.keys(labels.articles).sort()).toEqual(files);
  });

  it('use known kinds, sets, classes, claim ids and actor ids; a batch is an unseen one', () => {
    const problems: string[] = [];
    for (const [file, l] of Object.entries(labels.articles)) {
      if (!KINDS.includes(l.kind)) problems.push(`${file}: kind ${l.kind}`);
      if (!SETS.includes(l.set ?? '')) problems.push(`${file}: set ${l.set}`);
      if (l.batch !== undefined && l.set !== 'real-unseen') problems.push(`${file}: batch ${l.batch} outside the unseen set`);
      for (const a of l.actors) if (!actorIds.has(a)) problems.push(`${file}: unknown actor ${a}`);
      if (new Set(l.actors).size !== l.actors.length) problems.push(`${file}: an actor listed twice`);
      for (const s of l.sentences) {
        for (const m of s.matches) {
          if (!claimIds.has(m.claimId)) problems.push(`${file}: unknown claim ${m.claimId}`);
          if (m.relation !== 'corroborates' && m.relation !== 'contradicts') problems.push(`${file}: relation ${m.relation}`);
          if (s.optional?.includes(m.claimId)) problems.push(`${file}: ${m.claimId} both required and optional`);
        }
        for (const o of s.optional ?? []) if (!claimIds.has(o)) problems.push(`${file}: unknown optional claim ${o}`);
        if (s.class !== undefined && !CLASSES.includes(s.class)) problems.push(`${file}: class ${s.class}`);
      }
      // an off-topic page expects no match at all
      if (l.kind === 'unrelated' && l.sentences.some((s) => s.matches.length > 0)) problems.push(`${file}: a required match on an off-topic page`);
    }
    expect(problems).toEqual([]);
  });

  it('score a labelled batch of the unseen set in its own set, which --no-unseen and the tuning tools leave out', () => {
    // the batch written last and not yet run (ADR 0165); a batch once run is seen and loses its `batch`
    const batch = Object.entries(labels.articles).filter(([, l]) => l.batch !== undefined);
    expect(batch.map(([, l]) => l.batch).filter((b) => b !== CURRENT_BATCH)).toEqual([]);
    // between batches (the last one read, the next not yet written) there may be none; a batch holds at least 20
    if (batch.length > 0) expect(batch.length).toBeGreaterThanOrEqual(20);
    for (const [, l] of batch) expect(setOf(l as Parameters<typeof setOf>[0])).toBe('real-unseen-fresh');
    expect(setOf({ set: 'real-unseen' })).toBe('real-unseen');
    expect(UNSEEN_SETS).toEqual(['real-unseen', 'real-unseen-fresh']);
    // a tool that leaves out only 'real-unseen' (written before the fresh batch) leaves it out too
    expect(isSkipped('real-unseen-fresh', ['real-unseen'])).toBe(true);
    expect(isSkipped('real-unseen-fresh', ['real-unseen-fresh'])).toBe(true);
    expect(isSkipped('real-unseen', ['real-unseen-fresh'])).toBe(false);
    expect(isSkipped('real-seen', UNSEEN_SETS)).toBe(false);
  });

  it('put every labelled sentence inside one sentence of its article, as the engine splits it, and never two labels in one', async () => {
    const problems: string[] = [];
    for (const file of files) {
      const label = labels.articles[file];
      if (!label) continue;
      const { model } = await readArticle(file, readFileSync(join(realDir, file), 'utf8'));
      const sentences = splitSentences(model.text, model.paragraphs);
      const taken = new Map<number, string>();
      for (const s of label.sentences) {
        const at = model.text.indexOf(s.sentence);
        if (at < 0) {
          problems.push(`${file}: "${s.sentence}" is not in the article's text`);
          continue;
        }
        const i = sentences.findIndex((x) => x.start <= at && at + s.sentence.length <= x.end);
        if (i < 0) {
          problems.push(`${file}: "${s.sentence}" runs across a sentence boundary`);
          continue;
        }
        const other = taken.get(i);
        if (other !== undefined) problems.push(`${file}: "${s.sentence}" shares a sentence with "${other}"`);
        taken.set(i, s.sentence);
      }
    }
    expect(problems).toEqual([]);
  });
});
