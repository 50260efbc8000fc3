// A group's claim that it downed an airliner, read on who claims which act on what (claimed-downing.ts).
// Invented wording, shaped like real 2015 reporting.
import { describe, expect, it } from 'vitest';
import { dataset } from '../dataset/index';
import { createEngine } from '../engine/index';
import { claimsDowning, downingClaims } from './claimed-downing';

const engine = createEngine(dataset);
const CLAIM = 'is-claims-metrojet-downing';
/** the last sentence's relation to IS's claim, on a page of `date` */
const relation = (text: string, date = '2015-11-02') =>
  engine.analyzeText(text, { date }).claims.at(-1)?.matches.find((m) => m.claimId === CLAIM)?.relation;
/** the sentence read alone, with "IS" and its long names as the group's mentions */
const reads = (s: string, contextAirliner = false) => {
  const f = s.toLowerCase();
  const groups = [...f.matchAll(/\b(?:islamic state|isis|isil|daesh|is)\b/g)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  return claimsDowning(f, groups, contextAirliner);
};

describe("a group's claim that it downed the airliner", () => {
  it.each([
    'A militant group loyal to Islamic State said on Sunday that its men had brought down the Russian airliner over the Sinai.',
    'Daesh claimed responsibility for the crash of the Airbus A321, which killed everyone on board.',
    'Sinai Province said it was behind the loss of the Metrojet flight.',
  ])('restates it: %s', (text) => {
    expect(relation(text)).toBe('corroborates');
  });

  it('reads "the attack" as the plane the sentence before names', () => {
    expect(relation('The Airbus carrying 224 people broke up over the desert minutes after take-off. ISIL said it carried out the attack.')).toBe('corroborates');
    expect(reads('isil said it carried out the attack.', false)).toBe(false);
  });

  it("reads another party's rejection of the claim as the claim made, not as its denial", () => {
    expect(reads('Cairo dismissed as propaganda the Islamic State claim that its fighters downed the plane.')).toBe(true);
  });

  it.each([
    // no claim by the group: another party's reading, and its doubt is no contradiction of the claim made
    'Egyptian officials said there was no evidence that Islamic State brought down the plane.',
    'Officials said Islamic State may have brought down the Russian airliner.',
    // another attack claimed, another aircraft
    'Islamic State claimed responsibility for the Paris attacks, two weeks after the Russian airliner came down in Sinai.',
    'Islamic State militants said they shot down a Russian warplane near the Turkish border.',
    // a question, a negation, an open question
    'Did Islamic State bring down the Russian plane?',
    'Islamic State has not claimed the crash of the Russian airliner.',
    'It remains unclear whether Islamic State was behind the crash of the Russian plane.',
    // another speaker's verb between the group and the act
    'Islamic State, the Egyptian minister said, brought down the Russian plane.',
  ])('not: %s', (text) => {
    expect(reads(text)).toBe(false);
    expect(relation(text)).not.toBe('contradicts');
  });

  it('reads the claims where an armed group says it downed an aircraft itself', () => {
    const ids = downingClaims(dataset.claims, (a) => dataset.actors.find((x) => x.id === a)?.type === 'armed_group').map((c) => c.claimId);
    expect(ids).toEqual([CLAIM]);
  });
});
