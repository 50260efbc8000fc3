/**
 * Several parties named as one speaker (issue 13, speakers): "The USA, Turkey and their allies
 * called on…", "Russia, Iran and Syria said…". The speaker span was read back from the verb only
 * to the list's first comma, so one member ("Turkey and their allies") spoke alone: a joint
 * statement read as one member's claim. A comma that joins the items of a list of names at the
 * head of the sentence is no clause boundary.
 */

/** A list item: a name of one to four capitalised words, maybe after "the" ("the United States"). */
const ITEM = String.raw`(?:[Tt]he\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}`;
/** The list so far, from the sentence's start to this comma: names joined by commas only. */
const LIST_BEFORE = new RegExp(String.raw`^\s*${ITEM}(?:\s*,\s*${ITEM})*\s*$`);
/** What follows the comma: another item before the next comma, or the last one with "and" after it. */
const NEXT_ITEM = new RegExp(String.raw`^\s*${ITEM}\s*$`);
const LAST_ITEM = new RegExp(String.raw`^\s*${ITEM}\s*,?\s+and\s+\S`);
/** A capitalised opening that is a time, a place or a linking word, not a party ("On Thursday, Russia and Syria said"). */
const NOT_A_PARTY = /^\s*(?:on|in|at|after|before|since|during|from|for|by|with|as|last|this|earlier|later|meanwhile|however|but|and|yet|also|today|yesterday|(?:mon|tues|wednes|thurs|fri|satur|sun)day|january|february|march|april|may|june|july|august|september|october|november|december)\b/i;

/**
 * Is the comma between `head` (the sentence's start up to the comma) and `next` (after the comma,
 * up to the next comma or the verb) one between the items of a list of speakers, with the list's
 * "and" still to come or in `next`?
 */
export function commaInSpeakerList(head: string, next: string, rest: string): boolean {
  if (!LIST_BEFORE.test(head) || NOT_A_PARTY.test(head)) return false;
  if (LAST_ITEM.test(next)) return true;
  // a middle item ("Russia, Iran, Iraq and Syria"): the list goes on to an "and"
  return NEXT_ITEM.test(next) && /,\s*(?:[Tt]he\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}\s*,?\s+and\s/.test(rest);
}
