/**
 * Another doer. A claim about what one party does ("The United States and its
 * allies are also carrying out air strikes on Islamic State in Syria") is not
 * restated by a sentence whose subject is another party ("Russia carried out
 * a third day of air strikes in Syria, saying it targeted Islamic State"),
 * however many words the two share. The subject is read as the sentence's
 * first actor of a kind that does (a state, an armed force), not its speaker and not governed by a
 * preposition ("in Syria", "against IS"); it is another party when it belongs
 * to a state and shares none with the claim's doer, which the sentence does
 * not name at all.
 */
export interface DoerReading {
  /** the claim's doer (its slots' actor), if it has one */
  doer: string | undefined;
  /** the claim's actors */
  claimActors: ReadonlySet<string>;
  /** of those, the ones it acts on or in (its targets and places) */
  others: ReadonlySet<string>;
  /** the sentence's actor mentions, in order, with the words just before each */
  named: readonly { id: string; before: string }[];
  /** the sentence's speakers: they tell, they do not do */
  speakers: readonly string[];
  /** actors not of DOER_TYPES: where something happened, who told it */
  isBystander: (id: string) => boolean;
  compatible: (a: string, b: string) => boolean;
  /** the states an actor belongs to or speaks for */
  statesOf: (id: string) => readonly string[];
}

/**
 * The kinds of actor read as a subject that does: states, armed forces and groups. A ministry, a
 * person, a place or an outlet more often tells than does ("…, the Turkish foreign ministry
 * underlines"), and a speaker the attribution rules miss must not pass for a doer.
 */
export const DOER_TYPES: ReadonlySet<string> = new Set(['state', 'military_unit', 'armed_group']);

/** a mention governed by one of these is an object or a place, not the subject ("by" marks a doer) */
const GOVERNED = /\b(?:in|into|over|across|from|to|at|near|on|of|against|with|for|about|toward|towards|targeting|hitting|hit|struck|bombed|bombing)\s+(?:the\s+)?$/i;

/**
 * The states on the doer's side: its own, or for a body the reports give no state (the US-led
 * coalition) those of the claim's actors that are neither its targets nor its places.
 */
function doerSide(doer: string, claimActors: ReadonlySet<string>, others: ReadonlySet<string>, statesOf: (id: string) => readonly string[]): readonly string[] {
  const own = statesOf(doer);
  if (own.length > 0) return own;
  return [...new Set([...claimActors].filter((a) => !others.has(a)).flatMap((a) => statesOf(a)))];
}

/** a party named only as another's backer ("troops … backed by Russia") does not do what the sentence tells */
const BACKER = /\b(?:backed|supported|aided|assisted|helped|covered)\s+by\s+(?:the\s+)?$|\bwith\s+(?:the\s+)?(?:help|support|backing|cover)\s+of\s+(?:the\s+)?$/i;

/** Is the claim's doer, where the sentence names it, named only as another's backer? */
export function doerOnlyBacks(doer: string, named: readonly { id: string; before: string }[], compatible: (a: string, b: string) => boolean): boolean {
  const asDoer = named.filter((m) => compatible(m.id, doer));
  return asDoer.length > 0 && asDoer.every((m) => BACKER.test(m.before));
}

export function anotherDoer({ doer, claimActors, others, named, speakers, isBystander, compatible, statesOf }: DoerReading): boolean {
  if (doer === undefined || named.some((m) => compatible(m.id, doer))) return false;
  const subject = named.find((m) => !isBystander(m.id) && !speakers.includes(m.id) && !GOVERNED.test(m.before))?.id;
  if (subject === undefined || claimActors.has(subject) || [...claimActors].some((c) => compatible(subject, c))) return false;
  const doerStates = doerSide(doer, claimActors, others, statesOf);
  const subjectStates = statesOf(subject);
  return doerStates.length > 0 && subjectStates.length > 0 && !subjectStates.some((s) => doerStates.includes(s));
}
