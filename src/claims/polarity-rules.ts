/**
 * Rule tables for polarity: dismissals that deny without a denial verb, and
 * quantifiers that put the rest of their clause in a negation's scope.
 */

/** "dismissed as information warfare", "were an information attack", "baseless", "not credible". */
export const DISMISSAL =
  /\b(?:information (?:attacks?|war(?:fare)?)|baseless|groundless|unfounded|not credible|no basis|without (?:any )?(?:basis|foundation)|(?:are|were|was|is) (?:false|lies|fake|fabricated|fabrications|propaganda|nonsense))\b/;

/**
 * A small share as the subject: "only one in 20 strikes hit IS", "just 5% of
 * raids", "only 2 of the 57", "only a handful", "just 1-in-20 raids", "no more than one in 20". What the clause then says of
 * that share is, for most of them, not so: the predicate is in a negation's
 * scope ("only one in 20 hit IS" ≈ "most did not hit IS").
 */
export const MINORITY =
  /\b(?:only|just|merely|a mere|barely|no more than|at most)\s+(?:(?:one|a|\d+(?:\.\d+)?|two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty)\s*(?:%|per\s?cent\b|percent\b|pct\b|-?(?:in|out[\s-]of)[\s-]+(?:every[\s-]+)?(?:\d+|five|ten|twenty|fifty|a hundred)\b|of\s+(?:the\s+)?\d+\b)|a\s+(?:few|handful|fraction|small (?:share|number|minority|fraction))\b)/g;

/** The verb (or first auxiliary) that starts the predicate after a quantified subject. */
export const PREDICATE_START = /\b(?:has|have|had|is|are|was|were|hit|struck|targeted|target|aimed|went|landed|attacked|reached|fell)\b/;
/** Auxiliaries skipped to reach the predicate's main verb ("has been aimed"). */
export const AUXILIARY = /^(?:\s+(?:been|being|actually|so far|in fact|really))+/;
