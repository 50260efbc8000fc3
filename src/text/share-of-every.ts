/**
 * A share written with its whole first (issue 13, figures): "of every twenty airstrikes … just
 * one hit IS", "out of every 10 raids, only two struck the group". The counted thing stands after
 * the whole, the part comes later as the clause's subject. Read as a percentage, like "one in 20"
 * (numbers.ts): the whole alone read as a count ("twenty airstrikes") was a figure of its own.
 */
import type { NumberMention } from './number-mention';
import { STOP_WORDS, stem } from './tokens';

/** A number written in digits or as a word; small words only: a share's whole is seldom large. */
const WORD_VALUE: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  twelve: 12, fifteen: 15, twenty: 20, thirty: 30, forty: 40, fifty: 50, hundred: 100, 'a hundred': 100,
};
const NUMBER = String.raw`(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|thirty|forty|fifty|a hundred|hundred)`;
/**
 * "(out) of every N <counted thing, up to six words> [what is said of it, up to five words][,] [only|just|but|a mere] <part>" — the part
 * followed by a verb-like word (after up to two auxiliaries or adverbs: "had actually targeted"), never by a unit of time or another noun ("one day", "one of them").
 */
const SHARE_OF_EVERY = new RegExp(
  String.raw`\b(?:out\s+of|of|in)\s+every\s+(${NUMBER})\s+((?:[a-z][\w'-]*\s+){0,5}?[a-z][\w'-]*?s)\b((?:\s+(?!(?:only|just|but|merely)\b)[a-z][\w'-]*){0,5}?),?\s+(?:(?:only|just|but|merely|a\s+mere)\s+)?(${NUMBER})\s+(?!(?:of|in|out|per|more|other|seconds?|minutes?|hours?|days?|weeks?|months?|years?|times?)\b)(?:(?:has|have|had|was|were|is|are|actually|really|reportedly|allegedly)\s+){0,2}([a-z]+)`,
  'gi',
);

function valueOf(s: string): number | undefined {
  const w = s.toLowerCase().replace(/\s+/g, ' ');
  return /^\d+$/.test(w) ? Number(w) : WORD_VALUE[w];
}

/** The shares of `s` (folded text starting at `from`) written as "of every N …, just one …". */
export function sharesOfEvery(s: string, from: number): NumberMention[] {
  if (!/\bevery\b/i.test(s)) return [];
  const out: NumberMention[] = [];
  SHARE_OF_EVERY.lastIndex = 0;
  for (let m = SHARE_OF_EVERY.exec(s); m !== null; m = SHARE_OF_EVERY.exec(s)) {
    const whole = valueOf(m[1]!);
    const part = valueOf(m[4]!);
    const verb = m[5]!.toLowerCase();
    // the part's verb: a past or present tense ("hit", "struck", "landed", "hits"), not a noun
    // ("one soldier", "two more"): a word in -ed, or a short list of irregular pasts
    if (!/(?:ed|es)$/.test(verb) && !/^(?:hit|struck|fell|went|met|found|got|made|did|came|reached|killed|targeted|hits|strikes)$/.test(verb)) continue;
    if (whole === undefined || part === undefined || !(whole > part) || part <= 0) continue;
    const units = ['percent'];
    for (const w of m[2]!.toLowerCase().match(/[a-z]+/g) ?? []) if (!STOP_WORDS.has(w)) units.push(stem(w));
    if (units.length === 1) continue;
    out.push({ value: Math.round((1000 * part) / whole) / 10, qualifier: 'about', start: from + m.index, end: from + m.index + m[0].length - m[5]!.length, units });
  }
  return out;
}
