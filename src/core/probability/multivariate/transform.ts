/**
 * Change of variables: the density of Y = g(X) for X with a known law, p_Y(y) = p_X(g⁻¹(y))·|dg⁻¹/dy|
 * = p_X(x)/|g′(x)| at x = g⁻¹(y), with g′ by automatic differentiation and g⁻¹ by bisection.
 */
import { dependsOn, type Ast } from '../../expr/ast';
import { compileExpr, type CompiledExpr } from '../../expr/compile';
import { parseToAst } from '../../expr/parse';
import type { Distribution } from '../distributions/types';

/** Points of the support where g′ is checked for a change of sign. */
const PROBES = 400;

interface Problem {
  g: CompiledExpr;
  lo: number;
  hi: number;
  /** Interior probe points of the support, increasing. */
  probes: number[];
}

function read(gSource: string, base: Distribution): Problem | { error: string } {
  const parsed = parseToAst(gSource);
  if (!parsed.ok) return { error: `g: ${parsed.error.message}` };
  const ast: Ast = parsed.ast;
  if ((dependsOn(ast) & 2) !== 0) return { error: 'g must be a function of x alone (it uses y)' };
  if ((dependsOn(ast) & 1) === 0) return { error: 'g is constant: Y = g(X) has no density' };
  if (!base || typeof base.density !== 'function' || typeof base.quantile !== 'function')
    return { error: 'the base law must be a distribution (makeDistribution)' };
  if (base.discrete)
    return { error: 'the base law must be continuous: a discrete X has no density to transform' };
  const lo = base.quantile(0);
  const hi = base.quantile(1);
  const probes: number[] = [];
  // Even quantiles, plus tail quantiles down to 1e-15 so that the branch scan also brackets far roots.
  const us: number[] = [];
  for (let e = 15; e >= 3; e--) us.push(10 ** -e);
  for (let i = 1; i < PROBES; i++) us.push(i / PROBES);
  for (let e = 3; e <= 15; e++) us.push(1 - 10 ** -e);
  for (const u of us) {
    const x = base.quantile(u);
    if (Number.isFinite(x) && (probes.length === 0 || x > probes[probes.length - 1])) probes.push(x);
  }
  return { g: compileExpr(ast), lo, hi, probes };
}

/** g′(x) (NaN where g is not differentiable). */
function slope(g: CompiledExpr, x: number): number {
  return g.gradient(x, 0)[0];
}

/**
 * A message when g is undefined somewhere in the support; sign 0 when its slope changes sign there
 * (a non-monotone g: the density is a sum over the branches of g⁻¹).
 */
function checkMonotone(p: Problem): { error: string } | { sign: 1 | -1 | 0 } {
  let sign = 0;
  for (const x of p.probes) {
    const v = p.g.evaluate(x, 0);
    const d = slope(p.g, x);
    if (!Number.isFinite(v) || Number.isNaN(d))
      return { error: `g is not defined at x = ${Number(x.toPrecision(6))}, inside the support of X` };
    if (d === 0) continue;
    if (sign === 0) sign = Math.sign(d);
    else if (Math.sign(d) !== sign) return { sign: 0 };
  }
  return sign === 0 ? { error: 'g has slope 0 throughout the support of X' } : { sign: sign as 1 | -1 };
}

/** g at x, with the limits at the ends of the support where g is not finite there (log at 0). */
function gAt(g: CompiledExpr, x: number): number {
  return g.evaluate(x, 0);
}

/**
 * x in [lo, hi] with g(x) = y for an increasing (sign 1) or decreasing g, by bracketing outwards
 * from the probes and bisecting down to adjacent doubles; null when y is outside g's range.
 */
