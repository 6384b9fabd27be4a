/**
 * The PCA tab's clustering in the worker, one step at a time (pure functions, so a job, a test and a replay
 * from the address all go through the same path). k-means: the centroids, the labels of the last assignment and
 * the inertia after every step. EM: the mixture, the responsibilities and log-likelihood of the mixture shown
 * (the E-step of the next step, computed ahead), the log-likelihood after every step, and what went wrong:
 * a drop of ℓ beyond rounding, and components that collapsed (their covariance floored by the core).
 */
import {
  createRng,
  gmmEmStep,
  gmmInit,
  kmeansInertia,
  kmeansPlusPlus,
  kmeansStep,
  randomCentroids,
  type GmmParams,
  type GmmStep,
} from '../../core';
import type { JobContext } from './context';

export interface KmeansState {
  kind: 'kmeans';
  iteration: number;
  centroids: number[][];
  labels: Int32Array;
  /** inertia at the start (iteration 0), then after each step. */
  history: number[];
  converged: boolean;
}

export interface GmmState {
  kind: 'gmm';
  iteration: number;
  params: GmmParams;
  /** gmmEmStep from `params`: ℓ and responsibilities of the mixture shown, and the next mixture. */
  next: GmmStep;
  /** ℓ of the mixture at iteration 0, 1, …, iteration. */
  history: number[];
  /** Steps where ℓ dropped by more than 1e-9 relative (never, by the theory; flagged loudly if rounding does it). */
  drops: { iteration: number; by: number }[];
  /** Components whose covariance collapsed (was floored) at some step, 0-based. */
  collapsed: number[];
  converged: boolean;
}

export type ClusterState = KmeansState | GmmState;

export interface ClusterStart {
  method: 'kmeans' | 'gmm';
  k: number;
  init: 'kmeans++' | 'random' | 'kmeans';
  seed: number;
}

/** Relative change of ℓ below which EM counts as converged. */
export const EM_TOLERANCE = 1e-8;
/** A drop of ℓ larger than this (relative) is flagged. */
export const DROP_TOLERANCE = 1e-9;

export function startState(X: number[][], start: ClusterStart): ClusterState {
  const rng = createRng(start.seed);
  if (start.method === 'kmeans') {
    const centroids =
      start.init === 'random' ? randomCentroids(X, start.k, rng) : kmeansPlusPlus(X, start.k, rng);
    const labels = new Int32Array(X.length);
    X.forEach((x, i) => (labels[i] = nearest(x, centroids)));
    return {
      kind: 'kmeans',
      iteration: 0,
      centroids,
      labels,
      history: [kmeansInertia(X, centroids)],
      converged: false,
    };
  }
  const params = gmmInit(X, start.k, rng, start.init === 'random' ? 'random' : 'kmeans');
  const next = gmmEmStep(X, params);
  return {
    kind: 'gmm',
    iteration: 0,
    params,
    next,
    history: [next.logLikelihood],
    drops: [],
    collapsed: [...new Set([...next.regularized])],
    converged: false,
  };
}

function nearest(x: number[], centroids: number[][]): number {
  let best = 0;
  let bestD = Infinity;
  centroids.forEach((c, k) => {
    let s = 0;
    for (let j = 0; j < x.length; j++) s += (x[j] - c[j]) ** 2;
    if (s < bestD) [best, bestD] = [k, s];
  });
  return best;
}

/** One step: k-means (assign + update) or EM (E then M). */
export function advance(X: number[][], s: ClusterState): ClusterState {
  if (s.kind === 'kmeans') {
    const r = kmeansStep(X, s.centroids);
    const labels = Int32Array.from(r.labels);
    const same = s.iteration > 0 && labels.every((l, i) => l === s.labels[i]);
    return {
      kind: 'kmeans',
      iteration: s.iteration + 1,
      centroids: r.centroids,
      labels,
      history: [...s.history, r.inertia],
      converged: same,
    };
  }
  const params = s.next.params;
  const next = gmmEmStep(X, params);
  const before = s.history[s.history.length - 1];
  const ll = next.logLikelihood;
  const drops =
    ll < before - DROP_TOLERANCE * Math.abs(before)
      ? [...s.drops, { iteration: s.iteration + 1, by: before - ll }]
      : s.drops;
  const collapsed = [...new Set([...s.collapsed, ...next.regularized, ...s.next.collapsed])].sort();
  return {
    kind: 'gmm',
    iteration: s.iteration + 1,
    params,
    next,
    history: [...s.history, ll],
    drops,
    collapsed,
    converged: Math.abs(ll - before) <= EM_TOLERANCE * Math.abs(ll),
  };
}

