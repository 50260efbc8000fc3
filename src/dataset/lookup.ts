/**
 * Indexes over a loaded dataset for the places that show it to a reader
 * (hover cards, popup): an actor's claims, a claim's sources and relations.
 * Built once per dataset; every lookup is a Map read.
 */
import { UNATTRIBUTED, type Actor, type Claim, type Dataset, type Relation, type Source } from './schema';
import { formatDay } from '../text/day-format';

export interface RelatedClaim {
  claim: Claim;
  relation: Relation['type'];
  reason: string;
}

export interface DatasetLookup {
  actor(id: string): Actor | undefined;
  claim(id: string): Claim | undefined;
  source(id: string): Source | undefined;
  /** Claims the actor makes (as claimant). */
  claimsBy(actorId: string): Claim[];
  /** Claims about the actor (named in `actors` or slots), excluding its own. */
  claimsAbout(actorId: string): Claim[];
  /** Claims linked to this one, with the relation read in either direction. */
  related(claimId: string): RelatedClaim[];
  /** The claimant's display name ("the reporter" for outlet statements, "an unnamed speaker" for unattributed quotes). */
  claimantName(claim: Claim): string;
  /** "AFP, 2 Oct 2015"; reports that name no outlet go by their headline. */
  sourceLabel(sourceId: string): string;
}

export function createLookup(data: Dataset): DatasetLookup {
  const actors = new Map(data.actors.map((a) => [a.id, a]));
  const claims = new Map(data.claims.map((c) => [c.id, c]));
  const sources = new Map(data.sources.map((s) => [s.id, s]));
  const by = new Map<string, Claim[]>();
  const about = new Map<string, Claim[]>();
  const related = new Map<string, RelatedClaim[]>();

  const push = <K, V>(map: Map<K, V[]>, key: K, value: V) => {
    const list = map.get(key);
    if (list) list.push(value);
    else map.set(key, [value]);
  };

  for (const claim of data.claims) {
    if (claim.claimant !== 'reporter' && claim.claimant !== UNATTRIBUTED) push(by, claim.claimant, claim);
    const subjects = new Set([...claim.actors, ...(claim.slots.actor ? [claim.slots.actor] : []), ...(claim.slots.targetActors ?? [])]);
    subjects.delete(claim.claimant);
    for (const id of subjects) push(about, id, claim);
  }
  for (const relation of data.relations) {
    const from = claims.get(relation.from);
    const to = claims.get(relation.to);
    if (!from || !to) continue;
    push(related, from.id, { claim: to, relation: relation.type, reason: relation.reason });
    push(related, to.id, { claim: from, relation: relation.type, reason: relation.reason });
  }

  return {
    actor: (id) => actors.get(id),
    claim: (id) => claims.get(id),
    source: (id) => sources.get(id),
    claimsBy: (id) => by.get(id) ?? [],
    claimsAbout: (id) => about.get(id) ?? [],
    related: (id) => related.get(id) ?? [],
    claimantName: (claim) =>
      claim.claimant === 'reporter' ? 'the reporter' : claim.claimant === UNATTRIBUTED ? 'an unnamed speaker' : (actors.get(claim.claimant)?.name ?? claim.claimant),
    sourceLabel(id) {
      const source = sources.get(id);
      if (!source) return id;
      const date = formatDay(source.date);
      if (source.outlet) return `${source.outlet}, ${date}`;
      const headline = source.headline.length > 48 ? `${source.headline.slice(0, 47)}…` : source.headline;
      return `“${headline}”, ${date}`;
    },
  };
}
