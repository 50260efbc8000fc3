/**
 * A forecast whose point is a figure ("the campaign will last three to four
 * months") is restated only by a sentence that gives that figure. Without it
 * a sentence shares the words of what is forecast, not the forecast: "A month
 * of Russian air strikes killed nearly 600" tells how long the campaign has
 * run, not how long it will. The value is enough ("an operation of three to
 * four months" counts, whatever its noun).
 */
export function forecastFigureUntold(claimKind: string, claimValues: readonly number[], sentenceValues: readonly number[]): boolean {
  return claimKind === 'forecast' && claimValues.length > 0 && !claimValues.some((v) => sentenceValues.includes(v));
}
