// One side's reading that another is shoring up a third, read as a proposition (support-aim.ts).
// Invented wording, shaped like real 2015 reporting.
import { describe, expect, it } from 'vitest';
import { dataset } from '../dataset/index';
import { createEngine } from '../engine/index';
import { supportAimClaims } from './support-aim';

const engine = createEngine(dataset);
const CLAIM = 'us-west-russia-shoring-up-assad';
const relation = (text: string, date = '2015-10-05') =>
  engine.analyzeText(text, { date }).claims.at(-1)?.matches.find((m) => m.claimId === CLAIM)?.relation;

describe("the West's reading that Russia is shoring up Assad", () => {
  it.each([
    "Western capitals say the Kremlin's true goal is to keep President Assad in power.",
    'The Obama administration argues that the Russian bombing is meant to bolster Bashar al-Assad.',
    'Moscow calls its raids a fight against terrorism, while Washington contends the real purpose is propping up Assad.',
  ])('restates it: %s', (text) => {
    expect(relation(text)).toBe('corroborates');
  });

  it.each([
    // another doer, someone else held up
    "US officials say Russia's ally Iran is propping up Assad with fighters and money.",
    'Washington says it will shore up the moderate rebels that Russia is bombing.',
    // said by the doer, by nobody, negated, asked
    'Moscow says its strikes are not meant to prop up Assad.',
    'Russia, which has long propped up Assad, struck targets near Homs on Friday.',
    'The White House says Russia cannot prop up Assad for ever.',
    'Does Washington believe Russia is trying to shore up Assad?',
  ])('not: %s', (text) => {
    expect(relation(text)).not.toBe('corroborates');
  });

  it('reads the claims of a party believing another shores up a third', () => {
    expect(supportAimClaims(dataset.claims).map((c) => [c.claimId, c.doer, c.targets])).toEqual([[CLAIM, 'russia', ['bashar-al-assad']]]);
  });
});
