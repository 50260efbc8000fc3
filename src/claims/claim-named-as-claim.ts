/**
 * A claim named as its claimant's claim (issue 13, quantifiers and polarity; ADR 0335). "Officials
 * have rejected as not credible the Islamic State claim that its fighters downed the plane" tells
 * two things: that the group made the claim, and that others reject it. Of a claim the reports
 * give as that group's, the sentence restates the claiming, and the rejection is another party's
 * view of it: no contradiction is read from such a denial (as a sentence giving both sides derives
 * none, ADR 0085).
 */

/** "<claimant>'s claim", "the <claimant> claim", "a boast by <claimant>", "claims from <claimant>" */
const AFTER_POSSESSIVE = /^['’]s\s+(?:own\s+)?(?:claims?|boasts?|assertions?)\b/i;
/** "the <claimant> claim": a noun only after a determiner ("IS claims it…" is the group claiming) */
const AFTER_NOUN = /^\s+(?:claims?|boasts?|assertions?)\b/i;
const DETERMINER = /\b(?:the|an?|this|that|its|their)\s+$/i;
const BEFORE = /\b(?:claims?|boasts?|assertions?)\s+(?:made\s+)?(?:by|of|from)\s+(?:the\s+)?$/i;

export interface NamedMention {
  start: number;
  end: number;
  id: string;
}

/** Does the sentence name one of its claimant's mentions as the owner of a claim? */
export function claimNamedAsClaimantsClaim(text: string, mentions: readonly NamedMention[], isClaimant: (id: string) => boolean): boolean {
  return mentions.some((m) => {
    if (!isClaimant(m.id)) return false;
    const after = text.slice(m.end, m.end + 24);
    const before = text.slice(Math.max(0, m.start - 30), m.start);
    return AFTER_POSSESSIVE.test(after) || (AFTER_NOUN.test(after) && DETERMINER.test(before)) || BEFORE.test(before);
  });
}
