/**
 * The coverage matrix: for each known claim the page touches, what each of
 * the five reports (and the page itself) does with it.
 */
import type { DatasetLookup } from '../../src/dataset/lookup';
import type { Source } from '../../src/dataset/schema';
import type { PageClaim } from '../shared/messages';

export type Mark = 'reported' | 'contradicted' | 'related' | 'absent';

export interface CoverageRow {
  claimId: string;
  statement: string;
  /** One mark per source, in the order given. */
  sources: Mark[];
  page: Mark;
}

/**
 * A source "reports" a claim when it carries evidence for it (or for a claim
 * corroborating it), and "contradicts" it when it carries a claim the dataset
 * records as contradicting it. The page column comes from the engine's matches.
 */
export function coverageRows(claims: readonly PageClaim[], lookup: DatasetLookup, sourceList: readonly Source[]): CoverageRow[] {
  const best = new Map<string, Mark>();
  const rank: Record<Mark, number> = { contradicted: 3, reported: 2, related: 1, absent: 0 };
  // Only each sentence's best match: secondary matches are mostly the opposite
  // accounts of the best one, which the row's source marks already show.
  for (const c of claims) {
    for (const m of c.matches.slice(0, 1)) {
      const mark: Mark = m.relation === 'corroborates' ? 'reported' : m.relation === 'contradicts' ? 'contradicted' : 'related';
      if (rank[mark] > rank[best.get(m.claimId) ?? 'absent']) best.set(m.claimId, mark);
    }
  }
  const rows: CoverageRow[] = [];
  for (const [claimId, page] of best) {
    const claim = lookup.claim(claimId);
    if (!claim) continue;
    const carried = new Set(claim.evidence.map((e) => e.source));
    const corroborated = new Set<string>();
    const contradicted = new Set<string>();
    for (const r of lookup.related(claimId)) {
      for (const e of r.claim.evidence) (r.relation === 'corroborates' ? corroborated : contradicted).add(e.source);
    }
    rows.push({
      claimId,
      statement: claim.statement,
      page,
      sources: sourceList.map((s) => (carried.has(s.id) || corroborated.has(s.id) ? 'reported' : contradicted.has(s.id) ? 'contradicted' : 'absent')),
    });
  }
  // Strongest page relation first: contradictions are what a reader most needs to see.
  // every matched claim: the list scrolls
  return rows.sort((a, b) => rank[b.page] - rank[a.page] || a.statement.localeCompare(b.statement));
}
