/** Options and result of Gaussian variational inference on a 2-D target. */
import type { Cov2, Mean2 } from '../multivariate/gaussian2';

export type ViDivergence = 'reverse' | 'forward';
export type ViFamily = 'mean-field' | 'full';

export interface ViOptions {
  /** 'reverse': minimize KL(q‖p) (mode-seeking); 'forward': KL(p‖q) (mass-covering, moment matching). */
  divergence: ViDivergence;
  /** 'mean-field': diagonal covariance; 'full': any covariance. */
  family: ViFamily;
  seed: number;
  /** Gradient steps (reverse) or weighted samples of the target (forward). */
  iterations: number;
  /** Correlation of the built-in 'gaussian' target (default 0.8, the MCMC tab's). */
  rho?: number;
  /** Reverse KL: Monte Carlo draws per gradient step (default 4). */
  samplesPerStep?: number;
  /** Reverse KL: Adam's initial step size (default 0.05). */
  learningRate?: number;
}

export interface ViResult {
  mean: Mean2;
  cov: Cov2;
  /**
   * ELBO = E_q[log p̃] + H(q) (p̃ the unnormalized target) along the fit, oldest first. Finite for reverse
   * KL (draws where p̃ = 0 are left out of its gradient); forward KL's q may cover where p̃ = 0, and its
   * ELBO is then −∞.
   */
  elbo: number[];
}

export const VI_MAX_ITERATIONS = 1_000_000;

/** Points kept on the ELBO curve. */
export const ELBO_POINTS = 400;

/** One point of a fit in progress: q after `iteration` steps and the ELBO recorded there. */
export interface ViStep {
  iteration: number;
  elbo: number;
  mean: Mean2;
  cov: Cov2;
}
