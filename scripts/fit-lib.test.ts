import { describe, expect, it } from 'vitest';
import { type Row, chooseThreshold, fitLogistic, leaveOneGroupOut, nestedCv, predict, solve } from './fit-lib';

/** A tiny set where the first feature decides and the second is noise, in six articles. */
function synthetic(): Row[] {
  const rows: Row[] = [];
  for (let g = 0; g < 6; g++) {
    for (let k = 0; k < 10; k++) {
      const signal = k < 3 ? 1 : 0;
      rows.push({ x: [signal + 0.1 * ((k * 7 + g) % 3), ((k * 5 + g) % 4) / 4], y: signal as 0 | 1, group: `a${g}` });
    }
  }
  return rows;
}

describe('fitting the promotion model', () => {
  it('solves a small linear system', () => {
    const v = solve([[4, 1], [1, 3]], [1, 2]);
    expect(v[0]).toBeCloseTo(1 / 11, 10);
    expect(v[1]).toBeCloseTo(7 / 11, 10);
  });

  it('fits a logistic regression that weighs the deciding feature and not the noise', () => {
    const m = fitLogistic(synthetic(), { l2: 0.1 });
    expect(m.weights[0]).toBeGreaterThan(3);
    expect(Math.abs(m.weights[1]!)).toBeLessThan(1);
    expect(predict(m, [1, 0.5])).toBeGreaterThan(0.9);
    expect(predict(m, [0, 0.5])).toBeLessThan(0.1);
  });

  it('is deterministic (the committed weights can be checked against a rerun)', () => {
    expect(fitLogistic(synthetic(), { l2: 1 })).toEqual(fitLogistic(synthetic(), { l2: 1 }));
  });

  it('a stronger penalty shrinks the weights', () => {
    expect(fitLogistic(synthetic(), { l2: 10 }).weights[0]!).toBeLessThan(fitLogistic(synthetic(), { l2: 0.1 }).weights[0]!);
  });

  it('scores each article by a model fitted on the other articles only', () => {
    const rows = synthetic().map((r) => (r.group === 'a0' ? { ...r, y: (1 - r.y) as 0 | 1 } : r));
    const oof = leaveOneGroupOut(rows, { l2: 0.1 });
    const without = fitLogistic(rows.filter((r) => r.group !== 'a0'), { l2: 0.1 });
    const withIt = fitLogistic(rows, { l2: 0.1 });
    rows.forEach((r, i) => {
      if (r.group !== 'a0') return;
      expect(oof[i]).toBeCloseTo(predict(without, r.x), 12);
      expect(Math.abs(oof[i]! - predict(withIt, r.x))).toBeGreaterThan(1e-6);
    });
  });

  it('chooses the lowest threshold that holds the precision floor, halfway to the next score', () => {
    const scores = [0.9, 0.8, 0.7, 0.6, 0.5];
    expect(chooseThreshold(scores, [1, 1, 0, 1, 0], 0.95)).toEqual({ threshold: 0.75, tp: 2, fp: 0 });
    expect(chooseThreshold(scores, [1, 1, 0, 1, 0], 0.7)).toEqual({ threshold: 0.55, tp: 3, fp: 1 });
    expect(chooseThreshold(scores, [0, 1, 1, 1, 1], 0.95).threshold).toBe(Infinity);
    // a tie is promoted whole or not at all
    const tie = chooseThreshold([0.9, 0.8, 0.8], [1, 1, 0], 0.95);
    expect(tie).toMatchObject({ tp: 1, fp: 0 });
    expect(tie.threshold).toBeCloseTo(0.85, 10);
  });

  it('estimates the whole procedure out of article (nested)', () => {
    const r = nestedCv(synthetic(), { l2: 0.1 }, 0.95, 3);
    expect(r).toMatchObject({ tp: 18, fp: 0, fn: 0 });
  });
});
