/**
 * The evaluation: run the engine over eval/articles and score it against the
 * hand labels in eval/labels.json. Used by `npm run eval` (scripts/eval.mjs)
 * and by scripts/eval.test.ts, which asserts the targets.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Dataset } from '../src/dataset/schema';
import { classifyParagraphs } from '../extension/content/furniture';
import { isFurnitureText } from '../src/engine/furniture-text';
import { afterDateline } from '../src/claims/fragments';
import { createAnalysisService } from '../extension/background/analysis';
import { type ClaimHit, articleRequest } from '../src/engine/article-scan';
import { articleDate, parseHtml } from '../src/engine/html';
import { type ActorReport, type Analysis, type ClaimReport, type EngineOptions, createEngine } from '../src/engine/index';
import { bundledInfo, combineDatasets, type DatasetEntry } from '../src/dataset/collection';
import { type TextModel, buildTextModel, findArticleRoot, textModelFromString } from '../src/text/model';

/**
 * A labelled sentence as the engine reports it: a dateline before it ("ANKARA
 * (Reuters) - ") is no part of the claim (src/claims/fragments.ts), so the
 * highlight and the report start after it; labels quote the line as printed.
 */
function proseOf(s: LabelSentence): string {
  return s.sentence.slice(afterDateline(s.sentence, { start: 0, end: s.sentence.length }));
}

interface LabelMatch {
  claimId: string;
  relation: 'corroborates' | 'contradicts';
}
interface LabelSentence {
  sentence: string;
  matches: LabelMatch[];
  optional?: string[];
  /** the class the sentence tests (figures, quantifiers, headlines, speakers, spellings, paraphrase, overlap) */
  class?: string;
}
/**
 * 'real-unseen-fresh': a batch of the unseen real-shape set written later
 * (labels with a `batch`), reported in its own row beside the older unseen third.
 */
export type EvalSet = 'own' | 'held-out' | 'real-seen' | 'real-unseen' | 'real-unseen-fresh';
interface ArticleLabel {
  kind: 're-report' | 'changed-figures' | 'reversed' | 'other-events' | 'unrelated';
  /**
   * "held-out": own words, written and labelled after tuning; "real-seen" /
   * "real-unseen": the real-shape set (eval/real-shape), the unseen third never tuned on.
   */
  set?: 'held-out' | 'real-seen' | 'real-unseen';
  /** a later unseen batch (one per session: "fresh-s6" to "fresh-s9"): scored as the set 'real-unseen-fresh', never tuned on */
  batch?: string;
  /** a batch that was run once as unseen and is seen since (u01-u20: "fresh-s6", u21-u40: "fresh-s7") */
  firstRunAs?: string;
  /** what of a real article's form the case keeps (real-shape set) */
  shape?: string;
  actors: string[];
  sentences: LabelSentence[];
}
export interface Labels {
  articles: Record<string, ArticleLabel>;
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}
export interface Prf {
  precision: number;
  recall: number;
  f1: number;
}

export interface ArticleResult {
  file: string;
  heldOut: boolean;
  set: EvalSet;
  /** matches on claims labelled only "optional" (not counted; counted as errors in the strict precision) */
  optionalMatches: number;
  /** those matches, as "relation claim-id for sentence" (what the strict precision counts as errors) */
  optional: string[];
  /** article level: the claim ids the article restates or contradicts (corroborates/contradicts, derived excluded) */
  articleLevel: Counts;
  kind: ArticleLabel['kind'];
  /** claim-id matching (corroborates/contradicts, derived ones excluded) */
  matching: Counts;
  /** same, and the relation must be right */
  relations: Counts;
  byRelation: Record<'corroborates' | 'contradicts', Counts>;
  actors: Counts;
  /** matches of any relation, related included */
  allMatches: number;
  related: number;
  derived: { total: number; correct: number };
  missed: string[];
  wrong: string[];
  /** claim-id matching on the labelled sentences that name a class, per class */
  byClass: Record<string, Counts>;
  missingActors: string[];
  extraActors: string[];
  ms: number;
}

