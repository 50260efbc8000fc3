/**
 * A forecast is restated only by a sentence that looks ahead (issue 13, paraphrase of the
 * predicate): "The Russian air campaign will increase in intensity" is not restated by "Russia
 * steps up air strikes against Assad opponents", which tells what is being done, not what was
 * foretold. A sentence restating a forecast has a word of the future or of intent: "will", "would",
 * "is set to", "plans", "expects", "pledged to", "likely", or an infinitive ("to last three to four
 * months: Putin ally").
 */

/** a word of the future, of intent or of likelihood, or an infinitive marker */
const AHEAD = /\b(?:will|would|shall|going\s+to|expect(?:s|ed|ing)?|plan(?:s|ned|ning)?|intend(?:s|ed|ing)?|pledg(?:e|es|ed|ing)|vow(?:s|ed|ing)?|promis(?:e|es|ed|ing)|predict(?:s|ed|ing)?|forecast(?:s|ing)?|likely|could|may|might|next|coming|soon|to)\b|'ll\b/;

/** Is `claimKind` a forecast and the (folded, lower-case) sentence without a word looking ahead? */
export function forecastUntold(claimKind: string, foldedLower: string): boolean {
  return claimKind === 'forecast' && !AHEAD.test(foldedLower);
}
