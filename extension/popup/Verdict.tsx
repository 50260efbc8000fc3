import type { PageClaim } from '../shared/messages';

type Bucket = 'corroborates' | 'contradicts' | 'unknown' | 'related';

const BUCKETS: { id: Bucket; one: string; many: string; className: string }[] = [
  { id: 'contradicts', one: 'claim the known reports contradict', many: 'claims the known reports contradict', className: 'rel-contradicts' },
  { id: 'corroborates', one: 'claim the known reports corroborate', many: 'claims the known reports corroborate', className: 'rel-corroborates' },
  { id: 'unknown', one: 'claim not in the known reports (new)', many: 'claims not in the known reports (new)', className: 'rel-unknown' },
  { id: 'related', one: 'claim only related to known ones', many: 'claims only related to known ones', className: 'rel-related' },
];

export const bucketOf = (claim: PageClaim): Bucket => claim.matches[0]?.relation ?? 'unknown';

/**
 * The article's verdict at a glance, with its reasons: how many of its claims
 * the known reports contradict, corroborate, and how many are new; each group
 * unfolds into its sentences, each of which shows the sentence on the page.
 */
export function Verdict({ claims, onReveal }: { claims: PageClaim[]; onReveal: (claim: PageClaim) => void }) {
  if (!claims.length) return <p class="verdict muted">No claims found on this page.</p>;
  return (
    <section class="verdict" aria-label="This article against the known reports">
      {BUCKETS.map(({ id, one, many, className }) => {
        const list = claims.filter((c) => bucketOf(c) === id);
        if (!list.length && id === 'related') return null;
        return (
          <details key={id} class={`verdict-row ${className}`} data-bucket={id}>
            <summary>
              <strong class="verdict-count">{list.length}</strong> {list.length === 1 ? one : many}
            </summary>
            {list.length > 0 && (
              <ol class="verdict-claims">
                {list.map((c) => (
                  <li key={`${c.start}-${c.end}`}>
                    <button type="button" class="link-like" onClick={() => onReveal(c)}>
                      {c.text}
                    </button>
                  </li>
                ))}
              </ol>
            )}
          </details>
        );
      })}
      <p class="muted small-line">Alt+Shift+X on the page steps to the next contradiction, Alt+Shift+N to the next claim or note.</p>
    </section>
  );
}
