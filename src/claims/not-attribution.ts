/**
 * Verbs of saying that attribute nothing where they stand (issue 13, speakers):
 * - a passive: "A pair of missiles was reported flying towards Raqqa", "the first raids Russia was
 *   reported to have made", "Russia has been accused of hitting rebels". Its subject is what is
 *   reported or accused, never who says it, yet it was read as the speaker ("Claimed by: Russia"
 *   for what others said of Russia);
 * - "asked for": a request of a thing ("Assad asked for the operation") is what happened, not a
 *   report of it, and its subject spoke nothing the sentence quotes.
 * - a verb in a relative clause after an appositive ("…, Islamic State among them, the group that claimed
 *   the airliner's downing"): it tells what that party once said or did, and the sentence's main clause
 *   is not that party's ("Claimed by: Islamic State" for Russia stepping up its strikes). "Lavrov, who
 *   said …" (no article) still names its speaker.
 * The sentence's other verbs of saying still name a speaker ("…, he said").
 */

/** A form of "be" (with an adverb or two) right before the participle: a passive. */
const BE_BEFORE = /\b(?:is|are|was|were|be|been|being)\s+(?:(?:also|not|never|widely|separately|first|later|earlier|previously|reportedly|already|now|then|initially|repeatedly|falsely|wrongly)\s+){0,2}$/i;
/** Participles of the attribution verbs: said, reported, accused, told… (not "quoted as saying", read whole). */
const PARTICIPLE = /^(?:said|reported|claimed|stated|announced|confirmed|accused|rejected|denied|dismissed|expressed|warned|told|asked|urged|called on|stressed|suggested|predicted|promised|threatened|observed|concluded|alleged|acknowledged|admitted|accepted|conceded|maintained|asserted|complained|argued|added|insisted|believed)$/i;

/** ", the group that", ", a ministry which has": an appositive noun phrase opening a relative clause, right before the verb. */
const RELATIVE_BEFORE = /,\s+(?:the|a|an)\s+(?:[a-z-]+\s+){0,2}(?:that|which|who)\s+(?:(?:also|has|had|have|once|earlier|previously)\s+)?$/i;

/** Does the verb of saying `verb`, at `at` in `sentence`, attribute nothing there? */
export function notAnAttribution(sentence: string, at: number, verb: string): boolean {
  if (PARTICIPLE.test(verb) && BE_BEFORE.test(sentence.slice(Math.max(0, at - 40), at))) return true;
  if (RELATIVE_BEFORE.test(sentence.slice(Math.max(0, at - 60), at))) return true;
  return /^asked$/i.test(verb) && /^\s+for\b/i.test(sentence.slice(at + verb.length, at + verb.length + 6));
}
