/**
 * Hover and focus cards: who an actor is, and what is known about a claim.
 * Built with `h()` only — page text and dataset text alike enter as text nodes.
 */
import type { DatasetLookup } from '../../../src/dataset/lookup';
import type { Actor, Claim } from '../../../src/dataset/schema';
import { claimBy, plainReason, sourceLine, unquote } from '../../shared/explain';
import { h } from './dom';
import { annotationIdOf, NOTES_DATASET_ID } from '../../../src/dataset/notes';
import { checkedLine, flaggedReview, ratedFalseLabel } from '../../shared/verdict';

export type Relation = 'corroborates' | 'contradicts' | 'related';

export interface ClaimMatchView {
  claimId: string;
  relation: Relation;
  score: number;
  reason: string;
}

export interface ClaimHitView {
  text: string;
  claimant?: string;
  /** Set when the engine resolved the claimant to a known actor: only then is "Claimed by" shown. */
  claimantId?: string;
  matches: readonly ClaimMatchView[];
}

const TYPE_LABEL: Record<Actor['type'], string> = {
  person: 'Person',
  organisation: 'Organisation',
  state: 'State',
  armed_group: 'Armed group',
  military_unit: 'Military unit',
  place: 'Place',
  weapon: 'Weapon system',
  media: 'Media',
};

export const RELATION_LABEL: Record<Relation | 'unknown', string> = {
  corroborates: 'The known reports corroborate this',
  contradicts: 'The known reports contradict this',
  related: 'Close to a known claim',
  unknown: 'Not in the known reports',
};

const MAX_LISTED = 4;

export function actorCard(actor: Actor, lookup: DatasetLookup): HTMLElement {
  const aliases = actor.aliases.map((a) => (typeof a === 'string' ? a : a.text)).filter((a) => a !== actor.name);
  const by = lookup.claimsBy(actor.id);
  const about = lookup.claimsAbout(actor.id);
  return h(
    'article',
    { class: `card actor-card type-${actor.type}`, 'aria-label': `${actor.name}: ${TYPE_LABEL[actor.type]}` },
    h('header', {}, h('h2', {}, actor.name), h('span', { class: 'badge' }, TYPE_LABEL[actor.type])),
    actor.role ? h('p', { class: 'role' }, actor.role) : null,
    aliases.length ? h('p', { class: 'aliases' }, h('span', { class: 'label' }, 'Also: '), aliases.join(' · ')) : null,
    actor.sources.length
      ? h('section', {}, h('h3', {}, 'Named in'), h('ul', { class: 'sources' }, ...actor.sources.map((s) => h('li', {}, sourceLine(lookup, s)))))
      : h('p', { class: 'muted' }, 'Not named in the known reports.'),
    claimList(`Claims by ${actor.name}`, by, lookup, false),
    claimList(`Claims about ${actor.name}`, about, lookup, true),
  );
}

const NOTE_LABEL: Record<Relation | 'unknown', string> = {
  corroborates: 'A note of yours says this too',
  contradicts: 'A note of yours says otherwise',
  related: 'Close to a note of yours',
  unknown: 'Not in the known reports',
};

/** A claim of the "My notes" dataset (see src/dataset/notes.ts). */
const isNoteClaim = (claimId: string) => claimId.startsWith(`${NOTES_DATASET_ID}:`);

/**
 * `openNote`: opens a note of the reader's (by id) in the note frame, for the
 * card of a sentence that restates or contradicts it; without it the card
 * points to the popup.
 */
