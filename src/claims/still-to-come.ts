/**
 * What is still to come has not happened (issue 13, topical overlap). "The foreign minister flies
 * to Ankara next week for talks on the crisis" shares its actors and "talks" with a report that
 * talks were held; "the alliance was ready to hold talks with Moscow" says a party is willing, not
 * that the talks took place. Neither restates, nor contradicts, a claim that tells the event.
 *
 * Four forms are read, all plainly of the future: a time after the sentence's own ("next week",
 * "tomorrow", "in the coming days"), a disposition ("ready to", "prepared to", "plans to"), a
 * question still open ("watching to see whether", "it is unclear if") and a possibility under a
 * condition ("may call in the envoy if the raids go on"). A
 * schedule told for its day ("Putin and Hollande were to discuss Syria on Friday", "jets were
 * about to start bombing") is the event as reported that day and is left alone. A claim that is
 * itself of the future (a forecast, a plan, "will", "would", "was to") is not touched.
 */

/** A time after the sentence's own. */
const LATER_TIME =
  /\b(?:next\s+(?:week|month|year|monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend)|tomorrow|in\s+the\s+coming\s+(?:days|weeks|months)|later\s+this\s+(?:week|month|year)|(?:within|in)\s+(?:a|one|two|three|four|\d+)\s+(?:days?|weeks?|months?)(?:'|\s)\s*time)\b/;

/** A party disposed to do something, which is no telling that it was done. */
const DISPOSITION = /\b(?:ready|willing|prepared|poised|eager|keen)\s+to\b|\b(?:plans?|planned|planning|intends?|intended|intending|offers?|offered|offering)\s+to\b/;

/** A question still open: whether it happens is what the sentence waits for. */
const OPEN_QUESTION = /\b(?:(?:watch|wait)(?:s|ed|ing)?\s+to\s+see|(?:is|was|remains|remained)\s+(?:unclear|not\s+clear|not\s+known|uncertain))\s+(?:whether|if)\b/;

/** A possibility under a condition ("may call in the envoy if the raids go on", "could summon … unless"). */
const CONDITIONAL = /\b(?:may|might|could)\b[^,;.]{0,60}\b(?:if|unless)\b/;

/** A claim of what is still to come: a forecast, a plan, a schedule. */
const CLAIM_OF_FUTURE = /\b(?:will|would|shall|going to|was to|were to|is to|are to|due to|expected to|set to|plans?|planned|hopes?|ready|prepared|next)\b/;

/** Does a sentence (folded, lower-case) tell something still to come? (Read once a sentence, for all its candidates.) */
export function tellsWhatIsToCome(folded: string): boolean {
  return LATER_TIME.test(folded) || DISPOSITION.test(folded) || OPEN_QUESTION.test(folded) || CONDITIONAL.test(folded);
}

/** Is a claim's statement (folded, lower-case) itself of the future? (Read once a claim, with its detail.) */
export function claimOfFuture(foldedStatement: string): boolean {
  return CLAIM_OF_FUTURE.test(foldedStatement);
}
