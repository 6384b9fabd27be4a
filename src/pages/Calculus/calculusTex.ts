/** TeX of the curvature readouts, each beside the concept it writes. */
import type { Curvature, Vec2 } from '../../core';

/** A number in TeX at `digits` significant digits; ∞ and “undefined” in words. */
export function texNum(v: number, digits = 4): string {
  if (Number.isNaN(v)) return '\\text{undefined}';
  if (!Number.isFinite(v)) return v > 0 ? '\\infty' : '-\\infty';
  if (v === 0) return '0';
  const a = Math.abs(v);
  if (a >= 1e5 || a < 1e-4) {
    const [m, e] = v.toExponential(digits - 1).split('e');
    return `${String(Number(m))} \\times 10^{${Number(e)}}`;
  }
  return String(Number(v.toPrecision(digits)));
}

/** The gradient ∇f = (∂f/∂x, ∂f/∂y) as a column. */
export function gradientTex(g: Vec2): string {
  return `\\nabla f = \\begin{pmatrix} ${texNum(g[0])} \\\\ ${texNum(g[1])} \\end{pmatrix}`;
}

/** The Hessian H = [[f_xx, f_xy], [f_xy, f_yy]]. */
export function hessianTex(h: [Vec2, Vec2]): string {
  return `H = \\begin{pmatrix} ${texNum(h[0][0])} & ${texNum(h[0][1])} \\\\ ${texNum(h[1][0])} & ${texNum(h[1][1])} \\end{pmatrix}`;
}

/** H = λ₁ u₁u₁ᵀ + λ₂ u₂u₂ᵀ with the eigenpairs. */
export function eigenTex(c: Curvature): string {
  const u = (k: 0 | 1) =>
    `\\begin{pmatrix} ${texNum(c.eigenvectors[k][0], 3)} \\\\ ${texNum(c.eigenvectors[k][1], 3)} \\end{pmatrix}`;
  return `\\lambda_1 = ${texNum(c.eigenvalues[0])},\\ u_1 = ${u(0)} \\qquad \\lambda_2 = ${texNum(c.eigenvalues[1])},\\ u_2 = ${u(1)}`;
}

/** κ = |λ|max/|λ|min and the largest stable GD step 2/λmax. */
export function conditionTex(c: Curvature): string {
  return `\\kappa = \\frac{|\\lambda|_{\\text{max}}}{|\\lambda|_{\\text{min}}} = ${texNum(c.condition)} \\qquad \\eta < \\frac{2}{\\lambda_{\\text{max}}} = ${texNum(c.maxStableStep)}`;
}

/** The tangent plane and second-order Taylor model of f at p = (x₀, y₀), d = (x − x₀, y − y₀). */
export const TAYLOR_TEX =
  'f(p + d) \\approx f(p) + \\nabla f(p)^{\\top} d + \\tfrac12\\, d^{\\top} H(p)\\, d';

/**
 * A chain of equalities `a = b = c` as aligned lines (a &= b \\ &= c), so a long chain-rule step
 * wraps line by line instead of running off the panel. The steps of computationGraph contain no
 * other top-level " = ".
 */
export function alignedSteps(tex: string): string {
  const [first, ...rest] = tex.split(' = ');
  if (rest.length === 0) return tex;
  return `\\begin{aligned} ${first} &= ${rest.join(' \\\\ &= ')} \\end{aligned}`;
}
