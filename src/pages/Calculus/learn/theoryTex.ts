/** TeX of the calculus theory notes, each beside its concept, with the page's numbers where they exist. */
import type { Curvature } from '../../../core';
import { texNum } from '../calculusTex';

const finite = (c: Curvature | null): c is Curvature =>
  c !== null && Number.isFinite(c.value) && [...c.gradient, ...c.eigenvalues].every(Number.isFinite);

const at = (p: [number, number]) => `(${texNum(p[0])},\\ ${texNum(p[1])})`;

/** ∇f = (∂f/∂x, ∂f/∂y), and its value and length at the probe. */
export function gradientTex(c: Curvature | null, p: [number, number]): string {
  const def =
    '\\nabla f = \\left(\\frac{\\partial f}{\\partial x},\\ \\frac{\\partial f}{\\partial y}\\right)';
  if (!finite(c)) return def;
  const [gx, gy] = c.gradient;
  return `${def},\\qquad \\nabla f${at(p)} = (${texNum(gx)},\\ ${texNum(gy)}),\\quad \\|\\nabla f\\| = ${texNum(Math.hypot(gx, gy))}`;
}

/** The stability bound η < 2/λmax and the condition number, with the Hessian's eigenvalues at the probe. */
export function curvatureTheoryTex(c: Curvature | null): string {
  const def =
    '\\eta < \\frac{2}{\\lambda_{\\text{max}}},\\qquad \\kappa = \\frac{|\\lambda|_{\\text{max}}}{|\\lambda|_{\\text{min}}}';
  if (!finite(c)) return def;
  const [l1, l2] = c.eigenvalues;
  const bound = Number.isFinite(c.maxStableStep)
    ? `\\eta < \\frac{2}{\\lambda_{\\text{max}}} = \\frac{2}{${texNum(l1)}} = ${texNum(c.maxStableStep)}`
    : '\\lambda_{\\text{max}} \\le 0:\\ \\text{no step-size bound here}';
  return `\\lambda_1 = ${texNum(l1)},\\ \\lambda_2 = ${texNum(l2)}:\\qquad ${bound},\\qquad \\kappa = ${texNum(c.condition)}`;
}

/** Heavy-ball momentum and Nesterov's variant, in PyTorch's form, with the page's μ. */
export function momentumTex(mu: number, nesterovMu: number): string {
  return (
    `b_t = \\mu\\, b_{t-1} + \\nabla f(p_t),\\quad p_{t+1} = p_t - \\eta\\, b_t \\quad (\\mu = ${texNum(mu)})` +
    `\\qquad \\text{Nesterov: } p_{t+1} = p_t - \\eta\\,(\\nabla f(p_t) + \\mu\\, b_t) \\quad (\\mu = ${texNum(nesterovMu)})`
  );
}

/** Adam with bias correction (AdaGrad and RMSProp differ in the second moment), with the page's β₁, β₂, ε. */
export function adamTex(beta1: number, beta2: number, eps: number): string {
  return [
    '\\begin{aligned}',
    `m_t &= \\beta_1 m_{t-1} + (1 - \\beta_1)\\, g_t, & v_t &= \\beta_2 v_{t-1} + (1 - \\beta_2)\\, g_t^2 \\\\`,
    `\\hat m_t &= \\frac{m_t}{1 - \\beta_1^{\\,t}}, & \\hat v_t &= \\frac{v_t}{1 - \\beta_2^{\\,t}} \\\\`,
    `p_{t+1} &= p_t - \\eta\\, \\frac{\\hat m_t}{\\sqrt{\\hat v_t} + \\epsilon}, & &(\\beta_1, \\beta_2, \\epsilon) = (${texNum(beta1)}, ${texNum(beta2)}, ${texNum(eps)})`,
    '\\end{aligned}',
  ].join('\n');
}

/** The Newton step −H⁻¹∇f, and its value at the probe when H is invertible. */
export function newtonTex(c: Curvature | null): string {
  const def = 'p_{t+1} = p_t - \\eta\\, H^{-1} \\nabla f(p_t)';
  if (!finite(c)) return def;
  const [[a, b], [, d]] = c.hessian;
  const det = a * d - b * b;
  const [gx, gy] = c.gradient;
  const sx = -(d * gx - b * gy) / det;
  const sy = -(a * gy - b * gx) / det;
  // The optimizer's own test: singular when |det H| ≤ 1e-12·max|H_ij|².
  const singular = !(Math.abs(det) > 1e-12 * Math.max(Math.abs(a), Math.abs(b), Math.abs(d)) ** 2);
  if (singular || !Number.isFinite(sx) || !Number.isFinite(sy))
    return `${def},\\qquad \\det H = 0 \\text{ here: no Newton step}`;
  return `${def},\\qquad -H^{-1}\\nabla f = (${texNum(sx)},\\ ${texNum(sy)}) \\text{ here}`;
}

/** Reverse mode: each node's adjoint from its consumers' adjoints. */
export const BACKPROP_TEX =
  '\\bar f = 1,\\qquad \\bar v_i = \\frac{\\partial f}{\\partial v_i} = \\sum_{j:\\ v_i \\to v_j} \\bar v_j\\, \\frac{\\partial v_j}{\\partial v_i}';
