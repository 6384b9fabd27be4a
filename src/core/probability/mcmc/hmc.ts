/** Hamiltonian Monte Carlo with the leapfrog integrator and unit mass matrix. */
import type { FastRng } from '../rng';
import { openUnit, zigNormal } from '../samplers/ziggurat';
import type { ChainState, StepReport } from './state';
import type { Grad, Target2D } from './target';

/** The Hamiltonian H(q, p) = −log π(q) + |p|²/2: potential energy plus kinetic energy. */
export function hamiltonian(logp: number, px: number, py: number): number {
  return -logp + 0.5 * (px * px + py * py);
}

/**
 * L leapfrog steps of size ε for dq/dt = p, dp/dt = ∇ log π(q): half kick, drift, half kick.
 * Updates q, p and g (the gradient at q, which must hold ∇ log π(q) on entry) in place and returns
 * log π at the final q. Volume-preserving and reversible; the energy error after a fixed time is O(ε²).
 */
export function leapfrog(target: Target2D, q: Grad, p: Grad, g: Grad, eps: number, steps: number): number {
  let lp = NaN;
  for (let l = 0; l < steps; l++) {
    p[0] += 0.5 * eps * g[0];
    p[1] += 0.5 * eps * g[1];
    q[0] += eps * p[0];
    q[1] += eps * p[1];
    lp = target.logDensityGrad(q[0], q[1], g);
    p[0] += 0.5 * eps * g[0];
    p[1] += 0.5 * eps * g[1];
  }
  return lp;
}

/**
 * H(end) − H(start) of one leapfrog trajectory from (x, y) with momentum (px, py): the quantity the
 * HMC acceptance test exponentiates. Tends to 0 as O(ε²) for a fixed trajectory time εL.
 */
export function energyError(
  target: Target2D,
  x: number,
  y: number,
  px: number,
  py: number,
  eps: number,
  steps: number,
): number {
  const g = new Float64Array(2);
  const h0 = hamiltonian(target.logDensityGrad(x, y, g), px, py);
  const q = new Float64Array([x, y]);
  const p = new Float64Array([px, py]);
  const lp = leapfrog(target, q, p, g, eps, steps);
  return hamiltonian(lp, p[0], p[1]) - h0;
}

/** Scratch for {@link hmcStep}, allocated once per chain. */
export interface HmcScratch {
  q: Float64Array;
  p: Float64Array;
  g: Float64Array;
}

export function newHmcScratch(): HmcScratch {
  return { q: new Float64Array(2), p: new Float64Array(2), g: new Float64Array(2) };
}

/**
 * One HMC step: draw p ~ N(0, I), integrate L leapfrog steps of size ε, and accept the end point
 * with probability min(1, exp(H(start) − H(end))). A trajectory that leaves the support or blows up
 * (non-finite energy) is rejected. Updates `s` (position, log π and gradient) in place.
 */
export function hmcStep(
  target: Target2D,
  s: ChainState,
  eps: number,
  steps: number,
  rng: FastRng,
  w: HmcScratch,
  out: StepReport,
): void {
  const px = zigNormal(rng);
  const py = zigNormal(rng);
  const h0 = hamiltonian(s.logp, px, py);
  w.q[0] = s.x;
  w.q[1] = s.y;
  w.p[0] = px;
  w.p[1] = py;
  w.g[0] = s.g[0];
  w.g[1] = s.g[1];
  const lp = leapfrog(target, w.q, w.p, w.g, eps, steps);
  const h1 = hamiltonian(lp, w.p[0], w.p[1]);
  const accepted = Math.log(openUnit(rng)) <= h0 - h1;
  out.px = w.q[0];
  out.py = w.q[1];
  out.accepted = accepted;
  if (accepted) {
    s.x = w.q[0];
    s.y = w.q[1];
    s.logp = lp;
    s.g[0] = w.g[0];
    s.g[1] = w.g[1];
  }
}

/** The Hamiltonian and acceptance rule of {@link hmcStep}, as TeX. */
export function hmcTex(): string {
  return (
    '\\begin{gathered}H(q, p) = -\\log\\pi(q) + \\tfrac12 |p|^2\\\\ ' +
    "\\alpha = \\min\\!\\left(1, e^{H(q,p) - H(q',p')}\\right)\\end{gathered}"
  );
}
