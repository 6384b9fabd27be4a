/** Builds a target from its plain-data description. */
import { banana, correlatedGaussian, donut, mixture } from './builtinTargets';
import { customTarget } from './customTarget';
import type { Target2D, TargetSpec } from './target';

/**
 * The target a spec describes.
 * @throws RangeError for an invalid correlation or a log-density that does not parse (with the reason).
 */
export function makeTarget(spec: TargetSpec): Target2D {
  switch (spec.kind) {
    case 'gaussian':
      return correlatedGaussian(spec.rho);
    case 'banana':
      return banana();
    case 'donut':
      return donut();
    case 'mixture':
      return mixture();
    case 'custom':
      return customTarget(spec.source);
    default:
      throw new RangeError(`unknown target ${String((spec as { kind: unknown }).kind)}`);
  }
}
