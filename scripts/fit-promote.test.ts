// The committed promotion weights (src/claims/promote-weights.ts) are what `npm run fit` writes from
// the committed rules and labels: a change to either that moves the features fails here until the
// fit is rerun and its file committed (ADR 0135).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { WEIGHTS_FILE, collect, fitReport } from './fit-promote';

describe('the promotion model', () => {
  it('is current: `npm run fit` would write the committed file', async () => {
    const { candidates, base } = await collect();
    expect(candidates.length).toBeGreaterThan(50);
    expect(candidates.some((c) => c.y === 1)).toBe(true);
    const { text } = fitReport(candidates, base);
    expect(readFileSync(WEIGHTS_FILE, 'utf8'), 'the matcher or the labels moved the features: run `npm run fit` and commit src/claims/promote-weights.ts').toBe(text);
  }, 300_000);
});
