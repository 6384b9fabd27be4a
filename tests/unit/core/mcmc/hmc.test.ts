// Leapfrog integration: the energy error of a trajectory of fixed length shrinks as O(ε²).
import { describe, expect, it } from 'vitest';
import { createRng, energyError, makeTarget } from '../../../../src/core/index';

describe('energyError(target, q, p, ε, L) with εL fixed', () => {
  for (const kind of ['gaussian', 'banana', 'mixture'] as const) {
    it(`${kind}: halving ε divides the mean |ΔH| by ≈ 4 (second order), and ΔH → 0`, () => {
      const t = makeTarget(kind === 'gaussian' ? { kind, rho: 0.9 } : { kind });
      const rng = createRng(2024);
      const starts: number[][] = [];
      for (let i = 0; i < 20; i++) {
        const [x0, x1, y0, y1] = t.bounds;
        // Points near the bulk of the mass, random momenta.
        starts.push([
          x0 + (x1 - x0) * (0.3 + 0.4 * rng.next()),
          y0 + (y1 - y0) * (0.3 + 0.4 * rng.next()),
          2 * rng.next() - 1,
          2 * rng.next() - 1,
        ]);
      }
      const T = 1;
      const meanAbs = (eps: number) =>
        starts.reduce(
          (s, [x, y, px, py]) => s + Math.abs(energyError(t, x, y, px, py, eps, Math.round(T / eps))),
          0,
        ) / starts.length;
      const e1 = meanAbs(0.02);
      const e2 = meanAbs(0.01);
      const e3 = meanAbs(0.005);
      expect(e1).toBeLessThan(0.05);
      expect(e2 / e1).toBeGreaterThan(0.2);
      expect(e2 / e1).toBeLessThan(0.3);
      expect(e3 / e2).toBeGreaterThan(0.2);
      expect(e3 / e2).toBeLessThan(0.3);
    });
  }
});
