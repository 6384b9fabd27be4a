/** The target of a variational fit: a built-in MCMC target by name, or a typed log-density. */
import { banana, correlatedGaussian, donut, mixture } from '../mcmc/builtinTargets';
import { customTarget } from '../mcmc/customTarget';
import type { Target2D } from '../mcmc/target';

/** Names accepted besides a log-density expression. */
export const VI_TARGET_NAMES = ['gaussian', 'banana', 'donut', 'mixture'] as const;

/**
 * 'gaussian' (correlation `rho`), 'banana', 'donut', 'mixture', or else an expression for log p(x, y).
 * @throws RangeError for an invalid ρ or a log-density that does not parse or is nowhere finite.
 */
export function resolveViTarget(target: string, rho = 0.8): Target2D {
  if (typeof target !== 'string')
    throw new RangeError('the target must be a name or a log-density expression');
  switch (target.trim()) {
    case 'gaussian':
      return correlatedGaussian(rho);
    case 'banana':
      return banana();
    case 'donut':
      return donut();
    case 'mixture':
      return mixture();
    default:
      return customTarget(target);
  }
}

/** The point of a 41 × 41 grid over the target's box where log p is highest (where a fit starts). */
export function gridMode(t: Target2D): [number, number] {
  const [x0, x1, y0, y1] = t.bounds;
  const n = 41;
  let best = -Infinity;
  let at: [number, number] = [0.5 * (x0 + x1), 0.5 * (y0 + y1)];
  for (let j = 0; j < n; j++)
    for (let i = 0; i < n; i++) {
      const x = x0 + ((x1 - x0) * i) / (n - 1);
      const y = y0 + ((y1 - y0) * j) / (n - 1);
      const v = t.logDensity(x, y);
      if (v > best) {
        best = v;
        at = [x, y];
      }
    }
  return at;
}
