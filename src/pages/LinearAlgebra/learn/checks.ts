/**
 * The checks behind the linear algebra exercises, computed with the core: the live tasks read the
 * matrix they are given, the predictions compare against the core's answer for the exercise's givens.
 */
import { covarianceFromCorrelations, determinant, eigenPairs, eigenvalues, type Matrix } from '../../../core';

import type { Verdict } from '../../../ui/learn/types';
import { fmt, formatEigenvalues } from '../format';

/** Typed predictions count when right to about three significant digits. */
export const near = (x: number, target: number, rel = 1e-3): boolean =>
  Math.abs(x - target) <= rel * Math.max(1, Math.abs(target));

/** det A is 0 up to rounding (relative to the entries' size) and no entry is exactly 0. */
export function checkDetZero(a: Matrix): Verdict {
  const n = a.length;
  const d = determinant(a);
  const zeros = a.flat().filter((x) => x === 0).length;
  const size = Math.max(...a.flat().map(Math.abs)) ** n;
  if (zeros > 0)
    return {
      ok: false,
      why: `det(A) = ${fmt(d)}, but ${zeros === 1 ? 'one entry is' : `${zeros} entries are`} exactly 0: find a singular matrix without zeros.`,
    };
  if (Math.abs(d) <= 1e-9 * size)
    return {
      ok: true,
      why: `det(A) = ${fmt(d)} and no entry is 0: the columns are dependent, so A flattens ${n === 2 ? 'the plane onto a line' : 'space onto a plane or a line'}.`,
    };
  return {
    ok: false,
    why: `det(A) = ${fmt(d)}: A still scales ${n === 2 ? 'areas' : 'volumes'} by that factor. Make one column a multiple of another.`,
  };
}

const EIGEN_TARGETS = [2, -1];

/** Among A's real eigenvalues (|Im| ≤ 1e-6) are 2 and −1, each within 1e-6, counted separately. */
export function checkEigen2Minus1(a: Matrix): Verdict {
  const values = eigenvalues(a);
  const real = values.filter(([, im]) => Math.abs(im) <= 1e-6).map(([re]) => re);
  const used = new Set<number>();
  const found = EIGEN_TARGETS.every((t) => {
    const i = real.findIndex((x, k) => !used.has(k) && Math.abs(x - t) <= 1e-6);
    if (i >= 0) used.add(i);
    return i >= 0;
  });
  const list = formatEigenvalues(values);
  if (found)
    return {
      ok: true,
      why: `the eigenvalues are ${list}: trace ${fmt(a.reduce((s, r, i) => s + r[i], 0))}, det ${fmt(determinant(a))}.`,
    };
  return {
    ok: false,
    why: `the eigenvalues are ${list}${real.length < values.length ? ' (a complex pair: A rotates)' : ''}; 2 and −1 must both appear.`,
  };
}

const DIRECTIONS = [0, 45, 90, 135];

/** The angle in [0°, 180°) of the first principal axis of Σ = D R D, and the nearest offered direction. */
export function principalAngle(sd: number[], corr: number[]): { angle: number; nearest: number } {
  const sigma = covarianceFromCorrelations(sd, corr);
  const [first] = eigenPairs(sigma);
  const deg = ((Math.atan2(first.re[1], first.re[0]) * 180) / Math.PI + 360) % 180;
  const gap = (d: number) => Math.min(Math.abs(deg - d), 180 - Math.abs(deg - d));
  const nearest = DIRECTIONS.reduce((best, d, i) => (gap(d) < gap(DIRECTIONS[best]) ? i : best), 0);
  return { angle: deg, nearest };
}
