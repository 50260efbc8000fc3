// An official of the state whose institution gave a count, giving the same count, restates
// that institution's account (issue 13, speakers): Shoigu on the Russian military's missiles.
// Another figure, or an official of another state, is not the same account. Invented wording,
// shaped like real 2015 reporting.
import { describe, expect, it } from 'vitest';
import { dataset } from '../dataset/index';
import { createEngine } from '../engine/index';

const engine = createEngine(dataset);
const rel = (text: string, id: string) => {
  const r = engine.analyzeText(text);
  return r.claims[r.claims.length - 1]?.matches.find((m) => m.claimId === id)?.relation;
};

describe("an official giving his own side's count", () => {
  it("the defence minister's 18 missiles at seven targets are the Russian military's account", () => {
    expect(rel('Warships of the Caspian fleet fired 18 missiles at seven targets in Raqqa, Idlib and Aleppo, Defence Minister Sergei Shoigu said.', 'russian-military-18-cruise-missiles-friday')).toBe('corroborates');
  });
  it('another count by the same official is no such account', () => {
    expect(rel('Warships of the Caspian fleet fired 26 missiles at eleven targets in Raqqa, Idlib and Aleppo, Defence Minister Sergei Shoigu said.', 'russian-military-18-cruise-missiles-friday')).not.toBe('corroborates');
  });
  it("an official of another state giving the figure speaks for his own side, not Russia's military", () => {
    expect(rel('Warships of the Caspian fleet fired 18 missiles at seven targets in Raqqa, Idlib and Aleppo, Turkish Foreign Minister Feridun Sinirlioglu said.', 'russian-military-18-cruise-missiles-friday')).not.toBe('corroborates');
  });
});
