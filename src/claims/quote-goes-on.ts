/**
 * A quotation that goes on. Reporters cut a speaker's words after the first sentence: '"From
 * their perspective, they're all terrorists," Obama told reporters. "And that's a recipe for
 * disaster."' The second sentence names no one and has no verb of saying, yet it is the same
 * speaker's claim. A sentence that opens a quotation, after a sentence with a speaker, is matched
 * like any claim, but never for a claim the sentence before already carries (one claim, one
 * sentence: the attributed one).
 */
import type { ClaimMatch, SentenceContext } from './match-types';

const QUOTE_OPENS = /^\s*["“]/;

/** Is an undetected sentence naming no actor the words of the speaker before (it opens a quotation)? */
export function quoteGoesOn(folded: string, detected: boolean, mentionCount: number, speakerBefore: boolean): boolean {
  return !detected && mentionCount === 0 && speakerBefore && QUOTE_OPENS.test(folded);
}

/** The matches of a quotation that goes on, without the claims the sentence before carries. */
export function notCarriedBefore(matches: ClaimMatch[], context: SentenceContext | undefined): ClaimMatch[] {
  if (!context) return matches;
  return matches.filter((m) => !context.matches.some((c) => c.claimId === m.claimId && c.relation !== 'related'));
}
