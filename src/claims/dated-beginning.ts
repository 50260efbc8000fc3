/**
 * A beginning told with its written day, and no name in the sentence (issue 13, paraphrase): "…in
 * the bombing campaign, which began on September 30", "since the air strikes started on 30
 * September". Such a sentence has no actor and no claim cue, so the engine never asked the claim
 * index about it, though its day is the claim's point. It is asked now; whether it restates a claim
 * is judged as for any sentence (the written date must agree with a claim that tells that beginning
 * on that day, and a page of another time still holds it back).
 */

const MONTH = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?';
/** a beginning verb, then within a few words "on" / "since" and a written day (month first or day first) */
const BEGAN_ON_DAY = new RegExp(
  `\\b(?:began|begun|begins|started|starts|launched|opened|kicked off)\\b[^.;!?]{0,30}?\\b(?:on|since)\\s+(?:${MONTH}\\s+\\d{1,2}\\b|\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH})`,
);
/** what began: a campaign, bombing, strikes, an operation */
const WHAT_BEGAN = /\b(?:campaign|bombing|bombardment|air ?strikes?|airstrikes?|raids?|operation|intervention|air war)\b/;

/** Does a folded, lower-case sentence tell when a campaign or its strikes began, with a written day? */
export function tellsDatedBeginning(lower: string): boolean {
  return WHAT_BEGAN.test(lower) && BEGAN_ON_DAY.test(lower);
}
