/** What the constraint view reads at a dragged point, and the KKT points of an inequality constraint. */
import type { CompiledExpr } from '../expr/compile';
import { checkDomain, inside, type PlaneDomain } from './domain';
import { lagrangePoints, projectOnto } from './lagrange';
import { checkFinite, readExpr, type CalculusError } from './source';

/**
 * ∇f and ∇g at (x, y), the angle between them (radians, 0 to π; 0 or π where ∇f ∥ ∇g, the tangency
 * condition), the least-squares multiplier λ = ∇f·∇g/|∇g|² and the residual |∇f − λ∇g|.
 */
export function constraintGeometry(
  f: string,
  g: string,
  x: number,
  y: number,
):
  | {
      f: number;
      g: number;
      gradF: [number, number];
      gradG: [number, number];
      angle: number;
      lambda: number;
      residual: number;
    }
  | CalculusError {
  const fe = readExpr(f, 'f');
  if ('error' in fe) return fe;
  const ge = readExpr(g, 'g');
  if ('error' in ge) return ge;
  const bad = checkFinite(x, 'x') ?? checkFinite(y, 'y');
  if (bad) return bad;
  const gf = fe.gradient(x, y);
  const gg = ge.gradient(x, y);
  const fv = fe.evaluate(x, y);
  const gv = ge.evaluate(x, y);
  if (![fv, gv, ...gf, ...gg].every(Number.isFinite))
    return { error: `f or g (or a gradient) is not defined at (${x}, ${y})` };
  const ng = Math.hypot(...gg);
  if (ng === 0) return { error: `∇g = 0 at (${x}, ${y}): the constraint has no normal there` };
  const lambda = (gf[0] * gg[0] + gf[1] * gg[1]) / (ng * ng);
  // atan2 of cross and dot: accurate near 0 and π, where acos of the normalized dot is not.
  const angle = Math.atan2(Math.abs(gf[0] * gg[1] - gf[1] * gg[0]), gf[0] * gg[0] + gf[1] * gg[1]);
  return {
    f: fv,
    g: gv,
    gradF: gf,
    gradG: gg,
    angle,
    lambda,
    residual: Math.hypot(gf[0] - lambda * gg[0], gf[1] - lambda * gg[1]),
  };
}

/** The point of g = c reached from (x, y) by Newton steps along ∇g (for dragging a point along the curve). */
export function projectToConstraint(
  g: string,
  c: number,
  x: number,
  y: number,
): { x: number; y: number } | CalculusError {
  const ge = readExpr(g, 'g');
  if ('error' in ge) return ge;
  const bad = checkFinite(c, 'c') ?? checkFinite(x, 'x') ?? checkFinite(y, 'y');
  if (bad) return bad;
  const p = projectOnto(ge, c, x, y);
  return p ? { x: p[0], y: p[1] } : { error: `no point of g = ${c} was reached from (${x}, ${y})` };
}

/** A KKT point of min f subject to g ≤ c: ∇f + μ∇g = 0, μ ≥ 0, μ(g − c) = 0. */
export interface KktPoint {
  x: number;
  y: number;
  f: number;
  /** μ = −λ (0 when the constraint is inactive). */
  mu: number;
  active: boolean;
}

/** Local minima of f with ∇f = 0 (positive definite Hessian) strictly inside the domain, by Newton from a grid. */
function interiorMinima(fe: CompiledExpr, d: PlaneDomain): [number, number][] {
  const out: [number, number][] = [];
  const j = new Float64Array(6);
  const size = Math.max(d.xmax - d.xmin, d.ymax - d.ymin);
  const n = 12;
  for (let a = 0; a < n; a++)
    for (let b = 0; b < n; b++) {
      let x = d.xmin + ((a + 0.51) / n) * (d.xmax - d.xmin);
      let y = d.ymin + ((b + 0.53) / n) * (d.ymax - d.ymin);
      for (let it = 0; it < 60; it++) {
        fe.jetInto(x, y, j);
        const det = j[3] * j[5] - j[4] * j[4];
        if (!(Math.abs(det) > 0) || !Number.isFinite(det)) break;
        const dx = (j[5] * j[1] - j[4] * j[2]) / det;
        const dy = (j[3] * j[2] - j[4] * j[1]) / det;
        x -= dx;
        y -= dy;
        if (Math.hypot(dx, dy) <= 1e-13 * (1 + Math.hypot(x, y))) break;
      }
      fe.jetInto(x, y, j);
      const pd = j[3] > 0 && j[3] * j[5] - j[4] * j[4] > 0;
      const tiny = Math.hypot(j[1], j[2]) <= 1e-9 * (1 + Math.abs(j[0]));
      if (pd && tiny && inside(d, x, y) && !out.some(([u, v]) => Math.hypot(u - x, v - y) <= 1e-7 * size))
        out.push([x, y]);
    }
  return out;
}

/**
 * The KKT points of min f(x, y) subject to g(x, y) ≤ c inside the domain that are local minima:
 * interior minima of f with g < c (constraint inactive, μ = 0), and constrained minima on g = c with
 * μ = −λ ≥ 0 (active: f would decrease by leaving the feasible set, and the multiplier prices that).
 * Sorted by f, the best first.
 */
export function kktPoints(
  f: string,
  g: string,
  c: number,
  domain: PlaneDomain,
): { points: KktPoint[] } | CalculusError {
  const fe = readExpr(f, 'f');
  if ('error' in fe) return fe;
  const ge = readExpr(g, 'g');
  if ('error' in ge) return ge;
  const bad = checkFinite(c, 'c') ?? checkDomain(domain);
  if (bad) return bad;
  const boundary = lagrangePoints(f, g, c, domain);
  if ('error' in boundary) return boundary;
  const points: KktPoint[] = interiorMinima(fe, domain)
    .filter(([x, y]) => ge.evaluate(x, y) < c)
    .map(([x, y]) => ({ x, y, f: fe.evaluate(x, y), mu: 0, active: false }));
  for (const p of boundary.points)
    if (p.kind === 'min' && -p.lambda >= 0)
      points.push({ x: p.x, y: p.y, f: p.f, mu: -p.lambda, active: true });
  return { points: points.sort((a, b) => a.f - b.f) };
}
