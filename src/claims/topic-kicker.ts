/**
 * A kicker that names a story, not a source (issue 13, who is speaking): "Syria crisis: Russia fires
 * 26 cruise missiles", "Syria conflict: '45 killed' by air strikes", "Syria Daily: dozens dead". A
 * state or place with a word for a running story is the outlet's label for the news, not the
 * state telling it ("Claimed by: Syria"). A bare state stays a speaker ("Turkey: Russian jet
 * violated our airspace" is Turkey's account), as does a capital (place-kicker.ts).
 */
import type { Mention } from '../actors/matcher';
import type { TextSpan } from '../text/model';

/** Words an outlet puts after a country's name to label a running story. */
const STORY_WORD = /^\s*(?:crisis|conflict|war|civil war|daily|live|latest|updates?|diary|news|explained|timeline|briefing|roundup|in focus|talks|airstrikes|air strikes|strikes)\s*$/i;

/** Is the speaker side of a headline one state or place and a word for a running story? */
export function topicKicker(text: string, side: TextSpan, mentions: readonly Mention[]): boolean {
  const inside = mentions.filter((m) => m.start >= side.start && m.end <= side.end);
  if (inside.length !== 1) return false;
  const m = inside[0]!;
  if (!/^\s*(?:the\s+)?$/i.test(text.slice(side.start, m.start))) return false;
  return STORY_WORD.test(text.slice(m.end, side.end));
}
