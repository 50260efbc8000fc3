/**
 * What the reader can point at on the page: an actor mention, a claim
 * sentence or one of their notes, by text offsets into the current model.
 */
import type { Mention } from '../../src/actors/matcher';
import type { Actor } from '../../src/dataset/schema';
import type { DatasetLookup } from '../../src/dataset/lookup';
import { SpanIndex } from '../../src/text/span-index';
import type { AnnotationAnchor } from '../shared/messages';
import { actorLayer } from '../shared/layers';
import { shownRelation } from '../shared/verdict';
import type { ClaimHit } from '../../src/engine/article-scan';

export interface AnchoredAnnotation {
  /** Where and in which colour: the note itself is never in the page's side (ADR 0060). */
  annotation: AnnotationAnchor;
  start: number;
  end: number;
}

export type Target =
  | { kind: 'actor'; start: number; end: number; mention: Mention }
  | { kind: 'claim'; start: number; end: number; claim: ClaimHit }
  | { kind: 'annotation'; start: number; end: number; anchored: AnchoredAnnotation };

/** One key per target, stable across redraws of the same model (cards and margin markers use it). */
export const keyOf = (target: Pick<Target, 'kind' | 'start' | 'end'>) => `${target.kind}:${target.start}:${target.end}`;

export function indexTargets(claims: readonly ClaimHit[], mentions: readonly Mention[], anchored: readonly AnchoredAnnotation[]): SpanIndex<Target> {
  return new SpanIndex<Target>([
    ...claims.map((claim): Target => ({ kind: 'claim', start: claim.start, end: claim.end, claim })),
    ...mentions.map((mention): Target => ({ kind: 'actor', start: mention.start, end: mention.end, mention })),
    ...anchored.map((a): Target => ({ kind: 'annotation', start: a.start, end: a.end, anchored: a })),
  ]);
}

/** The drawn layer a target belongs to. */
export function layerOf(target: Target, actorOf: (m: Mention) => Actor | undefined, lookup: DatasetLookup): string {
  switch (target.kind) {
    case 'actor': {
      const actor = actorOf(target.mention);
      return actor ? actorLayer(actor.type) : 'actor-org';
    }
    case 'claim':
      return `claim-${shownRelation(target.claim.matches, lookup)}`;
    case 'annotation':
      return `annotation-${target.anchored.annotation.color}`;
  }
}
