/**
 * A denial closing a sentence as a reduced relative clause is another party's answer to what the
 * sentence reports, not the sentence's own stance (issue 13, who is speaking): "The statement
 * stressed deep concern over the strikes after civilian deaths were reported, claims the
 * government denied." The statement affirms its concern; the government denies the reports.
 * Read as the sentence's denial, it held back the statement's own claim. Only the closing clause
 * is left out of the stance, and only with a denier of its own after a noun for what is denied
 * ("claims", "reports", "a charge") or "which".
 */

/** ", claims the Russian government denied.", ", which Moscow denies.", ", a charge Ankara rejects." */
const TRAILING_DENIAL =
  /,\s+(?:(?:a|an|the)\s+)?(?:(?:claims?|reports?|allegations?|accusations?|charges?)\s+(?:that\s+|which\s+)?|which\s+)(?:the\s+)?[a-z][\w'’ -]{1,40}?\s+(?:(?:has|have|had)\s+)?(?:denied|denies|rejected|rejects|disputed|disputes|dismissed|dismisses)(?:\s+(?:it|them|this|that))?\s*[."”']*\s*$/;

/** The folded, lower-cased sentence without a closing third-party denial, or as it is. */
export function withoutTrailingDenial(folded: string): string {
  const m = TRAILING_DENIAL.exec(folded);
  return m ? folded.slice(0, m.index) : folded;
}
