// Another party's denial answers a claim only when it is shown to answer it (ADR 0200): its
// claimant named, its figure, or nearly its words. Invented wording, shaped like real 2015 reporting.
import { describe, expect, it } from 'vitest';
import { dataset } from '../dataset/index';
import { createEngine } from '../engine/index';
import { denialAnswersClaim } from './third-party-denial';

const engine = createEngine(dataset);
const match = (text: string, id: string) => engine.analyzeText(text).claims.at(-1)?.matches.find((m) => m.claimId === id);
const FALLON = 'fallon-most-strikes-kill-civilians-and-fsa';

describe("a denial of the topic is not a direct answer to another party's claim", () => {
  it("Putin's denial of civilian deaths answers Fallon only through the dataset's relation (via his own denial)", () => {
    const m = match('On Thursday President Vladimir Putin described claims that Russian air strikes in Syria had killed civilians as an information attack.', FALLON);
    expect(m?.relation === 'contradicts' && !/\(via /.test(m.reason)).toBe(false);
  });
  it('a denial that names whose claim it denies still contradicts it directly', () => {
    expect(match('The Kremlin rejected British claims that Russian air strikes were killing civilians and Free Syrian Army fighters.', FALLON)?.relation).toBe('contradicts');
  });
  it("a denial that gives the claim's figure still contradicts it directly", () => {
    const m = match('The Kremlin denied that most Russian air strikes were killing civilians and Free Syrian Army fighters.', FALLON);
    expect(m?.relation).toBe('contradicts');
    expect(m?.reason).not.toMatch(/\(via /);
  });
  it('denialAnswersClaim', () => {
    expect(denialAnswersClaim({ figureAgrees: false, claimantNamed: false, lex: 0.6 })).toBe(false);
    expect(denialAnswersClaim({ figureAgrees: false, claimantNamed: true, lex: 0.6 })).toBe(true);
    expect(denialAnswersClaim({ figureAgrees: true, claimantNamed: false, lex: 0.6 })).toBe(true);
    expect(denialAnswersClaim({ figureAgrees: false, claimantNamed: false, lex: 0.8 })).toBe(true);
  });
});
