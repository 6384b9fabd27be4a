import { describe, expect, it } from 'vitest';
import { constraintPicture } from '../../../../../src/stores/ml/regression/constraint';
import { pointsOf } from '../../../../../src/stores/ml/regression/data';
import { regView, type RegView } from '../../../../../src/stores/ml/regression/view';

const view: RegView = {
  ...regView.defaults,
  data: 'sine',
  n: 40,
  seed: 3,
  standardize: true,
  ridge: 20,
  lasso: 0.2,
};

/** The centred least-squares loss (1/(2n))‖ỹ − X̃w‖² at w on the standardized features z, z². */
function lossAt(pts: ReturnType<typeof pointsOf>, w: number[]) {
  const xs = pts.map((q) => q.x1);
  const m = xs.reduce((a, v) => a + v, 0) / xs.length;
  const sd = Math.sqrt(xs.reduce((a, v) => a + (v - m) ** 2, 0) / xs.length);
  const z = xs.map((v) => (v - m) / sd);
  const f = z.map((v) => [v, v * v]);
  const mf = [0, 1].map((k) => f.reduce((a, r) => a + r[k], 0) / f.length);
  const my = pts.reduce((a, q) => a + q.x2, 0) / pts.length;
  return (
    pts.reduce((a, q, i) => a + (q.x2 - my - w[0] * (f[i][0] - mf[0]) - w[1] * (f[i][1] - mf[1])) ** 2, 0) /
    (2 * pts.length)
  );
}

describe('the constraint picture', () => {
  it('ridge is the best point on its disc, the lasso the best on its diamond, and the lasso lands on a corner', () => {
    const pts = pointsOf(view);
    const p = constraintPicture(view, pts)!;
    expect(p.t2).toBeCloseTo(Math.hypot(...p.ridge), 12);
    expect(p.t2).toBeLessThan(Math.hypot(...p.ols));
    // On a corner: the x² coefficient (sine is odd) is exactly zero.
    expect(p.lasso[1]).toBe(0);
    expect(p.lasso[0]).not.toBe(0);
    const ridgeLoss = lossAt(pts, p.ridge);
    const lassoLoss = lossAt(pts, p.lasso);
    for (let k = 0; k < 720; k++) {
      const a = (2 * Math.PI * k) / 720;
      expect(lossAt(pts, [p.t2 * Math.cos(a), p.t2 * Math.sin(a)])).toBeGreaterThanOrEqual(ridgeLoss - 1e-9);
      // The diamond's boundary: |w₁| + |w₂| = t₁.
      const c = Math.cos(a);
      const s = Math.sin(a);
      const r = p.t1 / (Math.abs(c) + Math.abs(s));
      expect(lossAt(pts, [r * c, r * s])).toBeGreaterThanOrEqual(lassoLoss - 1e-9);
    }
    // The grid holds the same loss.
    const i = 17;
    const j = 41;
    expect(p.grid[j * p.w1s.length + i]).toBeCloseTo(lossAt(pts, [p.w1s[i], p.w2s[j]]), 9);
  });

  it('is null for fewer than three points or a refused λ', () => {
    expect(constraintPicture(view, pointsOf(view).slice(0, 2))).toBeNull();
    expect(() => constraintPicture({ ...view, ridge: -1 }, pointsOf(view))).toThrow();
  });
});
