import { describe, expect, it } from 'vitest';
import { createRng, fitLinear, fitLinearNested, polynomialFeatures } from '../../../../src/core';
import { nestedLeastSquares, leastSquares } from '../../../../src/core/regression/lstsq';

/** A fixed-seed uniform generator, so the data are the same on every run. */
const rng = (seed: number) => {
  const r = createRng(seed);
  return () => r.next();
};

const sizes = Array.from({ length: 13 }, (_, d) => d);

describe('nested least squares (one QR for every leading block of columns)', () => {
  it('equals a separate leastSquares on each leading block, bit for bit', () => {
    const r = rng(3);
    const a = Array.from({ length: 40 }, () => Array.from({ length: 6 }, () => r() - 0.5));
    const b = Array.from({ length: 40 }, () => r());
    const nested = nestedLeastSquares(a, b, [1, 3, 6]);
    [1, 3, 6].forEach((k, i) => {
      const alone = leastSquares(
        a.map((row) => row.slice(0, k)),
        b,
      );
      expect(nested[i].w).toEqual(alone.w);
      expect(nested[i].rank).toBe(alone.rank);
    });
    expect(() => nestedLeastSquares(a.slice(0, 4), b.slice(0, 4), [1])).toThrow(RangeError);
    expect(() => nestedLeastSquares(a, b, [7])).toThrow(RangeError);
  });

  it.each([
    ['OLS', 0],
    ['ridge', 0.3],
  ])(
    'fitLinearNested (%s) gives the fits of every polynomial degree 0…12 that fitLinear gives',
    (_, ridge) => {
      const r = rng(11);
      const x = Array.from({ length: 300 }, () => 2 * r() - 1);
      const y = x.map((v) => Math.sin(3 * v) + 0.3 * (r() - 0.5));
      const nested = fitLinearNested(polynomialFeatures(x, 12), y, sizes, { ridge });
      for (const d of sizes) {
        const alone = fitLinear(polynomialFeatures(x, d), y, { ridge });
        expect(nested[d].coef.length).toBe(d);
        nested[d].coef.forEach((c, j) => expect(c).toBeCloseTo(alone.coef[j], 9));
        expect(nested[d].intercept).toBeCloseTo(alone.intercept, 10);
        expect(nested[d].mse).toBeCloseTo(alone.mse, 12);
        expect(nested[d].rank).toBe(alone.rank);
      }
      // Without a penalty the training error never rises with the degree (nested models).
      if (ridge === 0)
        for (let d = 1; d <= 12; d++) expect(nested[d].mse).toBeLessThanOrEqual(nested[d - 1].mse + 1e-12);
    },
  );

  it('falls back to one fit per degree when there are fewer points than coefficients', () => {
    const x = [-1, -0.2, 0.5, 0.9];
    const y = [1, 0, 2, -1];
    const nested = fitLinearNested(polynomialFeatures(x, 12), y, sizes);
    for (const d of sizes) expect(nested[d].coef).toEqual(fitLinear(polynomialFeatures(x, d), y).coef);
  });
});
