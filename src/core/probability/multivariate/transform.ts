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
  /** g and g′ at the probes, worked out once (a curve asks for hundreds of y). */
  values: number[];
  slopes: number[];
}

/** Why the text cannot be g (a typo, a y, a constant), or null: the same words transformedDensity uses. */
export function transformProblem(gSource: string): string | null {
  const parsed = parseAst(gSource);
  return 'error' in parsed ? parsed.error : null;
}

function parseAst(gSource: string): { ast: Ast } | { error: string } {
  const parsed = parseToAst(gSource);
  if (!parsed.ok) return { error: `g: ${parsed.error.message}` };
  const ast: Ast = parsed.ast;
  if ((dependsOn(ast) & 2) !== 0) return { error: 'g must be a function of x alone (it uses y)' };
  if ((dependsOn(ast) & 1) === 0) return { error: 'g is constant: Y = g(X) has no density' };
  return { ast };
}

function read(gSource: string, base: Distribution): Problem | { error: string } {
  const parsed = parseAst(gSource);
  if ('error' in parsed) return parsed;
  const ast = parsed.ast;
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
  const g = compileExpr(ast);
  return {
    g,
    lo,
    hi,
    probes,
    values: probes.map((x) => g.evaluate(x, 0)),
    slopes: probes.map((x) => slope(g, x)),
  };
}

/** g′(x) (NaN where g is not differentiable). */
function slope(g: CompiledExpr, x: number): number {
  return g.gradient(x, 0)[0];
}

/**
 * A message when g is undefined (NaN) somewhere in the support; sign 0 when its slope changes sign there, or
 * when g has a pole or a jump there (1/x on a normal): the density is then a sum over the branches of g⁻¹.
 */