export interface Summary {
  /** how many articles */
  count: number;
  matching: Prf & Counts;
  /** precision with the "optional" exemptions counted as errors */
  strictPrecision: number;
  /** which claim ids an article restates or contradicts, per article (the headline measure) */
  articleLevel: Prf & Counts;
  relations: Prf & Counts;
  byRelation: Record<'corroborates' | 'contradicts', Prf & Counts>;
  actors: Prf & Counts;
  unrelatedMatches: number;
  derived: { total: number; correct: number };
  /** sentence matching per class, over the labelled sentences that name one */
  byClass: Record<string, Prf & Counts>;
}

export interface EvalResult {
  articles: ArticleResult[];
  /** the articles tuned on, and the held-out ones, apart (own words) */
  tuning: Summary;
  heldOut: Summary;
  /** per set: own words (tuning + held-out), real shape seen, real shape unseen (the older third, and the fresh batch) */
  sets: { own: Summary; 'real-seen': Summary; 'real-unseen'?: Summary; 'real-unseen-fresh'?: Summary };
  matching: Prf & Counts;
  relations: Prf & Counts;
  byRelation: Record<'corroborates' | 'contradicts', Prf & Counts>;
  actors: Prf & Counts;
  /** every labelled changed-figure / reversed contradiction found as contradicts */
  contradictionsFound: { found: number; total: number };
  unrelatedMatches: number;
  derived: { total: number; correct: number };
}

const zero = (): Counts => ({ tp: 0, fp: 0, fn: 0 });

/** The set an article is scored in: a labelled batch of the unseen set is its own. */
export function setOf(label: Pick<ArticleLabel, 'set' | 'batch'>): EvalSet {
  if (label.set === 'real-unseen' && label.batch) return 'real-unseen-fresh';
  return label.set ?? 'own';
}
/** Every unseen set, older third and fresh batch: what `--no-unseen` and the tuning tools leave out. */
export const UNSEEN_SETS: readonly EvalSet[] = ['real-unseen', 'real-unseen-fresh'];
const isUnseen = (set: EvalSet): boolean => UNSEEN_SETS.includes(set);
/** Is `set` left out? The fresh batch is part of the unseen set: a tool that leaves out 'real-unseen' leaves it out too. */
export function isSkipped(set: EvalSet, skipSets: readonly EvalSet[] = []): boolean {
  return skipSets.includes(set) || (set === 'real-unseen-fresh' && skipSets.includes('real-unseen'));
}
export function prf(c: Counts): Prf & Counts {
  const precision = c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp);
  const recall = c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { ...c, precision, recall, f1 };
}
function add(a: Counts, b: Counts): void {
  a.tp += b.tp;
  a.fp += b.fp;
  a.fn += b.fn;
}

const VIA = /^opposite account \(via ([a-z0-9-]+)\)/;

type Service = ReturnType<typeof createAnalysisService>;

/**
 * An evaluation article's text as the content script reads it: its text
 * model, which paragraphs are furniture, and the page's date. Plain-text
 * articles have no markup: furniture is told from their text alone.
 */
export async function readArticle(file: string, raw: string): Promise<{ model: TextModel; furniture: boolean[]; date?: string }> {
  if (/\.html?$/i.test(file)) {
    const doc = await parseHtml(raw);
    const model = buildTextModel(findArticleRoot(doc));
    const date = articleDate(doc);
    return { model, furniture: classifyParagraphs(model), ...(date ? { date } : {}) };
  }
  const model = textModelFromString(raw);
  return { model, furniture: model.paragraphs.map((p) => isFurnitureText(model.text.slice(p.start, p.end))) };
}

/**
 * An article as the reader's page sees it: the request the content script
 * sends (its text model, furniture flags and date) answered by the service
 * worker's own analysis (extension/background/analysis.ts — the engine's
 * article session), not a neighbouring path. Plain-text articles have no
 * markup: furniture is told from their text alone, as on a page without it.
 * `engine` only names the actors found.
 */
