/**
 * A sentence's figures against a claim's: one that agrees (same unit, same
 * value), one that disagrees (same unit, another value, not exactly another
 * candidate's figure), over the same period; and which of the sentence's
 * figures agree exactly with some candidate (a figure that is exactly
 * another candidate claim's belongs to that claim's event).
 */
import type { NumberMention } from '../text/numbers';
import { fitsKey } from '../text/numbers';
import type { ClaimDetail, CompiledClaim } from './claim-detail';
import { type ClaimFigure, sameValue } from './claim-figures';
import { boundAdmits } from './figure-bounds';
import { framesOtherCounts, measureOf } from './duration-measure';
import { countsAnotherAction } from './other-action-count';
import { samePeriod } from './periods';

export interface FigureMatch {
  f: ClaimFigure;
  n: NumberMention;
}

/** The sentence's figures that agree exactly with some candidate claim (`sentence`: its text). */
export function figuresAgreedElsewhere(candidates: readonly CompiledClaim[], numbers: readonly NumberMention[], sentence: string): Set<NumberMention> {
  const agreedElsewhere = new Set<NumberMention>();
  if (numbers.length > 0) {
    for (const c of candidates) {
      for (const f of c.figures) {
        for (const n of numbers) if (fitsKey(f.shape, n.units) && sameValue(n, f) && measureOf(f.key, sentence, n.units)) agreedElsewhere.add(n);
      }
    }
  }
  return agreedElsewhere;
}

/** The first figure that agrees and the first that disagrees with the claim's, if any. */
export function compareFigures(
  c: CompiledClaim,
  d: ClaimDetail,
  numbers: readonly NumberMention[],
  agreedElsewhere: ReadonlySet<NumberMention>,
  sentence: string,
  periods: () => Set<string>,
): { agree: FigureMatch | undefined; disagree: FigureMatch | undefined } {
  let agree: FigureMatch | undefined;
  let disagree: FigureMatch | undefined;
  const fittingOf = (f: ClaimFigure): NumberMention[] => numbers.filter((n) => fitsKey(f.shape, n.units) && measureOf(f.key, sentence, n.units));
  const keys = c.figures.map((f) => f.key);
  // the period a claim's counts were made in is read only beside one of those counts (ADR 0329)
  const frames = c.figures.filter((f) => framesOtherCounts(f.key, keys));
  const periodNumbers = new Set(frames.flatMap(fittingOf));
  const countNamed = frames.length === 0 || c.figures.some((f) => !frames.includes(f) && fittingOf(f).some((n) => !periodNumbers.has(n)));
  for (const f of c.figures) {
    if (!countNamed && frames.includes(f)) continue;
    // a length of time is the claim's figure only with what lasted (ADR 0200), in the sentence's words or the figure's own
    const fitting = fittingOf(f);
    if (fitting.length === 0) continue;
    const same = fitting.find((n) => sameValue(n, f));
    if (same) agree ??= { f, n: same };
    else {
      // a figure that is exactly another candidate claim's figure belongs to that claim's event
      // (a count whose noun was read through a class, "nine positions" as targets, only ever agrees: target-units.ts)
      // (a bound the claim's figure meets, "more than 50" for 69, is no other figure: figure-bounds.ts)
      const other = fitting.find((n) => !agreedElsewhere.has(n) && n.unitByClass !== true && !boundAdmits(n, f.value));
      if (other) disagree ??= { f, n: other };
    }
  }
  if (agree && disagree && agree.f.key === disagree.f.key) disagree = undefined;
  // another action counted ("18 air attacks" beside a salvo's "18 cruise missiles") is another event's figure
  if (disagree && countsAnotherAction(c.figures, numbers)) disagree = undefined;
  // the same figure over another period is another figure ("800 targets in the past month" is not "800 in four days")
  if (agree && !samePeriod(d.periods, periods())) agree = undefined;
  return { agree, disagree };
}
