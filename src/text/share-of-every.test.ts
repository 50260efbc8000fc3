// A share written whole first ("of every twenty raids … just one hit") is a percentage (issue 13,
// figures). Invented sentences in the shape of 2015 reporting; each fails without share-of-every.ts.
import { describe, expect, it } from 'vitest';
import { dataset } from '../dataset/index';
import { createEngine } from '../engine/index';
import { extractNumbers } from './numbers';
import { stem } from './tokens';

const shares = (s: string) => extractNumbers(s).filter((n) => n.units.includes('percent')).map((n) => ({ v: n.value, q: n.qualifier, u: n.units }));

describe('a share with its whole first', () => {
  it('reads "of every twenty raids … just one struck" as 5 per cent of raids', () => {
    expect(shares('Of every twenty raids flown by the jets just one struck a jihadist position, the minister said.')).toEqual([{ v: 5, q: 'about', u: ['percent', stem('raids')] }]);
  });
  it('reads "out of every 10 strikes, only two hit" as 20 per cent, and the whole is no count of its own', () => {
    const all = extractNumbers('Out of every 10 strikes, only two hit the group, officials said.');
    expect(all.map((n) => n.value)).toEqual([20]);
  });
  it('reads the part after two auxiliaries or adverbs: "of every ten raids on the town, only one had actually struck"', () => {
    expect(shares('Of every ten raids on the town, only one had actually struck the depot, a monitor found.')).toEqual([{ v: 10, q: 'about', u: ['percent', stem('raids')] }]);
  });
  it('is no share when the part is no clause of its own: a time, "one of them", a noun', () => {
    expect(shares('In every twenty minutes one patrol passed the gate.')).toEqual([]);
    expect(shares('Of every five strikes, one of them was aimed at the city.')).toEqual([]);
    expect(shares('Of every ten soldiers two officers stayed behind.')).toEqual([]);
  });
});

describe('the engine with a share written whole first', () => {
  const engine = createEngine(dataset, { promote: false });
  it("restates British intelligence's 5 per cent, told as 'of every twenty … one'", () => {
    const text =
      'Most Russian raids were never aimed at the jihadists, Michael Fallon, the British defence secretary, told a tabloid. Of every twenty Russian air strikes just one hit an Islamic State target, he said.';
    const last = engine.analyzeText(text).claims.at(-1)!;
    expect(last.matches.find((m) => m.claimId === 'fallon-only-five-percent-hit-is')?.relation).toBe('corroborates');
  });
});
