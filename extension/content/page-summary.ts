/** What the popup is told Crosscheck found on the page (`page/analysis`). */
import type { Mention } from '../../src/actors/matcher';
import type { DatasetLookup } from '../../src/dataset/lookup';
import type { ClaimHit } from '../../src/engine/article-scan';
import type { AnnotationAnchor, PageAnalysis } from '../shared/messages';
import type { AnchoredAnnotation } from './targets';

export interface Found {
  mentions: readonly Mention[];
  claims: readonly ClaimHit[];
  anchored: readonly AnchoredAnnotation[];
  orphans: readonly AnnotationAnchor[];
}

/** `orphanClaims`: the known claims the engine read each note no longer found on the page as. */
export function summarize({ mentions, claims, anchored, orphans }: Found, lookup: DatasetLookup, orphanClaims: Readonly<Record<string, string[]>>): PageAnalysis {
  const counts = new Map<string, number>();
  for (const m of mentions) counts.set(m.refersTo ?? m.actorId, (counts.get(m.refersTo ?? m.actorId) ?? 0) + 1);
  const actors = [...counts].flatMap(([id, count]) => {
    const actor = lookup.actor(id);
    return actor ? [{ id, name: actor.name, type: actor.type, mentions: count }] : [];
  });
  actors.sort((a, b) => b.mentions - a.mentions || a.name.localeCompare(b.name));
  const annotationClaims: Record<string, string[]> = {};
  for (const a of anchored) {
    const near = claims.filter((c) => c.start < a.end && a.start < c.end).flatMap((c) => c.matches.map((m) => m.claimId));
    annotationClaims[a.annotation.id] = [...new Set(near)].slice(0, 3);
  }
  for (const o of orphans) annotationClaims[o.id] = orphanClaims[o.id] ?? [];
  return {
    // "Claimed by" only when the claimant is a resolved actor, not a guess from the wording
    claims: claims.map(({ start, end, text, claimant, claimantId, matches }) => ({ start, end, text, matches: [...matches], ...(claimant && claimantId ? { claimant } : {}) })),
    actors,
    annotationClaims,
  };
}
