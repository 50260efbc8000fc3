/**
 * Several datasets read as one: the bundled dataset first, then the imported
 * ones the reader enabled, then the reader's own notes. The engine compiles
 * one claim index over the union, and every match says which dataset its
 * claim came from.
 *
 * The first dataset keeps its ids (the bundled dataset's claim ids are what
 * saved annotations link to); every id of the others (sources, actors,
 * claims, and every reference to them) is prefixed with its dataset's id and
 * a colon, so two datasets may both have a claim "check-1" or an actor
 * "russia" without meeting.
 */
import type { DatasetInfo } from './import';
import { UNATTRIBUTED, type Actor, type Claim, type Dataset } from './schema';

export interface DatasetEntry {
  info: DatasetInfo;
  dataset: Dataset;
}

export interface CombinedDatasets {
  /** The union, ids prefixed as above. Not re-validated: each part was. */
  dataset: Dataset;
  /** The id of the dataset a (combined) claim id belongs to. */
  datasetOf(claimId: string): string;
  /** The listing facts of each part, by dataset id. */
  info: ReadonlyMap<string, DatasetInfo>;
}

const SEP = ':';

function prefixed(data: Dataset, prefix: string): Dataset {
  const p = (id: string) => prefix + id;
  const pm = (ids: readonly string[] | undefined) => ids?.map(p);
  const actors = data.actors.map((a): Actor => {
    const out: Actor = { ...a, id: p(a.id), sources: a.sources.map(p) };
    if (a.metonymFor) out.metonymFor = p(a.metonymFor);
    return out;
  });
  const claims = data.claims.map((c): Claim => {
    const slots = { ...c.slots };
    if (slots.actor) slots.actor = p(slots.actor);
    if (slots.targetActors) slots.targetActors = pm(slots.targetActors)!;
    if (slots.place) slots.place = pm(slots.place)!;
    return {
      ...c,
      id: p(c.id),
      claimant: c.claimant === 'reporter' || c.claimant === UNATTRIBUTED ? c.claimant : p(c.claimant),
      slots,
      actors: c.actors.map(p),
      evidence: c.evidence.map((e) => ({ ...e, source: p(e.source) })),
    };
  });
  return {
    ...data,
    sources: data.sources.map((s) => ({ ...s, id: p(s.id) })),
    actors,
    claims,
    relations: data.relations.map((r) => ({ ...r, from: p(r.from), to: p(r.to) })),
  };
}

export function combineDatasets(entries: readonly DatasetEntry[]): CombinedDatasets {
  const info = new Map(entries.map((e) => [e.info.id, e.info]));
  const first = entries[0];
  if (!first) throw new Error('combineDatasets: no dataset');
  if (entries.length === 1) {
    const id = first.info.id;
    return { dataset: first.dataset, datasetOf: () => id, info };
  }
  const parts = [first.dataset, ...entries.slice(1).map((e) => prefixed(e.dataset, e.info.id + SEP))];
  const dataset: Dataset = {
    ...first.dataset,
    sources: parts.flatMap((d) => d.sources),
    actors: parts.flatMap((d) => d.actors),
    claims: parts.flatMap((d) => d.claims),
    relations: parts.flatMap((d) => d.relations),
  };
  const firstId = first.info.id;
  const prefixes = entries.slice(1).map((e) => e.info.id);
  return {
    dataset,
    datasetOf(claimId) {
      const at = claimId.indexOf(SEP);
      if (at === -1) return firstId;
      const prefix = claimId.slice(0, at);
      return prefixes.includes(prefix) ? prefix : firstId;
    },
    info,
  };
}

/** The listing facts of the bundled dataset (it has no file and no switch). */
export function bundledInfo(data: Dataset): DatasetInfo {
  let from: string | undefined;
  let to: string | undefined;
  for (const s of data.sources) {
    if (from === undefined || s.date < from) from = s.date;
    if (to === undefined || s.date > to) to = s.date;
  }
  const info: DatasetInfo = { id: data.id, name: data.title, format: 'bundled', source: data.publisher ?? 'Five news reports (AFP, AAP, BBC and two unnamed outlets), bundled with Crosscheck', claims: data.claims.length };
  if (data.licence) info.licence = data.licence;
  if (from) info.from = from;
  if (to) info.to = to;
  return info;
}
