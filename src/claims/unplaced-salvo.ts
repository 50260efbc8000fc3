/**
 * One salvo among many. The ministry told a new salvo, a new night's sorties, a
 * new day's targets almost every day; a claim that counts one of them ("On
 * Friday Russia fired 18 cruise missiles, destroying seven targets") is
 * restated only by a sentence that gives its figure or places it on the
 * claim's days: by a day it writes ("for a fourth day" counts), or by the
 * page's own date. "Russian
 * warplanes have fired cruise missiles on positions in Idlib and Aleppo", on a
 * page with no date, may be any salvo's; on a page of another day, it is that
 * day's (a day the sentence writes that is not the claim's is another event
 * already, slot-vetoes.ts).
 */
import type { DayKeys } from './when';

/** the kinds of claim that count one of many (a forecast, a deployment, an accusation are their own) */
const RECURRING = new Set(['strike_report', 'target_count', 'casualty_figure']);

export interface SalvoReading {
  claimKind: string;
  /** the claim has figures */
  claimCounts: boolean;
  claimDays: DayKeys;
  /** a figure or a written date of the claim agrees */
  figureOrDateAgrees: boolean;
  /** the days the sentence writes */
  sentenceDays: DayKeys;
  /** the sentence, folded and lower-cased: "for a fourth day" counts the salvoes, which places this one */
  folded: string;
  /** the page's day (ISO), when it has one */
  pageDay: string | undefined;
}

const ORDINAL_DAY = /\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))\s+(?:straight\s+|consecutive\s+)?(?:day|night)\b/;

export function salvoUnplaced({ claimKind, claimCounts, claimDays, figureOrDateAgrees, sentenceDays, folded, pageDay }: SalvoReading): boolean {
  if (!claimCounts || !RECURRING.has(claimKind) || claimDays.size === 0 || figureOrDateAgrees || sentenceDays.size > 0 || ORDINAL_DAY.test(folded)) return false;
  if (pageDay === undefined) return true;
  // the page's day is the claim's, or the day after (a day's news told the next morning)
  const next = new Date(Date.parse(`${pageDay}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
  return !claimDays.has(`d:${pageDay}`) && !claimDays.has(`d:${next}`);
}
