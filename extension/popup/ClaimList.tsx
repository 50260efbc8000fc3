import type { PageClaim } from '../shared/messages';
import { lookup } from './knowledge';

const RELATION: Record<string, { label: string; className: string }> = {
  corroborates: { label: 'Corroborated', className: 'rel-corroborates' },
  contradicts: { label: 'Contradicts', className: 'rel-contradicts' },
  related: { label: 'Related', className: 'rel-related' },
};

/** The page's claim sentences with their best known match, sources and evidence. */
export function ClaimList({ claims, onReveal }: { claims: PageClaim[]; onReveal: (claim: PageClaim) => void }) {
  if (!claims.length) return <p class="muted">No claim sentences found on this page.</p>;
  return (
    <ul class="claims" aria-label="Claims on this page">
      {claims.map((c) => {
        const best = c.matches[0];
        const known = best ? lookup.claim(best.claimId) : undefined;
        const rel = best && known ? RELATION[best.relation]! : { label: 'New', className: 'rel-unknown' };
        const disputing = known ? lookup.related(known.id).filter((r) => r.relation === 'contradicts') : [];
        return (
          <li key={`${c.start}-${c.end}`} class={`claim ${rel.className}`} data-relation={best?.relation ?? 'unknown'}>
            <button type="button" class="claim-text" onClick={() => onReveal(c)} aria-label={`Show on the page: ${c.text.slice(0, 80)}`}>
              <span class={`badge ${rel.className}`}>{rel.label}</span> {c.text}
            </button>
            {c.claimant && <p class="muted small-line">Claimed by {c.claimant}</p>}
            {known && best ? (
              <details>
                <summary>
                  <span class="known">{known.statement}</span> <span class="muted">— {best.reason}</span>
                </summary>
                <ul class="evidence">
                  {known.evidence.map((e) => (
                    <li key={`${e.source}-${e.start}`}>
                      <q>{e.quote}</q> <cite>{lookup.sourceLabel(e.source)}</cite>
                    </li>
                  ))}
                </ul>
                {disputing.length > 0 && (
                  <>
                    <p class="disputed-by">Disputed by:</p>
                    <ul class="evidence">
                      {disputing.map((r) => (
                        <li key={r.claim.id}>
                          {lookup.claimantName(r.claim)}: {r.claim.statement} <cite>{r.claim.evidence.map((e) => lookup.sourceLabel(e.source)).join('; ')}</cite>
                        </li>
                      ))}
                    </ul>
                  </>
                )}
              </details>
            ) : (
              <p class="muted small-line">Not in the five reports: new, or reported elsewhere.</p>
            )}
          </li>
        );
      })}
    </ul>
  );
}
