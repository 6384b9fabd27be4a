/**
 * The PCA and clustering tab's worker jobs. `pcaAnalyzeJob`: PCA from scratch on a table (the core's
 * `pcaFit`: centre or standardize, covariance, symmetric eigen-decomposition, sorted), the covariance matrix
 * for the stepper, the first three scores of every row, and the same decomposition through the thin SVD of
 * the centred data with the differences between the two. `clusterCurvesJob`: the elbow (k-means inertia
 * after convergence for k = 1…10) and BIC of EM for K = 1…8 on the 2-D points, with checkpoints. A
 * component that collapses is regularized by the core's E-step (its covariance floor), never NaN.
 */
import {
  createRng,
  gmmBic,
  gmmEmStep,
  gmmInit,
  kmeansPlusPlus,
  kmeansRun,
  pcaFit,
  randomCentroids,
  thinSvd,
} from '../../core';
import type { JobContext } from './context';

export interface PcaAnalyzeRequest {
  /** n × d, row by row. */
  data: Float64Array;
  n: number;
  d: number;
  standardize: boolean;
}

export interface PcaAnalyzeResult {
  n: number;
  d: number;
  mean: Float64Array;
  scale: Float64Array;
  /** The sample covariance (divisor n − 1) of the centred (scaled) data, d × d. */
  covariance: Float64Array;
  /** λ descending. */
  values: Float64Array;
  ratio: Float64Array;
  /** d × d: row k is the k-th component (largest-|entry| positive). */
  components: Float64Array;
  /** n × min(d, 3): the first scores of each row. */
  scores: Float64Array;
  scoreColumns: number;
  /** σₖ²/(n − 1) from the thin SVD of the centred (scaled) data. */
  svdValues: Float64Array;
  /** max |λₖ − σₖ²/(n − 1)|. */
  valueDifference: number;
  /** max over components with a simple eigenvalue of min(‖wₖ − vₖ‖, ‖wₖ + vₖ‖). */
  vectorDifference: number;
  /** Components left out of that comparison (their eigenvalue is repeated). */
  repeated: number;
  pcaMs: number;
  svdMs: number;
}

export async function pcaAnalyzeJob(req: PcaAnalyzeRequest, ctx: JobContext): Promise<PcaAnalyzeResult> {
  const { data, n, d, standardize } = req;
  const X: number[][] = new Array(n);
  for (let i = 0; i < n; i++) X[i] = Array.from(data.subarray(i * d, (i + 1) * d));
  const t0 = performance.now();
  const fit = pcaFit(X, { standardize });
  const pcaMs = performance.now() - t0;
  await ctx.checkpoint();
  const { mean, scale } = fit;
  const Z = X.map((row) => row.map((v, j) => (v - mean[j]) / scale[j]));
  const covariance = new Float64Array(d * d);
  for (const z of Z)
    for (let a = 0; a < d; a++) {
      const za = z[a];
      if (za === 0) continue;
      for (let b = a; b < d; b++) covariance[a * d + b] += za * z[b];
    }
  for (let a = 0; a < d; a++)
    for (let b = a; b < d; b++) {
      const v = covariance[a * d + b] / (n - 1);
      covariance[a * d + b] = v;
      covariance[b * d + a] = v;
    }
  await ctx.checkpoint();
  const k = Math.min(d, 3);
  const scoreRows = fit.transform(X, k);
  const scores = new Float64Array(n * k);
  scoreRows.forEach((r, i) => scores.set(r, i * k));
  await ctx.checkpoint();

  const t1 = performance.now();
  const svd = thinSvd(Z);
  const svdMs = performance.now() - t1;
  const svdValues = new Float64Array(d);
  svd.sigma.forEach((s, i) => (svdValues[i] = (s * s) / (n - 1)));
  let valueDifference = 0;
  for (let i = 0; i < d; i++)
    valueDifference = Math.max(valueDifference, Math.abs(fit.explainedVariance[i] - svdValues[i]));
  const top = fit.explainedVariance[0] || 1;
  let vectorDifference = 0;
  let repeated = 0;
  for (let c = 0; c < d; c++) {
    const lam = fit.explainedVariance[c];
    const gap = Math.min(
      c > 0 ? fit.explainedVariance[c - 1] - lam : Infinity,
      c < d - 1 ? lam - fit.explainedVariance[c + 1] : Infinity,
    );
    if (gap <= 1e-8 * top) {
      repeated++;
      continue;
    }
    const w = fit.components[c];
    let plus = 0;
    let minus = 0;
    for (let j = 0; j < d; j++) {
      const v = svd.v[j][c];
      plus += (w[j] - v) ** 2;
      minus += (w[j] + v) ** 2;
    }
    vectorDifference = Math.max(vectorDifference, Math.sqrt(Math.min(plus, minus)));
  }
  const components = new Float64Array(d * d);
  fit.components.forEach((w, c) => components.set(w, c * d));
  return {
    n,
    d,
    mean: Float64Array.from(mean),
    scale: Float64Array.from(scale),
    covariance,
    values: Float64Array.from(fit.explainedVariance),
    ratio: Float64Array.from(fit.explainedVarianceRatio),
    components,
    scores,
    scoreColumns: k,
    svdValues,
    valueDifference,
    vectorDifference,
    repeated,
    pcaMs,
    svdMs,
  };
}

