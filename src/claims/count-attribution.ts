/**
 * A count attributed by its owner's tally (issue 13, figures): "Moscow maintains its jets are going
 * after IS, but by British intelligence's count just one in 20 strikes have hit the group". The
 * clause after the contrast has a speaker of its own, and its figure is theirs: read before, the
 * whole sentence was Moscow's, and the share clashed with the British claim's speaker.
 */
import type { TextSpan } from '../text/model';

/** "(but|while|yet|;) by X's count / estimate / reckoning / tally / figures / calculation" */
const COUNT_CLAUSE = /(?:,\s*(?:but|while|yet|whereas)|;\s*(?:but\s+)?)\s+(?:by|in)\s+((?:the\s+)?[A-Z][\w.’'-]*(?:\s+[A-Za-z][\w.’'-]*){0,4}?)['’]s?\s+(?:own\s+)?(?:count|counts|estimate|estimates|reckoning|tally|calculations?|figures|assessment)\s*,?\s*/;

export interface CountClause {
  /** the owner of the count ("British intelligence") */
  speaker: TextSpan;
  /** what the count says: from after the phrase to the sentence's end */
  content: TextSpan;
}

/** The count clause after a contrast in `sentence`, when it carries one of the sentence's figures. */
export function countClause(text: string, sentence: TextSpan, figureStarts: readonly number[]): CountClause | null {
  const s = text.slice(sentence.start, sentence.end);
  // (most sentences name no tally: skip the clause pattern for them)
  if (!/\b(?:counts?|estimates?|reckoning|tally|calculations?|figures|assessment)\b/i.test(s)) return null;
  const m = COUNT_CLAUSE.exec(s);
  if (!m) return null;
  const ownerAt = sentence.start + m.index + m[0].indexOf(m[1]!, m[0].search(/\s(?:by|in)\s/));
  const contentStart = sentence.start + m.index + m[0].length;
  let end = sentence.end;
  while (end > contentStart && /[\s.!?]/.test(text[end - 1]!)) end--;
  if (end - contentStart < 12 || !figureStarts.some((f) => f >= contentStart && f < end)) return null;
  return { speaker: { start: ownerAt, end: ownerAt + m[1]!.length }, content: { start: contentStart, end } };
}
