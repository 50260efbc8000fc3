import { useEffect, useState } from 'preact/hooks';
import type { DatasetLookup } from '../../src/dataset/lookup';
import { claimBy, plainReason, sourceLine, unquote } from '../shared/explain';
import type { PageClaim } from '../shared/messages';
import { checkedLine, flaggedReview, readableDate } from '../shared/verdict';
import type { Annotation } from '../../src/annotations/model';
import type { Claim } from '../../src/dataset/schema';
import { NOTES_DATASET_ID, annotationIdOf } from '../../src/dataset/notes';

const RELATION: Record<string, { label: string; className: string }> = {
  corroborates: { label: 'Corroborated', className: 'rel-corroborates' },
  contradicts: { label: 'Contradicts', className: 'rel-contradicts' },
  related: { label: 'Related', className: 'rel-related' },
};

/** More claims than a popup shows before scrolling (each is at least two lines). */
export const FIRST_SCREEN = 8;

/**
 * The page's claim sentences with their best known match, sources and evidence.
 *
 * The first render draws what the popup shows before any scrolling: the first
 * claims, with each known claim's statement but not yet the evidence folded
 * inside it. The rest (more claims, the evidence lists and their sources'
 * dates) follows in the render after the first paint, before a reader can
 * scroll or unfold anything: a page with 75 claims otherwise builds, styles
 * and lays out ~500 elements before the popup shows anything of the page.
 */
/** "You noted on ⟨page title, date⟩: ⟨note⟩", linking back to the page (the note is read from the worker, here in the extension's origin). */
function NotedLine({ claim, lookup, loadNote }: { claim: Claim; lookup: DatasetLookup; loadNote: (id: string) => Promise<Annotation | null> }) {
  const sourceId = claim.evidence[0]?.source ?? '';
  const annotationId = annotationIdOf(sourceId);
  const [note, setNote] = useState<Annotation | null | undefined>(undefined);
  useEffect(() => {
    if (annotationId) loadNote(annotationId).then(setNote, () => setNote(null));
  }, [annotationId]);
  const source = lookup.source(sourceId);
  if (!source) return null;
  return (
    <p class="small-line noted">
      You noted on “{source.headline}”, {readableDate(source.date)}
      {note?.note ? `: ${note.note}` : ''}
      {note?.url && /^https?:/.test(note.url) && (
        <>
          {' · '}
          <a href={note.url} target="_blank" rel="noopener noreferrer">
            Open that page
          </a>
        </>
      )}
    </p>
  );
}

export function ClaimList({ claims, lookup, onReveal, loadNote }: { claims: PageClaim[]; lookup: DatasetLookup; onReveal: (claim: PageClaim) => void; loadNote?: (id: string) => Promise<Annotation | null> }) {
  const [complete, setComplete] = useState(false);
  // Effects run after the browser has painted the first render.
  useEffect(() => setComplete(true), []);
  if (!claims.length) return <p class="muted">No claim sentences found on this page.</p>;
  const shown = complete ? claims : claims.slice(0, FIRST_SCREEN);
  return (
    <ul class="claims" aria-label="Claims on this page">
      {shown.map((c) => {
        const best = c.matches[0];
        const known = best ? lookup.claim(best.claimId) : undefined;
        const flagged = best?.relation === 'corroborates' ? flaggedReview(known) : undefined;
        const rel = flagged ? { label: `Rated ${flagged.rating}`, className: 'rel-rated-false' } : best && known ? RELATION[best.relation]! : { label: 'New', className: 'rel-unknown' };
        const review = known?.review;
        const disputing = known && complete ? lookup.related(known.id).filter((r) => r.relation === 'contradicts') : [];
        return (
          <li key={`${c.start}-${c.end}`} class={`claim ${rel.className}`} data-relation={flagged ? 'rated-false' : (best?.relation ?? 'unknown')} data-claim-id={known?.id}>
            <button type="button" class="claim-text" onClick={() => onReveal(c)} title="Show on the page">
              <span class={`badge ${rel.className}`}>{rel.label}</span> {c.text}
            </button>
            {c.claimant && <p class="muted small-line">Claimed by {c.claimant}</p>}
            {known && loadNote && known.id.startsWith(`${NOTES_DATASET_ID}:`) && <NotedLine claim={known} lookup={lookup} loadNote={loadNote} />}
            {flagged && <p class="small-line flagged">Restates a claim rated {flagged.rating} by {flagged.by}</p>}
            {review && (
              <p class="small-line review">
                {checkedLine(review)}
                {review.url && (
                  <>
                    {' · '}
                    <a href={review.url} target="_blank" rel="noopener noreferrer">
                      Read the check
                    </a>
                  </>
                )}
              </p>
            )}
            {known && best ? (
              <details>
                <summary>
                  <span class="known">{known.statement}</span>
                  {plainReason(best.reason, lookup) && <span class="muted"> — {plainReason(best.reason, lookup)}</span>}
                </summary>
                {complete && (
                  <ul class="evidence">
                    {known.evidence.map((e) => (
                      <li key={`${e.source}-${e.start}`}>
                        <q>{unquote(e.quote)}</q> <cite>{sourceLine(lookup, e.source)}</cite>
                      </li>
                    ))}
                  </ul>
                )}
                {disputing.length > 0 && (
                  <>
                    <p class="disputed-by">Claims against it:</p>
                    <ul class="evidence">
                      {disputing.map((r) => (
                        <li key={r.claim.id}>
                          {claimBy(lookup, r.claim)}: {r.claim.statement} <cite>{r.claim.evidence.map((e) => sourceLine(lookup, e.source)).join('; ')}</cite>
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
