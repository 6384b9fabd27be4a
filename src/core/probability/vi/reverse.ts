/**
 * Reverse-KL variational inference: maximize ELBO(q) = E_q[log p̃(z)] + H(q) over q = N(m, LLᵀ),
 * L = [[e^s₁, 0], [b, e^s₂]] (b = 0 for mean-field), by stochastic gradient ascent with the
 * reparameterization z = m + Lε, ε ~ N(0, I):
 *   ∂/∂m = E[∇log p̃(z)],  ∂/∂s₁ = e^s₁·E[∂₁log p̃·ε₁] + 1,  ∂/∂b = E[∂₂log p̃·ε₁],  ∂/∂s₂ = e^s₂·E[∂₂log p̃·ε₂] + 1
 * (the +1 from H(q) = 1 + log 2π + s₁ + s₂), with Adam steps. The returned q averages the iterates of
 * the second half (Polyak–Ruppert), which removes most of the gradient noise.
 */
import type { FastRng } from '../rng';
import type { Target2D } from '../mcmc/target';
import { fillNormal } from '../samplers/continuous';
import { gridMode } from './target';
import { ELBO_POINTS, type ViFamily, type ViResult, type ViStep } from './types';

const LOG_2PI_E = 1 + Math.log(2 * Math.PI);

/** The fit as steps: one {@link ViStep} (the current q, not yet averaged) per ELBO point, then the result. */
export function* reverseKlSteps(
  target: Target2D,
  family: ViFamily,
  rng: FastRng,
  iterations: number,
  samples: number,
  lr0: number,
): Generator<ViStep, ViResult, void> {
  const [bx0, bx1, by0, by1] = target.bounds;
  const [mx, my] = gridMode(target);
  // θ = [m₁, m₂, s₁, s₂, b]; q starts at the grid mode with a tenth of the box as its spread.
  const theta = [mx, my, Math.log((bx1 - bx0) / 10), Math.log((by1 - by0) / 10), 0];
  const first = new Float64Array(5);
  const second = new Float64Array(5);
  const grad = new Float64Array(5);
  const avg = new Float64Array(5);
  let averaged = 0;
  const eps = new Float64Array(2 * samples);
  const g = new Float64Array(2);
  const elbo: number[] = [];
  const every = Math.max(1, Math.ceil(iterations / ELBO_POINTS));
  let windowSum = 0;
  let windowCount = 0;
  const burn = Math.floor(iterations / 2);
  for (let t = 1; t <= iterations; t++) {
    fillNormal(rng, eps, 0, 1);
    const a = Math.exp(theta[2]);
    const d = Math.exp(theta[3]);
    const b = family === 'full' ? theta[4] : 0;
    grad.fill(0);
    let logp = 0;
    let valid = 0;
    for (let k = 0; k < samples; k++) {
      const e1 = eps[2 * k];
      const e2 = eps[2 * k + 1];
      const lp = target.logDensityGrad(theta[0] + a * e1, theta[1] + b * e1 + d * e2, g);
      if (!Number.isFinite(lp) || !Number.isFinite(g[0]) || !Number.isFinite(g[1])) continue;
      valid++;
      logp += lp;
      grad[0] += g[0];
      grad[1] += g[1];
      grad[2] += a * g[0] * e1;
      grad[3] += d * g[1] * e2;
      grad[4] += g[1] * e1;
    }
    if (valid > 0) {
      for (let i = 0; i < 5; i++) grad[i] /= valid;
      grad[2] += 1;
      grad[3] += 1;
      if (family !== 'full') grad[4] = 0;
      // Adam (ascent) with a step size decaying as 1/√t once past the first thousand steps.
      const lr = lr0 / Math.sqrt(1 + t / 1000);
      const c1 = 1 - 0.9 ** t;
      const c2 = 1 - 0.999 ** t;
      for (let i = 0; i < 5; i++) {
        first[i] = 0.9 * first[i] + 0.1 * grad[i];
        second[i] = 0.999 * second[i] + 0.001 * grad[i] * grad[i];
        theta[i] += (lr * (first[i] / c1)) / (Math.sqrt(second[i] / c2) + 1e-8);
      }
      if (valid === samples) {
        windowSum += logp / valid + LOG_2PI_E + Math.log(a) + Math.log(d);
        windowCount++;
      }
    } else {
      // Every draw fell where p̃ = 0: pull q back towards where it started.
      theta[2] -= 0.01;
      theta[3] -= 0.01;
    }
    if (t > burn) {
      const a2 = Math.exp(theta[2]);
      const d2 = Math.exp(theta[3]);
      avg[0] += theta[0];
      avg[1] += theta[1];
      avg[2] += a2;
      avg[3] += d2;
      avg[4] += family === 'full' ? theta[4] : 0;
      averaged++;
    }
    if ((t % every === 0 || t === iterations) && windowCount > 0) {
      const value = windowSum / windowCount;
      elbo.push(value);
      windowSum = 0;
      windowCount = 0;
      const a3 = Math.exp(theta[2]);
      const d3 = Math.exp(theta[3]);
      const b3 = family === 'full' ? theta[4] : 0;
      yield {
        iteration: t,
        elbo: value,
        mean: [theta[0], theta[1]],
        cov: [
          [a3 * a3, a3 * b3],
          [a3 * b3, b3 * b3 + d3 * d3],
        ],
      };
    }
  }
  const [m1, m2, a, d, b] = Array.from(avg, (v) => v / averaged);
  return {
    mean: [m1, m2],
    cov: [
      [a * a, a * b],
      [a * b, b * b + d * d],
    ],
    elbo,
  };
}
