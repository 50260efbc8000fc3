/**
 * A notice given ahead, written without a possessive (issue 13, figures written another way):
 * "the warning came roughly one hour beforehand", "an hour in advance", "a day ahead", "informed an hour before the strikes" (the event
 * named right after "before": the attack, the action, the strikes, the operation). With a word
 * of warning in the sentence it is that long a notice, as "an hour's notice" is. Only "a", "an" and
 * "one", which the figure reader leaves alone ("one" is as often a pronoun); "two hours beforehand"
 * is read there already.
 */
import type { NumberMention, Qualifier } from './number-mention';

const AHEAD = /(?<![\w])(?:(about|around|roughly|nearly|almost|approximately|some|just|only|barely)\s+)?(?:an?|one)\s+(minute|hour|day|week)\s+(?:beforehand|in advance|ahead of time|ahead|before(?=\s*[,.;]|\s*$|\s+(?:the|its|their)\s+(?:first\s+)?(?:attacks?|action|strikes?|air\s?strikes?|raids?|bombing|bombardment|operation)\b))/g;
/** A word of warning or notice in the sentence: what was given ahead. */
const WARNING = /\b(?:warn(?:ing|ings|ed)?|notice|notif(?:y|ied|ication)|heads-up|alert(?:ed)?|informed|told|tip(?:ped)?(?:-off| off)?|(?:got|received|given|sent)\s+word)\b/;

/** The notices given ahead in a folded sentence `s` (offset `from`), added to `out`. */
export function advanceNotices(s: string, from: number, out: NumberMention[]): void {
  if (!WARNING.test(s)) return;
  AHEAD.lastIndex = 0;
  for (let m = AHEAD.exec(s); m !== null; m = AHEAD.exec(s)) {
    const q = m[1];
    const qualifier: Qualifier = q === undefined ? 'exact' : q === 'just' || q === 'only' || q === 'barely' ? 'exact' : 'about';
    out.push({ value: 1, qualifier, start: from + m.index, end: from + m.index + m[0].length, units: [m[2]!, 'notic'] });
  }
}
