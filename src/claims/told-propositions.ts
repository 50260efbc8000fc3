/**
 * Corroborations read from a sentence's proposition rather than its words (ADR 0355, 0356): the day a
 * campaign began (campaign-start-told.ts) and a campaign justified by a request (request-told.ts).
 * What the claim index knows of the sentence (its actors as tokens, its speaker, its page's date) is
 * handed in; each reading says whether the sentence restates the claim. The caller adds the
 * corroboration in place of a related match (never over a contradiction), and anchors nothing on it:
 * no contradiction is derived from a proposition read this way.
 */
import type { Claim } from '../dataset/schema';
import type { Token } from '../text/tokens';
import { type DoerAt, type StartClaim, START_CUE, actOfDoer, campaignStartAct, startClaims, startTime, tellsOtherKind } from './campaign-start-told';
import { INSTITUTIONS } from './roles';
import { type PartyAt, type RequestClaim, REQUEST_CUE, requestClaims, requestTold } from './request-told';
import { pageOfThatWeek } from './opposite-aim';
import type { When } from './when';

export interface ToldClaims {
  starts: StartClaim[];
  requests: RequestClaim[];
}

/** The claims read as propositions, selected once per index. */
export function toldClaims(claims: readonly Claim[], sameSide: (a: string, b: string) => boolean): ToldClaims {
  return { starts: startClaims(claims), requests: requestClaims(claims, sameSide) };
}

/** May the sentence (folded, lower-case) tell one of them? A cheap look before the sentence is read. */
export function mayTellProposition(told: ToldClaims, folded: string): boolean {
  return (told.starts.length > 0 && START_CUE.test(folded) && campaignStartAct(folded) !== undefined) || (told.requests.length > 0 && REQUEST_CUE.test(folded));
}

export interface PropositionSentence {
  /** the sentence, folded and lower-cased */
  folded: string;
  /** its tokens, in the text's offsets; `offset` is where the sentence starts */
  tokens: readonly Token[];
  offset: number;
  /** the page's date, and its day (ISO) when whole */
  page: When | undefined;
  pageDay: string | undefined;
  /** the speaker read by the claim index, if any */
  speaker: string | undefined;
  /** the words that name the speaker when the index read no actor in them ("the Kremlin chief of staff"), and the sentence up to them */
  speakerWords: string | undefined;
  /** the actor of a state's name ("Russia") */
  idOfName: (name: string) => string | undefined;
  /** for a page with no day: the latest date its text states */
  notBefore: When | undefined;
  /** a denial, or something still to come */
  denies: boolean;
  /** is the page of another time than the claim (slot-vetoes.ts)? */
  otherTime: (claimId: string) => boolean;
  compatible: (a: string, b: string) => boolean;
  /** is the speaker `a` on `b`'s side (its family, its officials)? */
  sameSide: (a: string, b: string) => boolean;
  typeOf: (a: string) => string | undefined;
}

/** "since September 2015", "since 2015": told from a later time */
const SINCE_YEAR = /\bsince\s+(?:(?:early|late|mid-?)\s*)?(?:[a-z]+\s+)?(?:19|20)\d\d\b/;

const DOERS = new Set(['state', 'military_unit', 'armed_group', 'person', 'organization']);

/** The claims the sentence restates as propositions, with the reason each was read. */
export function toldPropositions(told: ToldClaims, s: PropositionSentence): { claimId: string; reason: string }[] {
  const out: { claimId: string; reason: string }[] = [];
  if (s.denies) return out;
  const actors = s.tokens.filter((t) => t.t.startsWith('@')).map((t) => ({ id: t.t.slice(1), start: t.start - s.offset, end: t.end - s.offset }));
  const act = told.starts.length > 0 && START_CUE.test(s.folded) ? campaignStartAct(s.folded) : undefined;
  if (act !== undefined) {
    for (const c of told.starts) {
      const doers: DoerAt[] = actors.filter((a) => DOERS.has(s.typeOf(a.id) ?? '') || s.compatible(a.id, c.doer)).map((a) => ({ start: a.start, end: a.end, own: s.compatible(a.id, c.doer) || s.sameSide(a.id, c.doer) }));
      if (!actOfDoer(act, doers, s.folded) || s.otherTime(c.claimId) || (s.pageDay !== undefined && s.pageDay < c.day)) continue;
      const when = startTime(s.folded, c.day, s.page, s.notBefore);
      // a first strike told with no time: the news of the week after it
      // (a weekday alone, on a page with no day: the same weekday a week on, 7 October, saw the naval and ground starts)
      const ok = when === 'day' || when === 'month' || (when === 'weekday' && !tellsOtherKind(s.folded)) || (when === 'none' && act.first && pageOfThatWeek(s.pageDay, c.day));
      if (ok) out.push({ claimId: c.claimId, reason: `same account: the doer, the start of its strikes and the day (${when === 'none' ? "the page's week" : when === 'month' ? 'its month' : when === 'weekday' ? 'its weekday' : c.day})` });
    }
  }
  // the speaker: the one the index read, or a state's institution in the words that name it ("the Kremlin's chief of staff")
  const speaker = s.speaker ?? institutionOf(s.speakerWords, s.idOfName);
  // (a sentence that counts from a month of a year, "taking part since September 2015", looks back from a later page)
  if (told.requests.length > 0 && REQUEST_CUE.test(s.folded) && speaker !== undefined && !SINCE_YEAR.test(s.folded)) {
    for (const c of told.requests) {
      // the claimant or its side speaking: another party's view of the request ("analysts say the invitation makes it legal") is its own
      if (!(s.compatible(speaker, c.claimant) || s.sameSide(speaker, c.claimant) || s.sameSide(speaker, c.doer)) || s.otherTime(c.claimId)) continue;
      const parties: PartyAt[] = [];
      for (const a of actors) {
        const role = c.requesters.some((r) => s.compatible(a.id, r)) ? 'requester' : s.compatible(a.id, c.doer) || s.compatible(a.id, c.claimant) ? 'own' : DOERS.has(s.typeOf(a.id) ?? '') ? 'other' : undefined;
        if (role !== undefined) parties.push({ start: a.start, end: a.end, role });
      }
      if (requestTold(s.folded, parties)) out.push({ claimId: c.claimId, reason: "same account: the doer's side says it acts at the requester's request" });
    }
  }
  return out;
}

/** The state an institution in a speaker's words stands for ("the Kremlin's chief of staff": Russia). */
function institutionOf(words: string | undefined, idOfName: (name: string) => string | undefined): string | undefined {
  if (words === undefined) return undefined;
  for (const [re, name] of INSTITUTIONS) if (re.test(words)) return idOfName(name);
  return undefined;
}
