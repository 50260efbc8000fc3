/**
 * An attribution turned round after its claim (issue 13, headlines and speakers): "Russia 'stabbed
 * in the back' by Turkey, says Putin over downed jet", "Strikes killing civilians, not IS, says UK
 * defence secretary". The verb comes right after the claim's comma and the speaker after the verb,
 * to the end of the sentence. Read before, the whole claim was taken for the speaker (its first
 * actor, Russia, "said" what Putin said).
 */
import type { TextSpan } from '../text/model';

/** Verbs that may stand turned round ("…, says X"). */
// (not a verb that takes an object: "…,' Aymen told the BBC", "…, urged Russia to stop", "…, warned Moscow")
// ("…, so reports the defence ministry": a report turned round as a translated wire writes it)
const INVERTED_VERB = /^(?:says|say|said|insists|insisted|claims|claimed|adds|added|reports|reported)$/i;
/** The speaker side is a short phrase: a name, an office, a few words of occasion ("over downed jet"). */
const MAX_SPEAKER_WORDS = 8;
/** An auxiliary or a modal: the words after the verb make a clause of their own. */
const CLAUSE_VERB = /\b(?:had|has|have|was|were|is|are|will|would|could|should|did|does|do|can|may|might|must)\b/i;

/**
 * When the verb at [vStart, vEnd) of `sentence` is turned round, the span after it that names the
 * speaker (to the sentence's end, or its next comma); otherwise null.
 */
export function invertedSpeakerSpan(text: string, sentence: TextSpan, vStart: number, vEnd: number): TextSpan | null {
  if (!INVERTED_VERB.test(text.slice(vStart, vEnd))) return null;
  // right after the claim's comma (or a closing quote and comma), with a claim of some length before it
  const before = text.slice(sentence.start, vStart);
  if (!/[,][’'"”]?\s+(?:so\s+)?$|[’'"”],?\s+(?:so\s+)?$/.test(before) || before.trim().length < 15) return null;
  let a = vEnd;
  while (a < sentence.end && /\s/.test(text[a]!)) a++;
  let b = a;
  while (b < sentence.end && !/[,;:!?"“”(]/.test(text[b]!)) b++;
  while (b > a && /[\s.]/.test(text[b - 1]!)) b--;
  const phrase = text.slice(a, b);
  const words = phrase.split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.length > MAX_SPEAKER_WORDS) return null;
  // "…, said Monday": a time, no speaker
  if (/^(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|^(?:January|February|March|April|May|June|July|August|September|October|November|December)\b/.test(phrase)) return null;
  // a speaker is named: a capitalised word first, or "the" before one ("the UK defence secretary");
  // "…, said it would be…", "…, said most of those displaced…", "…, claims 600 militants killed"
  // go on with the claim itself (its own subject speaks)
  if (!/^(?:[A-Z]|the\s+[A-Z])/.test(phrase)) return null;
  // "The Kremlin's chief of staff, Sergei Ivanov, said Assad had asked …": a clause with a finite verb of
  // its own is what was said (the comma closed an apposition), not who said it
  if (CLAUSE_VERB.test(phrase)) return null;
  return { start: a, end: b };
}
