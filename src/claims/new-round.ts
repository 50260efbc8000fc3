/**
 * A new round is another event. "Russia targets Islamic State in new airstrikes" tells strikes
 * after the ones a judgement was passed on ("Russia's air strikes did not target Islamic State"):
 * it neither restates that judgement nor gives it the lie. A sentence that marks its strikes as
 * new, fresh, further or another round contradicts no claim by its polarity (its figures keep the
 * slot rules of their own).
 */
const NEW_ROUND = /\b(?:new|fresh|further|renewed|latest|another)\s+(?:round\s+of\s+|wave\s+of\s+)?(?:russian\s+)?(?:air\s*strikes?|air\s+raids?|strikes?|raids?|bombing|sorties|attacks?)\b/;

/** Does the sentence (folded, lower-case) tell a new round of strikes? */
export function tellsNewRound(folded: string): boolean {
  return NEW_ROUND.test(folded);
}
