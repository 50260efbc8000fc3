/**
 * The one warned is not the one who warned (issue 13, topical overlap): in "the four-minute warning
 * to Russia ahead of the strike" Russia receives the notice, so the sentence tells another party's
 * notice, not "Russia gave the US only an hour's notice". A claim's doer named only as the
 * recipient of a notice (after "warning to", "notice to", or as the object of "warned", "notified",
 * "alerted") does not do what the sentence tells, as a party named only as another's backer does
 * not (another-doer.ts); its figures are no other figure for the claim's.
 */

/** the words just before a mention that make it the recipient of a notice */
const RECIPIENT =
  /\b(?:warnings?|notices?|notifications?|heads-up|alerts?|word)\s+(?:was\s+|were\s+)?(?:given\s+|sent\s+|passed\s+)?to\s+(?:the\s+)?$|\b(?:warned|notified|alerted|forewarned|tipped\s+off)\s+(?:the\s+)?$/i;

/** Is the claim's doer, where the sentence names it, named only as the recipient of a notice? */
export function doerOnlyWarned(doer: string, named: readonly { id: string; before: string }[], compatible: (a: string, b: string) => boolean): boolean {
  const asDoer = named.filter((m) => compatible(m.id, doer));
  return asDoer.length > 0 && asDoer.every((m) => RECIPIENT.test(m.before));
}
