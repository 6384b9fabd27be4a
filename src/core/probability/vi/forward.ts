/**
 * Forward-KL variational inference: KL(p‖q) over Gaussians q is minimized by matching p's mean and
 * covariance (only its variances for mean-field). The moments come from self-normalized importance
 * sampling with a uniform proposal on the target's box (weights ∝ p̃), which reaches every mode;
 * the ELBO of the running estimate is recorded with common random numbers, so the curve shows the
 * estimate settling and not the noise of the ELBO itself.
 */
import type { FastRng } from '../rng';
import type { Target2D } from '../mcmc/target';
import { fillNormal } from '../samplers/continuous';
import { ELBO_POINTS, type ViFamily, type ViResult, type ViStep } from './types';

const LOG_2PI_E = 1 + Math.log(2 * Math.PI);
/** Draws behind each ELBO value. */
const ELBO_DRAWS = 256;

/** Weighted sums of 1, x, y, x², xy, y² with weights exp(log p̃ − shift), rescaled when the shift grows. */
class WeightedMoments {
  shift = -Infinity;
  s = new Float64Array(6);
  add(x: number, y: number, lp: number): void {
    if (!Number.isFinite(lp)) return;
    if (lp > this.shift) {
      const r = Math.exp(this.shift - lp);
      for (let i = 0; i < 6; i++) this.s[i] *= r;
      this.shift = lp;
    }
    const w = Math.exp(lp - this.shift);
    const s = this.s;
    s[0] += w;
    s[1] += w * x;
    s[2] += w * y;
    s[3] += w * x * x;
    s[4] += w * x * y;
    s[5] += w * y * y;
  }
  /** Mean and covariance (the family's), or null before any mass is seen. */
  moments(family: ViFamily): { mean: [number, number]; cov: [[number, number], [number, number]] } | null {
    const [w, sx, sy, sxx, sxy, syy] = this.s;
    if (!(w > 0)) return null;
    const mx = sx / w;
    const my = sy / w;
    const vx = Math.max(0, sxx / w - mx * mx);
    const vy = Math.max(0, syy / w - my * my);
    const cxy = family === 'full' ? sxy / w - mx * my : 0;
    return {
      mean: [mx, my],
      cov: [
        [vx, cxy],
        [cxy, vy],
      ],
    };
  }
}

function elboOf(
  target: Target2D,
  q: NonNullable<ReturnType<WeightedMoments['moments']>>,
  eps: Float64Array,
): number {
  const [[a, b], [, d]] = q.cov;
  const l11 = Math.sqrt(a);
  const l21 = l11 > 0 ? b / l11 : 0;
  const l22 = Math.sqrt(Math.max(0, d - l21 * l21));
  let sum = 0;
  const n = eps.length / 2;
  for (let k = 0; k < n; k++) {
    const e1 = eps[2 * k];
    const e2 = eps[2 * k + 1];
    sum += target.logDensity(q.mean[0] + l11 * e1, q.mean[1] + l21 * e1 + l22 * e2);
  }
  return sum / n + LOG_2PI_E + Math.log(l11) + Math.log(l22);
}

/** The fit as steps: one {@link ViStep} (the running moment estimate) per ELBO point, then the result. */
export function* forwardKlSteps(
  target: Target2D,
  family: ViFamily,
  rng: FastRng,
  iterations: number,
): Generator<ViStep, ViResult, void> {
  const [x0, x1, y0, y1] = target.bounds;
  const eps = new Float64Array(2 * ELBO_DRAWS);
  fillNormal(rng, eps, 0, 1);
  const acc = new WeightedMoments();
  const elbo: number[] = [];
  const every = Math.max(1, Math.ceil(iterations / ELBO_POINTS));
  for (let t = 1; t <= iterations; t++) {
    const x = x0 + (x1 - x0) * rng.next();
    const y = y0 + (y1 - y0) * rng.next();
    acc.add(x, y, target.logDensity(x, y));
    if (t % every === 0 || t === iterations) {
      const q = acc.moments(family);
      const v = q ? elboOf(target, q, eps) : NaN;
      // −∞ is kept: q covering where p is 0 is what forward KL does (and why the ELBO is its price).
      if (q && !Number.isNaN(v) && v !== Infinity) {
        elbo.push(v);
        yield { iteration: t, elbo: v, mean: q.mean, cov: q.cov };
      }
    }
  }
  const q = acc.moments(family);
  if (!q) throw new RangeError('the target has no mass in its box: no sample had a finite log-density');
  return { mean: q.mean, cov: q.cov, elbo };
}
