// A party's account stated by nobody on a page of another month, naming no time, is another event (ADR 0160).
import { describe, expect, it } from 'vitest';
import { dataset } from '../dataset/index';
import { createEngine } from '../engine/index';

const engine = createEngine(dataset);
const rel = (text: string, date: string) => engine.analyzeText(text, { date }).claims.at(-1)?.matches.find((m) => m.claimId === 'seven-countries-strikes-caused-civilian-casualties')?.relation;

describe("a party's account, unattributed, on a later month's page", () => {
  const t = 'Syrian Turkmen flee as bombardment goes on\n\nFourteen Turkmen villages were targeted, with civilian casualties.';
  it('does not restate the seven countries\' October statement in November', () => {
    expect(rel(t, '2015-11-24')).not.toBe('corroborates');
  });
});
