/** The tab's clustering steps (worker job functions) and the view's codec. */
import { describe, expect, it } from 'vitest';
import { createRng } from '../../../../../src/core';
import { clusterProblem, startOf } from '../../../../../src/stores/ml/pca/store';
import { pcaView } from '../../../../../src/stores/ml/pca/view';
import {
  advance,
  clusterStepsJob,
  DROP_TOLERANCE,
  snapshotOf,
  startState,
  stateOf,
  type ClusterState,
} from '../../../../../src/worker/jobs/pcaCluster';

const ctx = { checkpoint: async () => undefined, progress: () => undefined };

/** n points from `blobs` seeded Gaussian blobs in the plane. */
function blobs(n: number, count: number, seed: number): number[][] {
  const rng = createRng(seed);
  const g = () => Math.sqrt(-2 * Math.log(1 - rng.next())) * Math.cos(2 * Math.PI * rng.next());
  return Array.from({ length: n }, (_, i) => {
    const b = i % count;
    return [4 * Math.cos(b) + g(), 4 * Math.sin(b) + 0.5 * g()];
  });
}

describe('EM log-likelihood never decreases (property over seeds)', () => {
  for (const seed of [1, 2, 3, 4, 5, 6, 7, 8])
    for (const init of ['kmeans', 'random'] as const)
      it(`seed ${seed}, ${init} start, K = ${(seed % 5) + 2}`, () => {
        const X = blobs(300, 4, 100 + seed);
        let s: ClusterState = startState(X, { method: 'gmm', k: (seed % 5) + 2, init, seed });
        for (let i = 0; i < 60; i++) {
          const before = s.history[s.history.length - 1];
          s = advance(X, s);
          const after = s.history[s.history.length - 1];
          expect(Number.isFinite(after)).toBe(true);
          expect(after).toBeGreaterThanOrEqual(before - DROP_TOLERANCE * Math.abs(before));
        }
        expect(s.kind === 'gmm' && s.drops).toEqual([]);
      });
});

describe('k-means steps', () => {
  it('inertia never rises, and a run converges', () => {
    const X = blobs(500, 5, 9);
    let s: ClusterState = startState(X, { method: 'kmeans', k: 5, init: 'kmeans++', seed: 3 });
    for (let i = 0; i < 100 && !s.converged; i++) {
      const before = s.history[s.history.length - 1];
      s = advance(X, s);
      expect(s.history[s.history.length - 1]).toBeLessThanOrEqual(before + 1e-9 * before);
    }
    expect(s.converged).toBe(true);
  });

  it('a job continued from a snapshot lands where one long job lands', async () => {
    const X = blobs(400, 3, 4);
    const points = Float64Array.from(X.flat());
    const start = { method: 'gmm' as const, k: 3, init: 'kmeans' as const, seed: 5 };
    const whole = await clusterStepsJob(
      { points, start, from: null, steps: 12, untilConverged: false, paceMs: 0 },
      ctx,
    );
    const half = await clusterStepsJob(
      { points, start, from: null, steps: 5, untilConverged: false, paceMs: 0 },
      ctx,
    );
    const rest = await clusterStepsJob(
      { points, start, from: half, steps: 7, untilConverged: false, paceMs: 0 },
      ctx,
    );
    expect(rest.iteration).toBe(12);
    expect(rest.history).toEqual(whole.history);
    expect(snapshotOf(stateOf(X, rest)).params).toEqual(whole.params);
  });

  it('a collapsed component is reported, never NaN', () => {
    // Two far points and K = 2 from random starts: each component sits on one point.
    const X = [
      [0, 0],
      [0, 0],
      [10, 10],
    ];
    let s: ClusterState = startState(X, { method: 'gmm', k: 2, init: 'random', seed: 1 });
    for (let i = 0; i < 5; i++) s = advance(X, s);
    expect(s.history.every(Number.isFinite)).toBe(true);
    expect(s.kind === 'gmm' && s.collapsed.length).toBeGreaterThan(0);
  });
});

describe('pca view', () => {
  it('round-trips an address and refuses bad values with a reason', () => {
    const v = {
      ...pcaView.defaults,
      data: 'digits' as const,
      k: 10,
      clusters: 8,
      it: 12,
      method: 'gmm' as const,
    };
    expect(pcaView.decode(new URLSearchParams(pcaView.encode(v))).view).toEqual(v);
    const bad = pcaView.decode(new URLSearchParams('v=1&tab=pca&pca.ck=11&pca.mk=0&pca.data=nope'));
    expect(bad.view.clusters).toBe(3);
    expect(bad.view.mixture).toBe(3);
    expect(bad.view.data).toBe('iris');
    expect(bad.ignored.length).toBe(3);
  });
  it('says when k exceeds the points', () => {
    expect(clusterProblem([[0, 0]], startOf({ ...pcaView.defaults, clusters: 2 }))).toMatch(
      /more than the 1 points/,
    );
  });
});
