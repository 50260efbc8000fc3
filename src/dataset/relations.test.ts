/**
 * The relation review of issue 13 (class 8), kept: relations carry a one-line
 * justification, and the relations the review found wrong stay out.
 */
import { describe, expect, it } from 'vitest';
import { dataset, DatasetError, loadDataset, type Dataset } from './index';

const pair = (a: string, b: string) => [a, b].sort().join(' ');
const relationOf = (a: string, b: string) => dataset.relations.find((r) => pair(r.from, r.to) === pair(a, b));

function loadError(mutate: (d: Dataset) => void): string {
  const d = structuredClone(dataset);
  mutate(d);
  try {
    loadDataset(d);
  } catch (err) {
    expect(err).toBeInstanceOf(DatasetError);
    return (err as Error).message;
  }
  throw new Error('expected loadDataset to throw');
}

describe('relation justifications', () => {
  it('are on every relation, one line each', () => {
    for (const r of dataset.relations) {
      expect(r.justification, `${r.from} ${r.to}`).toMatch(/^[^\n]{20,300}$/);
    }
  });

  it('are required: a relation without one, or with two lines, is refused', () => {
    expect(loadError((d) => delete (d.relations[0] as { justification?: string }).justification)).toContain('relations[0].justification');
    expect(loadError((d) => (d.relations[1]!.justification = 'same event\nsame measure'))).toMatch(/relations\[1\]\.justification: must be one line/);
    expect(loadError((d) => (d.relations[2]!.justification = '  '))).toContain('relations[2].justification');
  });
});

describe('the contradictions the review dropped or fixed', () => {
  // each was a red mark on a reader's page without the same event, measure and period
  const dropped: [string, string][] = [
    ['mod-is-camp-and-post-idlib-hit', 'seven-countries-attacks-hama-homs-idlib'],
    ['konashenkov-stopped-is-rebuilding-hama-post', 'seven-countries-attacks-hama-homs-idlib'],
    ['russia-says-first-strikes-hit-isis', 'sohr-strikes-hit-jabal-al-zawiya'],
    ['mod-seven-targets-overnight-incl-raqqa', 'us-allies-accuse-russia-hitting-all-but-is'],
    ['russian-military-18-cruise-missiles-friday', 'ryder-majority-strikes-against-moderate-opposition'],
    ['russia-intensified-raids', 'ryder-majority-strikes-against-moderate-opposition'],
    ['lavrov-eye-to-eye-with-us', 'us-complains-one-hour-notice'],
    ['mod-five-is-targets-struck', 'western-officials-concern-hitting-opposition'],
    ['mod-five-is-targets-struck', 'fallon-only-five-percent-hit-is'],
    ['mod-four-days-100-missiles-800-targets', 'ryder-majority-strikes-against-moderate-opposition'],
    ['lavrov-acts-like-a-terrorist', 'obama-from-their-perspective-all-terrorists'],
  ];
  it.each(dropped)('%s ↔ %s is not a contradiction', (a, b) => {
    expect(relationOf(a, b)?.type).not.toBe('contradicts');
  });

  it('points the ministry\'s IS strikes in Hama and Idlib at the statement\'s "did not target" instead', () => {
    for (const id of ['mod-is-camp-and-post-idlib-hit', 'konashenkov-stopped-is-rebuilding-hama-post']) {
      expect(relationOf(id, 'seven-countries-strikes-did-not-target-isis')?.type, id).toBe('contradicts');
    }
  });

  it('links no claim to another as both corroborating and contradicting, directly', () => {
    const seen = new Map<string, string>();
    for (const r of dataset.relations) {
      const k = pair(r.from, r.to);
      expect(seen.get(k), k).toBeUndefined();
      seen.set(k, r.type);
    }
    // Ryder's "majority" claim: nothing both agrees with it and is told apart from it
    const ryder = dataset.relations.filter((r) => [r.from, r.to].includes('ryder-majority-strikes-against-moderate-opposition'));
    expect(ryder.filter((r) => r.type === 'contradicts')).toEqual([]);
  });

  it('keeps contradicting claims with dated events within a week of each other (same period)', () => {
    const day = (id: string) => {
      const t = dataset.claims.find((c) => c.id === id)?.slots.time ?? '';
      return /^\d{4}-\d{2}-\d{2}$/.test(t) ? Date.parse(t) : undefined;
    };
    for (const r of dataset.relations.filter((x) => x.type === 'contradicts')) {
      const [a, b] = [day(r.from), day(r.to)];
      if (a !== undefined && b !== undefined) expect(Math.abs(a - b) / 86_400_000, `${r.from} ${r.to}`).toBeLessThanOrEqual(7);
    }
  });

  it('dates no Fallon remark to a day the reports do not give', () => {
    for (const c of dataset.claims.filter((x) => x.claimant === 'fallon')) expect(c.slots.time, c.id).not.toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});