function checkMonotone(p: Problem): { error: string } | { sign: 1 | -1 | 0; pole?: boolean } {
  let sign = 0;
  let pole = false;
  let last = NaN;
  for (let i = 0; i < p.probes.length; i++) {
    const x = p.probes[i];
    const v = p.values[i];
    if (Number.isNaN(v))
      return { error: `g is not defined at x = ${Number(x.toPrecision(6))}, inside the support of X` };
    if (!Number.isFinite(v)) {
      // An isolated pole (1/x at 0) has probability 0; its neighbours decide whether g is defined.
      pole = true;
      last = NaN;
      continue;
    }
    const d = p.slopes[i];
    if (Number.isNaN(d))
      return { error: `g is not defined at x = ${Number(x.toPrecision(6))}, inside the support of X` };
    // A value against the slope's direction is a jump: not one monotone branch.
    if (sign !== 0 && !Number.isNaN(last) && sign * (v - last) < 0) pole = true;
    last = v;
    if (d === 0) continue;
    if (sign === 0) sign = Math.sign(d);
    else if (Math.sign(d) !== sign) return { sign: 0 };
  }
  if (sign === 0) return { error: 'g has slope 0 throughout the support of X' };
  return pole ? { sign: 0, pole } : { sign: sign as 1 | -1 };
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

/** Points approaching `to` from `from` geometrically (a pole at `to`): to − (to − from)·2⁻ᵏ, k = 0, 1, …. */
function towards(from: number, to: number): number[] {
  const out: number[] = [];
  for (let k = 0; k <= 60; k++) {
    const x = to - (to - from) * 2 ** -k;
    if (x === to) break;
    out.push(x);
  }
  return out;
}

/** Every root of g(x) = y bracketed between neighbouring probes, bisected, and Σ p_X(x)/|g′(x)|. */
function branchSum(p: Problem, base: Distribution, y: number): { density: number; branches: number[] } {
  const branches: number[] = [];
  let density = 0;
  const h = (x: number) => gAt(p.g, x) - y;
  const near = (x: number) => Math.abs(h(x)) <= 1e-9 * Math.max(1, Math.abs(y));
  const add = (x: number) => {
    branches.push(x);
    density += base.density(x) / Math.abs(slope(p.g, x));
  };
  /** The root in [a, b] with h(a), h(b) of opposite signs, or the pole or jump the bisection lands on. */
  const bisect = (a: number, b: number): { x: number; root: boolean } => {
    const s = Math.sign(h(b) - h(a));
    for (let k = 0; k < 2200; k++) {
      const m = 0.5 * a + 0.5 * b;
      if (m <= a || m >= b) break;
      if (s * h(m) <= 0) a = m;
      else b = m;
    }
    const x = Math.abs(h(a)) <= Math.abs(h(b)) ? a : b;
    return { x, root: near(x) };
  };
  /** Sign changes of h along increasing points xs (all finite values), each bisected; poles split again. */
  /**
   * Sign changes of h along increasing points xs, each bisected; poles and jumps split again. `gs` and `ds`
   * are g and g′ at xs when known (the probes).
   */
  const scan = (xs: number[], depth: number, gs?: number[], ds?: number[]) => {
    const hAt = (i: number) => (gs ? gs[i] - y : h(xs[i]));
    const dAt = (i: number) => (ds ? ds[i] : slope(p.g, xs[i]));
    let hb = xs.length > 0 ? hAt(0) : NaN;
    for (let i = 0; i + 1 < xs.length; i++) {
      const a = xs[i];
      const b = xs[i + 1];
      const ha = hb;
      hb = hAt(i + 1);
      if (!(Number.isFinite(ha) && Number.isFinite(hb))) {
        // A pole at a probe (1/x at x = 0): look for roots right beside it.
        if (depth > 0 && Number.isFinite(ha) && !Number.isNaN(hb)) scan(towards(a, b), depth - 1);
        else if (depth > 0 && Number.isFinite(hb) && !Number.isNaN(ha))
          scan(towards(b, a).reverse(), depth - 1);
        continue;
      }
      // g runs against its slope from a to b: a pole or jump lies between them (1/x across 0), and a root
      // may lie right beside it on either side, whatever the signs of h at a and b.
      if (depth > 0 && hb !== ha) {
        const da = dAt(i);
        if (da !== 0 && Math.sign(hb - ha) === -Math.sign(da) && Math.sign(da) === Math.sign(dAt(i + 1))) {
          const pole = jumpIn(a, b, Math.sign(da));
          scan(towards(a, pole), depth - 1);
          scan(towards(b, pole).reverse(), depth - 1);
          continue;
        }
      }
      if (ha * hb > 0 || (hb === 0 && i + 2 < xs.length)) continue;
      const r = bisect(a, b);
      if (r.root) add(r.x);
      else if (depth > 0) {
        scan(towards(a, r.x), depth - 1);
        scan(towards(b, r.x).reverse(), depth - 1);
      }
    }
  };
  /** Where g, moving with slope sign s from a, first runs against it (the jump between a and b). */
  const jumpIn = (a: number, b: number, s: number): number => {
    const ga = gAt(p.g, a);
    for (let k = 0; k < 2200; k++) {
      const m = 0.5 * a + 0.5 * b;
      if (m <= a || m >= b) break;
      const gm = gAt(p.g, m);
      if (s * (gm - ga) >= 0) a = m;
      else b = m;
    }
    return 0.5 * a + 0.5 * b;
  };
  scan(p.probes, 1, p.values, p.slopes);
  return { density, branches };
}

/** The density of Y = g(X) on a grid of y, with how g was read (one parse and one monotonicity check). */
export interface TransformedCurve {
  density: number[];
  /** `branches` when g is not monotone on the support (x², or a pole as 1/x across 0). */
  kind: 'increasing' | 'decreasing' | 'branches';
  /** The largest number of branches x = g⁻¹(y) at any y of the grid (1 for a monotone g). */
  maxBranches: number;
}

/**
 * transformedDensity at each y of `ys`, 0 where g never takes the value y (outside its range); the same
 * messages as transformedDensity for text that does not parse or a g undefined on the support of X.
 */
export function transformedDensityCurve(
  g: string,
  base: Distribution,
  ys: readonly number[],
): TransformedCurve | { error: string } {
  const p = read(g, base);
  if ('error' in p) return p;
  const m = checkMonotone(p);
  if ('error' in m) return m;
  const density: number[] = [];
  let maxBranches = 0;
  for (const y of ys) {
    if (!Number.isFinite(y)) {
      density.push(0);
      continue;
    }
    if (m.sign === 0) {
      const r = branchSum(p, base, y);
      density.push(r.density);
      maxBranches = Math.max(maxBranches, r.branches.length);
      continue;
    }
    const x = invert(p, m.sign, y);
    const hit = x !== null && Math.abs(gAt(p.g, x) - y) <= 1e-9 * Math.max(1, Math.abs(y));
    if (!hit) {
      density.push(0);
      continue;
    }
    maxBranches = 1;
    const d = Math.abs(slope(p.g, x));
    density.push(d === 0 ? Infinity : base.density(x) / d);
  }
  return { density, kind: m.sign === 0 ? 'branches' : m.sign > 0 ? 'increasing' : 'decreasing', maxBranches };
}

/**
 * A range of y to draw Y = g(X) over: Y's 1% and 99% quantiles (from g at 2,000 equal-probability points of
 * X), stretched to the least or greatest value g takes on the support when that is near (0 for x², ±1 for
 * tanh). Errors as transformedDensity.
 */
export function transformedRange(
  g: string,
  base: Distribution,
): { lo: number; hi: number } | { error: string } {
  const p = read(g, base);
  if ('error' in p) return p;
  const m = checkMonotone(p);
  if ('error' in m) return m;
  const N = 2000;
  const vs: number[] = [];
  for (let i = 0; i < N; i++) {
    const v = gAt(p.g, base.quantile((i + 0.5) / N));
    if (Number.isFinite(v)) vs.push(v);
  }
  if (vs.length < N / 2) return { error: 'g is not finite on most of the support of X' };
  vs.sort((a, b) => a - b);
  let lo = vs[Math.floor(0.01 * vs.length)];
  let hi = vs[Math.ceil(0.99 * vs.length) - 1];
  let min = Infinity;
  let max = -Infinity;
  for (const x of p.probes) {
    const v = gAt(p.g, x);
    if (!Number.isFinite(v)) continue;
    min = Math.min(min, v);
    max = Math.max(max, v);
  }
  const span = hi - lo;
  if (min >= lo - 0.1 * span) lo = min;
  if (max <= hi + 0.1 * span) hi = max;
  if (!(hi > lo)) {
    const c = lo;
    const w = Math.max(1e-6, Math.abs(c) * 1e-3);
    lo = c - w;
    hi = c + w;
  }
  return { lo, hi };
}

/**
 * E[g(X)] = ∫₀¹ g(F⁻¹(u)) du by tanh-sinh quadrature in u, or null when it cannot be trusted: g has a pole
 * or jump on the support (1/x across 0: no finite mean), the two finest levels differ by more than 10⁻⁷ of
 * E|g(X)|, or the tails beyond the 10⁻¹⁵ quantiles weigh more than 10⁻⁹ of it (no finite mean, or too heavy
 * a tail: g = x of a Cauchy law). A mean below 10⁻¹² of E|g(X)| is returned as 0 (quadrature noise).
 */
export function transformedMean(g: string, base: Distribution): number | null | { error: string } {
  const p = read(g, base);
  if ('error' in p) return p;
  const m = checkMonotone(p);
  if ('error' in m) return m;
  // Near a pole x₀ where p_X(x₀) > 0, |g|·p_X ~ c/|x − x₀| does not integrate: no finite mean.
  if (m.pole) return null;
  const T = 3.1;
  const level = (h: number) => {
    let s = 0;
    let a = 0;
    for (let t = -T; t <= T + 1e-12; t += h) {
      const e = Math.exp(-Math.PI * Math.sinh(t));
      const u = 1 / (1 + e);
      const w = Math.PI * Math.cosh(t) * (e / (1 + e) ** 2);
      if (!(u > 0 && u < 1) || w === 0) continue;
      const v = gAt(p.g, base.quantile(u));
      if (!Number.isFinite(v)) return null;
      s += v * w * h;
      a += Math.abs(v) * w * h;
    }
    return { s, a };
  };
  const coarse = level(1 / 32);
  const fine = level(1 / 64);
  if (!coarse || !fine) return null;
  if (!(Math.abs(fine.s - coarse.s) <= 1e-7 * fine.a + 1e-300)) return null;
  // Tail beyond the last nodes: |g| at the 1e-15 and 1 − 1e-15 quantiles times 1e-15.
  const tail = Math.max(
    Math.abs(gAt(p.g, base.quantile(1e-15))),
    Math.abs(gAt(p.g, base.quantile(1 - 1e-15))),
  );
  if (!(tail * 1e-15 <= 1e-9 * Math.max(fine.a, 1e-300))) return null;
  // Below the quadrature's noise (E[tanh(X)] of a centred normal) the mean is 0.
  return Math.abs(fine.s) <= 1e-12 * fine.a ? 0 : fine.s;
}
