// A figure after a preposition is no object of the verb before it (figure-after-preposition.ts).
// Invented sentences in the shape of 2015 reporting; each fails without the rule.
import { describe, expect, it } from 'vitest';
import { relationOfLastSentence } from '../../tests/support/last-sentence-relation';
import { extractNumbers } from './numbers';
import { stem } from './tokens';

const unitsOf = (s: string, value: number) => extractNumbers(s).find((n) => n.value === value)?.units ?? [];

describe('a figure after a preposition', () => {
  it('counts what follows it, not the noun before read as a verb', () => {
    expect(unitsOf('The planes bombed targets in three provinces of the north, the ministry said.', 3)).not.toContain(stem('targets'));
  });
  it('keeps the verb right before the figure ("targeted 12", "raised to 69")', () => {
    expect(unitsOf('The jets targeted 12 sites overnight.', 12)).toContain(stem('targeted'));
    expect(unitsOf('The number was raised to 69 aircraft.', 69)).toContain(stem('raised'));
  });
  it('does not make a count of regions a count of targets destroyed', () => {
    expect(relationOfLastSentence('Russian jets also struck targets in two regions, Idlib province and the countryside of Hama.', 'russian-military-18-cruise-missiles-friday')).not.toBe('contradicts');
  });
});
