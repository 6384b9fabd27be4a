/**
 * Bayesian linear regression with the Gaussian prior w ~ N(0, α⁻¹I) and noise precision β
 * (Bishop, PRML §3.3): the posterior is N(m, S) with S⁻¹ = αI + βΦᵀΦ and m = βSΦᵀy, and the predictive
 * distribution at φ is N(φᵀm, 1/β + φᵀSφ). Φ carries any constant column itself, so the prior covers
 * the intercept too and the MAP equals ridge with λ = α/β on every coefficient.
 */
import { standardNormals } from '../linalg/cloud';
import type { Rng } from '../probability/rng';
import { cholesky, choleskyInverse } from './cholesky';
import { assertDesign, assertStrength, assertTargets } from './validate';

export interface BayesianLinearPosterior {
  /** Posterior mean m. */
  mean: number[];
  /** Posterior covariance S, symmetric. */
  cov: number[][];
  /** Predictive mean φᵀm and variance 1/β + φᵀSφ (noise plus weight uncertainty). */
  predict(phi: ArrayLike<number>): { mean: number; variance: number };
}

/**
 * The posterior over the weights of y ≈ Φw given α > 0 (prior precision) and β > 0 (noise precision).
 * Φ is n×p with n ≥ 1 (a row of zeros carries no information: the prior comes back). Throws a RangeError on bad sizes or values.
 */
export function bayesianLinearRegression(
  Phi: number[][],
  y: ArrayLike<number>,
  alpha: number,
  beta: number,
): BayesianLinearPosterior {
  assertStrength(alpha, 'the prior precision α', 'bayesianLinearRegression', true);
  assertStrength(beta, 'the noise precision β', 'bayesianLinearRegression', true);
  const [n, p] = assertDesign(Phi, 'bayesianLinearRegression');
  const ys = assertTargets(y, n, 'bayesianLinearRegression');
  // ΦᵀΦ and Φᵀy summed in flat Float64Arrays (row-major p×p), in the same order as over nested arrays.
  const g = new Float64Array(p * p);
  const gy = new Float64Array(p);
  for (let r = 0; r < n; r++) {
    const row = Phi[r];
    const yr = ys[r];
    for (let i = 0; i < p; i++) {
      const ri = row[i];
      gy[i] += ri * yr;
      for (let j = i; j < p; j++) g[i * p + j] += ri * row[j];
    }
  }
  return posteriorOf((i, j) => g[i * p + j], Array.from(gy), alpha, beta);
}

/**
 * The same posterior from ΦᵀΦ and Φᵀy already summed (say by `normalEquations` of the same rows, which sums
 * them in the same order, so the result has the same bits): O(p³) instead of O(np²), for a page that has
 * the normal equations of the design anyway. Throws a RangeError on bad sizes or values.
 */
export function bayesianPosteriorFromGram(
  gram: readonly (readonly number[])[],
  phiTy: readonly number[],
  alpha: number,
  beta: number,
): BayesianLinearPosterior {
  assertStrength(alpha, 'the prior precision α', 'bayesianPosteriorFromGram', true);
  assertStrength(beta, 'the noise precision β', 'bayesianPosteriorFromGram', true);
  const p = phiTy.length;
  if (gram.length !== p || gram.some((row) => row.length !== p))
    throw new RangeError(`bayesianPosteriorFromGram: ΦᵀΦ must be ${p}×${p}.`);
  if (![...phiTy, ...gram.flat()].every(Number.isFinite))
    throw new RangeError('bayesianPosteriorFromGram: ΦᵀΦ and Φᵀy must be finite.');
  return posteriorOf((i, j) => gram[i][j], phiTy.slice(), alpha, beta);
}

/** S = (αI + βΦᵀΦ)⁻¹ and m = βSΦᵀy from the upper triangle of ΦᵀΦ (`gram(i, j)`, i ≤ j) and Φᵀy. */
function posteriorOf(
  gram: (i: number, j: number) => number,
  phiTy: number[],
  alpha: number,
  beta: number,
): BayesianLinearPosterior {
  const p = phiTy.length;
  const precision = Array.from({ length: p }, () => new Array<number>(p).fill(0));
  for (let i = 0; i < p; i++) {
    for (let j = i; j < p; j++) precision[j][i] = precision[i][j] = beta * gram(i, j) + (i === j ? alpha : 0);
  }
  // S⁻¹ ⪰ αI is positive definite, so its Cholesky factor always exists.
  const cov = choleskyInverse(cholesky(precision));
  const m = cov.map((row) => beta * row.reduce((s, v, j) => s + v * phiTy[j], 0));
  return {
    mean: m,
    cov,
    predict(phi) {
      if (phi.length !== p) throw new RangeError(`predict: φ must have ${p} entries.`);
      let mu = 0;
      let quad = 0;
      for (let i = 0; i < p; i++) {
        mu += phi[i] * m[i];
        let s = 0;
        for (let j = 0; j < p; j++) s += cov[i][j] * phi[j];
        quad += phi[i] * s;
      }
      return { mean: mu, variance: 1 / beta + Math.max(0, quad) };
    },
  };
}

/** `count` draws w = m + Lz (LLᵀ = S, z standard normal) from a posterior, for the "lines from the posterior" view. */
export function samplePosteriorWeights(
  posterior: BayesianLinearPosterior,
  rng: Rng,
  count: number,
): number[][] {
  const l = cholesky(posterior.cov);
  const p = posterior.mean.length;
  return Array.from({ length: count }, () => {
    const z = standardNormals(rng, p);
    return posterior.mean.map((m, i) => l[i].reduce((s, v, j) => s + v * z[j], m));
  });
}
