/** Sentences of the live panel, from the numbers (kept out of the components so they can be tested). */
import { cleanZero, type Complex } from '../../core';
import { fmt, fmtSmall, sub } from './format';

const SPACE = (n: number): string => (n === 2 ? 'the plane' : 'space');
const TARGET = ['a single point (the origin)', 'a line', 'a plane'];

/**
 * Why A has no inverse, or null when it has one. `tol` is NumPy's cut-off n·ε·σ₁; `exact` says the
 * entries are integers, so det A = 0 was computed exactly.
 */
export function singularReason(
  n: number,
  rank: number,
  sigma: readonly number[],
  tol = 0,
  exact = false,
): string | null {
  if (rank === n) return null;
  const why = exact
    ? `is rounding noise: the entries are integers and det A = 0 exactly`
    : `is at most n·ε·σ₁ = ${fmtSmall(tol)}, within rounding of 0`;
  return (
    `rank ${rank} < ${n}: the smallest singular value σ${sub(n)} = ${fmt(sigma[n - 1])} ${why}, ` +
    `so det A = 0 and A flattens ${SPACE(n)} onto ${TARGET[rank]}. Different vectors land on the same point, ` +
    `so the map cannot be undone.`
  );
}

/** Which test decided the rank: exact integer arithmetic, or NumPy's cut-off n·ε·σ₁. */
export function rankSentence(
  n: number,
  rank: number,
  sigma: readonly number[],
  tol: number,
  exact: boolean,
  det: number,
): string {
  const cut = `NumPy's cut-off n·ε·σ₁ = ${n}·ε·${fmt(sigma[0] ?? 0, 4)} = ${fmtSmall(tol)}`;
  if (exact && det !== 0)
    return `Rank ${n}, decided exactly: the entries are integers and det A = ${fmt(det, 10)} ≠ 0.`;
  if (exact)
    return `det A = 0 exactly (integer entries), so rank < ${n}; rank ${rank} counts the singular values above ${cut}.`;
  if (rank === n)
    return `Rank ${n}: the smallest singular value σ${sub(n)} = ${fmtSmall(sigma[n - 1], 4)} is above ${cut}.`;
  return `Rank ${rank}: σ${sub(rank + 1)} = ${fmtSmall(sigma[rank], 4)} is at or below ${cut}, so it counts as 0.`;
}

/** What complex eigenvalues mean geometrically, or null when all are real. */
export function rotationSentence(values: readonly Complex[]): string | null {
  const pair = values.find(([, im]) => cleanZero(im) > 0);
  if (!pair) return null;
  const [a, b] = pair;
  const turn = `θ = atan2(b, a) = ${fmt((Math.atan2(b, a) * 180) / Math.PI)}°`;
  const scale = `|λ| = √(a² + b²) = ${fmt(Math.hypot(a, b))}`;
  const real = values.find(([, im]) => cleanZero(im) === 0);
  if (!real) {
    return `Complex eigenvalues a ± bi: no direction stays on its own line, A turns every vector. In a suitable basis A is a rotation by ${turn} combined with a scaling by ${scale}.`;
  }
  return `Complex eigenvalues a ± bi: A turns one plane, in which no direction stays on its own line. In a suitable basis A rotates that plane by ${turn} and scales it by ${scale}, while the real eigenvalue ${fmt(real[0])} keeps its own axis.`;
}
