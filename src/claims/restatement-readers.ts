/**
 * The proposition readers of claims restated in other words, read on who claims which act on what,
 * and when (ADR 0360): the West's reading that a doer is shoring up a third (support-aim.ts), the
 * doer's own account of one day's strikes on a group (own-strike-account.ts), and a group's claim
 * that it downed an airliner (claimed-downing.ts). None reads what is still to come; none anchors a
 * derived contradiction.
 */
import type { Claim } from '../dataset/schema';
import { claimsDowning, type DowningClaim, downingClaims, mayTellDowning, namesAirliner } from './claimed-downing';
import { type AimClaim, pageOfThatWeek } from './opposite-aim';
import { FIRST_STRIKES, dayAimClaims, strikesOnGroup } from './own-strike-account';
import type { PropositionReader, ReaderResult, Reading } from './proposition-readers';
import type { CueView, PropositionSentence, ReaderIndex } from './proposition-sentence';
import { type SupportAimClaim, mayTellSupport, supportAimClaims, supportByAnother, westSaysSupport } from './support-aim';

/** the West's reading that the doer is shoring up the target, against the support-aim claims */
export class SupportAimReader implements PropositionReader<true> {
  readonly name = 'support-aim';
  private readonly supportAims: SupportAimClaim[];
  /** the institutions, each pattern global to find every place it is named */
  private readonly institutions: readonly { re: RegExp; id: string }[];

  constructor(
    claims: readonly Claim[],
    private readonly index: ReaderIndex,
  ) {
    this.supportAims = supportAimClaims(claims);
    this.institutions = index.institutions.map(({ re, id }) => ({ re: new RegExp(re.source, 'gi'), id }));
  }

  cue(v: CueView): true | undefined {
    return this.supportAims.length > 0 && mayTellSupport(v.folded) ? true : undefined;
  }

  read(_cue: true, s: PropositionSentence): ReaderResult {
    const readings: Reading[] = [];
    const heldBack: string[] = [];
    if (s.toCome()) return { readings };
    const { compatible, famOf, typeOf, nameOf, claimantName } = this.index;
    // the actors as the tokenizer reads them, demonyms as their states ("Russian jets"), at offsets in the sentence
    const named = s.tokens.filter((t) => t.t.startsWith('@') && t.start >= s.start && t.end <= s.end).map((t) => ({ id: t.t.slice(1), start: t.start - s.start, end: t.end - s.start }));
    for (const { re, id } of this.institutions) for (const m of s.folded.matchAll(re)) named.push({ id, start: m.index, end: m.index + m[0].length });
    for (const a of this.supportAims) {
      const doers = named.filter((n) => compatible(n.id, a.doer));
      const targets = named.filter((n) => a.targets.some((t) => compatible(n.id, t) || famOf(t).has(n.id)));
      const others = named.filter((n) => !doers.includes(n) && !targets.includes(n) && (typeOf(n.id) === 'state' || typeOf(n.id) === 'armed_group'));
      const read = { folded: s.folded, targets, doers, others };
      // (Iran propping up Assad, or a question about it, is no account of the claim, however close the words)
      if (supportByAnother(read)) {
        heldBack.push(a.claimId);
        continue;
      }
      if (s.denied || !westSaysSupport(read) || !s.sameTimeAs(a.claimId)) continue;
      readings.push({ claimId: a.claimId, relation: 'corroborates', anchors: false, reason: `same account: ${claimantName(a.claimId)} sees ${nameOf(a.doer)} shoring up ${a.targets.map(nameOf).join(', ')}` });
    }
    return { readings, heldBack };
  }
}

/** the doer's side telling the day's strikes on the group, against its dated report of them */
export class OwnStrikeReader implements PropositionReader<true> {
  readonly name = 'own-strike-account';
  private readonly dayAims: AimClaim[];