async function analyse(service: Service, engine: ReturnType<typeof createEngine>, file: string, raw: string): Promise<{ text: string; analysis: Analysis; hits: readonly ClaimHit[] }> {
  const { model, furniture, date } = await readArticle(file, raw);
  const found = await service.article(articleRequest(model, furniture, date));
  const byActor = new Map<string, ActorReport>();
  for (const m of found.mentions) {
    const a = engine.matcher.actors.get(m.actorId);
    if (!a) continue;
    let r = byActor.get(a.id);
    if (!r) byActor.set(a.id, (r = { id: a.id, name: a.name, type: a.type, mentions: [] }));
    r.mentions.push({ start: m.start, end: m.end, text: m.text });
  }
  const claims: ClaimReport[] = found.claims.map((c) => ({ start: c.start, end: c.end, text: c.text, cues: [], polarity: 'affirm', matches: [...c.matches] as ClaimReport['matches'] }));
  return { text: model.text, analysis: { actors: [...byActor.values()], claims, sentences: [] }, hits: found.claims };
}

/**
 * Run the evaluation. `extra` datasets (imported feeds) are matched together
 * with `dataset`, as the extension does when the reader enabled them; the
 * labels know only `dataset`'s claims, so every match from an extra dataset
 * counts as wrong.
 */
export interface EvaluateOptions {
  extra?: readonly DatasetEntry[];
  /** diagnostics (scripts/eval-diagnose.ts): the claim index's judged candidates, and which article is read */
  trace?: EngineOptions['trace'];
  /** false: the hand rules alone, without the fitted model's second look (scripts/fit-promote.ts) */
  promote?: EngineOptions['promote'];
  onArticle?: (file: string) => void;
  /** diagnostics: each article's text and analysis as the page received them */
  onAnalysis?: (file: string, text: string, analysis: Analysis, hits: readonly ClaimHit[]) => void;
  /** leave these sets out: their articles are not read, run or reported (`--no-unseen` while tuning leaves out UNSEEN_SETS; 'real-unseen' alone covers the fresh batch too) */
  skipSets?: readonly EvalSet[];
}

