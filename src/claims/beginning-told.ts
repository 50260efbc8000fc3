/**
 * A beginning is restated only by a sentence that tells one (issue 13, paraphrase and topical
 * overlap). "The day before, on Tuesday, the navy had fired 12 missiles at five targets" shares
 * with "The naval campaign began on Tuesday 3 March" its actor, its day and its weapons, yet says
 * what was done that day, not that anything began. When a claim's point is the day something began
 * (its statement writes the day and tells a beginning: ClaimDetail.startOnStatedDay), a sentence
 * corroborates it only when it tells a beginning too ("began", "started", "launched its first",
 * "the first strikes": start-day.ts's reading; one about to come counts, "were about to start
 * bombing" being how the start was told the day before), or when its written date agrees as one
 * ("since 30 September", which the claim index reads already). A claim that only mentions a first
 * time ("the first strikes targeted IS positions") is not touched.
 *
 * A beginning told only as where a tally starts is none (ADR 0335): "since they began, the strikes
 * have killed 1,300 people" names no day and tells what was done since, not that anything began
 * then. (With its day written, "since 30 September", the date agrees as above.)
 */
import { claimTellsStart } from './start-day';

/** "since the campaign began," / "since they started": a beginning told as where a tally starts */
const SINCE_BEGAN = /\bsince\s+(?:[a-z'-]+\s+){0,5}?(?:began|begun|started|launched)\b/g;

export function beginningUntold(claimStartsOnItsDay: boolean, dateAgrees: boolean, sentenceFolded: string): boolean {
  return claimStartsOnItsDay && !dateAgrees && !claimTellsStart(sentenceFolded.replace(SINCE_BEGAN, ' '));
}

