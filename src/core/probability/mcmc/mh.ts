/** Random-walk Metropolis–Hastings with a Gaussian proposal. */
import type { FastRng } from '../rng';
import { openUnit, zigNormal } from '../samplers/ziggurat';
import type { ChainState, StepReport } from './state';
import type { Target2D } from './target';

/**
 * One random-walk Metropolis–Hastings step: propose (x', y') = (x, y) + s·(z₁, z₂) with zᵢ ~ N(0, 1)
 * (symmetric, so the Hastings ratio is π'/π) and accept with probability min(1, π(x', y')/π(x, y)),
 * i.e. when log u ≤ log π' − log π for u ~ U(0, 1]. A proposal outside the support (log π' = −∞ or NaN)
 * is always rejected. Updates `s` in place and writes the proposal to `out`.
 */
export function mhStep(target: Target2D, s: ChainState, scale: number, rng: FastRng, out: StepReport): void {
  const px = s.x + scale * zigNormal(rng);
  const py = s.y + scale * zigNormal(rng);
  const lp = target.logDensity(px, py);
  const accepted = Math.log(openUnit(rng)) <= lp - s.logp;
  out.px = px;
  out.py = py;
  out.accepted = accepted;
  if (accepted) {
    s.x = px;
    s.y = py;
    s.logp = lp;
  }
}

/** The proposal and acceptance rule of {@link mhStep}, as TeX. */
export function mhTex(): string {
  return (
    "\\begin{gathered}x' = x + s\\,z,\\quad z \\sim \\mathcal N(0, I)\\\\ " +
    "\\alpha = \\min\\!\\left(1, \\frac{\\pi(x')}{\\pi(x)}\\right)\\end{gathered}"
  );
}
