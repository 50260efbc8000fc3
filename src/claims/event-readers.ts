/**
 * The events of one day read as propositions (ADRs 0371–0373): a diplomatic act on an envoy
 * (diplomatic-act.ts), a demand to stop (demand-to-stop.ts), a salvo's launch place
 * (launch-place.ts) and a finding of what brought a plane down (crash-cause.ts). The claims each
 * reader knows are selected once per index; a sentence is looked at cheaply first (`cues`), and
 * read only when one of them may tell it. What the claim index knows of the sentence is handed in
 * as an `EventSentence`; each reader says which of its claims the sentence restates. The caller
 * adds those corroborations in place of related matches and anchors them (sentence-matches.ts).
 */
import type { Claim } from '../dataset/schema';
import { type ActClaim, actClaims, tellsAct } from './diplomatic-act';
import { type StopDemand, stopDemandAt, stopDemands } from './demand-to-stop';
import { FLEET_WORD, type LaunchClaim, MISSILE_WORD, launchClaims } from './launch-place';
import { type CauseClaim, PLANE, causeClaims, causeToldAt } from './crash-cause';

/** What the readers need of a sentence. */
export interface EventSentence {
  /** the sentence, folded and lower-cased (offsets as the text's from `start`) */
  folded: string;
  start: number;
  /** its actor mentions, in the text's offsets */
  mentions: readonly { start: number; end: number; id: string }[];
  /** the actors it names (its tokens' too) */
  actors: ReadonlySet<string>;
  /** the speaker the index read, if any */
  speaker: string | undefined;
  /** denied, still to come or a question: no event is told as done */
  undone: boolean;
  /** a negation anywhere in it */
  negated: boolean;
  /** an actor named here or in the sentence before */
  namedHere: (is: (id: string) => boolean) => boolean;
  /** is it the claimant's own account (its speaker, a joint body's states)? */
  spokenBy: (claimant: string) => boolean;
  /** of the claim's days: no other time named, a page of the week after or the claim's day named */
  ofItsDays: (claimId: string) => boolean;
  /** a page of another time than the claim's */
  otherTime: (claimId: string) => boolean;
  /** does the sentence, or the one before, name what a demand asks to stop (demand-object.ts)? */
  objectNamed: (claimId: string) => boolean;
  compatible: (a: string, b: string) => boolean;
  sameSide: (a: string, b: string) => boolean;
  typeOf: (id: string) => string | undefined;
}

/** How near before a demand's verb its demander's name sits ("Turkey wants", "Turkey's request", "Ankara had already asked"). */
const DEMANDER_GAP = 16;

/** What the cheap look found: which readers to run, and where their cue sits. */
export interface EventCues {
  acts: ActClaim[];
  demandAt: number;
  launch: boolean;
  causeAt: number;
}

export class EventReaders {
  private readonly acts: ActClaim[];
  private readonly demands: StopDemand[];
  private readonly launches: LaunchClaim[];
  private readonly causes: CauseClaim[];

  constructor(claims: readonly Claim[], typeOf: (id: string) => string | undefined) {
    this.acts = actClaims(claims);
    this.demands = stopDemands(claims);
    this.launches = launchClaims(claims, typeOf);
    this.causes = causeClaims(claims);
  }

  /** May the sentence (folded; `named`: the actors its mentions name) tell one of the events? Undefined when none. */
  cues(folded: string, named: ReadonlySet<string>): EventCues | undefined {
    const acts = this.acts.filter((a) => tellsAct(a, folded));
    const demandAt = this.demands.length > 0 ? stopDemandAt(folded) : -1;
    // (missiles are named in many sentences; a launch place by name in few)
    const launch = this.launches.some((l) => named.has(l.place)) && MISSILE_WORD.test(folded);
    const causeAt = this.causes.length > 0 ? causeToldAt(folded) : -1;
    return acts.length > 0 || demandAt !== -1 || launch || causeAt !== -1 ? { acts, demandAt, launch, causeAt } : undefined;
  }

  /** The claims the sentence restates, each with the reader that read it. */
  read(cues: EventCues, s: EventSentence): { claimId: string; reader: string }[] {
    if (s.undone) return [];
    const out: { claimId: string; reader: string }[] = [];
    for (const a of cues.acts) if (actTold(a, s)) out.push({ claimId: a.claimId, reader: 'diplomatic-act' });
    if (cues.demandAt !== -1) for (const n of this.demands) if (demandTold(n, s.start + cues.demandAt, s)) out.push({ claimId: n.claimId, reader: 'demand-to-stop' });
    if (cues.launch && !s.negated) for (const l of this.launches) if (launchTold(l, s)) out.push({ claimId: l.claimId, reader: 'launch-place' });
    if (cues.causeAt !== -1) for (const f of this.causes) if (causeTold(f, s.start + cues.causeAt, s)) out.push({ claimId: f.claimId, reader: 'crash-cause' });
    return out;
  }
}

/** An act on an envoy: its object named here, its doer here or before, of its days. */
function actTold(a: ActClaim, s: EventSentence): boolean {
  const objectNamed = s.actors.has(a.object) || [...s.actors].some((id) => s.compatible(id, a.object) && s.typeOf(id) === s.typeOf(a.object));
  return objectNamed && s.namedHere((id) => id !== a.object && s.compatible(id, a.doer)) && s.ofItsDays(a.claimId);
}

/** A demand to stop: by its demander (speaking, or named just before the demand), naming who is to stop and what, of its days. */
function demandTold(n: StopDemand, at: number, s: EventSentence): boolean {
  const byDemander = s.spokenBy(n.demander) || s.mentions.some((m) => m.end <= at && at - m.end <= DEMANDER_GAP && s.compatible(m.id, n.demander));
  return byDemander && s.namedHere((id) => s.compatible(id, n.actor)) && s.objectNamed(n.claimId) && s.ofItsDays(n.claimId);
}

/** A launch: the launch place named, the doer or a fleet word, of its days. */
function launchTold(l: LaunchClaim, s: EventSentence): boolean {
  if (![...s.actors].some((id) => s.compatible(id, l.place))) return false;
  return (s.namedHere((id) => s.compatible(id, l.doer)) || FLEET_WORD.test(s.folded)) && s.ofItsDays(l.claimId);
}

/**
 * A finding that a bomb brought a plane down: the plane named, found by the claimant's side (the speaker,
 * or with no speaker read, an actor of that side named before the cause, the plane's operator excepted:
 * "a Metrojet Airbus … was brought down by a bomb"), on a page not of another time.
 */
function causeTold(f: CauseClaim, at: number, s: EventSentence): boolean {
  if (!s.actors.has(f.plane) && !PLANE.test(s.folded)) return false;
  const bySide = (id: string): boolean => id !== f.plane && (s.compatible(id, f.finder) || s.sameSide(id, f.finder));
  const found = s.speaker !== undefined ? bySide(s.speaker) : s.mentions.some((m) => m.end <= at && bySide(m.id));
  return found && !s.otherTime(f.claimId);
}
