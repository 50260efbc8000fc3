/**
 * The doer's own account of its strikes on one group, read as a proposition: its side speaking (the
 * defence ministry, "Russian officials", "the Russian military"), the strikes, the group as what they
 * hit, affirmed, and the day (the claim's day named, "the first day", or the day's own news). Real
 * reporting restates Moscow's word on its first raids in words the report does not have ("the ministry
 * said its jets struck Islamic State positions", "ISIS operations are what these strikes hit, the
 * Russian military says"), below the lexical floor. ADR 0327 reads the other side of the same dispute
 * (opposite-aim.ts); this reads the doer's side.
 * Not read so: another party's word, a negation ("did not hit IS"), "IS and other groups" (a claim of its
 * own), another day's strikes (a later day named, a page of a later day naming none), a question.
 */
import type { AimClaim } from './opposite-aim';

/**
 * Of the aim claims (opposite-aim.ts), those a sentence can restate on its proposition alone: no place
 * narrower than a state and no figure (the Raqqa stronghold and the four-day count need their place and
 * figure, which the words already read), dated to one day.
 */
export function dayAimClaims(aims: readonly AimClaim[], figuresOf: (claimId: string) => number, timeOf: (claimId: string) => string | undefined): AimClaim[] {
  return aims.filter((a) => a.places.length === 0 && figuresOf(a.claimId) === 0 && /^\d{4}-\d\d-\d\d$/.test(timeOf(a.claimId) ?? ''));
}

/** a strike, with the group as what it hit, after it: "struck IS positions", "20 strikes on eight IS targets" */
const STRIKE_ON = /\b(?:struck|strikes?|air ?strikes?|airstrikes?|hit|hitting|targeted|targeting|aimed at|bombed|bombing|attacked|pounded|raided|raids?|sorties|went after|go after)\b(?:\s+(?:on|against|at))?\s+(?:\S+\s+){0,4}?$/;
/** the group, then what of it was hit: "IS targets were hit", "ISIS operations are what these strikes hit" */
const HIT_AFTER = /^\s*(?:\S+\s+){0,4}?(?:(?:was|were|had been|have been)\s+(?:\S+\s+)?(?:hit|struck|targeted|bombed|attacked|destroyed)|(?:is|are|were)\s+what\s+(?:\S+\s+){0,3}?(?:hit|struck|targeted|bombed))\b/;
/** the group not alone: "IS and other groups", "as well as the Nusra Front", "IS, al-Nusra Front and other groups" (a claim of its own) */
const NOT_ALONE_AFTER = /^\s*(?:\S+\s+){0,2}?(?:and|as well as|along with|besides|among)\b|^\s*(?:\S+\s+){0,2}?(?:and\s+)?others?\b|^\s*,\s*(?:[^\s,]+\s+){1,3}?(?:and|or)\s+other\b/;
/** a negation or an open question anywhere: the strikes' aim affirmed only (a bound "not less than" is a figure) */
const NEGATED = /\b(?:not|no|never|none|neither|nor|whether|if|den(?:y|ies|ied|ying)|instead|rather than)\b|n't\b/g;
const BOUND = /^(?:not|no)\s+(?:less|fewer|more)\s+than\b/;

/** Does the sentence (folded, lower-case) tell strikes that hit the group, affirmed? `groups`: its mentions' offsets. */
export function strikesOnGroup(folded: string, groups: readonly { start: number; end: number }[]): boolean {
  if (/\?\s*$/.test(folded)) return false;
  for (const m of folded.matchAll(NEGATED)) if (!BOUND.test(folded.slice(m.index))) return false;
  for (const g of groups) {
    if (NOT_ALONE_AFTER.test(folded.slice(g.end, g.end + 40))) continue;
    if (STRIKE_ON.test(folded.slice(Math.max(0, g.start - 60), g.start)) || HIT_AFTER.test(folded.slice(g.end, g.end + 60))) return true;
  }
  return false;
}

/** "the first day", "its first strikes", "opened its campaign": the first strikes named as such */
export const FIRST_STRIKES = /\b(?:first (?:day|strikes?|air ?strikes?|raids?|wave|round|sorties|missions|bombing)|(?:opened|began|launched|started) (?:its|the) (?:air )?(?:campaign|strikes|bombing))\b/;
