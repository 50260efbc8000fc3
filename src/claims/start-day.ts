/**
 * When something began, told another way (issue 13, paraphrase and figures). A claim whose point
 * is the day something began ("the campaign began on Wednesday 30 September") is restated by a
 * sentence that tells a beginning ("began", "started", "launched its first air strike", "the first
 * Russian airstrikes fell") on that same day, however the day is written: a weekday the page's
 * date places ("on Wednesday" on a page of 1 October). The day then agrees as a written date does. Both the beginning and the day are needed: "since September
 * 30 Russia has struck thousands of targets" names the day but tells no beginning; "Russia began
 * a new wave of strikes on Thursday" tells one on another day.
 */
import { sentenceWeekdays } from './when';

/** A beginning told: a verb of starting, the first strikes, or something done "for the first time". "About to start" is not one yet. */
const TELLS_START =
  /\b(?:began|begun|begins?|beginning|start(?:ed|s|ing)?|for the first time|launch(?:ed|es|ing)?\b[^.;:]{0,40}\bfirst|(?:first|opening)\b(?:\s+[a-z'-]+){0,3}?\s+(?:air\s?strikes?|airstrikes?|strikes?|raids?|sorties|bombing|bombings|attacks?))\b/;
/** A beginning still to come ("were about to start", "will begin", "is set to launch"). */
const NOT_YET = /\b(?:about to|set to|going to|will|would|plan(?:s|ned)? to|prepar(?:es|ed|ing) to|ready to)\s+(?:\w+\s+)?(?:begin|start|launch)\b/;

/** Does a claim's statement (folded, lower-case) tell that something began? */
export function claimTellsStart(foldedStatement: string): boolean {
  return TELLS_START.test(foldedStatement);
}

/** Does a sentence (folded, lower-case) tell a beginning that has happened? */
export function sentenceTellsStart(folded: string): boolean {
  return TELLS_START.test(folded) && !NOT_YET.test(folded);
}

/**
 * Does the sentence tell the claim's beginning on the claim's day, written as a weekday the page's
 * date places? The claim's `startOnStatedDay` says its statement writes its day and tells a beginning
 * (read once per claim), its `days` are its day keys ("d:2015-09-30"), `sentenceDays` the sentence's
 * days read against the page's date.
 * (A written date that agrees is already read as one by the claim index, with a word of the event.)
 */
export function startDayAgrees(
  claim: { startOnStatedDay: boolean; days: ReadonlySet<string> },
  folded: string,
  sentenceDays: () => ReadonlySet<string>,
): boolean {
  if (!claim.startOnStatedDay || !sentenceTellsStart(folded)) return false;
  // the sentence writes its weekday itself: a headline's day taken from its page ("… as its Syria
  // strikes start") is the day it was written, not when what it tells began
  if (sentenceWeekdays(folded).size === 0) return false;
  for (const k of sentenceDays()) if (k.startsWith('d:') && claim.days.has(k)) return true;
  return false;
}
