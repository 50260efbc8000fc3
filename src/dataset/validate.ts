/**
 * The checks every dataset passes (the bundled one at build time, a
 * newsroom's file on the command line, an imported file in the extension):
 * what the schema cannot express — unique ids and references between
 * sources, actors, claims and relations. Kept apart from `./index.ts`, which
 * loads the bundled dataset, so the service worker can validate an import
 * without validating the bundled dataset on every start.
 */
import * as v from 'valibot';
import { DatasetSchema, UNATTRIBUTED, type Alias, type Dataset } from './schema';

/** Thrown by `loadDataset`; `problems` lists each bad field as `path: message`. */
export class DatasetError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid dataset (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n  ${problems.join('\n  ')}`);
    this.name = 'DatasetError';
  }
}

export function issuePath(issue: v.BaseIssue<unknown>): string {
  let out = '';
  for (const item of issue.path ?? []) {
    const key = (item as { key?: unknown }).key;
    out += typeof key === 'number' ? `[${key}]` : out === '' ? String(key) : `.${String(key)}`;
  }
  return out || '(root)';
}

const aliasText = (alias: Alias) => (typeof alias === 'string' ? alias : alias.text);

/** The checks a schema cannot express. Returns `path: message` strings; empty when sound. */
export function semanticProblems(data: Dataset): string[] {
  const problems: string[] = [];
  const uniqueIds = (items: readonly { id: string }[], path: string) => {
    const seen = new Map<string, number>();
    items.forEach((item, i) => {
      const first = seen.get(item.id);
      if (first !== undefined) problems.push(`${path}[${i}].id: duplicate id "${item.id}" (also ${path}[${first}])`);
      else seen.set(item.id, i);
    });
    return new Set(seen.keys());
  };
  const sourceIds = uniqueIds(data.sources, 'sources');
  const actorIds = uniqueIds(data.actors, 'actors');
  const claimIds = uniqueIds(data.claims, 'claims');

  const actorRef = (id: string | undefined, path: string) => {
    if (id !== undefined && !actorIds.has(id)) problems.push(`${path}: unknown actor id "${id}"`);
  };

  data.actors.forEach((actor, i) => {
    const path = `actors[${i}]`;
    if (actor.aliases.length === 0) problems.push(`${path}.aliases: an actor needs at least one alias`);
    const seen = new Set<string>();
    actor.aliases.forEach((alias, j) => {
      const text = aliasText(alias);
      const key = text.toLowerCase();
      if (seen.has(key)) problems.push(`${path}.aliases[${j}]: duplicate alias "${text}"`);
      seen.add(key);
      if (typeof alias !== 'string' && alias.context?.length === 0) {
        problems.push(`${path}.aliases[${j}].context: empty context list (omit the field instead)`);
      }
    });
    if (actor.metonymFor !== undefined) {
      actorRef(actor.metonymFor, `${path}.metonymFor`);
      if (actor.metonymFor === actor.id) problems.push(`${path}.metonymFor: an actor cannot stand for itself`);
    }
    actor.sources.forEach((s, j) => {
      if (!sourceIds.has(s)) problems.push(`${path}.sources[${j}]: unknown source id "${s}"`);
    });
  });

  data.claims.forEach((claim, i) => {
    const path = `claims[${i}]`;
    if (claim.claimant === UNATTRIBUTED) {
      if (claim.note === undefined) problems.push(`${path}.note: an unattributed claim needs a note saying what the text shows of its speaker`);
    } else if (claim.claimant !== 'reporter') actorRef(claim.claimant, `${path}.claimant`);
    actorRef(claim.slots.actor, `${path}.slots.actor`);
    claim.slots.targetActors?.forEach((id, j) => actorRef(id, `${path}.slots.targetActors[${j}]`));
    claim.slots.place?.forEach((id, j) => actorRef(id, `${path}.slots.place[${j}]`));
    claim.actors.forEach((id, j) => actorRef(id, `${path}.actors[${j}]`));
    for (const key of Object.keys(claim.slots.qualifiers ?? {})) {
      if (!(key in (claim.slots.numbers ?? {}))) {
        problems.push(`${path}.slots.qualifiers.${key}: qualifies a figure missing from slots.numbers`);
      }
    }
    const texts = new Set([claim.statement, ...claim.evidence.map((e) => e.quote)].map((t) => t.trim().toLowerCase()));
    claim.wordings?.forEach((w, j) => {
      const key = w.trim().toLowerCase();
      if (texts.has(key)) problems.push(`${path}.wordings[${j}]: repeats the statement, a quote or another wording`);
      texts.add(key);
    });
    claim.evidence.forEach((ev, j) => {
      const evPath = `${path}.evidence[${j}]`;
      if (!sourceIds.has(ev.source)) problems.push(`${evPath}.source: unknown source id "${ev.source}"`);
      if (ev.end <= ev.start) problems.push(`${evPath}.end: must be greater than start (${ev.start})`);
      else if (ev.end - ev.start !== ev.quote.length) {
        problems.push(`${evPath}: end - start (${ev.end - ev.start}) differs from the quote's length (${ev.quote.length})`);
      }
    });
  });

  const pairs = new Set<string>();
  data.relations.forEach((rel, i) => {
    const path = `relations[${i}]`;
    if (!claimIds.has(rel.from)) problems.push(`${path}.from: unknown claim id "${rel.from}"`);
    if (!claimIds.has(rel.to)) problems.push(`${path}.to: unknown claim id "${rel.to}"`);
    if (rel.from === rel.to) problems.push(`${path}: a claim cannot relate to itself`);
    const key = [rel.from, rel.to].sort().join(' ');
    if (pairs.has(key)) problems.push(`${path}: duplicate relation between "${rel.from}" and "${rel.to}"`);
    pairs.add(key);
  });
  return problems;
}


/** Validates any dataset object: the schema, then the reference checks. Throws a `DatasetError` naming every bad field. */
export function validateDataset(json: unknown): Dataset {
  const result = v.safeParse(DatasetSchema, json);
  if (!result.success) {
    throw new DatasetError(result.issues.map((issue) => `${issuePath(issue)}: ${issue.message}`));
  }
  const problems = semanticProblems(result.output);
  if (problems.length > 0) throw new DatasetError(problems);
  return result.output;
}
