/**
 * The proposition reader of a doer's own denial that its strikes hit a group (charge-denied.ts): the
 * doer's side speaking, or the doer named as the one who denies ("Moscow rejects the charge …"), a
 * denial whose scope holds the group charged or a target other than the group it says it strikes.
 * The speaker's own denial when the dataset has one (Lavrov's), else the state's; it anchors the
 * contradictions the dataset derives from it (the accusations it answers).
 */
import type { Claim } from '../dataset/schema';
import { type ChargeDenialClaim, chargeDenialClaims, denierAt, deniesCharge, mayDenyCharge, rejectedAimClaims, rejectsAimAt } from './charge-denied';
import type { PropositionReader, ReaderResult, Reading } from './proposition-readers';
import type { CueView, PropositionSentence, ReaderIndex } from './proposition-sentence';

/** How near before the denial its doer stands when no speaker is read ("Moscow rejects", "Russia has flatly denied"). */
const DENIER_GAP = 24;

export class ChargeDeniedReader implements PropositionReader<true> {
  readonly name = 'charge-denied';
  private readonly denials: ChargeDenialClaim[];
  /** another party's rejection of the doer's word that it strikes a group (Davutoglu's) */
  private readonly rejections: ChargeDenialClaim[];

  constructor(
    claims: readonly Claim[],
    private readonly index: ReaderIndex,
  ) {
    const isGroup = (a: string): boolean => index.typeOf(a) === 'armed_group';
    const ownSide = (claimant: string, doer: string): boolean => claimant === doer || index.compatible(claimant, doer) || index.sameSide(claimant, doer);
    this.denials = chargeDenialClaims(claims, isGroup, ownSide);
    this.rejections = rejectedAimClaims(claims, isGroup, ownSide);
  }

  cue(v: CueView): true | undefined {
    return this.denials.length + this.rejections.length > 0 && mayDenyCharge(v.folded) ? true : undefined;
  }

  read(_cue: true, s: PropositionSentence): ReaderResult {
    const readings: Reading[] = [];
    if (s.question || s.toCome()) return { readings };
    const { typeOf, claimantName } = this.index;
    // another party rejecting the doer's word about its aim: by the claimant himself, the doer named in the sentence, no other
    // time named (his standing position, told again on another day, is still his account)
    for (const r of this.rejections) {
      if (s.speaker === undefined || !this.index.compatible(s.speaker, r.claimant) || !s.mentions.some((m) => this.speaksFor(m.id, r.doer))) continue;
      if (!rejectsAimAt(s.folded, this.spansOf(s, r.group)) || !s.sameTimeAs(r.claimId)) continue;
      readings.push({ claimId: r.claimId, relation: 'corroborates', anchors: true, reason: `same account: the doer's word on its aim rejected; source: ${claimantName(r.claimId)}` });
    }
    const speaker = s.speaker ?? this.doerBeforeDenial(s);
    if (speaker === undefined) return { readings };
    // the speaker's own denial when the dataset has one; else the denial of a claimant the speaker speaks for (its state)
    const own = this.denials.filter((d) => d.claimant === speaker);
    const candidates = own.length > 0 ? own : this.denials.filter((d) => typeOf(d.claimant) !== 'person' && this.speaksFor(speaker, d.doer));
    for (const d of candidates) {
      // the group charged, or a target other than another group ("targets other than IS", "non-Daesh positions")
      const charged = this.spansOf(s, d.group);
      const spared = [...s.actors].filter((id) => id !== d.group && typeOf(id) === 'armed_group').flatMap((id) => this.spansOf(s, id));
      if (!deniesCharge(s.folded, charged, spared) || !s.sameTimeAs(d.claimId)) continue;
      readings.push({ claimId: d.claimId, relation: 'corroborates', anchors: true, reason: `same account: the charge denied; source: ${claimantName(d.claimId)}` });
    }
    return { readings };
  }

  /** the doer itself, its institutions and officials ("Moscow", "the Kremlin", Lavrov for Russia) */
  private speaksFor(speaker: string, doer: string): boolean {
    const { compatible, statesOf, sameSide } = this.index;
    return compatible(speaker, doer) || statesOf(speaker).includes(doer) || sameSide(speaker, doer);
  }

  /** where the group itself is named: its names, not an actor merely compatible with it ("Syria" for the Syrian opposition) */
  private spansOf(s: PropositionSentence, group: string): { start: number; end: number }[] {
    const others = s.mentions.filter((m) => m.id !== group).map((m) => ({ start: m.start - s.start, end: m.end - s.start }));
    return s.groupSpans(group).filter((g) => !others.some((o) => o.start <= g.start && o.end >= g.end));
  }

  /** with no speaker read: the doer's side named just before the denial ("Moscow rejects the charge"), else undefined */
  private doerBeforeDenial(s: PropositionSentence): string | undefined {
    const at = denierAt(s.folded);
    if (at === -1) return undefined;
    const before = s.mentions.filter((m) => m.end - s.start <= at && at - (m.end - s.start) <= DENIER_GAP);
    const named = before.length > 0 ? before[before.length - 1]!.id : this.index.institutions.find((i) => new RegExp(`(?:${i.re.source})\\W{0,3}(?:\\w+\\s+){0,2}$`, 'i').test(s.folded.slice(Math.max(0, at - DENIER_GAP), at)))?.id;
    return named !== undefined && this.denials.some((d) => this.speaksFor(named, d.doer)) ? named : undefined;
  }
}
