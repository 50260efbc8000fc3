/**
 * Who speaks for whom, read from the dataset: demonyms to their state
 * ("Russian" = Russia) and families — an actor, what it stands for (Moscow →
 * Russia), and the actors its names and role put it in (a person's office, a
 * spokesman's ministry, a group's members), two hops deep ("Konashenkov" →
 * the ministry → Russia). Used by the claim index to ask "is this the same
 * claimant?".
 */
import type { ActorMatcher, Mention } from '../actors/matcher';
import type { Dataset } from '../dataset/schema';
import { foldText } from '../text/fold';
import { drain, STEP_ITEMS, type Steps } from '../compile/steps';

export const DEMONYMS: Record<string, string[]> = {
  russia: ['russian', 'russians'], syria: ['syrian', 'syrians'], turkey: ['turkish', 'turk', 'turks'],
  'united states': ['american', 'americans'], america: ['american'], britain: ['british', 'briton', 'britons'],
  'united kingdom': ['british'], france: ['french'], germany: ['german', 'germans'], iran: ['iranian', 'iranians'],
  iraq: ['iraqi', 'iraqis'], qatar: ['qatari'], 'saudi arabia': ['saudi', 'saudis'], egypt: ['egyptian'],
  ukraine: ['ukrainian'], israel: ['israeli'], jordan: ['jordanian'], lebanon: ['lebanese'], china: ['chinese'],
};

export interface Families {
  /** demonym → "@state-id" token */
  demonym: Map<string, string>;
  famOf(id: string): Set<string>;
  /** the same speaker, or one speaks for the other */
  compatible(a: string, b: string): boolean;
  /** a joint speaker: a body whose names and role list three states or more (a joint statement, a coalition) */
  isJoint(id: string): boolean;
}

export function compileFamilies(dataset: Dataset, deps: { matcher: ActorMatcher; actorOf(m: Mention): string }): Families {
  return drain(compileFamiliesSteps(dataset, deps));
}

/** `compileFamilies` in steps (src/compile/steps.ts). */
export function* compileFamiliesSteps(dataset: Dataset, deps: { matcher: ActorMatcher; actorOf(m: Mention): string }): Steps<Families> {
  const { matcher, actorOf } = deps;
  let step = 0;
  const actorsById = new Map(dataset.actors.map((a) => [a.id, a]));
  // demonyms → state actor token
  const demonym = new Map<string, string>();
  for (const a of dataset.actors) {
    if (a.type !== 'state') continue;
    for (const name of [a.name, ...a.aliases.map((x) => (typeof x === 'string' ? x : x.text))]) {
      for (const d of DEMONYMS[foldText(name)] ?? []) if (!demonym.has(d)) demonym.set(d, '@' + a.id);
    }
  }

  // Families, for "is this the same claimant?": an actor, what it stands for
  // (Moscow → russia), and the actors its names and its role put it in — a
  // person's office ("Prime Minister of Turkey"), a spokesman's ministry, a
  // group's members — two hops deep ("Konashenkov" → ministry → russia).
  // Roles of states, places, armed groups and weapons describe events, not
  // membership, so they do not link; nor does a role's part after ";", "who",
  // "that", "which" or "(", nor a stance ("sceptical of", "opposed to", "against").
  const demonymRes = [...demonym].map(([d, id]) => [new RegExp(`\\b${d}\\b`), id.slice(1)] as const);
  const LINKING: ReadonlySet<string> = new Set(['person', 'organisation', 'military_unit', 'media']);
  const direct = new Map<string, Set<string>>();
  for (const a of dataset.actors) {
    if (++step % STEP_ITEMS === 0) yield;
    const s = new Set<string>([a.id]);
    if (a.metonymFor) s.add(a.metonymFor);
    const names = [a.name, ...a.aliases.map((x) => (typeof x === 'string' ? x : x.text))];
    // a stance is no membership: "officials sceptical of Russia's targets" are not Russia's
    const role = LINKING.has(a.type) ? (a.role ?? '').split(/;|\(|\b(?:who|that|which|where|whose|sceptical|skeptical|critical|opposed|hostile|wary|against)\b/)[0] ?? '' : '';
    const texts = [...names, role].join(' . ');
    for (const m of matcher.find(texts, { datasetText: true })) {
      const id = actorOf(m);
      if (actorsById.get(id)?.type !== 'place' || a.type === 'place') s.add(id);
    }
    const folded = foldText(texts);
    for (const [re, id] of demonymRes) if (re.test(folded)) s.add(id);
    direct.set(a.id, s);
  }
  const family = new Map<string, Set<string>>();
  for (const [id, s] of direct) {
    const f = new Set(s);
    for (const x of s) for (const y of direct.get(x) ?? []) f.add(y);
    family.set(id, f);
  }
  const famOf = (id: string): Set<string> => family.get(id) ?? new Set([id]);
  /** A joint speaker: a body whose names and role list three states or more (a joint statement, a coalition). */
  const jointIds = new Set([...direct].filter(([id, s]) => actorsById.get(id)?.type === 'organisation' && [...s].filter((x) => x !== id && actorsById.get(x)?.type === 'state').length >= 3).map(([id]) => id));
  const isJoint = (id: string): boolean => jointIds.has(id);
  const compatible = (a: string, b: string): boolean => a === b || famOf(a).has(b) || famOf(b).has(a);
  return { demonym, famOf, compatible, isJoint };
}
