/**
 * Eigenvectors as null vectors of A − λI, one per eigenvalue, read off the SVD of A − λI (the right
 * singular vector of the smallest σ). For complex λ the SVD of the real embedding of A − λI is used.
 * This stays accurate for repeated eigenvalues, where inverse iteration or cross products break down.
 */
import { assertSquare, column, dot, frobeniusNorm, norm2, type Matrix, type Vector } from './matrix';
import { svd } from './svd';
import { eigenvalues, type Complex } from './eigenvalues';
import { normaliseComplex, realEmbedding, type ComplexVector } from './complex';

/** An eigenpair A·v = λ·v with λ = value[0] + i·value[1] and v = re + i·im, ‖v‖₂ = 1. */
export interface EigenPair extends ComplexVector {
  value: Complex;
}

/**
 * σ ≤ 1e-12‖A‖_F counts as zero when deciding how many independent eigenvectors λ has. Tight on
 * purpose: a semisimple repeated eigenvalue is computed to ~ε‖A‖, so its eigenspace shows σ ≈ 1e-15‖A‖,
 * while two distinct eigenvalues 1e-9 apart must not be mistaken for one eigenspace.
 */
export const EIGENSPACE_TOLERANCE = 1e-12;
/** Eigenvalues closer than 1e-6‖A‖_F are treated as one repeated eigenvalue when choosing vectors. */
const CLUSTER_TOLERANCE = 1e-6;

/** ‖v − proj_span(basis) v‖₂ for a unit v; the basis vectors need not be orthogonal. */
function distanceFromSpan(v: Vector, basis: readonly Vector[]): number {
  const q: Vector[] = [];
  for (const b of basis) {
    const w = orthogonalPart(b, q);
    const len = norm2(w);
    // A basis vector already inside the span adds no direction.
    if (len > 1e-12) q.push(w.map((x) => x / len));
  }
  return norm2(orthogonalPart(v, q));
}

/** v minus its projections onto the orthonormal vectors q (modified Gram–Schmidt). */
function orthogonalPart(v: Vector, q: readonly Vector[]): Vector {
  const w = v.slice();
  for (const u of q) {
    const c = dot(u, w);
    for (let i = 0; i < w.length; i++) w[i] -= c * u[i];
  }
  return w;
}

/**
 * A unit real eigenvector for real λ. Among the null vectors of A − λI (σ ≤ tol, always at least the
 * smallest) it takes the one farthest from the span of `taken`, the vectors given to equal eigenvalues
 * before it: a semisimple repeated eigenvalue thus gets independent vectors, while a defective one,
 * whose eigenspace is too small, repeats its vector.
 */
function realEigenvector(a: Matrix, lambda: number, tol: number, taken: readonly Vector[]): Vector {
  const n = a.length;
  const s = svd(a.map((row, i) => row.map((x, j) => (i === j ? x - lambda : x))));
  const candidates: Vector[] = [];
  for (let j = n - 1; j >= 0 && (candidates.length === 0 || s.sigma[j] <= tol); j--)
    candidates.push(column(s.v, j));
  if (taken.length === 0) return candidates[0];
  const distances = candidates.map((v) => distanceFromSpan(v, taken));
  return candidates[distances.indexOf(Math.max(...distances))];
}

/** A complex eigenvector for λ = re + i·im, from the smallest singular vector of the embedding of A − λI. */
function complexEigenvector(a: Matrix, [re, im]: Complex): ComplexVector {
  const n = a.length;
  const r = a.map((row, i) => row.map((x, j) => (i === j ? x - re : x)));
  const j = a.map((_, i) => a.map((__, k) => (i === k ? -im : 0)));
  const s = svd(realEmbedding(r, j));
  const v = column(s.v, 2 * n - 1);
  return { re: v.slice(0, n), im: v.slice(n) };
}

/**
 * One eigenpair per eigenvalue, in the order of `eigenvalues(a)` (or of `values` when given).
 * Real λ get real vectors (im = 0); a conjugate pair gets conjugate vectors. Vectors are unit length
 * with the phase fixed by `normaliseComplex`. For a defective λ (fewer independent eigenvectors than
 * its multiplicity) the vector is repeated: see `eigenConditioning` to detect that.
 */
export function eigenPairs(a: Matrix, values: Complex[] = eigenvalues(a)): EigenPair[] {
  const n = assertSquare(a, 'eigenPairs');
  const scale = frobeniusNorm(a);
  const pairs: EigenPair[] = [];
  for (const value of values) {
    let v: ComplexVector;
    if (value[1] === 0) {
      const taken = pairs
        .filter((p) => p.value[1] === 0 && Math.abs(p.value[0] - value[0]) <= CLUSTER_TOLERANCE * scale)
        .map((p) => p.re);
      v = {
        re: realEigenvector(a, value[0], EIGENSPACE_TOLERANCE * scale, taken),
        im: new Array<number>(n).fill(0),
      };
    } else {
      // The partner λ̄ of a pair already seen gets exactly the conjugate vector: A real, so Av̄ = λ̄v̄.
      const partner = pairs.find((p) => p.value[0] === value[0] && p.value[1] === -value[1]);
      v = partner ? { re: partner.re, im: partner.im.map((x) => -x + 0) } : complexEigenvector(a, value);
    }
    pairs.push({ value, ...normaliseComplex(v) });
  }
  return pairs;
}
