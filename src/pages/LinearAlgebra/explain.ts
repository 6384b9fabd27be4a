/** Sentences of the live panel, from the numbers (kept out of the components so they can be tested). */
import { cleanZero, type Complex } from '../../core';
import { fmt, sub } from './format';

const SPACE = (n: number): string => (n === 2 ? 'the plane' : 'space');
const TARGET = ['a single point (the origin)', 'a line', 'a plane'];

/** Why A has no inverse, or null when it has one. */
export function singularReason(n: number, rank: number, sigma: readonly number[]): string | null {
  if (rank === n) return null;
  return (
    `rank ${rank} < ${n}: the smallest singular value σ${sub(n)} = ${fmt(sigma[n - 1])} is at most 1e-10, ` +
    `so det A = 0 and A flattens ${SPACE(n)} onto ${TARGET[rank]}. Different vectors land on the same point, ` +
    `so the map cannot be undone.`
  );
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
