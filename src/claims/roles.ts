/**
 * Who an office or role phrase names, from the dataset itself: "the head of
 * the foreign affairs committee of the lower house" and "a Putin ally" name
 * the Duma's foreign affairs chief because his name, aliases and role say so.
 * Never "whatever actor is nearest": a phrase resolves only when one actor
 * shares clearly more of its words than any other.
 */
import type { Actor } from '../dataset/schema';
import { foldText } from '../text/fold';
import { tokenize } from '../text/tokens';
import { drain, STEP_ITEMS, type Steps } from '../compile/steps';
import { COUNTRY_WORDS } from '../actors/rule-tables';
import { anotherKindOfOffice } from './office-kind';
import { namesAStranger } from './stranger-name';

/** Actor types that speak in an office (states and places are named, not described). */
const SPEAKING: ReadonlySet<string> = new Set(['person', 'organisation', 'military_unit', 'media']);
/** Words that say "an office" without saying which: never enough on their own. */
const GENERIC = new Set(['head', 'chief', 'official', 'spokesman', 'spokeswoman', 'spokesperson', 'senior', 'top', 'minister', 'secretary', 'office', 'leader', 'member'].map((w) => tokenize(w)[0]?.t ?? w));

/**
 * `exclude`: actors the phrase names only as modifiers ("an ally of Putin" is not Putin).
 * `stranger`: the phrase names a person by a name the dataset does not know (stranger-name.ts), so
 * no actor the dataset names by a personal name is the one meant.
 */
export type RoleResolver = (phrase: string, exclude?: ReadonlySet<string>, stranger?: boolean) => string | undefined;

/**
 * A state's name, demonym and capital are one word to the resolver: "Britain's
 * defence secretary" shares "Britain" with a role written "British Defence
 * Secretary"; "the UK foreign secretary" with "Foreign Secretary of Britain".
 */
/** Capitals and institutions stay words of their own: "Kremlin spokesman" is not any Russian's. */
const NOT_A_COUNTRY_KEY = /^(?:moscow|kremlin|soviet|washington|pentagon|london|whitehall|paris|berlin|damascus|tehran|baghdad|ankara|riyadh|doha|idf)$/;
const COUNTRY_KEYS: [RegExp, string][] = Object.entries(COUNTRY_WORDS).map(([, all], k) => [all.filter((w) => !NOT_A_COUNTRY_KEY.test(w)), k] as const).map(([ws, k]) => [
  new RegExp(`(?:^|[^a-z0-9])(?:${[...ws].sort((a, b) => b.length - a.length).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+')).join('|')})(?![a-z0-9])`, 'g'),
  ` zzcountry${String.fromCharCode(97 + (k % 26))}${String.fromCharCode(97 + Math.floor(k / 26))} `,
]);

function words(s: string): Set<string> {
  let folded = foldText(s).toLowerCase();
  for (const [re, key] of COUNTRY_KEYS) folded = folded.replace(re, key);
  return new Set(tokenize(folded).map((t) => t.t));
}

const statesOf = (ws: ReadonlySet<string>): Set<string> => new Set([...ws].filter((w) => w.startsWith('zzcountry')));

/**
 * "Russia's foreign minister" is no Turkish or Syrian foreign minister: a phrase that says whose
 * office it is rules out an actor whose name and role name only other states. A state word
 * weighs little (many actors share it), so without this the office words alone tie Lavrov with
 * every other foreign minister.
 */
function anotherStatesOffice(phrase: ReadonlySet<string>, row: ReadonlySet<string>): boolean {
  if (phrase.size === 0 || row.size === 0) return false;
  for (const s of phrase) if (row.has(s)) return false;
  return true;
}

export function compileRoleResolver(actors: readonly Actor[]): RoleResolver {
  return drain(compileRoleResolverSteps(actors));
}

