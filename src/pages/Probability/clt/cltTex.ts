import type { MomentStatus } from '../../../core';

const fmt = (v: number) => String(Number(v.toPrecision(5)));

/**
 * The central limit theorem's normal approximation for the mean or the sum of k draws, with μ, σ² and k
 * substituted: X̄_k ≈ N(μ, σ²/k), S_k ≈ N(kμ, kσ²).
 */
export function cltTex(
  mean: number,
  variance: number,
  k: number,
  stat: 'mean' | 'sum',
  status: MomentStatus,
): string {
  const lhs =
    stat === 'mean' ? String.raw`\bar X_k=\frac{1}{k}\sum_{i=1}^{k}X_i` : String.raw`S_k=\sum_{i=1}^{k}X_i`;
  if (status === 'noMean' || status === 'infiniteVariance')
    return `${lhs}\\qquad\\text{no normal limit: }\\sigma^2=\\infty`;
  const m = stat === 'mean' ? mean : k * mean;
  const v = stat === 'mean' ? variance / k : k * variance;
  const general =
    stat === 'mean'
      ? String.raw`\mathcal N\!\left(\mu,\tfrac{\sigma^2}{k}\right)`
      : String.raw`\mathcal N\!\left(k\mu,\,k\sigma^2\right)`;
  return `${lhs}\\;\\approx\\;${general}=\\mathcal N\\!\\left(${fmt(m)},\\,${fmt(v)}\\right)\\quad(k=${k})`;
}

/** One honest sentence on whether the CLT applies to this law. */
export function cltExplanation(status: MomentStatus, label: string): string {
  switch (status) {
    case 'finite':
      return 'The histogram of many repetitions approaches the normal curve as k grows, whatever the shape of one draw; its skewness shrinks like γ₁/√k.';
    case 'degenerate':
      return 'Every draw is the same number, so the statistic is constant: there is no spread to become normal.';
    case 'infiniteVariance':
      return `This ${label} law has infinite variance, so the central limit theorem does not apply: the mean of k draws does not approach a normal curve, and there is no N(μ, σ²/k) to draw.`;
    case 'noMean':
      return label === 'Cauchy'
        ? 'The Cauchy distribution has no mean and no variance, so the central limit theorem does not apply: the mean of k Cauchy draws is again Cauchy with the same spread, for every k. The histogram never narrows.'
        : `This ${label} law has no mean, so the central limit theorem does not apply: averaging does not narrow the histogram.`;
  }
}
