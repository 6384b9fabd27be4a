/** A target whose log-density the student types, through the expression engine (exact gradient for HMC). */
import { kernelsOf, parseToAst, toTex, compileExpr } from '../../expr/index';
import type { Target2D } from './target';

export const CUSTOM_BOUNDS = [-4, 4, -4, 4] as const;

/** Grid used to pick a starting point where the typed density is positive. */
const START_GRID = 21;

/**
 * log π(x, y) given as an expression in x and y. Values that are not finite (NaN where the
 * expression is not real, ±∞) count as outside the support, log π = −∞, so such proposals are
 * rejected. The chain starts at the grid point of [−4, 4]² with the highest log-density.
 * @throws RangeError with the parser's message for malformed text, or when log π is not finite
 * anywhere on the grid.
 */
export function customTarget(source: string): Target2D {
  const parsed = parseToAst(source);
  if (!parsed.ok) throw new RangeError(`log-density: ${parsed.error.message}`);
  const k = kernelsOf(compileExpr(parsed.ast));
  const scratch = [0.5, 0.5];
  const logDensity = (x: number, y: number) => {
    const v = k.valueGradInto(x, y, scratch);
    return Number.isFinite(v) ? v : -Infinity;
  };
  const [x0, x1, y0, y1] = CUSTOM_BOUNDS;
  let best = -Infinity;
  let start: [number, number] = [0, 0];
  for (let j = 0; j < START_GRID; j++)
    for (let i = 0; i < START_GRID; i++) {
      const x = x0 + ((x1 - x0) * i) / (START_GRID - 1);
      const y = y0 + ((y1 - y0) * j) / (START_GRID - 1);
      const v = logDensity(x, y);
      if (v > best) {
        best = v;
        start = [x, y];
      }
    }
  if (best === -Infinity)
    throw new RangeError(
      'log-density: it is not a finite number anywhere in [−4, 4]², so there is nothing to sample',
    );
  return {
    logDensity,
    logDensityGrad(x, y, g) {
      const v = k.valueGradInto(x, y, g);
      return Number.isFinite(v) ? v : -Infinity;
    },
    bounds: CUSTOM_BOUNDS,
    start,
    tex: `\\log\\pi(x,y) = ${toTex(parsed.ast)}`,
  };
}
