import { describe, expect, it } from 'vitest';
import { dataset } from '../../src/dataset';
import { createLookup } from '../../src/dataset/lookup';
import { coverageRows } from './coverage';

const lookup = createLookup(dataset);
const idx = (file: string) => dataset.sources.findIndex((s) => s.id.startsWith(file));

describe('coverage matrix rows', () => {
  it('marks the sources that carry a known claim and those that contradict it', () => {
    // Davutoglu's "entirely against the FSA" (AFP) is contradicted by the ministry's IS-target accounts.
    const claim = dataset.claims.find((c) => c.id === 'davutoglu-operation-entirely-against-fsa');
    expect(claim).toBeDefined();
    const [row] = coverageRows([{ start: 0, end: 10, text: 'x', matches: [{ claimId: claim!.id, relation: 'corroborates', score: 0.9, reason: 'r' }] }], lookup, dataset.sources);
    expect(row!.page).toBe('reported');
    for (const e of claim!.evidence) expect(row!.sources[dataset.sources.findIndex((s) => s.id === e.source)]).toBe('reported');
    const related = lookup.related(claim!.id);
    const contradictingSources = new Set(related.filter((r) => r.relation === 'contradicts').flatMap((r) => r.claim.evidence.map((e) => e.source)));
    const corroboratingSources = new Set(related.filter((r) => r.relation === 'corroborates').flatMap((r) => r.claim.evidence.map((e) => e.source)));
    const carried = new Set(claim!.evidence.map((e) => e.source));
    // a source that only contradicts is marked contradicted; one that also carries or corroborates, reported
    const onlyContradicting = [...contradictingSources].filter((s) => !carried.has(s) && !corroboratingSources.has(s));
    expect(onlyContradicting.length + [...corroboratingSources].filter((s) => !carried.has(s)).length).toBeGreaterThan(0);
    for (const s of onlyContradicting) expect(row!.sources[dataset.sources.findIndex((x) => x.id === s)]).toBe('contradicted');
    for (const s of corroboratingSources) expect(row!.sources[dataset.sources.findIndex((x) => x.id === s)]).toBe('reported');
    for (const s of dataset.sources.map((x) => x.id).filter((id) => !carried.has(id) && !contradictingSources.has(id) && !corroboratingSources.has(id))) {
      expect(row!.sources[dataset.sources.findIndex((x) => x.id === s)]).toBe('absent');
    }
    expect(idx('000')).toBe(0);
  });

  it('uses each sentence’s best match and puts contradictions first', () => {
    const rows = coverageRows(
      [
        { start: 0, end: 1, text: 'a', matches: [{ claimId: 'sohr-at-least-12-militants-killed-raqqa', relation: 'corroborates', score: 1, reason: '' }, { claimId: 'mod-ten-sorties-overnight', relation: 'contradicts', score: 0.5, reason: '' }] },
        { start: 2, end: 3, text: 'b', matches: [{ claimId: 'mod-ten-sorties-overnight', relation: 'contradicts', score: 0.8, reason: '' }] },
      ],
      lookup,
      dataset.sources,
    );
    expect(rows.map((r) => [r.claimId, r.page])).toEqual([
      ['mod-ten-sorties-overnight', 'contradicted'],
      ['sohr-at-least-12-militants-killed-raqqa', 'reported'],
    ]);
  });
});
