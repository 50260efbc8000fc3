/**
 * A place within a place (issue 13, paraphrase and spellings: "a place within a place"). Reporting
 * names the place of an event more or less closely: the ministry's ten sorties over Syria are told
 * with "a command post near Raqqa among them", a Syria-wide claim with Latakia or Hama. Read as
 * another place, such a sentence was held back as another event. The dataset says where its places
 * lie, in their roles ("capital in northern Syria", "Syrian port city", "in north-west Latakia
 * province"); that is read here into "within", two hops deep and no further than the role says
 * ("near Raqqa" and "south-west of Raqqa" are no "in").
 *
 * Precision first: a place inside the claim's place lets a sentence corroborate only when the rest
 * of the slot agrees (match.ts asks for the claim's figure or written date); it never lets a
 * contradiction through, and a sentence that names only the wider place ("in Syria") does not
 * restate a claim about the narrower one.
 */
import type { ActorMatcher, Mention } from '../actors/matcher';
import type { Dataset } from '../dataset/schema';
import { DEMONYMS } from './families';

/** "in", "in northern", "in north-west", "in the east of" right before a place in a role */
const IN_BEFORE = /\bin\s+(?:the\s+)?(?:(?:north|south|east|west|central)(?:ern)?(?:-?(?:east|west)(?:ern)?)?\s+)?$/i;
/** a state's adjective before a kind of place: "Syrian port city", "North-western Syrian province" */
const KIND_OF_PLACE = '(?:port\\s+)?(?:city|town|village|villages|province|district|region|area|airbase|port|base)';

/** For each place of the dataset, the places and states its role puts it in (transitively, two hops). */
export function placesWithin(dataset: Dataset, matcher: ActorMatcher, actorOf: (m: Mention) => string): ReadonlyMap<string, ReadonlySet<string>> {
  const typeOf = new Map(dataset.actors.map((a) => [a.id, a.type]));
  const isPlace = (id: string): boolean => typeOf.get(id) === 'place' || typeOf.get(id) === 'state';
  const stateByName = new Map<string, string>();
  for (const a of dataset.actors) {
    if (a.type !== 'state') continue;
    for (const name of [a.name, ...a.aliases.map((x) => (typeof x === 'string' ? x : x.text))]) stateByName.set(name.toLowerCase(), a.id);
  }
  const adjectives: [RegExp, string][] = [];
  for (const [name, words] of Object.entries(DEMONYMS)) {
    const id = stateByName.get(name);
    if (id !== undefined) for (const w of words) adjectives.push([new RegExp(`\\b${w}\\s+${KIND_OF_PLACE}\\b`, 'i'), id]);
  }
  const direct = new Map<string, Set<string>>();
  for (const a of dataset.actors) {
    if (a.type !== 'place' || !a.role) continue;
    const role = a.role;
    const outer = new Set<string>();
    for (const m of matcher.find(role, { datasetText: true })) {
      const id = actorOf(m);
      if (id !== a.id && isPlace(id) && IN_BEFORE.test(role.slice(Math.max(0, m.start - 40), m.start))) outer.add(id);
    }
    for (const [re, id] of adjectives) if (id !== a.id && re.test(role)) outer.add(id);
    if (outer.size > 0) direct.set(a.id, outer);
  }
  const within = new Map<string, Set<string>>();
  for (const [id, outer] of direct) {
    const all = new Set(outer);
    for (const o of outer) for (const p of direct.get(o) ?? []) all.add(p);
    within.set(id, all);
  }
  return within;
}

/**
 * Every place the sentence names is the claim's or lies within one of the claim's places, and at
 * least one lies within (otherwise there is no clash to lift).
 */
export function placesInsideClaim(
  sentPlaces: ReadonlySet<string>,
  claimPlaces: ReadonlySet<string>,
  compatible: (a: string, b: string) => boolean,
  within: ReadonlyMap<string, ReadonlySet<string>>,
): boolean {
  let inside = false;
  for (const p of sentPlaces) {
    if ([...claimPlaces].some((cp) => cp === p || compatible(p, cp))) continue;
    const outer = within.get(p);
    if (outer === undefined || ![...claimPlaces].some((cp) => outer.has(cp))) return false;
    inside = true;
  }
  return inside;
}
