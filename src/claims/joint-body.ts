/**
 * A joint body written as one state and a count of others (issue 13, speakers; ADR 0396):
 * "Washington and six allied governments said", "the United States and six of its partners",
 * "Turkey and six other countries". The count is the reporter's way of naming the body: one state
 * and six others are the seven of the joint statement, when the dataset has exactly one body of
 * that many states with that state among them. Read as the state alone, the speaker was one member
 * of a joint statement speaking alone, and the statement's own words did not count as its.
 * Without a count ("Turkey and its allies", "NATO and its partners") the body is not known: no
 * guess.
 */
import type { Actor } from '../dataset/schema';
import { COUNTRY_WORDS } from '../actors/rule-tables';
import { foldText } from '../text/fold';

const NUMBER: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12 };

/** "<member> and six (other|allied|of its) allies|partners|governments|countries|nations|states" */
const JOINT_TAIL = String.raw`\s+and\s+(?:(?:its|their)\s+)?(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})\s+(?:of\s+(?:its|their)\s+)?(?:(?:other|allied|partner|western|arab|gulf|european|regional|key|close)\s+){0,2}(?:allies|partners|governments|countries|nations|states)\b`;
const JOINT = new RegExp(`^(.{2,60}?)${JOINT_TAIL}`);
/** the same, anywhere in a clause (its member within the clause: no comma, colon or quotation mark) */
const JOINT_IN = new RegExp(`([^,;:()"“”]{2,60}?)${JOINT_TAIL}`);

/** the part of a body's role that lists its members (not what it did: "who signed …", "against …") */
const MEMBERS_PART = /;|\(|\b(?:who|that|which|where|whose|against|over|on|in|of)\b/;

const wordRes = Object.entries(COUNTRY_WORDS).map(([id, ws]) => [id, new RegExp(`(?:^|[^a-z0-9])(?:${[...ws].sort((a, b) => b.length - a.length).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+')).join('|')})(?![a-z0-9])`)] as const);

/** the states a (folded, lower-case) text names, by name, demonym or capital */
function statesNamed(lower: string): Set<string> {
  const out = new Set<string>();
  for (const [id, re] of wordRes) if (re.test(lower)) out.add(id);
  return out;
}

/**
 * Which body a speaker phrase names as one state and a count of others; undefined when none or
 * several fit. `within`: the phrase may be anywhere in the text (a clause a plural pronoun points back into).
 */
export type JointBodyResolver = (phrase: string, within?: boolean) => string | undefined;

/** Each organisation's member states, from its name and the first part of its role (three at least). */
function jointBodies(actors: readonly Actor[]): { id: string; states: Set<string> }[] {
  return actors
    .filter((a) => a.type === 'organisation')
    .map((a) => ({ id: a.id, states: statesNamed(foldText(`${a.name} . ${(a.role ?? '').split(MEMBERS_PART)[0] ?? ''}`).toLowerCase()) }))
    .filter((b) => b.states.size >= 3);
}

/** How many other states a text listing a body's members may name besides ("… on the Russian strikes in Syria"). */
const OTHERS_BESIDE = 2;

/**
 * The body whose members a text lists in full ("issued by the governments of Germany, France,
 * Qatar, …, on the Russian strikes in Syria"): every member named, and at most two other states
 * (what the body speaks of), when exactly one body fits.
 */
export function compileMemberLists(actors: readonly Actor[]): (phrase: string) => string | undefined {
  const bodies = jointBodies(actors);
  return (phrase) => {
    const named = statesNamed(foldText(phrase).toLowerCase());
    const fits = bodies.filter((b) => [...b.states].every((x) => named.has(x)) && named.size - b.states.size <= OTHERS_BESIDE);
    return fits.length === 1 ? fits[0]!.id : undefined;
  };
}

export function compileJointBodies(actors: readonly Actor[]): JointBodyResolver {
  const bodies = jointBodies(actors);
  return (phrase, within = false) => {
    const m = (within ? JOINT_IN : JOINT).exec(foldText(phrase).toLowerCase().trim());
    if (m === null) return undefined;
    const count = 1 + (NUMBER[m[2]!] ?? Number(m[2]));
    const members = statesNamed(m[1]!);
    if (members.size !== 1) return undefined;
    const [member] = members;
    const fits = bodies.filter((b) => b.states.size === count && b.states.has(member!));
    return fits.length === 1 ? fits[0]!.id : undefined;
  };
}
