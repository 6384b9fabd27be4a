import { describe, expect, it } from 'vitest';
import { fitOf, pointsOf } from '../../../../../src/stores/ml/regression/data';
import { regView, type RegView } from '../../../../../src/stores/ml/regression/view';

const view: RegView = {
  ...regView.defaults,
  data: 'line',
  n: 20,
  seed: 4,
  method: 'bayes',
  alpha: 2,
  beta: 5,
};

const bayesOf = (v: RegView) => {
  const f = fitOf(v, pointsOf(v));
  if ('error' in f || !f.bayes) throw new Error('no posterior');
  return f.bayes;
};

describe('the Bayesian view', () => {
  it('the MAP equals ridge with λ = α/β on every coefficient, intercept included, and differs from the Ridge method', () => {
    for (const v of [view, { ...view, degree: 3, standardize: true }]) {
      const b = bayesOf(v);
      expect(b.ridgeEquivalent).toBe(0.4);
      b.map.forEach((m, j) => expect(b.ridgeAll[j]).toBeCloseTo(m, 10));
      expect(Math.abs(b.ridgeFree[0] - b.map[0])).toBeGreaterThan(1e-6);
    }
  });

  it('(intercept, slope) mean and covariance are the 2×2 block of (αI + βΦᵀΦ)⁻¹ for a line', () => {
    const pts = pointsOf(view);
    const b = bayesOf(view);
    let [s0, s1, s2, t0, t1] = [0, 0, 0, 0, 0];
    for (const p of pts) {
      s0 += 1;
      s1 += p.x1;
      s2 += p.x1 * p.x1;
      t0 += p.x2;
      t1 += p.x1 * p.x2;
    }
    const [a, c, d] = [view.alpha + view.beta * s0, view.beta * s1, view.alpha + view.beta * s2];
    const det = a * d - c * c;
    expect(b.cov2[0][0]).toBeCloseTo(d / det, 12);
    expect(b.cov2[1][1]).toBeCloseTo(a / det, 12);
    expect(b.cov2[0][1]).toBeCloseTo(-c / det, 12);
    expect(b.mean2[1]).toBeCloseTo((view.beta * (a * t1 - c * t0)) / det, 10);
    expect(b.draws2).toHaveLength(5);
  });

  it('one point at a time: the posterior tightens as points are added, and 0 means all', () => {
    const sd = (k: number) => bayesOf({ ...view, upto: k }).slopeSd;
    expect(bayesOf({ ...view, upto: 3 }).used).toBe(3);
    expect(bayesOf({ ...view, upto: 0 }).used).toBe(20);
    expect(bayesOf({ ...view, upto: 500 }).used).toBe(20);
    expect(sd(1)).toBeGreaterThan(sd(3));
    expect(sd(3)).toBeGreaterThan(sd(10));
    expect(sd(10)).toBeGreaterThan(sd(0));
    // Degree 0 has no slope but still a posterior.
    expect(bayesOf({ ...view, degree: 0 }).map).toHaveLength(1);
  });
});
