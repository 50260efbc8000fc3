/**
 * A fact-checker's verdict as a relation: a sentence that restates a claim a
 * checker rated false (or misleading) is not "corroborated" — it repeats
 * something found wanting. Shared by the in-page marks and cards and the popup.
 */
import type { Claim, Review } from '../../src/dataset/schema';
import { formatDay } from '../../src/text/day-format';

export type ShownRelation = 'corroborates' | 'contradicts' | 'related' | 'unknown' | 'rated-false';

/** Verdicts that make a restatement worth flagging. */
const FLAGGED: ReadonlySet<Review['verdict']> = new Set(['false', 'misleading']);

/** The review of a claim a checker found false or misleading, if it is one. */
export function flaggedReview(claim: Pick<Claim, 'review'> | undefined): Review | undefined {
  return claim?.review && FLAGGED.has(claim.review.verdict) ? claim.review : undefined;
}

/** How a claim sentence is shown: its best match's relation, or `rated-false` when it restates a claim rated false. */
export function shownRelation(matches: readonly { claimId: string; relation: string }[], lookup: { claim(id: string): Pick<Claim, 'review'> | undefined }): ShownRelation {
  const best = matches[0];
  if (!best) return 'unknown';
  if (best.relation === 'corroborates' && flaggedReview(lookup.claim(best.claimId))) return 'rated-false';
  return best.relation as ShownRelation;
}

/** "10 Feb 2024" */
export function readableDate(iso: string): string {
  const d = new Date(`${iso.slice(0, 10)}T00:00:00Z`);
  return Number.isNaN(d.getTime()) ? iso : formatDay(iso.slice(0, 10));
}

/** "restates a claim rated False by Factwise" */
export function ratedFalseLabel(review: Review): string {
  return `Restates a claim rated ${review.rating} by ${review.by}`;
}

/** "Checked by Factwise on 10 Feb 2024: False" */
export function checkedLine(review: Review): string {
  return `Checked by ${review.by}${review.date ? ` on ${readableDate(review.date)}` : ''}: ${review.rating}`;
}
