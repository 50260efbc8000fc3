/**
 * The known claims a session reads the page's results against: the bundled
 * dataset, joined by the slice of imported claims (with their actors and
 * sources) the worker's answers refer to (ADR 0095). Cards, the note form and
 * the popup's summary hold one lookup object that always answers from the
 * slice in use.
 */
import type { DatasetLookup } from '../../src/dataset/lookup';
import type { ActorType, Claim, Dataset, Review } from '../../src/dataset/schema';
import { EMPTY_SLICE, withSlice, type KnownSlice } from '../../src/dataset/slice';
import { lazyLookup } from './lazy';

export interface KnownInUse {
  readonly lookup: DatasetLookup;
  /** An actor's type (its highlight layer), without building the lookup: the slice's actors, else the bundled ones. */
  actorType(id: string): ActorType | undefined;
  /** What a claim sentence's layer depends on (its best match's review), without building the lookup. */
  readonly reviews: { claim(id: string): Pick<Claim, 'review'> | undefined };
  /** The imported claims, actors, sources and relations held (the popup shows them with the page's analysis). */
  readonly slice: KnownSlice;
  /** The page's results refer to this slice of the imported datasets (it replaces the one held). */
  use(slice: KnownSlice): void;
  /** Adds to the slice held (the claims a note's quote or a selection matched). */
  add(more: KnownSlice): void;
}

/** What drawing needs of the bundled dataset, without reading it whole (bundled-knowledge.ts). */
export interface BundledBrief {
  actorType(id: string): ActorType | undefined;
  review(id: string): Review | undefined;
}

/**
 * `bundled` is read on first use: a page that never shows a card or the
 * popup's summary never parses it; drawing asks `brief`.
 */
export function knownInUse(bundled: () => Dataset, brief: BundledBrief): KnownInUse {
  // The bundled dataset answers until the worker sends the imported claims the page's results refer to.
  const bundledLookup = lazyLookup(bundled);
  let known = bundledLookup;
  let slice: KnownSlice = EMPTY_SLICE;
  let sliceTypes = new Map<string, ActorType>();
  let sliceClaims = new Map<string, Claim>();
  const lookup: DatasetLookup = {
    actor: (id) => known.actor(id),
    claim: (id) => known.claim(id),
    source: (id) => known.source(id),
    claimsBy: (id) => known.claimsBy(id),
    claimsAbout: (id) => known.claimsAbout(id),
    related: (id) => known.related(id),
    claimantName: (claim) => known.claimantName(claim),
    sourceLabel: (id) => known.sourceLabel(id),
  };
  function use(next: KnownSlice) {
    slice = next;
    sliceTypes = new Map(next.actors.map((a) => [a.id, a.type]));
    sliceClaims = new Map(next.claims.map((c) => [c.id, c]));
    const empty = next.actors.length + next.claims.length + next.sources.length + next.relations.length === 0;
    known = empty ? bundledLookup : lazyLookup(() => withSlice(bundled(), next));
  }
  return {
    lookup,
    actorType: (id) => sliceTypes.get(id) ?? brief.actorType(id),
    reviews: { claim: (id) => sliceClaims.get(id) ?? { review: brief.review(id) } },
    get slice() {
      return slice;
    },
    use,
    add: (more) => use(merged(slice, more)),
  };
}

/** The slice held, with `more` added (each item once). */
function merged(slice: KnownSlice, more: KnownSlice): KnownSlice {
  const add = <T>(own: readonly T[], extra: readonly T[], id: (x: T) => string) => {
    const seen = new Set(own.map(id));
    return [...own, ...extra.filter((x) => !seen.has(id(x)))];
  };
  return {
    actors: add(slice.actors, more.actors, (a) => a.id),
    claims: add(slice.claims, more.claims, (c) => c.id),
    sources: add(slice.sources, more.sources, (s) => s.id),
    relations: add(slice.relations, more.relations, (r) => `${r.from} ${r.to} ${r.type}`),
  };
}
