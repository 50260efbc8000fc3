// An attribution turned round after its claim ("…, says X") names its speaker after the verb
// (issue 13, headlines and speakers). Invented wording, shaped like real 2015 headlines and wires.
import { describe, expect, it } from 'vitest';
import { dataset } from '../dataset/index';
import { createEngine } from '../engine/index';

const engine = createEngine(dataset, { promote: false });
const claimant = (text: string) => engine.analyzeText(text).claims.at(-1)?.claimant;

describe('a speaker after a turned-round verb', () => {
  it("a headline's '…, says Putin over downed jet' is Putin's, not the claim's first actor's", () => {
    expect(claimant("Russia 'betrayed' by Ankara, says Putin after jet loss")?.actorId).toBe('vladimir-putin');
  });
  it("an office after the verb resolves through the dataset's roles", () => {
    expect(claimant('Russian raids in Syria hitting rebels, not Isis, says UK defence secretary')?.actorId).toBe('fallon');
  });
  it('a wire sentence closing on "…, said <name>" is that person', () => {
    expect(claimant('Dozens of fighters were killed in the overnight raids near the town, said Rami Abdel Rahman')?.actorId).toBe('rami-abdel-rahman');
  });
  it('a day, a pronoun, a figure or a lower-case clause after the verb is no speaker', () => {
    expect(claimant('Russia fires missiles from the Caspian, claims 600 militants killed')?.actorId).toBe('russia');
    expect(claimant('Russian Foreign Ministry spokeswoman Maria Zakharova, however, said it would be wrong to guess')?.text).not.toBe('it would be wrong to guess');
  });
  it('whom something was told is not who told it', () => {
    expect(claimant("'All their raids have hit civilians,' Aymen, one of the activists, told the BBC")?.actorId).not.toBe('bbc');
  });
});

describe('a verb that takes an object after a comma', () => {
  it('is not turned round: "…, urged Russia to stop" is the governments\' demand', () => {
    expect(claimant('Seven governments, among them Turkey and the United States, urged Russia to stop.')?.actorId).not.toBe('russia');
  });
});

describe('a clause after the verb', () => {
  it('is what was said, not who said it, when the comma before the verb closed an apposition', () => {
    expect(claimant("The Kremlin's chief of staff, a close ally of the president, said Assad had asked Moscow for help.")?.actorId).not.toBe('bashar-al-assad');
  });
});
