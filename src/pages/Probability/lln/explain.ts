import type { MomentStatus } from '../../../core';

/** One honest sentence on what the law of large numbers promises for this law. */
export function llnExplanation(status: MomentStatus, label: string): string {
  switch (status) {
    case 'finite':
      return 'Every run settles on the true mean. The shaded band μ ± 2σ/√n narrows like 1/√n: at any fixed n a run lies inside it about 95 % of the time.';
    case 'degenerate':
      return 'Every draw equals the mean, so the running mean is exact from the first draw.';
    case 'infiniteVariance':
      return `This ${label} law has a mean but infinite variance. The running mean still converges (the law of large numbers needs only a finite mean), but slowly and in jumps; with σ = ∞ there is no standard-error band to draw.`;
    case 'noMean':
      return label === 'Cauchy'
        ? 'The Cauchy distribution has no mean, so the law of large numbers does not apply: the mean of n Cauchy draws is again Cauchy with the same spread, and one huge draw can throw the running mean far off at any n. The runs never settle.'
        : `This ${label} law has no mean (E|X| = ∞), so the law of large numbers does not apply: the running means never settle and one huge draw can move them at any n.`;
  }
}
