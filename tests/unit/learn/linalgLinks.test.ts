// The links from the matrix to the calculus page (½ xᵀAx) and to MCMC (N(0, A·Aᵀ)): decoded by the
// target pages' own codecs, they carry the expected function and a log-density that is the Gaussian's.
import { describe, expect, it } from 'vitest';
import fixture from '../../fixtures/linalg.json';
import { parseExpression, type Matrix } from '../../../src/core';
import { calculusView } from '../../../src/stores/calculus/view';
import {
  covarianceLink,
  quadraticLink,
  quadraticShape,
  quadraticTex,
  quadraticText,
} from '../../../src/pages/LinearAlgebra/learn/links';
import { mcmcView } from '../../../src/stores/probability/mcmc/view';

const cases = (fixture as unknown as { cases: { label: string; A: Matrix }[] }).cases;
const A = (label: string): Matrix => {
  const c = cases.find((x) => x.label === label);
  if (!c) throw new Error(`no fixture case ${label}`);
  return c.A;
};

/** The query of a `#/path?query` link, checking the path. */
function queryOf(href: string, path: string): URLSearchParams {
  expect(href.startsWith(`#${path}?`), href).toBe(true);
  return new URLSearchParams(href.slice(href.indexOf('?') + 1));
}

const evaluate = (source: string, x: number, y: number): number => {
  const r = parseExpression(source);
  if (!r.ok) throw new Error(r.error.message);
  return r.expr.evaluate(x, y);
};

const POINTS: [number, number][] = [
  [1, 0],
  [0, 1],
  [0.7, -1.3],
  [-2, 0.4],
  [1.5, 1.5],
];

describe('quadraticText(cxx, cxy, cyy)', () => {
  it('writes signs as binary minus and leaves out zero terms and unit coefficients', () => {
    expect(quadraticText(0.75, 0.5, 0.5)).toBe('0.75*x^2 + 0.5*x*y + 0.5*y^2');
    expect(quadraticText(-1, 0, 2.5)).toBe('-x^2 + 2.5*y^2');
    expect(quadraticText(0, -0.25, 0)).toBe('-0.25*x*y');
    expect(quadraticText(0, 0, 0)).toBe('0');
    expect(quadraticText(1e-7, 0, 0)).toBe('1e-7*x^2');
  });
});

describe('quadraticTex(cxx, cxy, cyy) and quadraticShape(S)', () => {
  it('rounds for reading and keeps the signs', () => {
    expect(quadraticTex(0.75, -1 / 3, 1)).toBe('0.75\\,x^2 - 0.3333\\,xy + y^2');
    expect(quadraticTex(0, 0, 0)).toBe('0');
  });

  it('names a valley with its condition number, a saddle, a hill and a flat direction', () => {
    expect(
      quadraticShape([
        [2, 1],
        [1, 3],
      ]),
    ).toMatch(/^A valley.*κ = λmax\/λmin = 2\.618/);
    expect(
      quadraticShape([
        [1, 0],
        [0, -1],
      ]),
    ).toMatch(/^A saddle/);
    expect(
      quadraticShape([
        [-1, 0.5],
        [0.5, -2],
      ]),
    ).toMatch(/^A hill/);
    expect(
      quadraticShape([
        [1, 1],
        [1, 1],
      ]),
    ).toMatch(/^S is singular/);
    expect(
      quadraticShape([
        [0, 0],
        [0, 0],
      ]),
    ).toMatch(/^S = 0/);
  });
});

describe('quadraticLink(A)', () => {
  it('opens the calculus page with f = ½ xᵀSx for symmetric2 (S = A)', () => {
    const link = quadraticLink(A('symmetric2'));
    if (!link.ok) throw new Error(link.problem);
    const { view, ignored } = calculusView.decode(queryOf(link.href, '/calculus'));
    expect(ignored).toEqual([]);
    expect(view.fn).toBe('x^2 + x*y + 1.5*y^2');
  });

  it.each(['general2', 'rotation30', 'shear', 'random3_1', 'defective3'])(
    'decodes to f with f(x, y) = ½ [x y] A [x y]ᵀ (leading 2×2 block): %s',
    (label) => {
      const a = A(label);
      const link = quadraticLink(a);
      if (!link.ok) throw new Error(link.problem);
      const { view, ignored } = calculusView.decode(queryOf(link.href, '/calculus'));
      expect(ignored).toEqual([]);
      expect(view.fn).toBe(link.fn);
      for (const [x, y] of POINTS) {
        const expected = 0.5 * (a[0][0] * x * x + (a[0][1] + a[1][0]) * x * y + a[1][1] * y * y);
        expect(Math.abs(evaluate(view.fn, x, y) - expected)).toBeLessThanOrEqual(
          1e-12 * Math.max(1, Math.abs(expected)),
        );
      }
      // A start off the axes shows gradient descent's path bending.
      expect(view.start[0]).not.toBe(0);
      expect(view.start[1]).not.toBe(0);
      expect(view.domain.xmin).toBeLessThan(view.start[0]);
      expect(view.domain.xmax).toBeGreaterThan(view.start[0]);
    },
  );

  it('writes the exact general2 numbers: f = 1.5x² + 0.5xy + 0.25y²', () => {
    const link = quadraticLink(A('general2'));
    expect(link.ok && link.fn).toBe('1.5*x^2 + 0.5*x*y + 0.25*y^2');
  });
});

describe('covarianceLink(A)', () => {
  it.each(['symmetric2', 'general2', 'rotation30', 'shear', 'random3_0', 'symmetric3'])(
    'opens MCMC with a custom log p = −½ xᵀΣ⁻¹x + const, Σ = A·Aᵀ (leading block): %s',
    (label) => {
      const a = A(label);
      const link = covarianceLink(a);
      if (!link.ok) throw new Error(link.problem);
      const query = queryOf(link.href, '/probability');
      expect(query.get('tab')).toBe('mcmc');
      const { view, ignored } = mcmcView.decode(query);
      expect(ignored).toEqual([]);
      expect(view.target).toBe('custom');
      // Σ = A·Aᵀ restricted to (x, y), and its inverse, computed here independently.
      const row = (i: number, j: number) => a[i].reduce((s, x, k) => s + x * a[j][k], 0);
      const [s11, s12, s22] = [row(0, 0), row(0, 1), row(1, 1)];
      const det = s11 * s22 - s12 * s12;
      const quad = (x: number, y: number) => (s22 * x * x - 2 * s12 * x * y + s11 * y * y) / det;
      const c = evaluate(view.logp, 0, 0);
      for (const [x, y] of POINTS) {
        const expected = -0.5 * quad(x, y);
        expect(Math.abs(evaluate(view.logp, x, y) - c - expected)).toBeLessThanOrEqual(
          1e-9 * Math.max(1, Math.abs(expected)),
        );
      }
    },
  );

  it.each(['singular2', 'projection', 'zero2', 'rank1_3'])(
    'is refused with a reason for a singular Σ: %s',
    (label) => {
      const link = covarianceLink(A(label));
      expect(link.ok).toBe(false);
      if (!link.ok) expect(link.problem).toMatch(/singular/);
    },
  );

  it('accepts singular3, whose leading 2×2 block of A·Aᵀ is invertible', () => {
    // A·Aᵀ is singular, but (x, y) alone still has a proper 2D Gaussian.
    expect(covarianceLink(A('singular3')).ok).toBe(true);
  });
});