export async function evaluate(dataset: Dataset, evalDir: string, options: EvaluateOptions = {}): Promise<EvalResult> {
  const labels = JSON.parse(readFileSync(join(evalDir, 'labels.json'), 'utf8')) as Labels;
  const realDir = join(evalDir, 'real-shape');
  const realLabelsFile = join(evalDir, 'real-shape-labels.json');
  if (existsSync(realLabelsFile)) {
    const real = JSON.parse(readFileSync(realLabelsFile, 'utf8')) as Labels;
    for (const [f, l] of Object.entries(real.articles)) labels.articles[`real-shape/${f}`] = l;
  }
  const combined = options.extra?.length ? combineDatasets([{ info: bundledInfo(dataset), dataset }, ...options.extra]) : null;
  // the claim index is compiled by the service, as in the worker; this engine's matcher names the actors
  const engine = combined ? createEngine(combined.dataset, { datasetOf: combined.datasetOf }) : createEngine(dataset);
  const service = createAnalysisService({ bundled: dataset, imported: async () => [...(options.extra ?? [])], notes: async () => [], ...(options.trace ? { trace: options.trace } : {}), ...(options.promote !== undefined ? { promote: options.promote } : {}) });
  const claimIds = new Set(dataset.claims.map((c) => c.id));
  const skipped = (set: EvalSet): boolean => isSkipped(set, options.skipSets);
  const files = [
    ...readdirSync(join(evalDir, 'articles')).sort(),
    ...readdirSync(join(evalDir, 'held-out')).sort().map((f) => `held-out/${f}`),
    ...(existsSync(realDir) ? readdirSync(realDir).filter((f) => /\.(txt|html?)$/.test(f)).sort().map((f) => `real-shape/${f}`) : []),
  ];
  const results: ArticleResult[] = [];
  const contradictions = { found: 0, total: 0 };
  for (const file of files) {
    const label = labels.articles[file];
    if (!label) throw new Error(`eval: ${file} has no labels`);
    const set = setOf(label);
    if (skipped(set)) continue;
    for (const s of label.sentences) {
      for (const m of s.matches) if (!claimIds.has(m.claimId)) throw new Error(`${file}: unknown claim id ${m.claimId} in labels`);
      for (const o of s.optional ?? []) if (!claimIds.has(o)) throw new Error(`${file}: unknown optional claim id ${o} in labels`);
    }
    const raw = readFileSync(file.includes('/') ? join(evalDir, file) : join(evalDir, 'articles', file), 'utf8');
    options.onArticle?.(file);
    const t0 = performance.now();
    const { text, analysis, hits } = await analyse(service, engine, file, raw);
    const ms = performance.now() - t0;
    options.onAnalysis?.(file, text, analysis, hits);
    const r: ArticleResult = {
      file,
      heldOut: label.set === 'held-out',
      set,
      optionalMatches: 0,
      optional: [],
      articleLevel: zero(),
      kind: label.kind,
      matching: zero(),
      relations: zero(),
      byRelation: { corroborates: zero(), contradicts: zero() },
      actors: zero(),
      allMatches: 0,
      related: 0,
      derived: { total: 0, correct: 0 },
      missed: [],
      wrong: [],
      byClass: {},
      missingActors: [],
      extraActors: [],
      ms,
    };
    const classOf = (ls: LabelSentence | undefined): Counts | undefined => (ls?.class ? (r.byClass[ls.class] ??= zero()) : undefined);
    // every class a label names is reported, with no error too
    for (const s of label.sentences) classOf(s);
    // which label sentence does a claim report belong to?
    const labelOf = (c: ClaimReport): LabelSentence | undefined => label.sentences.find((s) => c.text.includes(proseOf(s)));
    const foundRequired = new Set<string>();
    for (const c of analysis.claims) {
      const ls = labelOf(c);
      for (const m of c.matches) {
        r.allMatches++;
        if (m.relation === 'related') {
          r.related++;
          continue;
        }
        const via = VIA.exec(m.reason);
        if (via) {
          r.derived.total++;
          const ok = ls !== undefined && (ls.matches.some((x) => x.claimId === via[1] && x.relation === 'corroborates') || (ls.optional ?? []).includes(via[1]!));
          if (ok) r.derived.correct++;
          else r.wrong.push(`derived ${m.relation} ${m.claimId} (via ${via[1]}) for "${c.text.slice(0, 70)}"`);
          continue;
        }
        const required = ls?.matches.find((x) => x.claimId === m.claimId);
        if (required) {
          foundRequired.add(`${ls!.sentence}\u0000${m.claimId}`);
          r.matching.tp++;
          const k = classOf(ls);
          if (k) k.tp++;
          if (required.relation === m.relation) {
            r.relations.tp++;
            r.byRelation[m.relation].tp++;
          } else {
            r.relations.fp++;
            r.relations.fn++;
            r.byRelation[m.relation].fp++;
            r.byRelation[required.relation].fn++;
            r.wrong.push(`${m.relation} ${m.claimId} should be ${required.relation}: "${c.text.slice(0, 70)}"`);
          }
        } else if (ls?.optional?.includes(m.claimId)) {
          // acceptable either way: not counted (but counted in the strict precision)
          r.optionalMatches++;
          r.optional.push(`${m.relation} ${m.claimId} (${m.score}) for "${c.text.slice(0, 80)}" — ${m.reason}`);
        } else {
          r.matching.fp++;
          const k = classOf(ls);
          if (k) k.fp++;
          r.relations.fp++;
          r.byRelation[m.relation].fp++;
          r.wrong.push(`${m.relation} ${m.claimId} (${m.score}) for "${c.text.slice(0, 80)}" — ${m.reason}`);
        }
      }
    }
    for (const s of label.sentences) {
      for (const m of s.matches) {
        const key = `${s.sentence}\u0000${m.claimId}`;
        const hit = foundRequired.has(key);
        if (!hit) {
          r.matching.fn++;
          const k = classOf(s);
          if (k) k.fn++;
          r.relations.fn++;
          r.byRelation[m.relation].fn++;
          r.missed.push(`${m.relation} ${m.claimId} for "${s.sentence}"`);
        }
        if (m.relation === 'contradicts' && (label.kind === 'changed-figures' || label.kind === 'reversed')) {
          contradictions.total++;
          const c = analysis.claims.find((x) => x.text.includes(proseOf(s)));
          if (c?.matches.some((x) => x.claimId === m.claimId && x.relation === 'contradicts')) contradictions.found++;
        }
      }
    }
    // article level: which claims the article restates or contradicts
    const expectedIds = new Set(label.sentences.flatMap((s) => s.matches.map((m) => m.claimId)));
    const optionalIds = new Set(label.sentences.flatMap((s) => s.optional ?? []));
    const predictedIds = new Set(analysis.claims.flatMap((c) => c.matches.filter((m) => m.relation !== 'related' && !VIA.test(m.reason)).map((m) => m.claimId)));
    for (const id of predictedIds) {
      if (expectedIds.has(id)) r.articleLevel.tp++;
      else if (!optionalIds.has(id)) r.articleLevel.fp++;
    }
    for (const id of expectedIds) if (!predictedIds.has(id)) r.articleLevel.fn++;
    const predicted = new Set(analysis.actors.map((a) => a.id));
    const expected = new Set(label.actors);
    for (const a of predicted) {
      if (expected.has(a)) r.actors.tp++;
      else {
        r.actors.fp++;
        r.extraActors.push(a);
      }
    }
    for (const a of expected) {
      if (!predicted.has(a)) {
        r.actors.fn++;
        r.missingActors.push(a);
      }
    }
    results.push(r);
  }
  // the overall figures (and the targets scripts/eval.test.ts asserts) are the own-words set's
  const all = summarise(results.filter((r) => r.set === 'own' || r.set === 'held-out'));
  return {
    articles: results,
    ...all,
    contradictionsFound: contradictions,
    tuning: summarise(results.filter((r) => r.set === 'own')),
    heldOut: summarise(results.filter((r) => r.set === 'held-out')),
    sets: {
      own: summarise(results.filter((r) => r.set === 'own' || r.set === 'held-out')),
      'real-seen': summarise(results.filter((r) => r.set === 'real-seen')),
      ...(options.skipSets?.includes('real-unseen') ? {} : { 'real-unseen': summarise(results.filter((r) => r.set === 'real-unseen')) }),
      // no row for a fresh batch that is not written yet (the last one read is seen)
      ...(skipped('real-unseen-fresh') || !results.some((r) => r.set === 'real-unseen-fresh') ? {} : { 'real-unseen-fresh': summarise(results.filter((r) => r.set === 'real-unseen-fresh')) }),
    },
  };
}

