/**
 * Critical points of f on the curve g(x, y) = c: solutions of ∇f = λ∇g, g = c, found by Newton's method
 * on that 3×3 system (exact derivatives from the expression engine) from a grid of starts, kept when
 * distinct and classified by the bordered Hessian.
 */
import type { CompiledExpr } from '../expr/compile';
import { checkDomain, inside, type PlaneDomain } from './domain';
import { solve3 } from './linear3';
import { checkFinite, readExpr, type CalculusError } from './source';

export type ConstrainedKind = 'min' | 'max' | 'neither';

/** A constrained critical point: ∇f(x, y) = λ∇g(x, y), g(x, y) = c, value f and its kind on the curve. */
export interface LagrangePoint {
  x: number;
  y: number;
  lambda: number;
  f: number;
  kind: ConstrainedKind;
}

/** Starts per axis: 18² Newton runs find every point of the curricula's polynomial examples. */
const GRID = 18;
/** More distinct points than this means a whole arc of critical points (f constant along g = c). */
const MAX_POINTS = 100;

const ARC_MESSAGE =
  'f is stationary along a whole arc of the constraint: its critical points are not isolated';

const jet = () => new Float64Array(6);

/** Derivative of f along the unit tangent of g = c at (x, y), relative to |∇f|. */
function tangentialSlope(f: CompiledExpr, g: CompiledExpr, x: number, y: number): number {
  const jf = jet();
  const jg = jet();
  f.jetInto(x, y, jf);
  g.jetInto(x, y, jg);
  const t = (-jf[1] * jg[2] + jf[2] * jg[1]) / Math.hypot(jg[1], jg[2]);
  return Math.abs(t) / (Math.hypot(jf[1], jf[2]) + 1e-300);
}

/** True when f stays stationary on the curve a little way to both sides of a degenerate point. */
function onArc(f: CompiledExpr, g: CompiledExpr, c: number, p: LagrangePoint, size: number): boolean {
  const jg = jet();
  g.jetInto(p.x, p.y, jg);
  const n = Math.hypot(jg[1], jg[2]);
  return [-1, 1].every((side) => {
    const d = (side * 1e-3 * size) / n;
    const q = projectOnto(g, c, p.x - d * jg[2], p.y + d * jg[1]);
    return q !== null && !(tangentialSlope(f, g, q[0], q[1]) > 1e-8);
  });
}

/** Newton's method for g = c along ∇g from (x, y); null when it fails. */
export function projectOnto(g: CompiledExpr, c: number, x: number, y: number): [number, number] | null {
  const j = jet();
  for (let i = 0; i < 60; i++) {
    g.jetInto(x, y, j);
    const r = j[0] - c;
    const n2 = j[1] * j[1] + j[2] * j[2];
    if (!Number.isFinite(r) || !(n2 > 0)) return null;
    const dx = (r * j[1]) / n2;
    const dy = (r * j[2]) / n2;
    x -= dx;
    y -= dy;
    if (Math.abs(dx) + Math.abs(dy) <= 1e-15 * (1 + Math.abs(x) + Math.abs(y))) return [x, y];
  }
  g.jetInto(x, y, j);
  return Math.abs(j[0] - c) <= 1e-12 * Math.max(1, Math.abs(c)) ? [x, y] : null;
}

/** Residual of the Lagrange system and its Jacobian at (x, y, λ). */
function system(
  f: CompiledExpr,
  g: CompiledExpr,
  c: number,
  z: number[],
  jf: Float64Array,
  jg: Float64Array,
) {
  const [x, y, l] = z;
  f.jetInto(x, y, jf);
  g.jetInto(x, y, jg);
  const r = [jf[1] - l * jg[1], jf[2] - l * jg[2], jg[0] - c];
  const a = [
    [jf[3] - l * jg[3], jf[4] - l * jg[4], -jg[1]],
    [jf[4] - l * jg[4], jf[5] - l * jg[5], -jg[2]],
    [jg[1], jg[2], 0],
  ];
  return { r, a };
}

const norm = (r: number[]) => Math.hypot(...r);

