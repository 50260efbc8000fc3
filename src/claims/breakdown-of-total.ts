/**
 * A breakdown of the total told just before. "Russian strikes have killed
 * nearly 600 people since the campaign began, a monitor said." then "It said
 * they had killed 185 civilians and 410 fighters." — the second sentence's
 * figures add up to the first one's, so they are its parts, over its period
 * (a running total), though the sentence names none. Against one day's toll
 * they are no other figure for that day. Only two figures or more, summing
 * to within a twentieth of a figure of the sentence before.
 */
import type { NumberMention } from '../text/numbers';

export function breakdownOfTotalBefore(numbers: readonly NumberMention[], before: readonly NumberMention[]): boolean {
  const parts = numbers.filter((n) => !n.units.includes('percent'));
  if (parts.length < 2) return false;
  const sum = parts.reduce((a, n) => a + n.value, 0);
  return before.some((b) => b.value >= 10 && !b.units.includes('percent') && Math.abs(sum - b.value) <= Math.max(2, b.value / 20));
}
