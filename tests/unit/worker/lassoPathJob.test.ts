import { describe, expect, it } from 'vitest';
import {
  fitLinear,
  lassoKktViolation,
  lassoLambdaGrid,
  lassoPath,
  lassoPathSteps,
  polynomialFeatures,
  standardizeValues,
} from '../../../src/core';
import { lassoPathJob, type LassoPathSnapshot } from '../../../src/worker/jobs/lassoPath';
import type { JobContext } from '../../../src/worker/jobs/context';
import { generatePoints } from '../../../src/stores/ml/regression/data';

/** A context that offers every snapshot and can cancel after some checkpoints. */
function recordingCtx(cancelAfter = Infinity) {
  const snapshots: LassoPathSnapshot[] = [];
  let checkpoints = 0;
  const ctx: JobContext = {
    async checkpoint() {
      if (++checkpoints > cancelAfter) throw new Error('cancelled');
    },
    progress(s) {
      snapshots.push((typeof s === 'function' ? (s as () => unknown)() : s) as LassoPathSnapshot);
    },
  };
  return { ctx, snapshots };
}

/** 1,000 sine points at degree 12 on standardized x, as the tab sends them. */
function request(n = 1000, degree = 12) {
  const pts = generatePoints({ data: 'sine', n, noise: 0.3, seed: 7 });
  const z = standardizeValues(pts.map((p) => p.x1)).z;
  const X = polynomialFeatures(z, degree);
  const x = new Float64Array(n * degree);
  X.forEach((row, i) => x.set(row, i * degree));
  const y = Float64Array.from(pts, (p) => p.x2);
  return { X, ys: Array.from(y), req: { x, n, p: degree, y, count: 100, tol: 1e-8, maxSweeps: 2000 } };
}

describe('lassoPathJob (the Regression tab’s lasso path in the worker)', () => {
  it('solves 100 λ from λ_max down to λ_max·1e-4, equal to the core path, all zeros at λ_max', async () => {
    const { X, ys, req } = request();
    const { ctx, snapshots } = recordingCtx();
    const done = await lassoPathJob(req, ctx);
    expect(done.done).toBe(true);
    expect(done.lambdas).toBeInstanceOf(Float64Array);
    expect(done.lambdas.length).toBe(100);
    expect(done.lambdaMin / done.lambdaMax).toBeCloseTo(1e-4, 12);
    const ref = lassoPath(X, ys, lassoLambdaGrid(done.lambdaMax, 100), { tol: 1e-8, maxSweeps: 2000 });
    for (let i = 0; i < 100; i++)
      for (let j = 0; j < 12; j++) expect(done.coefs[i * 12 + j]).toBe(ref.coefs[i][j]);
    expect(Array.from(done.coefs.subarray(0, 12)).every((c) => c === 0)).toBe(true);
    // Each solution satisfies the lasso's optimality (KKT) conditions (on the centred data) to the descent's tolerance.
    const xMean = X[0].map((_, j) => X.reduce((a, r) => a + r[j], 0) / X.length);
    const yMean = ys.reduce((a, v) => a + v, 0) / ys.length;
    const Xc = X.map((r) => r.map((v, j) => v - xMean[j]));
    const yc = ys.map((v) => v - yMean);
    // Where the descent stopped at its sweep limit (x¹…x¹² are nearly dependent) the job says so.
    const steps = [
      ...lassoPathSteps(X, ys, lassoLambdaGrid(done.lambdaMax, 100), { tol: 1e-8, maxSweeps: 2000 }),
    ];
    expect(done.stalled).toBe(steps.filter((s) => !s.converged).length);
    expect(done.stalled).toBeGreaterThan(0);
    for (let i = 0; i < 100; i++) {
      const w = Array.from(done.coefs.subarray(i * 12, (i + 1) * 12));
      const v = lassoKktViolation(Xc, yc, w, done.lambdas[i]);
      if (steps[i].converged) expect(v).toBeLessThan(1e-6);
      else expect(v).toBeLessThan(1e-2);
    }
    // At the end of the path the fit is close to least squares on the same features.
    const ols = fitLinear(X, ys);
    const last = fitLinear(X, ys, { lasso: done.lambdaMin });
    expect(last.mse).toBeLessThan(ols.mse * 1.05);
    // Progressive snapshots only ever grow, and share the path's λ.
    const lengths = snapshots.map((s) => s.lambdas.length);
    expect(lengths).toEqual([...lengths].sort((a, b) => a - b));
    for (const s of snapshots)
      expect(Array.from(s.lambdas)).toEqual(Array.from(done.lambdas.subarray(0, s.lambdas.length)));
  });

  it('a cancel ends the job at a checkpoint; a constant y or a single point is refused with words', async () => {
    const { req } = request(200, 4);
    await expect(lassoPathJob(req, recordingCtx(3).ctx)).rejects.toThrow('cancelled');
    await expect(
      lassoPathJob({ ...req, y: new Float64Array(200).fill(2) }, recordingCtx().ctx),
    ).rejects.toThrow(/all zeros/);
    await expect(
      lassoPathJob({ ...req, n: 1, x: req.x.subarray(0, 4), y: req.y.subarray(0, 1) }, recordingCtx().ctx),
    ).rejects.toThrow(/at least two points/);
  });
});
