import type { Distribution, DistributionName } from '../distributions/types';

/**
 * Skewness γ₁ = E[(X − μ)³]/σ³ of each family, in closed form (SciPy's `stats(moments='s')`).
 * NaN where the third moment is not finite (Cauchy; Student t with ν ≤ 3) or the law is degenerate
 * (σ = 0: Bernoulli p ∈ {0, 1}, binomial n = 0 or p ∈ {0, 1}, geometric p = 1).
 */
export function skewnessOf(name: DistributionName, p: Record<string, number>): number {
  switch (name) {
    case 'normal':
    case 'uniform':
    case 'laplace':
      return 0;
    case 'exponential':
      return 2;
    case 'gamma':
      return 2 / Math.sqrt(p.shape);
    case 'chiSquared':
      return Math.sqrt(8 / p.k);
    case 'beta': {
      const { alpha: a, beta: b } = p;
      return (2 * (b - a) * Math.sqrt(a + b + 1)) / ((a + b + 2) * Math.sqrt(a * b));
    }
    case 'studentT':
      return p.df > 3 ? 0 : NaN;
    case 'lognormal': {
      const w = Math.exp(p.sigma * p.sigma);
      return (w + 2) * Math.sqrt(w - 1);
    }
    case 'cauchy':
      return NaN;
    case 'bernoulli':
      return degenerate(p.p * (1 - p.p)) ? NaN : (1 - 2 * p.p) / Math.sqrt(p.p * (1 - p.p));
    case 'binomial': {
      const v = p.n * p.p * (1 - p.p);
      return degenerate(v) ? NaN : (1 - 2 * p.p) / Math.sqrt(v);
    }
    case 'poisson':
      return 1 / Math.sqrt(p.lambda);
    case 'geometric':
      return degenerate(1 - p.p) ? NaN : (2 - p.p) / Math.sqrt(1 - p.p);
  }
}

function degenerate(variance: number): boolean {
  return !(variance > 0);
}

/**
 * The skewness of the mean (or sum) of k independent draws: γ₁/√k. Third cumulants add (κ₃ → kκ₃)
 * while σ³ grows as k^{3/2}; scaling by 1/k changes neither ratio.
 */
export function skewnessOfMean(gamma1: number, k: number): number {
  return gamma1 / Math.sqrt(k);
}

/** TeX of the rule above, with the numbers substituted when γ₁ is finite. */
export function skewnessOfMeanTex(gamma1: number, k: number): string {
  const rule = String.raw`\gamma_1\!\left(\bar X_k\right)=\frac{\gamma_1(X)}{\sqrt{k}}`;
  if (!Number.isFinite(gamma1)) return rule;
  return `${rule}=\\frac{${fmt(gamma1)}}{\\sqrt{${k}}}=${fmt(skewnessOfMean(gamma1, k))}`;
}

function fmt(v: number): string {
  return String(Number(v.toPrecision(4)));
}

/**
 * Which limit theorems apply to a law, from its mean and variance:
 * 'finite' — both finite and σ > 0 (LLN at rate σ/√n, CLT);
 * 'degenerate' — σ = 0, every draw equal;
 * 'infiniteVariance' — finite mean, infinite variance (LLN holds, slower; the classical CLT does not);
 * 'noMean' — no mean (Cauchy; t with ν ≤ 1): neither theorem applies.
 */
export type MomentStatus = 'finite' | 'degenerate' | 'infiniteVariance' | 'noMean';

export function momentStatus(d: Pick<Distribution, 'mean' | 'variance'>): MomentStatus {
  if (!Number.isFinite(d.mean)) return 'noMean';
  if (!Number.isFinite(d.variance)) return 'infiniteVariance';
  return d.variance > 0 ? 'finite' : 'degenerate';
}