/** The value the readouts show: inertia (k-means) or ℓ (EM) of the state shown. */
export const currentValue = (s: ClusterState): number => s.history[s.history.length - 1];

/** What the page draws and what a next job continues from. */
export interface ClusterSnapshot {
  kind: 'kmeans' | 'gmm';
  iteration: number;
  history: number[];
  converged: boolean;
  /** k-means: the centroids and each point's cluster. */
  centroids: number[][];
  labels: Int32Array | null;
  /**
   * EM: the mixture shown, its responsibilities (n × K, row by row, in 255ths: all a colour mix needs, and an
   * eighth of the bytes a Run streams), drops and collapses.
   */
  params: GmmParams | null;
  resp: Uint8Array | null;
  drops: { iteration: number; by: number }[];
  collapsed: number[];
}

export interface ClusterStepsRequest {
  /** n × 2, row by row. */
  points: Float64Array;
  start: ClusterStart;
  /** Continue from this state (null: from the seed's start). */
  from: ClusterSnapshot | null;
  /** Steps to take at most. */
  steps: number;
  untilConverged: boolean;
  /** At least this many ms between steps, so that a Run is seen (0: as fast as possible, e.g. a replay). */
  paceMs: number;
}

export function snapshotOf(s: ClusterState): ClusterSnapshot {
  if (s.kind === 'kmeans')
    return {
      kind: 'kmeans',
      iteration: s.iteration,
      history: s.history.slice(),
      converged: s.converged,
      centroids: s.centroids.map((c) => c.slice()),
      labels: s.labels.slice(),
      params: null,
      resp: null,
      drops: [],
      collapsed: [],
    };
  const r = s.next.responsibilities;
  const K = s.params.weights.length;
  const resp = new Uint8Array(r.length * K);
  r.forEach((row, i) => {
    for (let k = 0; k < K; k++) resp[i * K + k] = Math.round(row[k] * 255);
  });
  return {
    kind: 'gmm',
    iteration: s.iteration,
    history: s.history.slice(),
    converged: s.converged,
    centroids: [],
    labels: null,
    params: s.params,
    resp,
    drops: s.drops.slice(),
    collapsed: s.collapsed.slice(),
  };
}

/** The state a snapshot describes (EM recomputes its look-ahead step). */
export function stateOf(X: number[][], snap: ClusterSnapshot): ClusterState {
  if (snap.kind === 'kmeans')
    return {
      kind: 'kmeans',
      iteration: snap.iteration,
      centroids: snap.centroids,
      labels: snap.labels ?? new Int32Array(X.length),
      history: snap.history,
      converged: snap.converged,
    };
  return {
    kind: 'gmm',
    iteration: snap.iteration,
    params: snap.params!,
    next: gmmEmStep(X, snap.params!),
    history: snap.history,
    drops: snap.drops,
    collapsed: snap.collapsed,
    converged: snap.converged,
  };
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** k-means or EM steps in the worker, streaming a snapshot after each (the runtime keeps ~25 a second). */
export async function clusterStepsJob(req: ClusterStepsRequest, ctx: JobContext): Promise<ClusterSnapshot> {
  const n = req.points.length / 2;
  const X: number[][] = new Array(n);
  for (let i = 0; i < n; i++) X[i] = [req.points[2 * i], req.points[2 * i + 1]];
  let s = req.from ? stateOf(X, req.from) : startState(X, req.start);
  await ctx.checkpoint();
  for (let i = 0; i < req.steps; i++) {
    if (req.untilConverged && s.converged) break;
    const t0 = performance.now();
    s = advance(X, s);
    const current = s;
    ctx.progress(() => snapshotOf(current));
    await ctx.checkpoint();
    const wait = req.paceMs - (performance.now() - t0);
    if (wait > 0) await sleep(wait);
  }
  return snapshotOf(s);
}