function invert(p: Problem, sign: 1 | -1, y: number): number | null {
  const h = (x: number) => sign * (gAt(p.g, x) - y); // increasing in x
  let a = p.probes[0];
  let b = p.probes[p.probes.length - 1];
  if (h(a) > 0) {
    // Move left towards the lower end of the support.
    let step = Math.max(1, Math.abs(a));
    let found = false;
    for (let i = 0; i < 2100; i++) {
      const next = Math.max(p.lo, -Number.MAX_VALUE, a - step);
      const v = h(next);
      if (Number.isNaN(v)) break;
      b = a;
      a = next;
      if (v <= 0) {
        found = true;
        break;
      }
      if (next === p.lo || next === -Number.MAX_VALUE) break;
      step *= 2;
    }
    if (!found) return null;
  } else if (h(b) < 0) {
    let step = Math.max(1, Math.abs(b));
    let found = false;
    for (let i = 0; i < 2100; i++) {
      const next = Math.min(p.hi, Number.MAX_VALUE, b + step);
      const v = h(next);
      if (Number.isNaN(v)) break;
      a = b;
      b = next;
      if (v >= 0) {
        found = true;
        break;
      }
      if (next === p.hi || next === Number.MAX_VALUE) break;
      step *= 2;
    }
    if (!found) return null;
  } else {
    // The root lies among the probes: narrow the bracket to neighbouring probes.
    for (const x of p.probes) {
      if (h(x) <= 0) a = x;
      else {
        b = x;
        break;
      }
    }
  }
  for (let i = 0; i < 2200; i++) {
    const m = 0.5 * a + 0.5 * b;
    if (m <= a || m >= b) break;
    if (h(m) <= 0) a = m;
    else b = m;
  }
  // Of the two adjacent doubles, the one whose image is nearer y.
  return Math.abs(h(a)) <= Math.abs(h(b)) ? a : b;
}

/**
 * Density of Y = g(X) at y: p_X(g⁻¹(y))·|dg⁻¹/dy| = p_X(x)/|g′(x)| at x = g⁻¹(y), g′ by automatic
 * differentiation, g⁻¹ by a bracketing bisection on X's support. For a g whose slope changes sign on the
 * support (x² of a normal) the density is the sum over the branches of g⁻¹ found by a bracketing scan of
 * the support (quantiles from 1e-15 to 1 − 1e-15), 0 where g never reaches y. Returns { error } for text
 * that does not parse, g undefined on the support, or (monotone g) y outside g's range.
 */
export function transformedDensity(g: string, base: Distribution, y: number): number | { error: string } {
  if (!Number.isFinite(y)) return { error: 'y must be a finite number' };
  const p = read(g, base);
  if ('error' in p) return p;
  const m = checkMonotone(p);
  if ('error' in m) return m;
  if (m.sign === 0) return branchSum(p, base, y).density;
  const x = invert(p, m.sign, y);
  if (x === null) return { error: `y = ${y} is outside the range of g on the support of X` };
  const v = gAt(p.g, x);
  // Bisection on a g that is flat or jumps here would stop far from y.
  if (!(Math.abs(v - y) <= 1e-9 * Math.max(1, Math.abs(y))))
    return { error: `y = ${y} is outside the range of g on the support of X` };
  const d = Math.abs(slope(p.g, x));
  return d === 0 ? Infinity : base.density(x) / d;
}

/**
 * For any g (also non-monotone, as x²): every branch x = g⁻¹(y) found between neighbouring probes of
 * the support, and the density Σ_branches p_X(x)/|g′(x)|. Roots beyond the 1e-15 and 1 − 1e-15
 * quantiles are missed (their probability is below 1e-15).
 */
export function transformedDensityBranches(
  g: string,
  base: Distribution,
  y: number,
): { density: number; branches: number[] } | { error: string } {
  if (!Number.isFinite(y)) return { error: 'y must be a finite number' };
  const p = read(g, base);
  if ('error' in p) return p;
  return branchSum(p, base, y);
}

/** Every root of g(x) = y bracketed between neighbouring probes, bisected, and Σ p_X(x)/|g′(x)|. */
function branchSum(p: Problem, base: Distribution, y: number): { density: number; branches: number[] } {
  const branches: number[] = [];
  let density = 0;
  const h = (x: number) => gAt(p.g, x) - y;
  for (let i = 0; i + 1 < p.probes.length; i++) {
    let a = p.probes[i];
    let b = p.probes[i + 1];
    const ha = h(a);
    const hb = h(b);
    if (!(Number.isFinite(ha) && Number.isFinite(hb)) || ha * hb > 0 || (hb === 0 && i + 2 < p.probes.length))
      continue;
    const s = Math.sign(hb - ha);
    for (let k = 0; k < 2200; k++) {
      const m = 0.5 * a + 0.5 * b;
      if (m <= a || m >= b) break;
      if (s * h(m) <= 0) a = m;
      else b = m;
    }
    const x = Math.abs(h(a)) <= Math.abs(h(b)) ? a : b;
    branches.push(x);
    density += base.density(x) / Math.abs(slope(p.g, x));
  }
  return { density, branches };
}