export interface ClusterCurvesRequest {
  /** n × 2, row by row. */
  points: Float64Array;
  seed: number;
  kmeansInit: 'kmeans++' | 'random';
  gmmInit: 'kmeans' | 'random';
}

export interface ClusterCurvesResult {
  /** inertia after convergence for k = 1 … kMax (NaN where k > n). */
  inertia: Float64Array;
  /** BIC after EM for K = 1 … KMax (NaN where K > n). */
  bic: Float64Array;
  /** The final log-likelihood per K. */
  logLikelihood: Float64Array;
}

export const ELBOW_MAX = 10;
export const BIC_MAX = 8;
const EM_STEPS = 200;

/** EM from the seed's start until ℓ changes by less than 1e-8 relative (at most EM_STEPS steps). */
async function emToConvergence(
  X: number[][],
  K: number,
  seed: number,
  init: 'kmeans' | 'random',
  ctx: JobContext,
): Promise<number> {
  let params = gmmInit(X, K, createRng(seed), init);
  let last = -Infinity;
  for (let s = 0; s < EM_STEPS; s++) {
    const r = gmmEmStep(X, params);
    params = r.params;
    if (Math.abs(r.logLikelihood - last) <= 1e-8 * Math.abs(r.logLikelihood)) return r.logLikelihood;
    last = r.logLikelihood;
    await ctx.checkpoint();
  }
  return gmmEmStep(X, params).logLikelihood;
}

export async function clusterCurvesJob(
  req: ClusterCurvesRequest,
  ctx: JobContext,
): Promise<ClusterCurvesResult> {
  const n = req.points.length / 2;
  const X: number[][] = new Array(n);
  for (let i = 0; i < n; i++) X[i] = [req.points[2 * i], req.points[2 * i + 1]];
  const inertia = new Float64Array(ELBOW_MAX).fill(NaN);
  for (let k = 1; k <= Math.min(ELBOW_MAX, n); k++) {
    const rng = createRng(req.seed);
    const start = req.kmeansInit === 'random' ? randomCentroids(X, k, rng) : kmeansPlusPlus(X, k, rng);
    const run = kmeansRun(X, start, 300);
    inertia[k - 1] = run.inertias[run.inertias.length - 1];
    await ctx.checkpoint();
  }
  const bic = new Float64Array(BIC_MAX).fill(NaN);
  const logLikelihood = new Float64Array(BIC_MAX).fill(NaN);
  for (let K = 1; K <= Math.min(BIC_MAX, n); K++) {
    const ll = await emToConvergence(X, K, req.seed, req.gmmInit, ctx);
    logLikelihood[K - 1] = ll;
    bic[K - 1] = gmmBic(ll, n, 2, K);
    ctx.progress(() => ({
      inertia: inertia.slice(),
      bic: bic.slice(),
      logLikelihood: logLikelihood.slice(),
    }));
  }
  return { inertia, bic, logLikelihood };
}
