/**
 * Others' claims reported affirm nothing (issue 13, quantifiers and polarity): "Putin: Claims
 * Russian jets killed civilians emerged before the strikes began" tells of claims, not that the
 * jets killed civilians, so it does not contradict Putin's denial that they did (it restates it).
 * A content whose subject is claims, reports, allegations or rumours, or that calls what it tells
 * alleged or supposed, holds no affirmation to set against a denial.
 */

/** a content that opens on its subject being others' claims ("Claims …", "Reports of …", "The first allegations that …") */
const REPORTS_AS_SUBJECT = /^\W*(?:the\s+)?(?:(?:first|early|earlier|initial|new|latest|western|media|online)\s+)*(?:claims?|allegations?|accusations?|reports?|rumou?rs?)\b/i;
/** a word that holds what it qualifies as someone else's account */
const HEARSAY = /\b(?:allegedly|supposedly|purportedly|alleged|supposed|purported)\b/i;

/** Does this content report others' claims rather than affirm what they claim? */
export function reportsOthersClaims(content: string): boolean {
  return REPORTS_AS_SUBJECT.test(content) || HEARSAY.test(content);
}
