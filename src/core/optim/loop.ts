/**
 * The optimizer loop (PyTorch torch.optim update rules, float64). With g = ∇f(p_t), η = η_t and
 * every state starting at zero:
 *   gd        p ← p − η g
 *   momentum  b ← g at t = 0, else μ b + g;  p ← p − η b       (nesterov: p ← p − η (g + μ b))
 *   adagrad   G ← G + g²;                    p ← p − η g / (√G + ε)
 *   rmsprop   v ← α v + (1 − α) g²;          p ← p − η g / (√v + ε)
 *   adam      m ← m + (1 − β₁)(g − m), v ← β₂ v + (1 − β₂) g²;
 *             p ← p − (η/(1 − β₁ᵗ⁺¹)) m / (√v / √(1 − β₂ᵗ⁺¹) + ε)
 *   newton    p ← p − η H⁻¹ g
 * (squares and roots per coordinate).
 */
import type { ExprKernels } from '../expr/index';
import type { OptimizerName, ResolvedConfig } from './types';

/** The Hessian counts as singular when |det H| ≤ 1e-12·max|H_ij|² (scale-free). */
export const SINGULAR_TOLERANCE = 1e-12;

/** Method codes: the loop branches on a small integer, the cheapest test to repeat every step. */
export const METHOD_CODES: Record<OptimizerName, number> = {
  gd: 0,
  momentum: 1,
  nesterov: 2,
  adagrad: 3,
  rmsprop: 4,
  adam: 5,
  newton: 6,
};

/**
 * Runs up to n steps from (x, y), writing iterates 0..taken into path; returns the steps taken.
 * status[0] becomes 1 (diverged: ‖p‖² > maxR2 or |f| > maxLoss or not finite) or 2 (singular
 * Hessian) when the loop stops early. g and jet are scratch for the gradient [g_x, g_y] and, for
 * Newton (m = 6), the jet [f, g_x, g_y, h_xx, h_xy, h_yy]. η_t is rates[t], or c.lr when rates is null.
 *
 * One loop serves all methods, with their state in local variables (not closures, whose captured
 * doubles are boxed, nor typed arrays) so that the JIT keeps it in registers and the loop
 * allocates nothing. The gradient lands in a plain array and is read right after the (inlined)
 * kernel stores it, which lets the JIT forward the values in registers; it does not for typed
 * arrays. The settings arrive as arguments or in an object of one fixed shape, and no code but a
 * bare `return` follows the loop: code compiled while the first run is still looping (on-stack
 * replacement) then lacks no type feedback, so later runs do not deoptimize on entry or exit.
 */
export function runLoop(
  k: ExprKernels,
  m: number,
  x: number,
  y: number,
  n: number,
  rates: Float64Array | null,
  c: ResolvedConfig,
  maxR2: number,
  maxLoss: number,
  g: number[],
  jet: number[],
  path: Float64Array,
  status: Int8Array,
): number {
  // Momentum buffer, AdaGrad sum, RMSProp average or Adam's m in (a0, a1); Adam's v in (b0, b1).
  let a0 = 0;
  let a1 = 0;
  let b0 = 0;
  let b1 = 0;
  let pow1 = 1;
  let pow2 = 1;
  // Settings and their complements read once, before the loop: the loads and subtractions did not
  // leave the loop by themselves (Adam, 100k steps: 4.0 → 3.4 ms; same values, bit for bit).
  const beta1 = c.beta1;
  const beta2 = c.beta2;
  const eps = c.eps;
  const mu = c.momentum;
  const alpha = c.alpha;
  const lr = c.lr;
  const keep1 = 1 - beta1;
  const keep2 = 1 - beta2;
  const keepAlpha = 1 - alpha;
  for (let t = 0; ; t++) {
    const f = k.valueGradInto(x, y, g);
    const g0 = g[0];
    const g1 = g[1];
    // Written so that NaN coordinates or loss fail the test and stop the run as well.
    if (!(x * x + y * y <= maxR2 && Math.abs(f) <= maxLoss)) {
      status[0] = 1;
      return t - 1;
    }
    path[2 * t] = x;
    path[2 * t + 1] = y;
    if (t === n) return n;
    const eta = rates === null ? lr : rates[t];
    // (dx, dy) is the whole step, η included; η multiplies before the divisions, off the
    // chain of dependent operations that limits the speed of a step.
    let dx = eta * g0;
    let dy = eta * g1;
    if (m === 5) {
      pow1 *= beta1;
      pow2 *= beta2;
      a0 += keep1 * (g0 - a0);
      a1 += keep1 * (g1 - a1);
      b0 = beta2 * b0 + keep2 * g0 * g0;
      b1 = beta2 * b1 + keep2 * g1 * g1;
      const stepSize = eta / (1 - pow1);
      const c2 = Math.sqrt(1 - pow2);
      dx = (stepSize * a0) / (Math.sqrt(b0) / c2 + eps);
      dy = (stepSize * a1) / (Math.sqrt(b1) / c2 + eps);
    } else if (m === 1 || m === 2) {
      a0 = t === 0 ? g0 : mu * a0 + g0;
      a1 = t === 0 ? g1 : mu * a1 + g1;
      dx = eta * (m === 2 ? g0 + mu * a0 : a0);
      dy = eta * (m === 2 ? g1 + mu * a1 : a1);
    } else if (m === 3 || m === 4) {
      a0 = m === 3 ? a0 + g0 * g0 : alpha * a0 + keepAlpha * g0 * g0;
      a1 = m === 3 ? a1 + g1 * g1 : alpha * a1 + keepAlpha * g1 * g1;
      dx = (eta * g0) / (Math.sqrt(a0) + eps);
      dy = (eta * g1) / (Math.sqrt(a1) + eps);
    } else if (m === 6) {
      // Newton's second evaluation (for the Hessian) keeps the common path free of Newton's layout.
      k.jetInto(x, y, jet);
      const h = jet[3];
      const hxy = jet[4];
      const hyy = jet[5];
      const det = h * hyy - hxy * hxy;
      const scale = Math.max(Math.abs(h), Math.abs(hxy), Math.abs(hyy));
      const nx = (hyy * g0 - hxy * g1) / det;
      const ny = (h * g1 - hxy * g0) / det;
      if (!(
        Math.abs(det) > SINGULAR_TOLERANCE * scale * scale &&
        Number.isFinite(nx) &&
        Number.isFinite(ny)
      )) {
        status[0] = 2;
        return t;
      }
      dx = eta * nx;
      dy = eta * ny;
    }
    x -= dx;
    y -= dy;
  }
}
