import {
  compileGrid,
  kktPoints,
  lagrangePoints,
  parseToAst,
  type KktPoint,
  type LagrangePoint,
  type PlaneDomain,
} from '../../core';
import type { JobContext } from './context';

export interface ConstraintRequest {
  f: string;
  g: string;
  c: number;
  kind: 'eq' | 'le';
  domain: PlaneDomain;
  /** Points per side of the grid of g (the curve g = c and the feasible region are its contours). */
  n: number;
}

/** The optimum's value at c ± dc (same point followed by continuity), for λ as df*∕dc. */
export interface Sensitivity {
  dc: number;
  fMinus: number;
  fPlus: number;
}

export interface ConstraintResult {
  /** gValues[j·n + i] = g(xs[i], ys[j]) on the request's domain (NaN where g is not real). */
  n: number;
  gValues: Float64Array;
  /** Every critical point of f on g = c (or the message why they are not isolated). */
  points: LagrangePoint[];
  pointsError: string | null;
  /** For g ≤ c: the KKT minima, the best first. */
  kkt: KktPoint[] | null;
  /**
   * The index in `points` of the constrained optimum: the lowest constrained minimum for g = c, the best KKT
   * point when it is active for g ≤ c; −1 when there is none (or the optimum is inside, inactive).
   */
  best: number;
  sensitivity: Sensitivity | null;
}

/** The point of `list` nearest (x, y) of the same kind, or null. */
function follow(list: LagrangePoint[], p: LagrangePoint): LagrangePoint | null {
  let best: LagrangePoint | null = null;
  for (const q of list)
    if (
      q.kind === p.kind &&
      (!best || Math.hypot(q.x - p.x, q.y - p.y) < Math.hypot(best.x - p.x, best.y - p.y))
    )
      best = q;
  return best;
}

/** g on the grid, the Lagrange points of f on g = c (and the KKT minima for g ≤ c), and df*∕dc by nudging c. */
export async function constraintJob(req: ConstraintRequest, ctx: JobContext): Promise<ConstraintResult> {
  const parsed = parseToAst(req.g);
  if (!parsed.ok) throw new Error(`g: ${parsed.error.message}`);
  const n = Math.max(2, Math.min(401, Math.floor(req.n)));
  const evaluator = compileGrid(parsed.ast, { allowCodegen: true });
  const { xmin, xmax, ymin, ymax } = req.domain;
  const xs = new Float64Array(n);
  const ys = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    xs[i] = xmin + ((xmax - xmin) * i) / (n - 1);
    ys[i] = ymin + ((ymax - ymin) * i) / (n - 1);
  }
  const gValues = new Float64Array(n * n);
  evaluator.evalGrid(xs, ys, gValues);
  await ctx.checkpoint();
  const found = lagrangePoints(req.f, req.g, req.c, req.domain);
  await ctx.checkpoint();
  const points = 'error' in found ? [] : found.points;
  const pointsError = 'error' in found ? found.error : null;
  let kkt: KktPoint[] | null = null;
  if (req.kind === 'le') {
    const k = kktPoints(req.f, req.g, req.c, req.domain);
    kkt = 'error' in k ? [] : k.points;
    await ctx.checkpoint();
  }
  // The constrained optimum: the lowest constrained minimum on g = c; for g ≤ c the best KKT point, when
  // it lies on the curve (an inactive one has λ = 0 and nothing to nudge).
  let best = -1;
  if (kkt) {
    const top = kkt[0];
    if (top?.active) best = points.findIndex((p) => p.x === top.x && p.y === top.y);
  } else
    points.forEach((p, i) => {
      if (p.kind === 'min' && (best < 0 || p.f < points[best].f)) best = i;
    });
  let sensitivity: Sensitivity | null = null;
  if (best >= 0) {
    const dc = 1e-3 * Math.max(1, Math.abs(req.c));
    const minus = lagrangePoints(req.f, req.g, req.c - dc, req.domain);
    const plus = lagrangePoints(req.f, req.g, req.c + dc, req.domain);
    const a = 'error' in minus ? null : follow(minus.points, points[best]);
    const b = 'error' in plus ? null : follow(plus.points, points[best]);
    if (a && b) sensitivity = { dc, fMinus: a.f, fPlus: b.f };
  }
  return { n, gValues, points, pointsError, kkt, best, sensitivity };
}
