/**
 * What the reader can point at on the page: an actor mention, a claim
 * sentence or one of their notes, by text offsets into the current model.
 */
import type { Mention } from '../../src/actors/matcher';
import type { ActorType } from '../../src/dataset/schema';
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

/** The targets by offset, for hit-testing and the keyboard's stepping. */
export type TargetIndex = Pick<SpanIndex<Target>, 'at' | 'all'>;

/**
 * The targets of one reading, indexed at their first use — the reader's first
 * pointer move or key — rather than on the way to `ready` (ADR 0280): most
 * readings are replaced (by the page's next change) or never pointed at.
 */
export function indexTargets(claims: readonly ClaimHit[], mentions: readonly Mention[], anchored: readonly AnchoredAnnotation[]): TargetIndex {
  let index: SpanIndex<Target> | null = null;
  const built = () =>
    (index ??= new SpanIndex<Target>([
      ...claims.map((claim): Target => ({ kind: 'claim', start: claim.start, end: claim.end, claim })),
      ...mentions.map((mention): Target => ({ kind: 'actor', start: mention.start, end: mention.end, mention })),
      ...anchored.map((a): Target => ({ kind: 'annotation', start: a.start, end: a.end, anchored: a })),
    ]));
  return { at: (offset) => built().at(offset), all: () => built().all() };
}

/**
 * The drawn layer a target belongs to: an actor's by the type of the actor it
 * names, a claim sentence's by its best match and that claim's review — read
 * as the layers were drawn (the dataset's brief and the slice in use), so
 * hit-testing needs no dataset.
 */
export function layerOf(target: Target, typeOf: (actorId: string) => ActorType | undefined, reviews: Parameters<typeof shownRelation>[1]): string {
  switch (target.kind) {
    case 'actor': {
      const type = typeOf(target.mention.refersTo ?? target.mention.actorId);
      return type ? actorLayer(type) : 'actor-org';
    }
    case 'claim':
      return `claim-${shownRelation(target.claim.matches, reviews)}`;
    case 'annotation':
      return `annotation-${target.anchored.annotation.color}`;
  }
}