/** `compileRoleResolver` in steps (src/compile/steps.ts). */
export function* compileRoleResolverSteps(actors: readonly Actor[]): Steps<RoleResolver> {
  const table: { id: string; words: Set<string>; states: Set<string>; person: boolean; named: boolean }[] = [];
  let step = 0;
  for (const a of actors) {
    if (++step % STEP_ITEMS === 0) yield;
    if (!SPEAKING.has(a.type)) continue;
    // a role's first clause describes the office; what follows "who", "that", ";" describes events
    const role = (a.role ?? '').split(/;|\(|\b(?:who|that|which|where|whose)\b/)[0] ?? '';
    const names = [a.name, ...a.aliases.map((x) => (typeof x === 'string' ? x : x.text))];
    const ws = words([...names, role].join(' . '));
    // a person the dataset names ("Igor Konashenkov"), not one it knows by office alone
    const named = a.type === 'person' && names.some((n) => namesAStranger(n, 0, () => false));
    table.push({ id: a.id, words: ws, states: statesOf(ws), person: a.type === 'person', named });
  }
  // a word in many actors' descriptions ("president") says less than a rare one ("Duma")
  const df = new Map<string, number>();
  for (const row of table) for (const w of row.words) df.set(w, (df.get(w) ?? 0) + 1);
  const cache = new Map<string, string | undefined>();
  return (phrase, exclude, stranger = false) => {
    const key = `${stranger ? '1' : '0'}${phrase}\u0000${exclude && exclude.size > 0 ? [...exclude].join(',') : ''}`;
    if (cache.has(key)) return cache.get(key);
    const q = words(phrase);
    const qStates = statesOf(q);
    let best: string | undefined;
    let bestScore = 0;
    let bestShared = 0;
    let second = 0;
    for (const row of table) {
      if (exclude?.has(row.id)) continue;
      if (anotherStatesOffice(qStates, row.states)) continue;
      if (anotherKindOfOffice(q, row.words, row.person)) continue;
      let shared = 0;
      let specific = 0;
      let score = 0;
      for (const w of q) {
        if (!row.words.has(w)) continue;
        shared++;
        score += 1 / (df.get(w) ?? 1);
        // a state's word tells whose office, never which ("Russian officials" is no one in particular)
        if (!GENERIC.has(w) && !w.startsWith('zzcountry')) specific++;
      }
      if (specific === 0 || shared < 2) continue;
      if (score > bestScore) {
        second = bestScore;
        bestScore = score;
        bestShared = shared;
        best = row.id;
      } else if (score > second) second = score;
    }
    // one actor clearly ahead: two shared words at least, and a margin over the next
    const winner = bestShared >= 2 && bestScore > second * 1.25 ? best : undefined;
    // a stranger named is no actor the dataset names; the field is not narrowed for that, so a
    // tie with a named actor stays a tie
    const id = winner !== undefined && stranger && table.find((r) => r.id === winner)?.named ? undefined : winner;
    cache.set(key, id);
    return id;
  };
}

/**
 * Institutions written for their state ("the Kremlin said", "the White House
 * said"): the state's name, to be read by the alias matcher.
 */
export const INSTITUTIONS: readonly [RegExp, string][] = [
  [/\bkremlin\b/i, 'Russia'],
  [/\bwhite house\b/i, 'United States'],
  [/\bstate department\b/i, 'United States'],
  [/\bdowning street\b/i, 'Britain'],
  [/\bwhitehall\b/i, 'Britain'],
  [/\b[ée]lys[ée]e\b/i, 'France'],
  [/\bquai d'orsay\b/i, 'France'],
];

/** The institutions with the actor of the state each stands for, where the dataset knows it (`find`: the actor a name reads as). */
export function institutionActors(find: (name: string) => string | undefined): { re: RegExp; id: string }[] {
  return INSTITUTIONS.flatMap(([re, name]) => {
    const id = find(name);
    return id === undefined ? [] : [{ re, id }];
  });
}
