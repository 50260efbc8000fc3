/**
 * Corroborations read from a sentence's proposition rather than its words (ADR 0355, 0356): the day a
 * campaign began (campaign-start-told.ts) and a campaign justified by a request (request-told.ts).
 * A proposition reader (proposition-readers.ts): it anchors nothing, so no contradiction is derived
 * from a proposition read this way.
 */
import type { Claim } from '../dataset/schema';
import { type DoerAt, type StartClaim, START_CUE, actOfDoer, campaignStartAct, startClaims, startTime, tellsOtherKind } from './campaign-start-told';
import { type PartyAt, type RequestClaim, REQUEST_CUE, requestClaims, requestTold } from './request-told';
import { pageOfThatWeek } from './opposite-aim';
import type { PropositionReader, ReaderResult } from './proposition-readers';
import type { CueView, PropositionSentence, ReaderIndex } from './proposition-sentence';

interface ToldClaims {
  starts: StartClaim[];
  requests: RequestClaim[];
}

/** The claims read as propositions, selected once per index. */
function toldClaims(claims: readonly Claim[], sameSide: (a: string, b: string) => boolean): ToldClaims {
  return { starts: startClaims(claims), requests: requestClaims(claims, sameSide) };
}

/** May the sentence (folded, lower-case) tell one of them? A cheap look before the sentence is read. */
function mayTellProposition(told: ToldClaims, folded: string): boolean {
  return (told.starts.length > 0 && START_CUE.test(folded) && campaignStartAct(folded) !== undefined) || (told.requests.length > 0 && REQUEST_CUE.test(folded));
}

/** "since September 2015", "since 2015": told from a later time */
const SINCE_YEAR = /\bsince\s+(?:(?:early|late|mid-?)\s*)?(?:[a-z]+\s+)?(?:19|20)\d\d\b/;

const DOERS = new Set(['state', 'military_unit', 'armed_group', 'person', 'organization']);

export class ToldReader implements PropositionReader<true> {
  readonly name = 'told-proposition';
  private readonly told: ToldClaims;

  constructor(
    claims: readonly Claim[],
    private readonly index: ReaderIndex,
  ) {
    const { famOf } = index;
    this.told = toldClaims(claims, (a, b) => a === b || famOf(a).has(b) || famOf(b).has(a) || index.sameSide(a, b));
  }

  cue(v: CueView): true | undefined {
    return mayTellProposition(this.told, v.folded) ? true : undefined;
  }

  read(_cue: true, s: PropositionSentence): ReaderResult {
    const x = this.index;
    const found = toldPropositions(this.told, s, {
      ...x,
      sameSide: (a, b) => a === b || x.famOf(a).has(b) || x.sameSide(a, b),
      // another time's page, even when the sentence names the claim's year: a 2017 page's background is no news of it
      otherTime: (id) => {
        const range = x.claimTime(id).monthRange;
        return s.otherTime(id) || (s.time.pageTime !== undefined && range !== undefined && s.time.pageTime > range[1] + 2);
      },
    });
    return { readings: found.map((f) => ({ claimId: f.claimId, relation: 'corroborates', anchors: false, reason: `${f.reason}; source: ${x.claimantName(f.claimId)}` })) };
  }
}

/** How the told readings see the index: a speaker's side takes in its own family, and another time is looked at further. */
interface ToldIndex extends Pick<ReaderIndex, 'compatible' | 'typeOf' | 'institutions'> {
  sameSide: (a: string, b: string) => boolean;
  otherTime: (claimId: string) => boolean;
}

/** The claims the sentence restates as propositions, with the reason each was read. */
function toldPropositions(told: ToldClaims, s: PropositionSentence, x: ToldIndex): { claimId: string; reason: string }[] {
  const out: { claimId: string; reason: string }[] = [];
  if (s.denied || s.toCome()) return out;
  const actors = s.tokens.filter((t) => t.t.startsWith('@')).map((t) => ({ id: t.t.slice(1), start: t.start - s.start, end: t.end - s.start }));
  const act = told.starts.length > 0 && START_CUE.test(s.folded) ? campaignStartAct(s.folded) : undefined;
  if (act !== undefined) {
    for (const c of told.starts) {
      const doers: DoerAt[] = actors.filter((a) => DOERS.has(x.typeOf(a.id) ?? '') || x.compatible(a.id, c.doer)).map((a) => ({ start: a.start, end: a.end, own: x.compatible(a.id, c.doer) || x.sameSide(a.id, c.doer) }));
      if (!actOfDoer(act, doers, s.folded) || x.otherTime(c.claimId) || (s.time.articleDay !== undefined && s.time.articleDay < c.day)) continue;
      const when = startTime(s.folded, c.day, s.time.when, s.time.notBefore);
      // a first strike, or a start told in the present tense ("Russia opens its air war"), with no time: the news of the week after it
      // (a weekday alone, on a page with no day: the same weekday a week on, 7 October, saw the naval and ground starts)
      const ok = when === 'day' || when === 'month' || (when === 'weekday' && !tellsOtherKind(s.folded)) || (when === 'none' && (act.first || act.present) && pageOfThatWeek(s.time.articleDay, c.day));
      if (ok) out.push({ claimId: c.claimId, reason: `same account: the doer, the start of its strikes and the day (${when === 'none' ? "the page's week" : when === 'month' ? 'its month' : when === 'weekday' ? 'its weekday' : c.day})` });
    }
  }
  // the speaker: the one the index read, or a state's institution in the words that name it ("the Kremlin's chief of staff")
  const speaker = s.speaker ?? (s.speakerWords === undefined ? undefined : x.institutions.find((i) => i.re.test(s.speakerWords!))?.id);
  // (a sentence that counts from a month of a year, "taking part since September 2015", looks back from a later page)
  if (told.requests.length > 0 && REQUEST_CUE.test(s.folded) && speaker !== undefined && !SINCE_YEAR.test(s.folded)) {
    for (const c of told.requests) {
      // the claimant or its side speaking: another party's view of the request ("analysts say the invitation makes it legal") is its own
      if (!(x.compatible(speaker, c.claimant) || x.sameSide(speaker, c.claimant) || x.sameSide(speaker, c.doer)) || x.otherTime(c.claimId)) continue;
      const parties: PartyAt[] = [];
      for (const a of actors) {
        const role = c.requesters.some((r) => x.compatible(a.id, r)) ? 'requester' : x.compatible(a.id, c.doer) || x.compatible(a.id, c.claimant) ? 'own' : DOERS.has(x.typeOf(a.id) ?? '') ? 'other' : undefined;
        if (role !== undefined) parties.push({ start: a.start, end: a.end, role });
      }
      if (requestTold(s.folded, parties)) out.push({ claimId: c.claimId, reason: "same account: the doer's side says it acts at the requester's request" });
    }
  }
  return out;
}