export function claimCard(hit: ClaimHitView, lookup: DatasetLookup, openNote?: (annotationId: string) => void): HTMLElement {
  const best = hit.matches[0];
  const known = best ? lookup.claim(best.claimId) : undefined;
  const relation: Relation | 'unknown' = best && known ? best.relation : 'unknown';
  // restating a claim a fact-checker rated false is its own relation, not "corroborated"
  const flagged = relation === 'corroborates' ? flaggedReview(known) : undefined;
  const noted = known !== undefined && best !== undefined && isNoteClaim(best.claimId);
  const title = flagged ? ratedFalseLabel(flagged) : noted ? NOTE_LABEL[relation] : RELATION_LABEL[relation];
  // The page's own sentence first; what is known about it beneath.
  const card = h(
    'article',
    { class: `card claim-card relation-${flagged ? 'rated-false' : relation}`, 'aria-label': title },
    h('header', {}, h('h2', {}, title)),
    h(
      'section',
      { class: 'page-sentence' },
      h('h3', {}, 'On this page'),
      h('blockquote', {}, `“${unquote(hit.text)}”`),
      hit.claimant && hit.claimantId ? h('p', { class: 'claimant' }, h('span', { class: 'label' }, 'Claimed by: '), hit.claimant) : null,
    ),
  );
  if (!best || !known) {
    card.append(h('p', { class: 'muted' }, 'None of the known reports carries this claim. It may be new, or reported elsewhere.'));
    return card;
  }
  if (noted) {
    // The note, its quote and its page stay out of this page's document (ADR 0060): the note frame
    // (an extension page) shows them; this card holds only the button that opens it.
    const says = relation === 'contradicts' ? 'says otherwise' : 'says this';
    const annotationId = annotationIdOf(known.evidence[0]?.source ?? '');
    if (!openNote || !annotationId) {
      card.append(h('p', { class: 'noted' }, `You saved a note on another page that ${says}. Open Crosscheck from the toolbar to read your note and go back to that page.`));
      return card;
    }
    const button = h('button', { type: 'button', class: 'open-note' }, 'Open note');
    // only the reader's own click (a page cannot script this closed root, nor forge a trusted click)
    button.addEventListener('click', (event) => event.isTrusted && openNote(annotationId));
    card.append(h('p', { class: 'noted' }, `You saved a note on another page that ${says}.`), h('div', { class: 'row' }, button));
    return card;
  }
  const reason = plainReason(best.reason, lookup);
  if (reason) card.append(h('p', { class: 'reason' }, reason));
  card.append(
    h('section', {}, h('h3', {}, known.review ? 'The checked claim' : 'What the known reports say'), h('p', { class: 'statement' }, known.statement), h('p', { class: 'muted' }, claimBy(lookup, known))),
    known.review ? reviewLine(known) : evidenceList(known, lookup),
  );
  const related = lookup.related(known.id);
  const corroborating = related.filter((r) => r.relation === 'corroborates');
  const contradicting = related.filter((r) => r.relation === 'contradicts');
  if (corroborating.length) card.append(relatedList('Other claims that agree', corroborating, lookup));
  if (contradicting.length) card.append(relatedList('Claims against it', contradicting, lookup));
  const others = hit.matches.slice(1, 3).filter((m) => lookup.claim(m.claimId));
  if (others.length) {
    card.append(h('section', {}, h('h3', {}, 'Also close'), h('ul', {}, ...others.map((m) => h('li', {}, lookup.claim(m.claimId)!.statement)))));
  }
  return card;
}

/** "Checked by ⟨organisation⟩ on ⟨date⟩: ⟨rating⟩", linking to the published check. */
function reviewLine(claim: Claim): HTMLElement {
  const review = claim.review!;
  return h(
    'section',
    { class: `review verdict-${review.verdict}` },
    h('h3', {}, 'Fact check'),
    h(
      'p',
      {},
      checkedLine(review),
      review.url ? ' · ' : null,
      // an http(s) address checked on import; opened outside the page, without a referrer
      review.url ? h('a', { href: review.url, target: '_blank', rel: 'noopener noreferrer' }, 'Read the check') : null,
    ),
  );
}

function evidenceList(claim: Claim, lookup: DatasetLookup): HTMLElement {
  return h(
    'section',
    {},
    h('h3', {}, claim.evidence.length === 1 ? 'In the report' : `In ${claim.evidence.length} reports`),
    h('ul', { class: 'evidence' }, ...claim.evidence.map((e) => h('li', {}, h('blockquote', {}, `“${unquote(e.quote)}”`), h('cite', {}, sourceLine(lookup, e.source))))),
  );
}

function relatedList(title: string, items: readonly { claim: Claim; reason: string }[], lookup: DatasetLookup): HTMLElement {
  return h(
    'section',
    {},
    h('h3', {}, title),
    h(
      'ul',
      {},
      ...items.slice(0, MAX_LISTED).map((r) =>
        h('li', {}, h('span', {}, `${claimBy(lookup, r.claim)}: ${r.claim.statement}`)),
      ),
      items.length > MAX_LISTED ? h('li', { class: 'muted' }, `and ${items.length - MAX_LISTED} more claims`) : null,
    ),
  );
}

function claimList(title: string, claims: readonly Claim[], lookup: DatasetLookup, withClaimant: boolean): HTMLElement | null {
  if (!claims.length) return null;
  return h(
    'section',
    {},
    h('h3', {}, title),
    h(
      'ul',
      {},
      ...claims.slice(0, MAX_LISTED).map((c) => h('li', {}, withClaimant ? `${claimBy(lookup, c)}: ${c.statement}` : c.statement)),
      claims.length > MAX_LISTED ? h('li', { class: 'muted' }, `and ${claims.length - MAX_LISTED} more claims`) : null,
    ),
  );
}
