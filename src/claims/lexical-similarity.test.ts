import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ClaimDetail } from './claim-detail';
import { type Query, mayReach, sharedMass } from './lexical-similarity';

const WORDS = ['strike', 'hit', '@russia', '@isis', 'raqqa', 'civilian', 'kill', 'target', 'deny', 'camp'];

/** A claim detail with only what the similarity reads: variants, their union, their masks (or none). */
function detailOf(variants: string[][], masks: boolean): ClaimDetail {
  const vs = variants.map((terms) => ({ terms: new Set(terms), mass: terms.length, isContent: true }));
  const allTerms = new Set(variants.flat());
  const termMasks = masks ? new Map<string, number>() : undefined;
  vs.forEach((v, j) => {
    for (const t of v.terms) termMasks?.set(t, (termMasks.get(t) ?? 0) | (1 << j));
  });
  return { variants: vs, allTerms, termMasks, masses: Float64Array.from(vs, (v) => v.mass) } as unknown as ClaimDetail;
}

/** The bound as written before mayReach: the best score over the variants. */
function bound(shared: number, queryMass: number, masses: Float64Array): number {
  if (queryMass === 0 || shared === 0) return 0;
  let best = 0;
  for (const mass of masses) {
    if (mass === 0) continue;
    const sh = Math.min(shared, mass);
    const cov = sh / mass;
    const prec = sh / queryMass;
    const score = 0.5 * ((2 * cov * prec) / (cov + prec)) + 0.5 * Math.min(cov, prec * 2);
    if (score > best) best = score;
  }
  return best;
}

describe('lexical similarity', () => {
  const variants = fc.array(fc.subarray(WORDS), { minLength: 1, maxLength: 8 });
  const query = fc.uniqueArray(fc.constantFrom(...WORDS, 'other', 'words')).chain((terms) =>
    fc.array(fc.double({ min: 0.1, max: 5, noNaN: true }), { minLength: terms.length, maxLength: terms.length }).map((ws): Query => ({ terms, ws, mass: ws.reduce((a, b) => a + b, 0) })),
  );

  it('sharedMass reads the same sums from the variant masks as from each variant', () => {
    fc.assert(
      fc.property(variants, query, (vs, q) => {
        expect(sharedMass(q, detailOf(vs, true))).toEqual(sharedMass(q, detailOf(vs, false)));
      }),
    );
  });

  it('mayReach answers whether the best variant reaches the floor', () => {
    const masses = fc.array(fc.double({ min: 0, max: 20, noNaN: true }), { minLength: 1, maxLength: 8 }).map((xs) => Float64Array.from(xs));
    const positive = fc.double({ min: 0, max: 20, noNaN: true });
    fc.assert(
      fc.property(positive, positive, masses, fc.double({ min: 0.05, max: 0.95, noNaN: true }), (shared, queryMass, ms, floor) => {
        expect(mayReach(shared, queryMass, ms, floor)).toBe(bound(shared, queryMass, ms) >= floor);
      }),
    );
  });
});