  constructor(
    aims: readonly AimClaim[],
    claims: readonly Claim[],
    private readonly index: ReaderIndex,
    figureCount: (claimId: string) => number,
    /** the terms a strike's aim is told by, as the index writes them ("target", "strike") */
    private readonly aimTerms: readonly string[],
  ) {
    const timeOf = new Map(claims.map((c) => [c.id, c.slots.time]));
    this.dayAims = dayAimClaims(aims, figureCount, (id) => timeOf.get(id));
  }

  cue(v: CueView): true | undefined {
    return this.dayAims.length > 0 && this.aimTerms.some((t) => v.terms.has(t)) && v.absent.length === 0 ? true : undefined;
  }

  read(_cue: true, s: PropositionSentence): ReaderResult {
    const readings: Reading[] = [];
    if (s.toCome() || s.denied || s.negated) return { readings };
    const { compatible, famOf, statesOf, kindOf, nameOf, claimantName, claimTime } = this.index;
    // (another strike report the sentence already restates is its account: another day's, another count)
    if (s.firm().some((m) => m.relation !== 'related' && kindOf(m.claimId) === 'strike_report' && !this.dayAims.some((a) => a.claimId === m.claimId))) return { readings };
    const { speaker, time } = s;
    for (const a of this.dayAims) {
      // the doer's side speaking: the claimant, or a speaker on the doer's side
      if (speaker === undefined || !(speaker === a.claimant || famOf(speaker).has(a.claimant) || compatible(speaker, a.claimant) || statesOf(speaker).includes(a.doer))) continue;
      if (!strikesOnGroup(s.folded, s.groupSpans(a.group))) continue;
      if (!s.sameTimeAs(a.claimId, true)) continue;
      const t = claimTime(a.claimId);
      // the day: named (a weekday on a page of that week, a date, "today" on that day's page), or "the first strikes"
      const days = time.days(time.articleYear ?? [...t.years][0]);
      const dayNamed = [...days].some((x) => t.days.has(x));
      const firstNamed = days.size === 0 && FIRST_STRIKES.test(s.folded) && (time.articleDay === undefined || pageOfThatWeek(time.articleDay, t.since));
      const dayOfPage = days.size === 0 && time.namesNoCalendarTime() && time.articleDay !== undefined && t.days.has(`d:${time.articleDay}`);
      if (!dayNamed && !firstNamed && !dayOfPage) continue;
      readings.push({ claimId: a.claimId, relation: 'corroborates', anchors: false, reason: `same account: ${claimantName(a.claimId)}'s strikes on ${nameOf(a.group)} that day; source: ${claimantName(a.claimId)}` });
    }
    return { readings };
  }
}

/** a group's claim that it downed an airliner, told as the group's own claim */
export class DowningReader implements PropositionReader<true> {
  readonly name = 'claimed-downing';
  private readonly downings: DowningClaim[];

  constructor(
    claims: readonly Claim[],
    private readonly index: ReaderIndex,
  ) {
    this.downings = downingClaims(claims, (a) => index.typeOf(a) === 'armed_group');
  }

  cue(v: CueView): true | undefined {
    return this.downings.length > 0 && mayTellDowning(v.folded) ? true : undefined;
  }

  read(_cue: true, s: PropositionSentence): ReaderResult {
    const readings: Reading[] = [];
    // (another party's rejection of the group's claim still reports the claim made: claimed-downing.ts reads the group's own verb)
    if (s.toCome()) return { readings };
    for (const a of this.downings) {
      const context = s.contextFolded();
      if (!claimsDowning(s.folded, s.groupSpans(a.group), context !== undefined && namesAirliner(context)) || !s.sameTimeAs(a.claimId)) continue;
      readings.push({ claimId: a.claimId, relation: 'corroborates', anchors: false, reason: `same account: ${this.index.nameOf(a.group)} claims the downing; source: ${this.index.claimantName(a.claimId)}` });
    }
    return { readings };
  }
}
