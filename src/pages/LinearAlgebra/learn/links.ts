/**
 * Links from the matrix to the other pages, each carrying its state in the URL:
 * - the quadratic f(x) = ½ xᵀSx with S = (A + Aᵀ)/2 on the calculus page (its level sets are ellipses
 *   or hyperbolas whose axes are S's eigenvectors);
 * - the Gaussian N(0, Σ) with Σ = A·Aᵀ as a typed log-density on the probability page's MCMC tab.
 * A 3×3 matrix contributes its leading 2×2 block (the other pages work in x and y).
 */
import {
  cleanZero,
  determinant,
  eigenvalues,
  eigenPairs,
  matMul,
  parseToAst,
  singularValues,
  transposeMatrix,
  type Matrix,
} from '../../../core';
import { DEFAULT_VIEW as CALCULUS_DEFAULT, calculusView } from '../../../stores/calculus/view';
import { formatExact } from '../../../core/numberText';
import { fmt } from '../format';
import { texNumber } from '../linalgTex';
import { mcmcView } from '../../../stores/probability/mcmc/view';

/** A link, the function it carries (exact, as text, and rounded, as TeX) and the matrix it came from. */
export type Link =
  { ok: true; href: string; fn: string; tex: string; m: Matrix } | { ok: false; problem: string; m: Matrix };

/** The leading 2×2 block of a square matrix. */
export const block2 = (m: Matrix): Matrix => [
  [m[0][0], m[0][1]],
  [m[1][0], m[1][1]],
];

/** c₁·x² + c₂·x·y + c₃·y² as text for the expression parser, leaving out zero terms. */
export function quadraticText(cxx: number, cxy: number, cyy: number): string {
  let out = '';
  for (const [c, monomial] of [
    [cxx, 'x^2'],
    [cxy, 'x*y'],
    [cyy, 'y^2'],
  ] as const) {
    if (c === 0) continue;
    const mag = Math.abs(c);
    const term = mag === 1 ? monomial : `${formatExact(mag)}*${monomial}`;
    out += out === '' ? (c < 0 ? `-${term}` : term) : c < 0 ? ` - ${term}` : ` + ${term}`;
  }
  return out || '0';
}

/** The same quadratic as TeX, rounded for reading (the link carries the exact text). */
export function quadraticTex(cxx: number, cxy: number, cyy: number): string {
  let out = '';
  for (const [c, monomial] of [
    [cxx, 'x^2'],
    [cxy, 'xy'],
    [cyy, 'y^2'],
  ] as const) {
    if (cleanZero(c) === 0) continue;
    const mag = texNumber(Math.abs(c));
    const term = mag === '1' ? monomial : `${mag}\\,${monomial}`;
    out += out === '' ? (c < 0 ? `-${term}` : term) : c < 0 ? ` - ${term}` : ` + ${term}`;
  }
  return out || '0';
}

/** S = (A + Aᵀ)/2 of the leading 2×2 block: the only part of A that ½ xᵀAx sees. */
export function symmetricPart(a: Matrix): Matrix {
  const b = block2(a);
  const off = (b[0][1] + b[1][0]) / 2;
  return [
    [b[0][0], off],
    [off, b[1][1]],
  ];
}

/** Chooses a start off the axes and off S's eigenvectors, where gradient descent would go straight in. */
function startFor(s: Matrix): [number, number] {
  const candidates: [number, number][] = [
    [-1.5, 1],
    [1.5, 1],
  ];
  const dirs = eigenPairs(s).map((p) => p.re);
  const angleTo = ([x, y]: [number, number]) =>
    Math.min(
      ...dirs.map(([u, v]) => {
        const c = Math.abs(x * u + y * v) / (Math.hypot(x, y) * Math.hypot(u, v) || 1);
        return Math.acos(Math.min(1, c));
      }),
    );
  return angleTo(candidates[0]) >= 0.1 ? candidates[0] : candidates[1];
}

/** `#/calculus?…` with f(x, y) = ½ [x y] S [x y]ᵀ = ½s₁₁x² + s₁₂xy + ½s₂₂y², S = (A + Aᵀ)/2. */
export function quadraticLink(a: Matrix): Link {
  const s = symmetricPart(a);
  const c = [s[0][0] / 2, s[0][1], s[1][1] / 2] as const;
  const fn = quadraticText(...c);
  const parsed = parseToAst(fn);
  if (!parsed.ok) return { ok: false, problem: `f could not be written (${parsed.error.message})`, m: s };
  const view = {
    ...CALCULUS_DEFAULT,
    fn,
    domain: { xmin: -2, xmax: 2, ymin: -2, ymax: 2 },
    start: startFor(s),
  };
  return { ok: true, href: calculusView.address(view), fn, tex: quadraticTex(...c), m: s };
}

/** Σ = A·Aᵀ, or its leading 2×2 block (the covariance of (x, y) when the point is A·w, w ~ N(0, I)). */
export function covarianceFrom(a: Matrix): Matrix {
  return block2(matMul(a, transposeMatrix(a)));
}

/**
 * `#/probability?…&tab=mcmc` sampling N(0, Σ), Σ = A·Aᵀ, through the typed log-density
 * log p(x, y) = −½ [x y] Σ⁻¹ [x y]ᵀ (up to a constant). Refused when Σ is singular: that Gaussian
 * is flat along a line and has no density in the plane.
 */
export function covarianceLink(a: Matrix): Link {
  const sigma = covarianceFrom(a);
  const [s1, s2] = singularValues(sigma);
  if (!(s2 > 1e-10 * s1))
    return {
      ok: false,
      problem: `Σ = A·Aᵀ is singular (σ₂ = ${s2 === 0 ? '0' : s2.toPrecision(3)}): the Gaussian would lie on a line, with no density to sample.`,
      m: sigma,
    };
  // Σ⁻¹ of a symmetric 2×2 matrix in closed form: (1/det Σ)·[[σ₂₂, −σ₁₂], [−σ₁₂, σ₁₁]].
  const det = determinant(sigma);
  const p11 = sigma[1][1] / det;
  const p12 = -sigma[0][1] / det;
  const p22 = sigma[0][0] / det;
  const c = [-p11 / 2, -p12, -p22 / 2] as const;
  const logp = quadraticText(...c);
  const parsed = parseToAst(logp);
  if (!parsed.ok)
    return { ok: false, problem: `log p could not be written (${parsed.error.message})`, m: sigma };
  const view = { ...mcmcView.defaults, target: 'custom' as const, logp };
  return {
    ok: true,
    href: `#/probability?${mcmcView.encode(view)}`,
    fn: logp,
    tex: quadraticTex(...c),
    m: sigma,
  };
}

/** What f(x) = ½ xᵀSx looks like near 0, from the signs of S's (real) eigenvalues. */
export function quadraticShape(s: Matrix): string {
  const [hi, lo] = eigenvalues(s).map(([re]) => re);
  const flat = (x: number) => Math.abs(x) <= 1e-12 * Math.max(Math.abs(hi), Math.abs(lo), 1e-300);
  if (flat(hi) && flat(lo)) return 'S = 0: f is flat.';
  if (flat(lo) || flat(hi))
    return 'S is singular: f is flat along its null direction, a trough without a single lowest point.';
  if (lo > 0)
    return `A valley: its axes are the eigenvectors of S, and the condition number κ = λmax/λmin = ${fmt(hi / lo)} sets how much gradient descent zig-zags.`;
  if (hi < 0) return 'A hill (both eigenvalues of S negative): gradient descent runs away from 0.';
  return 'A saddle (eigenvalues of S of both signs): descent escapes along the eigenvector of the negative one.';
}
