/**
 * Telling someone of an event is an act, not a claim (issue 13, who is speaking): in "Moscow told
 * Washington of the attack an hour before it happened" Washington is informed of the strikes; nothing
 * is claimed that Washington could be found claiming the other way round. Roles read as reversed
 * (speaker-checks.ts: the claim's counterpart speaking, its claimant the verb's object) need the verb
 * to carry what is said (a that-clause, an infinitive, a quotation); a verb of informing whose object
 * is followed by "of" or "about" tells an act of informing.
 */

/** verbs of informing ("told", "informed", "notified", "briefed") */
const INFORM_VERB = /^(?:tells?|told|telling|inform(?:s|ed|ing)?|notif(?:y|ies|ied|ying)|brief(?:s|ed|ing)?)$/i;

/** Is `verb`, with `after` the text right after its object, an act of informing someone of something? */
export function toldOf(verb: string, after: string): boolean {
  return INFORM_VERB.test(verb.trim()) && /^\s+(?:of|about)\b/i.test(after);
}