function summarise(results: ArticleResult[]): Summary {
  const matching = zero();
  const articleLevel = zero();
  let optional = 0;
  const relations = zero();
  const byRelation = { corroborates: zero(), contradicts: zero() };
  const actors = zero();
  const derived = { total: 0, correct: 0 };
  let unrelatedMatches = 0;
  const byClass: Record<string, Counts> = {};
  for (const r of results) {
    for (const [k, c] of Object.entries(r.byClass)) add((byClass[k] ??= zero()), c);
    add(matching, r.matching);
    add(articleLevel, r.articleLevel);
    optional += r.optionalMatches;
    add(relations, r.relations);
    add(byRelation.corroborates, r.byRelation.corroborates);
    add(byRelation.contradicts, r.byRelation.contradicts);
    add(actors, r.actors);
    derived.total += r.derived.total;
    derived.correct += r.derived.correct;
    if (r.kind === 'unrelated') unrelatedMatches += r.allMatches;
  }
  return {
    count: results.length,
    matching: prf(matching),
    strictPrecision: matching.tp + matching.fp + optional === 0 ? 1 : matching.tp / (matching.tp + matching.fp + optional),
    articleLevel: prf(articleLevel),
    relations: prf(relations),
    byRelation: { corroborates: prf(byRelation.corroborates), contradicts: prf(byRelation.contradicts) },
    actors: prf(actors),
    unrelatedMatches,
    derived,
    byClass: Object.fromEntries(Object.entries(byClass).sort(([a], [b]) => a.localeCompare(b)).map(([k, c]) => [k, prf(c)])),
  };
}

