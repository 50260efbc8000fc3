/**
 * The events of one day read as propositions (ADRs 0371–0373): a diplomatic act on an envoy
 * (diplomatic-act.ts), a demand to stop (demand-to-stop.ts), a salvo's launch place
 * (launch-place.ts) and a finding of what brought a plane down (crash-cause.ts). The claims each
 * reader knows are selected once per index; a sentence is looked at cheaply first (`cue`), and
 * read only when one of them may tell it (proposition-readers.ts). Each says which of its claims the
 * sentence restates, as its claimant's own account: they anchor the contradictions derived from them.
 */
import type { Claim } from '../dataset/schema';
import type { PropositionReader, ReaderResult } from './proposition-readers';
import type { CueView, PropositionSentence, ReaderIndex } from './proposition-sentence';
import { type ActClaim, actClaims, tellsAct } from './diplomatic-act';
import { type StopDemand, stopDemandAt, stopDemands } from './demand-to-stop';
import { FLEET_WORD, type LaunchClaim, MISSILE_WORD, launchClaims } from './launch-place';
import { type CauseClaim, causeClaims, causeToldAt, CRASH_NAMED } from './crash-cause';
import { AIRLINER_WORD } from './airliner-words';

/** How near before a demand's verb its demander's name sits ("Turkey wants", "Turkey's request", "Ankara had already asked"). */
const DEMANDER_GAP = 16;

/** What the cheap look found: which readers to run, and where their cue sits. */
export interface EventCues {
  acts: ActClaim[];
  demandAt: number;
  launch: boolean;
  causeAt: number;
}

export class EventReaders implements PropositionReader<EventCues> {
  readonly name = 'events';
  private readonly acts: ActClaim[];
  private readonly demands: StopDemand[];
  private readonly launches: LaunchClaim[];
  private readonly causes: CauseClaim[];

  constructor(
    claims: readonly Claim[],
    private readonly index: ReaderIndex,
  ) {
    this.acts = actClaims(claims);
    this.demands = stopDemands(claims);
    this.launches = launchClaims(claims, index.typeOf);
    this.causes = causeClaims(claims);
  }

  cue({ folded, named }: CueView): EventCues | undefined {
    const acts = this.acts.filter((a) => tellsAct(a, folded));
    const demandAt = this.demands.length > 0 ? stopDemandAt(folded) : -1;
    // (missiles are named in many sentences; a launch place by name in few)
    const launch = this.launches.some((l) => named.has(l.place)) && MISSILE_WORD.test(folded);
    const causeAt = this.causes.length > 0 ? causeToldAt(folded) : -1;
    return acts.length > 0 || demandAt !== -1 || launch || causeAt !== -1 ? { acts, demandAt, launch, causeAt } : undefined;
  }

  read(cues: EventCues, s: PropositionSentence): ReaderResult {
    // denied, still to come or a question: no event is told as done
    if (s.denied || s.toCome() || s.question) return { readings: [] };
    const x = this.index;
    const found: { claimId: string; by: string }[] = [];
    for (const a of cues.acts) if (actTold(a, s, x)) found.push({ claimId: a.claimId, by: 'diplomatic-act' });
    if (cues.demandAt !== -1) for (const n of this.demands) if (demandTold(n, s.start + cues.demandAt, s, x)) found.push({ claimId: n.claimId, by: 'demand-to-stop' });
    if (cues.launch && !s.negated) for (const l of this.launches) if (launchTold(l, s, x)) found.push({ claimId: l.claimId, by: 'launch-place' });
    if (cues.causeAt !== -1) for (const f of this.causes) if (causeTold(f, s.start + cues.causeAt, s, x)) found.push({ claimId: f.claimId, by: 'crash-cause' });
    return { readings: found.map(({ claimId, by }) => ({ claimId, by, relation: 'corroborates', anchors: true, reason: `same account; source: ${x.claimantName(claimId)}` })) };
  }
}

/** An act on an envoy: its object named here, its doer here or before, of its days. */
function actTold(a: ActClaim, s: PropositionSentence, { compatible, typeOf }: ReaderIndex): boolean {
  const objectNamed = s.actors.has(a.object) || [...s.actors].some((id) => compatible(id, a.object) && typeOf(id) === typeOf(a.object));
  return objectNamed && s.namedHere((id) => id !== a.object && compatible(id, a.doer)) && s.ofItsDays(a.claimId);
}

/** A demand to stop: by its demander (speaking, or named just before the demand), naming who is to stop and what, of its days. */
function demandTold(n: StopDemand, at: number, s: PropositionSentence, { compatible }: ReaderIndex): boolean {
  const byDemander = s.spokenBy(n.demander) || s.mentions.some((m) => m.end <= at && at - m.end <= DEMANDER_GAP && compatible(m.id, n.demander));
  return byDemander && s.namedHere((id) => compatible(id, n.actor)) && s.objectNamed(n.claimId) && s.ofItsDays(n.claimId);
}

/** A launch: the launch place named, the doer or a fleet word, of its days. */
function launchTold(l: LaunchClaim, s: PropositionSentence, { compatible }: ReaderIndex): boolean {
  if (![...s.actors].some((id) => compatible(id, l.place))) return false;
  return (s.namedHere((id) => compatible(id, l.doer)) || FLEET_WORD.test(s.folded)) && s.ofItsDays(l.claimId);
}

/**
 * A finding that a bomb brought a plane down: the plane named, found by the claimant's side (the speaker,
 * or with no speaker read, an actor of that side named before the cause, the plane's operator excepted:
 * "a Metrojet Airbus … was brought down by a bomb"), on a page not of another time.
 */
function causeTold(f: CauseClaim, at: number, s: PropositionSentence, { compatible, sameSide }: ReaderIndex): boolean {
  if (!s.actors.has(f.plane) && !AIRLINER_WORD.test(s.folded) && !CRASH_NAMED.test(s.folded)) return false;
  const bySide = (id: string): boolean => id !== f.plane && (compatible(id, f.finder) || sameSide(id, f.finder));
  const found = s.speaker !== undefined ? bySide(s.speaker) : s.mentions.some((m) => m.end <= at && bySide(m.id));
  return found && !s.otherTime(f.claimId);
}
