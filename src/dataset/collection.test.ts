import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeHtml } from '../engine/html';
import { createEngine, type Engine } from '../engine/index';
import { bundledInfo, combineDatasets, type CombinedDatasets } from './collection';
import { importDatasetText } from './import';
import { dataset as bundled } from './index';

const dir = resolve(__dirname, '../../tests/fixtures/datasets');
const read = (name: string) => readFileSync(resolve(dir, name), 'utf8');

let combined: CombinedDatasets;
let engine: Engine;
let ids: string[];

beforeAll(async () => {
  const imported = await Promise.all(['claimreview-array.json', 'claimreview-graph.jsonld', 'claimreview-page.html'].map((f) => importDatasetText(read(f), f)));
  ids = imported.map((i) => i.info.id);
  combined = combineDatasets([{ info: bundledInfo(bundled), dataset: bundled }, ...imported]);
  engine = createEngine(combined.dataset, { datasetOf: combined.datasetOf });
});

const best = async (file: string) => {
  const { analysis } = await analyzeHtml(engine, read(`articles/${file}`));
  return analysis.claims.map((c) => ({ text: c.text, match: c.matches.find((m) => m.relation !== 'related') }));
};

describe('datasets combined', () => {
  it('keeps the bundled ids and prefixes the others’, so two datasets may share ids', () => {
    expect(combined.dataset.claims.length).toBe(bundled.claims.length + 24);
    expect(combined.dataset.claims[0]!.id).toBe(bundled.claims[0]!.id);
    const ids = new Set(combined.dataset.claims.map((c) => c.id));
    expect(ids.size).toBe(combined.dataset.claims.length);
    expect(combined.datasetOf(bundled.claims[0]!.id)).toBe('syria-2015');
    expect(combined.datasetOf(`${ids.values().next().value}`)).toBe('syria-2015');
  });

  it('an article restating checked claims: corroborates, from the right dataset', async () => {
    const found = await best('restates.html');
    const byText = (start: string) => found.find((f) => f.text.startsWith(start))?.match;
    expect(byText('A wellness blog')).toMatchObject({ relation: 'corroborates', dataset: ids[0] });
    expect(combined.dataset.claims.find((c) => c.id === byText('A wellness blog')!.claimId)?.review?.verdict).toBe('false');
    expect(byText('Posts shared widely')).toMatchObject({ relation: 'corroborates', dataset: ids[1] });
    expect(byText('A campaign group')).toMatchObject({ relation: 'corroborates', dataset: ids[0] });
    expect(byText('Councillor Mark Dunn')).toMatchObject({ relation: 'corroborates', dataset: ids[1] });
    expect(byText('The council will meet')).toBeUndefined();
  });

  it('an article contradicting their figures: contradicts', async () => {
    const found = await best('contradicts.html');
    const rel = found.filter((f) => f.match).map((f) => [f.text.slice(0, 20), f.match!.relation, f.match!.dataset]);
    expect(rel).toEqual([
      ['Helen Marsh said Nor', 'contradicts', ids[0]],
      ['The Westland Ministr', 'contradicts', ids[0]],
      ['Councillor Mark Dunn', 'contradicts', ids[1]],
    ]);
  });

  it('an article on something else: no match', async () => {
    expect((await best('ignores.html')).filter((f) => f.match)).toEqual([]);
  });

  it('the bundled dataset alone answers as before (every match says syria-2015)', () => {
    const alone = createEngine(bundled);
    const text = 'Russia\'s defence ministry said its Su-34 and Su-25 jets struck IS targets near Raqqa.';
    const a = alone.analyzeText(text).claims.flatMap((c) => c.matches);
    const b = engine.analyzeText(text).claims.flatMap((c) => c.matches);
    expect(a.length).toBeGreaterThan(0);
    expect(a.every((m) => m.dataset === 'syria-2015')).toBe(true);
    expect(b.filter((m) => m.relation !== 'related').map((m) => m.claimId)).toEqual(a.filter((m) => m.relation !== 'related').map((m) => m.claimId));
  });
});