/** Damped Newton on the Lagrange system from (x, y); the converged (x, y, λ) or null. */
function newton(f: CompiledExpr, g: CompiledExpr, c: number, x0: number, y0: number, reach: number) {
  const start = projectOnto(g, c, x0, y0);
  if (!start) return null;
  const jf = jet();
  const jg = jet();
  f.jetInto(start[0], start[1], jf);
  g.jetInto(start[0], start[1], jg);
  const lambda0 = (jf[1] * jg[1] + jf[2] * jg[2]) / (jg[1] * jg[1] + jg[2] * jg[2]);
  let z = [start[0], start[1], lambda0];
  let s = system(f, g, c, z, jf, jg);
  let converged = 0;
  for (let it = 0; it < 80 && converged < 2; it++) {
    const step = solve3(
      s.a,
      s.r.map((v) => -v),
    );
    // A singular Jacobian at an exact root (a degenerate point, or an arc of them) is still a root.
    if (!step && norm(s.r) === 0) break;
    if (!step || !step.every(Number.isFinite)) return null;
    let t = 1;
    let next = z.map((v, i) => v + step[i]);
    let sn = system(f, g, c, next, jf, jg);
    // Halve the step while it does not reduce the residual (far from a root Newton may overshoot).
    while (!(norm(sn.r) < norm(s.r)) && t > 1 / 64 && norm(s.r) > 0) {
      t /= 2;
      next = z.map((v, i) => v + t * step[i]);
      sn = system(f, g, c, next, jf, jg);
    }
    const size = Math.hypot(next[0] - z[0], next[1] - z[1]);
    z = next;
    s = sn;
    if (!z.every(Number.isFinite) || Math.hypot(z[0], z[1]) > reach) return null;
    // Two more full steps after the step is tiny: quadratic convergence then reaches float64 accuracy.
    if (size <= 1e-12 * (1 + Math.hypot(z[0], z[1]))) converged++;
  }
  if (converged === 0 && norm(s.r) !== 0) return null;
  const scale = 1 + Math.abs(jf[1]) + Math.abs(jf[2]) + Math.abs(z[2]) * (Math.abs(jg[1]) + Math.abs(jg[2]));
  if (!(norm(s.r.slice(0, 2)) <= 1e-8 * scale && Math.abs(s.r[2]) <= 1e-10 * Math.max(1, Math.abs(c))))
    return null;
  return z;
}

/**
 * Kind on the curve from the bordered Hessian of L = f − λ(g − c): its determinant
 * D = −(g_x² L_yy − 2 g_x g_y L_xy + g_y² L_xx) is > 0 at a constrained maximum and < 0 at a minimum
 * (D/|∇g|² is minus the second derivative of f along the curve).
 */
export function borderedHessianKind(
  jf: ArrayLike<number>,
  jg: ArrayLike<number>,
  lambda: number,
): ConstrainedKind {
  const lxx = jf[3] - lambda * jg[3];
  const lxy = jf[4] - lambda * jg[4];
  const lyy = jf[5] - lambda * jg[5];
  const gx = jg[1];
  const gy = jg[2];
  const d = -(gx * gx * lyy - 2 * gx * gy * lxy + gy * gy * lxx);
  const size = (gx * gx + gy * gy) * (Math.abs(lxx) + Math.abs(lxy) + Math.abs(lyy) + 1e-300);
  if (!(Math.abs(d) > 1e-9 * size)) return 'neither';
  return d > 0 ? 'max' : 'min';
}

/** Sorts by x, then by y among points whose x agree within 1e-9. */
function byXThenY(a: LagrangePoint, b: LagrangePoint): number {
  return Math.abs(a.x - b.x) <= 1e-9 ? a.y - b.y : a.x - b.x;
}

/**
 * Every critical point of f on the constraint g(x, y) = c strictly inside `domain` (x, y to ~1e-12):
 * ∇f = λ∇g, λ the multiplier (d(f*)/dc at the point), f the value, kind 'min' | 'max' | 'neither'
 * along the curve by the bordered Hessian. Sorted by x, then y (x ties within 1e-9).
 * Returns { error } for text that does not parse, non-finite c or domain, or a whole arc of critical
 * points (f constant along the curve).
 */
export function lagrangePoints(
  f: string,
  g: string,
  c: number,
  domain: PlaneDomain,
): { points: LagrangePoint[] } | CalculusError {
  const fe = readExpr(f, 'f');
  if ('error' in fe) return fe;
  const ge = readExpr(g, 'g');
  if ('error' in ge) return ge;
  const bad = checkFinite(c, 'c') ?? checkDomain(domain);
  if (bad) return bad;
  const { xmin, xmax, ymin, ymax } = domain;
  const size = Math.max(xmax - xmin, ymax - ymin);
  const reach = 4 * (size + Math.hypot(xmin, xmax, ymin, ymax));
  const found: number[][] = [];
  for (let i = 0; i < GRID; i++)
    for (let j = 0; j < GRID; j++) {
      // Cell centres, nudged off the symmetric points (the origin) where ∇g often vanishes.
      const x = xmin + ((i + 0.5 + 0.013) / GRID) * (xmax - xmin);
      const y = ymin + ((j + 0.5 + 0.029) / GRID) * (ymax - ymin);
      const z = newton(fe, ge, c, x, y, reach);
      if (!z || !inside(domain, z[0], z[1])) continue;
      if (found.some((p) => Math.hypot(p[0] - z[0], p[1] - z[1]) <= 1e-7 * size)) continue;
      found.push(z);
      if (found.length > MAX_POINTS) return { error: ARC_MESSAGE };
    }
  const jf = jet();
  const jg = jet();
  const points = found.map(([x, y, lambda]): LagrangePoint => {
    fe.jetInto(x, y, jf);
    ge.jetInto(x, y, jg);
    return { x, y, lambda, f: jf[0], kind: borderedHessianKind(jf, jg, lambda) };
  });
  if (points.some((p) => p.kind === 'neither' && onArc(fe, ge, c, p, size))) return { error: ARC_MESSAGE };
  return { points: points.sort(byXThenY) };
}
