// A kicker naming a place is no speaker (issue 13, headlines and fragments). Invented headlines.
import { describe, expect, it } from 'vitest';
import { dataset } from '../dataset/index';
import { createEngine } from '../engine/index';

const engine = createEngine(dataset, { promote: false });
const last = (text: string) => engine.analyzeText(text).claims.at(-1);

describe('a headline kicker', () => {
  it('naming a place says where, not who: no "Claimed by: Latakia"', () => {
    expect(last('Latakia: Russian bombers strike rebel depots')?.claimant).toBeUndefined();
  });
  it("so the headline still restates the ministry's count", () => {
    expect(last('Raqqa: Russian warplanes flew 10 sorties overnight')?.matches.find((m) => m.claimId === 'mod-ten-sorties-overnight')?.relation).toBe('corroborates');
  });
  it('a capital standing for its government, or a person, still speaks', () => {
    expect(last('Moscow: Turkish jet downing a stab in the back')?.claimant?.actorId).toBe('russia');
    expect(last('Davutoglu: Russian raids hit moderate rebels')?.claimant?.actorId).not.toBeUndefined();
  });
});
