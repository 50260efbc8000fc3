/**
 * A campaign justified by a request, read as a proposition (ADR 0356): the doer's side saying it
 * acts because another party asked. "Russia says its air campaign is justified because Assad
 * requested it" is restated as "the operation, which is conducted at the request of President
 * Assad, …" (the foreign minister), "Assad had asked Moscow for military help" (the Kremlin's chief
 * of staff), "the President of the Syrian Arab Republic has asked our country for military
 * assistance": the request and its requester, rarely the claim's words. The claims read this way
 * tell a request (requested, asked for, at the request of, invited) by an actor of the claim who is
 * not the claimant. A sentence restates one when it tells the act of requesting or inviting with
 * that requester in its slot (after "request of / from / by", before "'s request", or as the subject
 * of "asked … for help", "invited"), and nobody else asked instead (another state between the verb
 * and the help asked for). Who speaks is judged by the caller: the claimant or its side, never
 * another party's opinion that the request makes the campaign legal.
 */
import type { Claim } from '../dataset/schema';

export interface RequestClaim {
  claimId: string;
  claimant: string;
  /** who acts on the request */
  doer: string;
  /** who asked: the claim's actors other than the claimant's side */
  requesters: string[];
}

/** a claim that tells a request */
const CLAIM_REQUEST = /\b(?:request(?:ed|s)?|asked\s+for|invit(?:ed|ation))\b/;

/**
 * The claims that tell an action justified by another's request, affirmed, with the claimant an actor.
 * `sameSide(a, b)`: is `a` on `b`'s side (the claimant's family, its officials)?
 */
export function requestClaims(claims: readonly Claim[], sameSide: (a: string, b: string) => boolean): RequestClaim[] {
  const out: RequestClaim[] = [];
  for (const c of claims) {
    const doer = c.slots.actor;
    if (c.polarity === 'deny' || doer === undefined || c.claimant === 'reporter' || !CLAIM_REQUEST.test(c.statement.toLowerCase())) continue;
    const requesters = c.actors.filter((a) => a !== c.claimant && a !== doer && !sameSide(a, c.claimant));
    if (requesters.length === 0) continue;
    out.push({ claimId: c.id, claimant: c.claimant, doer, requesters });
  }
  return out;
}

/** a party named in the sentence at its offsets (folded, lower-case): a requester of the claim, another party, or the doer's side */
export interface PartyAt {
  start: number;
  end: number;
  role: 'requester' | 'other' | 'own';
}

/** the noun a demonym needs to stand for a government ("the Syrian government", not "the Syrian opposition") */
const GOVERNMENT = /^\s+(?:arab\s+republic|government|president|leader(?:ship)?|authorities|regime|state)\b/;
/** a demonym as the tokenizer folds it to a state ("syrian"): it asks only as its government */
const DEMONYM = /(?:ian|an)$/;
/** the government a request came from, unnamed: "the legitimate government" */
const LEGITIMATE = /\b(?:the\s+)?legitimate\s+(?:syrian\s+)?(?:government|authorities|leadership)\b/g;

/** the act of asking, with the requester after it: "at the request of", "answers a request from", "an invitation from", "requested by" */
const REQUEST_OF = /\b(?:request|invitation|behest|appeal|plea)\s+(?:of|from|by)\s+$|\b(?:requested|invited|asked)\s+by\s+$/;
/** the requester before a possessive request: "at Assad's request", "at the Syrian government's invitation" */
const OWNED_REQUEST = /^\s*['’]s?\s+(?:(?:own|direct|formal|official|express|personal)\s+)?(?:request|invitation|behest|appeal)\b/;
/** the requester as the subject of asking: "Assad had asked Moscow for military help", "Damascus invited Russia" */
const ASKED_AFTER = /^(?:\s+himself)?(?:\s+who)?(?:\s+(?:has|had|have|formally|officially|personally|did|then))*\s+(asked|requested|invited|appealed\s+to|called\s+on|turned\s+to)\b/;
/** what was asked for: help, or the doer's action */
const ASKED_FOR = /^(?:[^.;:]{0,60}?)\b(?:help|assistance|support|aid|intervention|intervene|operation|strikes|airstrikes|air\s+strikes|raids|campaign|bombing|troops|forces)\b/;
/** the request denied or doubted in its own words */
const NOT_ASKED = /\b(?:not|never|no|nor|neither|without|whether|if|denied|denies)\s+(?:\w+\s+){0,2}?(?:at\s+the\s+)?(?:request|invitation|asked|invited|requested)\b/;

/** a word that may tell a request: the sentence is read only with one */
export const REQUEST_CUE = /\b(?:request|invit|asked|behest|appeal|plea)/;

/** Does the sentence (folded, lower-case) tell a request by one of `parties`' requesters, and no other party asking instead? */
export function requestTold(folded: string, parties: readonly PartyAt[]): boolean {
  if (NOT_ASKED.test(folded) || folded.trimEnd().endsWith('?')) return false;
  const requesters: { start: number; end: number }[] = [];
  for (const p of parties) {
    if (p.role !== 'requester') continue;
    const word = folded.slice(p.start, p.end);
    if (DEMONYM.test(word) && !GOVERNMENT.test(folded.slice(p.end, p.end + 24))) continue;
    requesters.push(p);
  }
  LEGITIMATE.lastIndex = 0;
  for (let m = LEGITIMATE.exec(folded); m !== null; m = LEGITIMATE.exec(folded)) requesters.push({ start: m.index, end: m.index + m[0].length });
  for (const r of requesters) {
    // the requester's phrase: "President Bashar al-Assad", "the Syrian government" (its head noun after a demonym)
    const end = r.end + (GOVERNMENT.exec(folded.slice(r.end, r.end + 24))?.[0].length ?? 0);
    // "at the request of [Syrian President] Assad": a few words between
    const before = folded.slice(Math.max(0, r.start - 40), r.start).replace(/(?:\b(?:the|syrian|syria['’]s|president|leader|bashar|al-?|of\s+syria)\s*)+$/, '');
    if (REQUEST_OF.test(before)) return true;
    const after = folded.slice(end, end + 90);
    if (OWNED_REQUEST.test(after)) return true;
    const asked = ASKED_AFTER.exec(after);
    if (asked === null) continue;
    const rest = after.slice(asked[0].length);
    const forWhat = ASKED_FOR.exec(rest);
    if (forWhat === null) continue;
    // another party asked between the verb and what was asked for ("asked Iran for help") is not the doer asked
    const from = end + asked[0].length;
    const to = from + forWhat[0].length;
    if (parties.some((p) => p.role === 'other' && p.start >= from && p.start < to)) continue;
    return true;
  }
  return false;
}
