// The noun phrase after a figure ends at a verb in the past after a plural (count-phrase-verb.ts).
// Invented sentences in the shape of 2015 reporting; each fails without the rule.
import { describe, expect, it } from 'vitest';
import { relationOfLastSentence } from '../../tests/support/last-sentence-relation';
import { extractNumbers } from './numbers';
import { stem } from './tokens';

const unitsOf = (s: string, value: number) => extractNumbers(s).find((n) => n.value === value)?.units ?? [];

describe('a figure whose noun is followed by its verb', () => {
  it('counts the planes, not the targets they bombed', () => {
    const units = unitsOf('Four bombers pounded positions east of the river, the ministry said.', 4);
    expect(units).not.toContain('target');
    expect(units).not.toContain(stem('positions'));
  });
  it('keeps a verb of what happened to the counted thing ("killed")', () => {
    expect(unitsOf('Officials said 14 civilians killed in the raid were buried on Sunday.', 14)).toContain(stem('killed'));
  });
  it('keeps an adjective in -ed after a singular or before the noun', () => {
    expect(unitsOf('The jets destroyed nine fortified positions overnight.', 9)).toContain('target');
  });
  it('does not make a count of bombers a count of targets struck', () => {
    expect(relationOfLastSentence('Moscow said that seven heavy bombers attacked targets near Raqqa, wrecking an arms depot and a training camp.', 'mod-seven-targets-overnight-incl-raqqa')).not.toBe('contradicts');
    expect(relationOfLastSentence('Moscow said that six heavy bombers attacked targets near Raqqa, wrecking an arms depot and a training camp.', 'mod-seven-targets-overnight-incl-raqqa')).not.toBe('contradicts');
  });
});
