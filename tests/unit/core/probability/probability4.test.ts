/**
 * Issue 19, change of variables with a non-monotone g: transformedDensity sums p_X(x)/|g′(x)| over the
 * branches of g⁻¹, against SciPy's own laws for Y (tests/fixtures/probability4.json, from
 * tests/fixtures/scripts/probability4.py).
 */
import { describe, expect, it } from 'vitest';
import fx from '../../../fixtures/probability4.json';
import {
  makeDistribution,
  transformedDensity,
  transformedDensityBranches,
  type DistributionName,
} from '../../../../src/core/index';

const rel = (a: number, b: number) => Math.abs(a - b) / Math.max(Math.abs(b), 1e-300);

describe('transformedDensity for a non-monotone g: the sum over branches, against SciPy (1e-8 relative)', () => {
  for (const k of fx.transformedDensity)
    k.y.forEach((y, i) =>
      it(`g = ${k.g}, X ~ ${k.base.name}${JSON.stringify(k.base.params)}, y = ${y}`, () => {
        const base = makeDistribution(
          k.base.name as DistributionName,
          k.base.params as unknown as Record<string, number>,
        );
        const d = transformedDensity(k.g, base, y);
        if (typeof d !== 'number') throw new Error(d.error);
        if (k.density[i] === 0) expect(d).toBe(0);
        else expect(rel(d, k.density[i])).toBeLessThanOrEqual(1e-8);
      }),
    );

  it('Y = X² of a standard normal at y = 30 finds both far branches ±√30 (beyond the 399/400 quantile)', () => {
    const r = transformedDensityBranches('x^2', makeDistribution('normal', { mean: 0, sd: 1 }), 30);
    if ('error' in r) throw new Error(r.error);
    expect(r.branches.map((x) => Math.abs(x))).toEqual(
      [Math.sqrt(30), Math.sqrt(30)].map((v) => expect.closeTo(v, 9)),
    );
  });
});
