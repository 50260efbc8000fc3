import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import bundled from './data/syria-2015.json' with { type: 'json' };
import { dataset, DatasetError, loadDataset, type Dataset } from './index';
import { defaultReportsDir, readReports, repoRoot } from './node-reports';
import { formatProblem, verifyEvidence } from './verify';

const reports = readReports(defaultReportsDir(), dataset.sources.map((s) => s.id));
const copy = (): Dataset => structuredClone(dataset);

function loadError(mutate: (d: Dataset) => void): string {
  const d = copy();
  mutate(d);
  try {
    loadDataset(d);
  } catch (err) {
    expect(err).toBeInstanceOf(DatasetError);
    return (err as Error).message;
  }
  throw new Error('expected loadDataset to throw');
}

describe('bundled dataset', () => {
  it('validates against the schema and the reference checks', () => {
    expect(() => loadDataset(bundled)).not.toThrow();
    expect(dataset.sources).toHaveLength(5);
    expect(dataset.claims.length).toBeGreaterThan(90);
  });

  it('has every evidence quote exactly at its offsets in the reports', () => {
    const problems = verifyEvidence(dataset, reports);
    expect(problems.map(formatProblem)).toEqual([]);
  });

  it('passes npm run dataset:check', () => {
    const run = spawnSync(process.execPath, ['scripts/dataset-check.mjs'], { cwd: repoRoot, encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('dataset:check OK');
  });

  it('makes dataset:check fail clearly when the reports are missing', () => {
    const run = spawnSync(process.execPath, ['scripts/dataset-check.mjs', resolve(repoRoot, 'no-such-reports-dir')], {
      cwd: repoRoot,
      encoding: 'utf8',
    });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('report texts not found');
  });

  it('has relations between existing, distinct claims, of both kinds', () => {
    const ids = new Set(dataset.claims.map((c) => c.id));
    for (const rel of dataset.relations) {
      expect(ids.has(rel.from), rel.from).toBe(true);
      expect(ids.has(rel.to), rel.to).toBe(true);
      expect(rel.from).not.toBe(rel.to);
    }
    expect(dataset.relations.filter((r) => r.type === 'corroborates').length).toBeGreaterThan(20);
    expect(dataset.relations.filter((r) => r.type === 'contradicts').length).toBeGreaterThan(10);
  });

  it("lists every slot actor, target and place among the claim's actors (unless it is the claimant)", () => {
    for (const c of dataset.claims) {
      const slotIds = [c.slots.actor, ...(c.slots.targetActors ?? []), ...(c.slots.place ?? [])].filter(
        (id): id is string => id !== undefined && id !== c.claimant,
      );
      for (const id of slotIds) expect(c.actors, c.id).toContain(id);
      expect(c.actors, c.id).not.toContain(c.claimant);
    }
  });

  it('marks every denial with polarity "deny"', () => {
    for (const claim of dataset.claims.filter((c) => c.kind === 'denial')) expect(claim.polarity, claim.id).toBe('deny');
  });

  it('keeps quotes short (a clause or a sentence, never whole paragraphs)', () => {
    for (const claim of dataset.claims) for (const ev of claim.evidence) expect(ev.quote.length, claim.id).toBeLessThanOrEqual(300);
  });

  it('makes ambiguous short names case-sensitive and the cruiser Moscow context-bound', () => {
    const alias = (actorId: string, text: string) =>
      dataset.actors.find((a) => a.id === actorId)?.aliases.find((a) => (typeof a === 'string' ? a : a.text) === text);
    for (const [id, text] of [['isis', 'IS'], ['united-states', 'US'], ['united-nations', 'UN'], ['free-syrian-army', 'FSA'], ['turkey', 'Turkey']]) {
      expect(alias(id!, text!), `${id} ${text}`).toMatchObject({ caseSensitive: true });
    }
    expect(alias('cruiser-moscow', 'Moscow')).toMatchObject({ context: expect.arrayContaining(['cruiser']) });
    expect(dataset.actors.find((a) => a.id === 'moscow')?.metonymFor).toBe('russia');
  });
});

describe('loadDataset errors name the bad field', () => {
  it('reports schema violations with their path', () => {
    const msg = loadError((d) => {
      (d.claims[3] as { kind: string }).kind = 'rumour';
    });
    expect(msg).toContain('claims[3].kind');
  });

  it('reports duplicate ids', () => {
    expect(loadError((d) => d.actors.push({ ...d.actors[0]! }))).toMatch(/actors\[\d+\]\.id: duplicate id "russia"/);
  });

  it('reports relations to unknown claims', () => {
    expect(loadError((d) => (d.relations[0]!.to = 'no-such-claim'))).toContain('relations[0].to: unknown claim id "no-such-claim"');
  });

  it('reports unknown claimants and slot actors', () => {
    const msg = loadError((d) => {
      d.claims[0]!.claimant = 'nobody';
      d.claims[1]!.slots.place = ['atlantis'];
    });
    expect(msg).toContain('claims[0].claimant: unknown actor id "nobody"');
    expect(msg).toContain('claims[1].slots.place[0]: unknown actor id "atlantis"');
  });

  it('reports evidence from unknown sources and actors without aliases', () => {
    const msg = loadError((d) => {
      d.claims[2]!.evidence[0]!.source = 'missing.txt';
      d.actors[5]!.aliases = [];
    });
    expect(msg).toContain('claims[2].evidence[0].source: unknown source id "missing.txt"');
    expect(msg).toContain('actors[5].aliases: an actor needs at least one alias');
  });
});

describe('verifyEvidence', () => {
  it('reports a quote that is not at its offsets', () => {
    const d = copy();
    d.claims[0]!.evidence[0]!.start += 1;
    d.claims[0]!.evidence[0]!.end += 1;
    const problems = verifyEvidence(d, reports);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.path).toBe('claims[0].evidence[0]');
    expect(problems[0]!.message).toContain('the quote occurs at');
  });

  it('reports sources without a text', () => {
    const { [dataset.sources[4]!.id]: _dropped, ...fewer } = reports;
    expect(verifyEvidence(dataset, fewer).some((p) => p.message.includes('no report text'))).toBe(true);
  });
});