/** Per class (labels that name one), per set: a Markdown table, or '' when no label names a class. */
function classTable(r: EvalResult): string {
  const rows: string[] = [];
  for (const set of ['own', 'real-seen', 'real-unseen', 'real-unseen-fresh'] as const) {
    for (const [k, c] of Object.entries(r.sets[set]?.byClass ?? {})) rows.push(`| ${setName(set)} | ${k} | ${c.tp} | ${c.fp} | ${c.fn} | ${f2(c.precision)} | ${f2(c.recall)} |`);
  }
  if (rows.length === 0) return '';
  return ['| set | class | tp | fp | fn | sentence P | sentence R |', '| --- | --- | --- | --- | --- | --- | --- |', ...rows].join('\n');
}

const f2 = (x: number): string => x.toFixed(2);
/** A set's name in the reports: the fresh unseen batch reads "real-unseen (fresh)". */
const setName = (set: string): string => (set === 'real-unseen-fresh' ? 'real-unseen (fresh)' : set);

/** The report as Markdown (docs/evaluation.md). */
export function toMarkdown(r: EvalResult, meta: { dataset: string; date: string; notes?: string[] }): string {
  const L: string[] = [];
  L.push('# Engine evaluation');
  L.push('');
  L.push(`Generated by \`npm run eval\` (scripts/eval.mjs) on ${meta.date} with dataset ${meta.dataset}.`);
  L.push('Articles: `eval/articles/` (written for this evaluation, not copied from the reports); labels: `eval/labels.json`, written by hand before tuning.');
  L.push('Matching counts corroborates/contradicts matches by claim id; "relations" also needs the relation right. Optional labels (the same fact recorded as another claim) count neither way. Contradictions derived from dataset relations ("via X") are judged separately.');
  L.push('');
  L.push('## Overall');
  L.push('');
  L.push('| measure | precision | recall | F1 | tp | fp | fn | target |');
  L.push('| --- | --- | --- | --- | --- | --- | --- | --- |');
  const row = (name: string, p: Prf & Counts, target = ''): string => `| ${name} | ${f2(p.precision)} | ${f2(p.recall)} | ${f2(p.f1)} | ${p.tp} | ${p.fp} | ${p.fn} | ${target} |`;
  L.push(row('matching (claim id)', r.matching, 'P ≥ 0.95, R ≥ 0.85'));
  L.push(row('relations', r.relations));
  L.push(row('  corroborates', r.byRelation.corroborates));
  L.push(row('  contradicts', r.byRelation.contradicts));
  L.push(row('actors (per article)', r.actors));
  L.push('');
  L.push('Tuning set (eval/articles, the engine was tuned on these) and held-out set (eval/held-out, written and labelled after tuning) apart:');
  L.push('');
  L.push('| set | matching P | matching R | relations F1 | actors P | actors R | unrelated matches |');
  L.push('| --- | --- | --- | --- | --- | --- | --- |');
  for (const [name, sm] of [['tuning', r.tuning], ['held-out', r.heldOut]] as const) {
    L.push(`| ${name} | ${f2(sm.matching.precision)} | ${f2(sm.matching.recall)} | ${f2(sm.relations.f1)} | ${f2(sm.actors.precision)} | ${f2(sm.actors.recall)} | ${sm.unrelatedMatches} |`);
  }
  L.push('');
  L.push('Per set — own words (eval/articles + eval/held-out), real shape seen and unseen (eval/real-shape: own words shaped on real October–November 2015 articles; the unseen third and the fresh unseen batch u01-u20 are never tuned on). "Sentence" counts a match only on the labelled sentence; "article" asks only which claims the article restates or contradicts. Strict P counts the matches the labels allow as "optional" as errors:');
  L.push('');
  L.push(setsTable(r));
  L.push('');
  const classes = classTable(r);
  if (classes) {
    L.push('Per class of the issue, on the labelled sentences that name one (the precision cases p01-p23; "overlap" sentences expect no match, so their recall is 1 by construction and their false positives are the point):');
    L.push('');
    L.push(classes);
    L.push('');
  }
  L.push(`- Changed figures and reversed attributions found as \`contradicts\`: ${r.contradictionsFound.found} of ${r.contradictionsFound.total} (target: all).`);
  L.push(`- Matches on unrelated articles (any relation): ${r.unrelatedMatches} (target: 0).`);
  L.push(`- Derived contradictions (via dataset relations): ${r.derived.total}, of which ${r.derived.correct} come from a correct match.`);
  L.push('');
  if (meta.notes && meta.notes.length > 0) {
    L.push('## Notes on the labels and the held-out set');
    L.push('');
    for (const n of meta.notes) L.push(`- ${n}`);
    L.push('');
  }
  L.push('## Per article');
  L.push('');
  L.push('| article | kind | matching P | matching R | relations F1 | actors P | actors R | related | derived | ms |');
  L.push('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
  for (const a of r.articles) {
    const m = prf(a.matching);
    const rel = prf(a.relations);
    const act = prf(a.actors);
    L.push(`| ${a.file} | ${a.kind} | ${f2(m.precision)} | ${f2(m.recall)} | ${f2(rel.f1)} | ${f2(act.precision)} | ${f2(act.recall)} | ${a.related} | ${a.derived.correct}/${a.derived.total} | ${a.ms.toFixed(0)} |`);
  }
  L.push('');
  L.push('## Errors');
  L.push('');
  L.push('(The real-shape unseen articles\' errors, the older third\'s and the fresh batch\'s, are left out on purpose: they are read only at the end.)');
  L.push('');
  let any = false;
  for (const a of r.articles) {
    // the unseen sets' errors are not printed: reading them would be tuning on them
    if (isUnseen(a.set)) continue;
    const lines = [
      ...a.missed.map((x) => `missed: ${x}`),
      ...a.wrong.map((x) => `wrong: ${x}`),
      ...(a.missingActors.length ? [`actors missed: ${a.missingActors.join(', ')}`] : []),
      ...(a.extraActors.length ? [`actors not expected: ${a.extraActors.join(', ')}`] : []),
    ];
    if (lines.length === 0) continue;
    any = true;
    L.push(`### ${a.file}`);
    L.push('');
    for (const x of lines) L.push(`- ${x.replace(/\|/g, '\\|')}`);
    L.push('');
  }
  if (!any) L.push('None.');
  return L.join('\n') + '\n';
}

function setsTable(r: EvalResult): string {
  const L: string[] = [];
  L.push('| set | articles | sentence P | sentence R | strict P | article P | article R | relation right | off-topic matches | actors P | actors R |');
  L.push('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
  for (const [name, sm] of Object.entries(r.sets)) {
    if (!sm) continue;
    const relRight = sm.matching.tp === 0 ? 1 : sm.relations.tp / sm.matching.tp;
    L.push(`| ${setName(name)} | ${sm.count} | ${f2(sm.matching.precision)} | ${f2(sm.matching.recall)} | ${f2(sm.strictPrecision)} | ${f2(sm.articleLevel.precision)} | ${f2(sm.articleLevel.recall)} | ${f2(relRight)} | ${sm.unrelatedMatches} | ${f2(sm.actors.precision)} | ${f2(sm.actors.recall)} |`);
  }
  return L.join('\n');
}

/** A short plain-text summary for the terminal. */
export function toText(r: EvalResult): string {
  const L: string[] = [];
  const line = (name: string, p: Prf & Counts): string => `${name.padEnd(22)} P ${f2(p.precision)}  R ${f2(p.recall)}  F1 ${f2(p.f1)}  (tp ${p.tp}, fp ${p.fp}, fn ${p.fn})`;
  for (const a of r.articles) {
    const m = prf(a.matching);
    const act = prf(a.actors);
    L.push(`${a.file.padEnd(36)} ${a.kind.padEnd(16)} matching P ${f2(m.precision)} R ${f2(m.recall)} | relations F1 ${f2(prf(a.relations).f1)} | actors P ${f2(act.precision)} R ${f2(act.recall)} | related ${a.related}`);
  }
  L.push('');
  L.push(line('matching (claim id)', r.matching));
  L.push(line('relations', r.relations));
  L.push(line('  corroborates', r.byRelation.corroborates));
  L.push(line('  contradicts', r.byRelation.contradicts));
  L.push(line('actors', r.actors));
  L.push(line('held-out matching', r.heldOut.matching));
  L.push(line('held-out actors', r.heldOut.actors));
  L.push('');
  L.push(setsTable(r));
  const classes = classTable(r);
  if (classes) {
    L.push('');
    L.push(classes);
  }
  L.push('');
  L.push(`contradictions found   ${r.contradictionsFound.found}/${r.contradictionsFound.total}`);
  L.push(`unrelated matches      ${r.unrelatedMatches}`);
  L.push(`derived contradictions ${r.derived.correct}/${r.derived.total} from correct matches`);
  return L.join('\n') + '\n';
}

export interface SelfCheck {
  reports: number;
  evidenceQuotes: number;
  /** evidence quotes whose sentence corroborates the claim they evidence */
  corroborated: number;
  /** contradictions by figure, polarity or roles (not via relations) between a report and its own claims */
  directContradictions: string[];
}

/**
 * The engine over the dataset's own source reports: every evidence quote's
 * sentence should corroborate its claim, and a report should never contradict
 * itself by figure, polarity or roles (those would be false contradictions).
 */
export function selfCheck(dataset: Dataset, seedsDir: string): SelfCheck {
  const engine = createEngine(dataset);
  const out: SelfCheck = { reports: 0, evidenceQuotes: 0, corroborated: 0, directContradictions: [] };
  for (const src of dataset.sources) {
    let text: string;
    try {
      text = readFileSync(join(seedsDir, src.id), 'utf8');
    } catch {
      continue;
    }
    out.reports++;
    // dated as the report is: the engine is told what a page would tell it
    const r = engine.analyzeText(text, { date: src.date });
    const own = new Set(dataset.claims.filter((c) => c.evidence.some((e) => e.source === src.id)).map((c) => c.id));
    for (const c of dataset.claims) {
      for (const ev of c.evidence) {
        if (ev.source !== src.id) continue;
        out.evidenceQuotes++;
        const s = r.claims.find((x) => x.start <= ev.start && x.end >= ev.end) ?? r.claims.find((x) => x.start < ev.end && x.end > ev.start);
        if (s?.matches.some((m) => m.claimId === c.id && m.relation === 'corroborates')) out.corroborated++;
      }
    }
    for (const c of r.claims) {
      for (const m of c.matches) {
        // a report cannot contradict its own claims (by figure, polarity or roles)
        if (m.relation === 'contradicts' && !VIA.test(m.reason) && own.has(m.claimId)) {
          out.directContradictions.push(`${src.id}: ${m.claimId} — ${m.reason} — "${c.text.slice(0, 80)}"`);
        }
      }
    }
  }
  return out;
}
