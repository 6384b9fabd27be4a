/**
 * How far the computed eigenvalues can be trusted. By Bauer–Fike, rounding errors of size ε‖A‖ move
 * each eigenvalue by at most κ(V)·ε‖A‖, where V holds unit eigenvectors in its columns. A defective
 * matrix has no basis of eigenvectors (κ(V) = ∞) and its eigenvalues move by ε^(1/k)‖A‖ for a k×k
 * Jordan block: about 1e-8 for k = 2 and 6e-6 for k = 3, which is what the page's tooltip warns about.
 */
import { assertSquare, frobeniusNorm, type Matrix } from './matrix';
import { svd } from './svd';
import { realEmbedding } from './complex';
import { eigenPairs, type EigenPair } from './eigenvectors';

/**
 * Above this κ(V) the Bauer–Fike bound κ(V)·ε ≈ 2e-10 passes the 1e-9 that well-conditioned eigenvalues
 * are held to; computed Jordan blocks land far above it (κ ≳ 1e8 or ∞).
 */
export const NEAR_DEFECTIVE_CONDITION = 1e6;

export interface EigenConditioning {
  /** κ₂(V) = σ_max(V)/σ_min(V) for the unit eigenvectors of `eigenPairs`; Infinity when they are dependent. */
  eigenvectorCondition: number;
  /** min over i ≠ j of |λᵢ − λⱼ| / ‖A‖_F (Infinity for 1×1 input, NaN for the zero matrix). */
  minRelativeGap: number;
  /** κ(V) > {@link NEAR_DEFECTIVE_CONDITION}: eigenvalues may be accurate only to about 1e-5. */
  nearDefective: boolean;
}

/** κ₂ of the complex matrix whose columns are the eigenvectors, via its real embedding. */
function conditionOf(pairs: readonly EigenPair[]): number {
  const re = pairs[0].re.map((_, i) => pairs.map((p) => p.re[i]));
  const im = pairs[0].re.map((_, i) => pairs.map((p) => p.im[i]));
  const { sigma } = svd(realEmbedding(re, im));
  const smallest = sigma[sigma.length - 1];
  return smallest === 0 ? Infinity : sigma[0] / smallest;
}

/**
 * Conditioning of the eigenproblem of A. A repeated eigenvalue alone is harmless (the identity has
 * κ(V) = 1 and exact eigenvalues); it is a repeated eigenvalue with too few eigenvectors that is not.
 */
export function eigenConditioning(a: Matrix, pairs: readonly EigenPair[] = eigenPairs(a)): EigenConditioning {
  assertSquare(a, 'eigenConditioning');
  const eigenvectorCondition = conditionOf(pairs);
  const norm = frobeniusNorm(a);
  let gap = Infinity;
  for (let i = 0; i < pairs.length; i++) {
    for (let j = i + 1; j < pairs.length; j++) {
      const [x, y] = [pairs[i].value, pairs[j].value];
      gap = Math.min(gap, Math.hypot(x[0] - y[0], x[1] - y[1]));
    }
  }
  return {
    eigenvectorCondition,
    minRelativeGap: gap / norm,
    nearDefective: !(eigenvectorCondition <= NEAR_DEFECTIVE_CONDITION),
  };
}

/** True when A is defective or nearly so (κ(V) > 1e6): show "accurate only to about 1e-5". */
export function isNearDefective(a: Matrix): boolean {
  return eigenConditioning(a).nearDefective;
}
