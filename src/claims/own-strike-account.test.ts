// The doer's own account of one day's strikes on a group, read as a proposition (own-strike-account.ts).
// Invented wording, shaped like real 2015 reporting.
import { describe, expect, it } from 'vitest';
import { dataset } from '../dataset/index';
import { createEngine } from '../engine/index';
import { strikesOnGroup } from './own-strike-account';

const engine = createEngine(dataset);
const FIRST = 'russia-says-first-strikes-hit-isis';
const relation = (text: string, date?: string) =>
  engine.analyzeText(text, date === undefined ? {} : { date }).claims.at(-1)?.matches.find((m) => m.claimId === FIRST)?.relation;
const reads = (s: string) => {
  const f = s.toLowerCase();
  return strikesOnGroup(f, [...f.matchAll(/\b(?:islamic state|isis|isil|daesh)\b/g)].map((m) => ({ start: m.index, end: m.index + m[0].length })));
};

describe("the doer's own account of its first strikes on a group", () => {
  it.each([
    ["Russia's defence ministry said its jets pounded Daesh arms depots on Wednesday.", '2015-10-01'],
    ['Daesh command posts were what the jets hit today, a Russian defence ministry spokesman said.', '2015-09-30'],
  ])('restates it: %s (%s)', (text, date) => {
    expect(relation(text, date)).toBe('corroborates');
  });

  it.each([
    // another week's Wednesday, another night, a page with no date
    ["Russia's defence ministry said its jets pounded Daesh arms depots on Wednesday.", '2015-10-08'],
    ["Russia's defence ministry said its jets pounded Daesh arms depots overnight.", '2015-10-02'],
    ["Russia's defence ministry said its jets pounded Daesh arms depots.", undefined],
    // another party, a negation, not the group alone
    ['A US official said the Russian jets pounded Daesh arms depots on Wednesday.', '2015-10-01'],
    ["Russia's defence ministry said its jets pounded Daesh and other groups on Wednesday.", '2015-10-01'],
  ])('not: %s (%s)', (text, date) => {
    expect(relation(text, date)).not.toBe('corroborates');
  });

  it('reads the group as what the strikes hit, affirmed', () => {
    expect(reads('the jets carried out 20 strikes on eight isis targets')).toBe(true);
    expect(reads('isil arms depots were hit in the raids')).toBe(true);
    expect(reads('not less than eight daesh targets were hit')).toBe(true);
    expect(reads('the jets did not hit daesh positions')).toBe(false);
    expect(reads('the jets hit daesh as well as other rebels')).toBe(false);
    expect(reads('did the jets hit daesh positions?')).toBe(false);
    // a list that goes on: the group is one of several ("hitting Daesh, the Nusra Front and other groups")
    expect(reads('the minister said they agree on hitting daesh, the nusra front and other extremist groups')).toBe(false);
    expect(reads('the jets hit daesh, the ministry said')).toBe(true);
  });
});
