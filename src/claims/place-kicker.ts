/**
 * A kicker that names a place is no speaker (issue 13, headlines and fragments): "Raqqa: the first
 * raid on IS-held ground", "Latakia: Russian jets flew 10 sorties overnight". The headline reader
 * takes "<speaker>: <claim>", and a short capitalised side looks like a source; a place names where
 * the news is, not who tells it ("Claimed by: Latakia"). Only a side that is all one place the
 * dataset knows, and not a capital standing for its government ("Moscow: …" is Russia speaking).
 */
import type { Mention } from '../actors/matcher';
import type { TextSpan } from '../text/model';

/** Is the speaker side of a headline only the name of a place (not a capital standing for a state)? */
export function placeKicker(text: string, side: TextSpan, mentions: readonly Mention[], kindOf: (m: Mention) => 'place' | 'capital' | 'other'): boolean {
  const inside = mentions.filter((m) => m.start >= side.start && m.end <= side.end);
  if (inside.length !== 1 || kindOf(inside[0]!) !== 'place') return false;
  // nothing else on the side but the name (and "the"): "Raqqa", not "Raqqa activists"
  const rest = text.slice(side.start, inside[0]!.start) + text.slice(inside[0]!.end, side.end);
  return /^\s*(?:the\s*)?$/i.test(rest);
}
