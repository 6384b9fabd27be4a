// A positive parameter typed far outside what a double can square (σ = 1e-320, λ = 1e300) is refused at its
// field with a reason, instead of a law whose density is 0 everywhere and whose variance reads 0 or ∞.
import { describe, expect, it } from 'vitest';
import { makeDistribution, validateParams } from '../../../../src/core';

describe('positive parameters stay within 1e-150 … 1e150', () => {
  it.each([
    ['normal', { mean: 0, sd: 1e-320 }, 'sd'],
    ['normal', { mean: 0, sd: 1e200 }, 'sd'],
    ['exponential', { rate: 1e300 }, 'rate'],
    ['exponential', { rate: 1e-200 }, 'rate'],
  ] as const)('%s %o is refused on %s', (name, params, param) => {
    const issues = validateParams(name, params);
    expect(issues).toHaveLength(1);
    expect(issues[0].param).toBe(param);
    expect(issues[0].message).toMatch(/between 1e-150 and 1e150/);
  });

  it('0 and negatives keep their message; the edges of the range are accepted and compute', () => {
    expect(validateParams('normal', { mean: 0, sd: 0 })[0].message).toBe('sd must be greater than 0');
    for (const sd of [1e-150, 1e-6, 1e150]) {
      expect(validateParams('normal', { mean: 0, sd })).toEqual([]);
      const d = makeDistribution('normal', { mean: 0, sd });
      expect(d.variance).toBeGreaterThan(0);
      expect(Number.isFinite(d.variance)).toBe(true);
      expect(Number.isFinite(d.density(0))).toBe(true);
    }
  });
});
