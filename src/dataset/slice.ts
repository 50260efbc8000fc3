/**
 * The part of the known claims a page needs to show what was found on it:
 * the claims it matched (and their related claims), the actors it names
 * (with the claims by and about them), and the sources and actors those
 * claims cite. The service worker holds every enabled dataset; a page gets
 * this slice of the imported ones instead of all of them (it has the bundled
 * dataset in its own script).
 */
import { createLookup } from './lookup';
import type { Dataset } from './schema';

export type KnownSlice = Pick<Dataset, 'actors' | 'claims' | 'sources' | 'relations'>;

export const EMPTY_SLICE: KnownSlice = { actors: [], claims: [], sources: [], relations: [] };

/**
 * What of `combined` outside `bundled` is needed for `claimIds` and
 * `actorIds`, in `combined`'s order (so lookups built over bundled + slice
 * list claims as one built over `combined` does).
 */
export function knownSlice(combined: Dataset, bundled: Dataset, refs: { claimIds: Iterable<string>; actorIds: Iterable<string> }, lookup = createLookup(combined)): KnownSlice {
  if (combined === bundled) return EMPTY_SLICE;
  const claims = new Set<string>();
  const actors = new Set<string>();
  const sources = new Set<string>();
  for (const id of refs.actorIds) {
    if (!lookup.actor(id)) continue;
    actors.add(id);
    for (const c of lookup.claimsBy(id)) claims.add(c.id);
    for (const c of lookup.claimsAbout(id)) claims.add(c.id);
  }
  for (const id of refs.claimIds) {
    if (!lookup.claim(id)) continue;
    claims.add(id);
    for (const r of lookup.related(id)) claims.add(r.claim.id);
  }
  for (const id of claims) {
    const c = lookup.claim(id)!;
    actors.add(c.claimant);
    for (const a of c.actors) actors.add(a);
    if (c.slots.actor) actors.add(c.slots.actor);
    for (const a of c.slots.targetActors ?? []) actors.add(a);
    for (const e of c.evidence) sources.add(e.source);
  }
  for (const id of actors) {
    const a = lookup.actor(id);
    if (!a) continue;
    for (const s of a.sources) sources.add(s);
    if (a.metonymFor) actors.add(a.metonymFor);
  }
  const own = {
    actors: new Set(bundled.actors.map((a) => a.id)),
    claims: new Set(bundled.claims.map((c) => c.id)),
    sources: new Set(bundled.sources.map((s) => s.id)),
  };
  return {
    actors: combined.actors.filter((a) => actors.has(a.id) && !own.actors.has(a.id)),
    claims: combined.claims.filter((c) => claims.has(c.id) && !own.claims.has(c.id)),
    sources: combined.sources.filter((s) => sources.has(s.id) && !own.sources.has(s.id)),
    relations: combined.relations.filter((r) => claims.has(r.from) && claims.has(r.to) && !(own.claims.has(r.from) && own.claims.has(r.to))),
  };
}

/** The bundled dataset with a slice of the others after it (the order `combineDatasets` gives). */
export function withSlice(bundled: Dataset, slice: KnownSlice): Dataset {
  if (slice.actors.length + slice.claims.length + slice.sources.length + slice.relations.length === 0) return bundled;
  return {
    ...bundled,
    actors: [...bundled.actors, ...slice.actors],
    claims: [...bundled.claims, ...slice.claims],
    sources: [...bundled.sources, ...slice.sources],
    relations: [...bundled.relations, ...slice.relations],
  };
}
