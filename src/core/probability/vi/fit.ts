/** Gaussian variational inference on a 2-D target: one entry point for both divergences and families. */
import { createRng } from '../rng';
import { forwardKlSteps } from './forward';
import { reverseKlSteps } from './reverse';
import { resolveViTarget } from './target';
import { VI_MAX_ITERATIONS, type ViOptions, type ViResult, type ViStep } from './types';

/**
 * Fits q = N(m, S) to the target p (a built-in MCMC target name — 'gaussian', 'banana', 'donut',
 * 'mixture' — or a log-density expression in x and y). 'reverse' minimizes KL(q‖p) by
 * reparameterization-gradient ascent on the ELBO (mode-seeking: one mode of a mixture; mean-field
 * variances 1/Λᵢᵢ on a Gaussian with precision Λ, smaller than the true ones); 'forward' minimizes
 * KL(p‖q) by matching p's moments (mass-covering). 'mean-field' keeps S diagonal (covariance exactly 0).
 * Seeded: equal options give equal results.
 * @throws RangeError for invalid options or a target that does not parse or is nowhere finite.
 */
export function fitGaussianVI(target: string, opts: ViOptions): ViResult {
  const steps = gaussianViSteps(target, opts);
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

/**
 * {@link fitGaussianVI} as a generator, for a caller that streams the fit (the worker): it yields q and the
 * ELBO at each of the ELBO curve's points and returns the same result as fitGaussianVI. The options are
 * checked on the first `next()`.
 */
export function* gaussianViSteps(target: string, opts: ViOptions): Generator<ViStep, ViResult, void> {
  if (!opts || typeof opts !== 'object') throw new RangeError('options are required');
  const { divergence, family, seed, iterations } = opts;
  if (divergence !== 'reverse' && divergence !== 'forward')
    throw new RangeError("the divergence must be 'reverse' or 'forward'");
  if (family !== 'mean-field' && family !== 'full')
    throw new RangeError("the family must be 'mean-field' or 'full'");
  if (!Number.isFinite(seed)) throw new RangeError('the seed must be a finite number');
  if (!Number.isInteger(iterations) || iterations < 1 || iterations > VI_MAX_ITERATIONS)
    throw new RangeError(`iterations must be a whole number from 1 to ${VI_MAX_ITERATIONS}`);
  const samples = opts.samplesPerStep ?? 4;
  if (!Number.isInteger(samples) || samples < 1 || samples > 1000)
    throw new RangeError('samplesPerStep must be a whole number from 1 to 1000');
  const lr = opts.learningRate ?? 0.05;
  if (!(lr > 0 && Number.isFinite(lr))) throw new RangeError('the learning rate must be a positive number');
  const p = resolveViTarget(target, opts.rho ?? 0.8);
  const rng = createRng(seed);
  return divergence === 'reverse'
    ? yield* reverseKlSteps(p, family, rng, iterations, samples, lr)
    : yield* forwardKlSteps(p, family, rng, iterations);
}

/**
 * The known mean-field result for a Gaussian target N(μ, Σ): reverse-KL mean-field q has the mean μ and
 * variances 1/Λᵢᵢ with Λ = Σ⁻¹, i.e. Σᵢᵢ(1 − ρ²) — smaller than the true variances Σᵢᵢ unless ρ = 0.
 */
export function meanFieldGaussianVariances(cov: [[number, number], [number, number]]): [number, number] {
  const [[a, b], [, d]] = cov;
  const det = a * d - b * b;
  if (!(det > 0) || !(a > 0)) throw new RangeError('the covariance must be positive definite');
  return [det / d, det / a];
}
