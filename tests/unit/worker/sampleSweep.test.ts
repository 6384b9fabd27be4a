import { describe, expect, it } from 'vitest';
import {
  DISTRIBUTIONS,
  makeDistribution,
  samplingProblem,
  validateParams,
  type DistributionName,
} from '../../../src/core';
import { sampleJob } from '../../../src/worker/jobs/sample';

const ctx = { checkpoint: async () => {}, progress: () => {} };

/**
 * Valid parameter sets at and far beyond the sliders' ends: each parameter in turn is pushed to its
 * slider's ends and to 10⁻⁶ and 10⁶ times its default, the others kept at their defaults.
 */
function extremes(name: DistributionName): Record<string, number>[] {
  const specs = DISTRIBUTIONS[name].params;
  const base = Object.fromEntries(specs.map((p) => [p.name, p.default]));
  const out: Record<string, number>[] = [base];
  for (const p of specs)
    for (const v of [p.min, p.max, p.default * 1e-6, p.default * 1e6, -p.default * 1e6]) {
      const params = { ...base, [p.name]: p.integer ? Math.round(v) : v };
      if (validateParams(name, params).length === 0) out.push(params);
    }
  return out;
}

describe('sampleJob: extreme parameters in every sampler', () => {
  it.each(Object.keys(DISTRIBUTIONS) as DistributionName[])(
    '%s at extreme valid parameters hands the page only finite numbers',
    async (name) => {
      const sets = extremes(name);
      expect(sets.length).toBeGreaterThan(2);
      let sampled = 0;
      for (const params of sets) {
        const where = `${name} ${JSON.stringify(params)}`;
        // A law whose draws do not fit in a double is refused in words, never sampled into NaN.
        const problem = samplingProblem(makeDistribution(name, params));
        if (problem) {
          await expect(sampleJob({ dist: name, params, n: 20_000, seed: 7 }, ctx), where).rejects.toThrow(
            problem,
          );
          continue;
        }
        sampled++;
        const s = await sampleJob({ dist: name, params, n: 20_000, seed: 7 }, ctx);
        expect(s.drawn, where).toBe(20_000);
        for (const [k, v] of Object.entries({
          mean: s.mean,
          variance: s.variance,
          ks: s.ks,
          lo: s.lo,
          binWidth: s.binWidth,
        }))
          expect(Number.isFinite(v), `${where}: ${k} = ${v}`).toBe(true);
        expect(s.binWidth, where).toBeGreaterThan(0);
        expect(s.ks, where).toBeGreaterThanOrEqual(0);
        expect(s.ks, where).toBeLessThanOrEqual(1);
        for (const h of s.density) expect(Number.isFinite(h) && h >= 0, `${where}: density ${h}`).toBe(true);
      }
      expect(sampled).toBeGreaterThan(2);
    },
  );
});
