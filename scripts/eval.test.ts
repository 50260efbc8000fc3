// The evaluation as a test: the engine against the hand-labelled articles in
// eval/ must meet the targets (docs/evaluation.md has the latest figures).
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dataset } from '../src/dataset/index';
import { existsSync } from 'node:fs';
import { type EvalResult, evaluate, selfCheck } from './eval-lib';

const evalDir = join(resolve(__dirname, '..'), 'eval');
/** The fresh unseen batch (labels with a `batch`) is run only by `npm run eval`, once, at the end of a session: no test runs the engine on it. */
const skipSets = ['real-unseen-fresh'] as const;

/** The real-shape development cases from p24 on (issue 13's evaluation data), added after the engine was tuned on p01-p23. */
const isDevelopmentCase = (file: string): boolean => /^real-shape\/(p(2[4-9]|[3-9]\d)|u\d{2,3})-/.test(file);
/**
 * Their other-slot and off-topic firm matches: a ceiling, lowered as the engine catches up (first run of p24-p28: 2 and 0;
 * 0 and 0 since the precision changes of 09f916c). A new batch may raise it only to its first run, recorded in
 * eval/real-shape-labels.json (dataCases); the target is 0.
 */
// u01-u20 (read once as the fresh batch of session 6, now seen) brought 2 other-slot firm matches (u05, u07);
// p74-p77 (written for ADR 0160) 3 more at their first run (p74's 24-hour count in its headline and lead, p75's 48-hour count);
// a day's count apart from the night's and a statement's day without 'on' (ADR 0160) left 1 (p74's headline), and a
// headline read with the lead sentence that restates its figure none;
// u21-u40 (the fresh batch of session 7, read at the start of session 8) brought 2 (u28's October summons, u29's 11 targets);
// another side's count and the latest day of an undated page's lead (ADR 0200) left none;
// u41-u60 (the fresh batch of session 8, read at its end) brought 1 (u51's visits due next week), which a
// time still to come (ADR 0225) removed; u61-u80 (session 9's batch, read at its end) brought 2 (u66's ticker
// counts, u72's 'More tham 50 warplanes'); another action counted beside a salvo (other-action-count.ts) left 1,
// which session 10's precision rules (ADR 0295) removed; u81-u100 (session 10's batch, read at its end) brought none;
// u101-u120 (session 11's batch, read at its end) brought at most 1 (u103's war's start on 'Syria's civil war'), which
// a year-dated fact needing its year (ADR 0326) removed, and 1 firm match on an off-topic page that its label allows
// (u117, February 2018: 'Assad's key ally' told as a standing fact, which it is); the target stays 0
const DEVELOPMENT_CEILING = { overlapFp: 0, offTopicFirm: 1 };

describe('evaluation targets', () => {
  let result: EvalResult;
  it('runs over every labelled article', async () => {
    result = await evaluate(dataset, evalDir, { skipSets });
    expect(result.articles.length).toBeGreaterThanOrEqual(12);
    expect(result.articles.some((a) => a.set === 'real-unseen-fresh')).toBe(false);
    expect(result.sets['real-unseen-fresh']).toBeUndefined();
    // (every labelled article through the engine: more than the default 20 s on a loaded machine)
  }, 120_000);

  it('matches claims with precision ≥ 0.95 and recall ≥ 0.85', () => {
    expect(result.matching.precision).toBeGreaterThanOrEqual(0.95);
    expect(result.matching.recall).toBeGreaterThanOrEqual(0.85);
  });

  it('finds every changed figure and reversed attribution as contradicts', () => {
    expect(result.contradictionsFound.found).toBe(result.contradictionsFound.total);
  });

  it('finds no match at all in unrelated articles', () => {
    expect(result.unrelatedMatches).toBe(0);
  });

  it('reports the real-shape seen set per class of the issue; its off-topic pages and its other-slot sentences get no firm match', () => {
    const seen = result.sets['real-seen'];
    expect(Object.keys(seen.byClass)).toEqual(expect.arrayContaining(['figures', 'headlines', 'overlap', 'paraphrase', 'quantifiers', 'speakers']));
    const [tuned, fresh] = [result.articles.filter((a) => a.set === 'real-seen' && !isDevelopmentCase(a.file)), result.articles.filter((a) => isDevelopmentCase(a.file))];
    const overlapFp = (as: typeof tuned) => as.reduce((n, a) => n + (a.byClass.overlap?.fp ?? 0), 0);
    const firmOffTopic = (as: typeof tuned) => as.filter((a) => a.kind === 'unrelated').reduce((n, a) => n + a.matching.tp + a.matching.fp + a.optionalMatches, 0);
    expect(overlapFp(tuned)).toBe(0);
    expect(tuned.filter((a) => a.kind === 'unrelated').length).toBeGreaterThanOrEqual(7);
    expect(firmOffTopic(tuned)).toBe(0);
    // the development cases added later (issue 13's evaluation data) are held to a ceiling that only comes down: the target is 0
    expect(overlapFp(fresh)).toBeLessThanOrEqual(DEVELOPMENT_CEILING.overlapFp);
    expect(firmOffTopic(fresh)).toBeLessThanOrEqual(DEVELOPMENT_CEILING.offTopicFirm);
  });

  it('derives contradictions only from correct matches', () => {
    expect(result.derived.correct).toBe(result.derived.total);
  });

  it('finds the labelled actors', () => {
    expect(result.actors.precision).toBeGreaterThanOrEqual(0.9);
    expect(result.actors.recall).toBeGreaterThanOrEqual(0.9);
  });
});

describe('the source reports themselves', () => {
  const seeds = resolve(__dirname, '../../shared/seeds');
  it.skipIf(!existsSync(seeds))('never contradict themselves, and mostly corroborate their own claims', () => {
    const r = selfCheck(dataset, seeds);
    expect(r.directContradictions).toEqual([]);
    expect(r.corroborated / r.evidenceQuotes).toBeGreaterThanOrEqual(0.75);
  });

});

describe('a second dataset enabled', () => {
  it('scores the same with imported fact-check feeds enabled beside the bundled dataset', async () => {
    const { readFileSync } = await import('node:fs');
    const { importDatasetText } = await import('../src/dataset/import');
    const feeds = join(resolve(__dirname, '..'), 'tests/fixtures/datasets');
    const extra = await Promise.all(['claimreview-array.json', 'claimreview-graph.jsonld', 'claimreview-page.html'].map((f) => importDatasetText(readFileSync(join(feeds, f), 'utf8'), f)));
    const [result, both] = [await evaluate(dataset, evalDir, { skipSets }), await evaluate(dataset, evalDir, { extra, skipSets })];
    expect(both.matching.precision).toBeGreaterThanOrEqual(result.matching.precision);
    expect(both.matching.recall).toBeGreaterThanOrEqual(result.matching.recall);
    expect(both.unrelatedMatches).toBe(result.unrelatedMatches);
    // (the whole evaluation twice: more than the default 20 s on a loaded machine)
  }, 180_000);
});
