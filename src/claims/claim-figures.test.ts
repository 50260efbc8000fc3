// A claim's figures (claim-figures.ts): its slot numbers, else its statement's figures, save a count
// inside an actor's name (ADR 0384). Invented statements.
import { describe, expect, it } from 'vitest';
import type { Claim } from '../dataset/schema';
import { FigureShapes, figuresOf } from './claim-figures';

const claim = (statement: string): Claim => ({ slots: {}, statement }) as unknown as Claim;

describe("a claim's figures", () => {
  it("reads its statement's counts, but not a count that is part of a name", () => {
    const statement = 'The seven countries say 40 villages were hit.';
    expect(figuresOf(claim(statement), new FigureShapes()).map((f) => f.value)).toEqual([7, 40]);
    // "seven countries" named as the joint body (offsets 4-19)
    expect(figuresOf(claim(statement), new FigureShapes(), [{ start: 4, end: 19 }]).map((f) => f.value)).toEqual([40]);
  });
});
