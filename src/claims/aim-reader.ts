/**
 * The proposition reader of strikes' aims (ADRs 0327, 0370): a sentence that negates the strikes'
 * aim at a group restates a known accusation of it by its own claimant (negated-aim-claims.ts), and
 * contradicts the doer's reports of strikes on that group when another party says it (opposite-aim.ts).
 * A report the restated accusation already contradicts follows from the dataset's relations, not
 * read twice.
 */
import type { Claim } from '../dataset/schema';
import { judgesNotDoing } from './judged-not';
import { type NegatedAimClaim, negatedAimClaims } from './negated-aim-claims';
import { type AimClaim, aimClaims } from './opposite-aim';
import { NEGATION } from './polarity';
import type { PropositionReader, ReaderResult, Reading } from './proposition-readers';
import type { CueView, PropositionSentence, ReaderIndex } from './proposition-sentence';

export class AimReader implements PropositionReader<true> {
  readonly name = 'opposite-aim';
  /** the doer's own dated reports of strikes aimed at one armed group */
  readonly aims: AimClaim[];
  /** the known accusations that those strikes did not aim at the group */
  readonly accusations: NegatedAimClaim[];

  constructor(
    claims: readonly Claim[],
    private readonly index: ReaderIndex,
    /** the terms a strike's aim is told by, as the index writes them ("target", "strike") */
    private readonly aimTerms: readonly string[],
  ) {
    const isGroup = (a: string): boolean => index.typeOf(a) === 'armed_group';
    this.aims = aimClaims(claims, isGroup, (claimant, doer) => claimant === doer || index.famOf(claimant).has(doer) || index.sameSide(claimant, doer), (a) => index.typeOf(a) === 'state');
    this.accusations = negatedAimClaims(claims, isGroup);
  }

  cue(v: CueView): true | undefined {
    if (this.aims.length + this.accusations.length === 0) return undefined;
    return v.absent.length > 0 || (this.aimTerms.some((t) => v.terms.has(t)) && NEGATION.test(v.folded)) ? true : undefined;
  }

  read(_cue: true, s: PropositionSentence): ReaderResult {
    const readings: Reading[] = [];
    const groups = s.negatedGroups();
    // (a judgement on an act left undone, "morally wrong not to hit IS", reports no strike: judged-not.ts)
    if (groups.size === 0 || s.denied || s.toCome() || s.question || judgesNotDoing(s.folded)) return { readings };
    const { compatible, famOf, sameSide, nameOf, claimantName } = this.index;
    // the doer's reports that a restated accusation contradicts: derived from it, not read twice
    const derived = new Set<string>();
    for (const n of this.accusations) {
      if (!groups.has(`@${n.group}`) || !s.namedHere((id) => compatible(id, n.doer)) || !s.spokenBy(n.claimant) || !s.ofItsDays(n.claimId)) continue;
      readings.push({ claimId: n.claimId, relation: 'corroborates', anchors: true, by: 'negated-aim', reason: `same account: the strikes did not target ${nameOf(n.group)}; source: ${claimantName(n.claimId)}` });
      for (const other of this.index.contradicting(n.claimId)) derived.add(other);
    }
    for (const a of this.aims) {
      if (!groups.has(`@${a.group}`) || derived.has(a.claimId)) continue;
      if (!s.namedHere((id) => compatible(id, a.doer))) continue;
      // strikes on a named place ("the Raqqa stronghold") are those only where the place is named
      if (a.places.length > 0 && !s.namedHere((id) => a.places.some((p) => compatible(id, p)))) continue;
      // another party: not the claimant, nor a speaker on the doer's side
      if (s.speaker !== undefined && (s.speaker === a.claimant || famOf(s.speaker).has(a.claimant) || sameSide(s.speaker, a.doer))) continue;
      // the same strikes: no other time named, and a page of the week after them
      if (!s.ofItsDays(a.claimId)) continue;
      readings.push({ claimId: a.claimId, relation: 'contradicts', anchors: false, reason: `opposite account: the strikes did not target ${nameOf(a.group)}, against what ${claimantName(a.claimId)} states` });
    }
    return { readings };
  }
}
