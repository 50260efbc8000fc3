/**
 * An open question has no polarity (issue 13, quantifiers and polarity): "It is unclear whether
 * Putin warned Erdogan in advance" says neither that he did nor that he did not. A sentence that
 * negates ("talks not announced in advance") does not contradict it, and one that affirms does not
 * restate it; only a sentence that leaves the same question open does.
 */

/** "unclear whether", "not known if", "remains to be seen": what follows is asked, not told */
const OPEN = /\b(?:unclear|not\s+(?:yet\s+)?clear|unknown|not\s+(?:yet\s+)?known|uncertain)\s+(?:whether|if|how|why|who|what|when)\b|\bremains?\s+to\s+be\s+seen\b/;

/** Does this (folded, lower-case) text leave a question open rather than tell its answer? */
export function leavesOpen(foldedLower: string): boolean {
  return OPEN.test(foldedLower);
}
