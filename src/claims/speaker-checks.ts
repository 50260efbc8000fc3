/**
 * The sentence's speaker against a claim's claimant: the same speaker (or
 * one speaking for the other), another speaker, an official of the side that
 * did what the claim reports, one member of a joint statement speaking alone,
 * and roles reversed ("Russia warned Turkey" where the reports have Turkey
 * warning Russia).
 */
import type { Actor } from '../dataset/schema';
import { hasActorClaimant } from '../dataset/modality';
import type { ClaimDetail } from './claim-detail';
import type { Families } from './families';
import type { SentenceSpeaker } from './sentence-speaker';
import type { Claim } from '../dataset/schema';

/** Claim kinds where who says it is the point: their roles can be reversed. */
export const ATTRIBUTIVE: ReadonlySet<string> = new Set(['accusation', 'denial', 'demand', 'statement', 'assessment', 'forecast']);

/** Which states a speaker belongs to, read from the families once per actor. */
export class SpeakerSides {
  private readonly statesCache = new Map<string, string[]>();

  constructor(
    private readonly families: Pick<Families, 'famOf'>,
    private readonly actorsById: ReadonlyMap<string, Actor>,
  ) {}

  /** the states an actor speaks for or belongs to (its family's states) */
  statesOf(id: string): string[] {
    let out = this.statesCache.get(id);
    if (out === undefined) this.statesCache.set(id, (out = [...this.families.famOf(id)].filter((x) => this.actorsById.get(x)?.type === 'state')));
    return out;
  }

  /**
   * Is a speaker an official of the state whose institution did a reported fact (Turkey's prime
   * minister on the Turkish foreign ministry's summons)? Not when the doer is a whole state: a
   * state does most of what the reports record, and any of its officials would pass; nor when
   * the speaker is the state itself ("Moscow said"), which is its own claim, not an official's.
   */
  sameSide(speaker: string, doer: string | undefined): boolean {
    if (doer === undefined || this.actorsById.get(doer)?.type === 'state' || this.actorsById.get(speaker)?.type === 'state') return false;
    const doerStates = this.statesOf(doer);
    return this.statesOf(speaker).some((x) => doerStates.includes(x));
  }
}

export interface SpeakerCheck {
  claimantAgree: boolean;
  claimantClash: boolean;
  /** an official giving the count his own state's institution gave */
  sideAgrees: boolean;
  /** one member of a joint statement speaking alone */
  memberAlone: boolean;
  /** roles reversed */
  swapped: boolean;
}

export function checkSpeaker(sp: SentenceSpeaker, cl: Claim, d: ClaimDetail, families: Pick<Families, 'compatible' | 'isJoint'>, sides: SpeakerSides): SpeakerCheck {
  const { compatible, isJoint } = families;
  const { claimant, claimantId, namedStranger, objectIds } = sp;
  let claimantAgree = false;
  let claimantClash = false;
  if (claimantId && hasActorClaimant(cl)) {
    const ids = claimant?.actorIds ?? [claimantId];
    // one member of a joint statement ("Britain", "Turkey") speaking alone is not the statement
    // several of its members speaking together ("the USA, Turkey and … allies called on") are the statement
    claimantAgree = ids.some((id) => compatible(id, cl.claimant)) && (!isJoint(cl.claimant) || claimantId === cl.claimant || ids.filter((id) => compatible(id, cl.claimant)).length >= 2);
    claimantClash = !claimantAgree;
  } else if (namedStranger && hasActorClaimant(cl)) {
    // "Ibrahim Kalin said …": someone the reports do not have is not the reports' speaker
    claimantClash = !(claimant?.actorIds ?? []).some((id) => compatible(id, cl.claimant));
  }
  // an official giving the count his own state's institution gave (Shoigu for the Russian
  // military's 18 missiles), figure for figure: the same account, though not the same speaker
  const sideAgrees = claimantClash && claimantId !== undefined && sides.sameSide(claimantId, cl.claimant);
  const memberAlone = claimantId !== undefined && isJoint(cl.claimant) && claimantId !== cl.claimant && (claimant?.actorIds ?? [claimantId]).length === 1 && compatible(claimantId, cl.claimant);
  // reversed roles: "Russia warned Turkey…" where the reports have Turkey warning Russia. The
  // sentence's claimant is what the claim is about, and the claim's claimant is the object of
  // the sentence's attribution verb.
  let swapped = false;
  if (claimantClash && claimantId && cl.claimant !== 'reporter' && ATTRIBUTIVE.has(cl.kind) && objectIds.length > 0) {
    const sClaimantIsCounterpart = [...d.counterparts].some((x) => compatible(x, claimantId));
    const cClaimantIsObject = objectIds.some((a) => compatible(a, cl.claimant));
    swapped = sClaimantIsCounterpart && cClaimantIsObject;
  }
  return { claimantAgree, claimantClash, sideAgrees, memberAlone, swapped };
}
