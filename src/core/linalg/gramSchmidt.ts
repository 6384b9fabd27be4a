/**
 * Gram–Schmidt orthonormalisation, vectors taken in order: each vector minus its projections onto the
 * unit vectors found so far, then normalised, or dropped when nothing (relative to `tol`) is left.
 */
import { dot, norm2, type Vector } from './matrix';

/** What happened to one input vector vₖ. */
export interface GramSchmidtStep {
  index: number;
  /** cⱼ = qⱼ·vₖ for the unit vectors q₀, q₁, … kept before it: the subtracted projections are cⱼqⱼ. */
  coefficients: number[];
  /** wₖ = vₖ − Σⱼ cⱼqⱼ, perpendicular to every earlier qⱼ. */
  residual: Vector;
  residualNorm: number;
  /** false when ‖wₖ‖ ≤ tol·max‖vᵢ‖: vₖ depends on the earlier vectors and is dropped. */
  kept: boolean;
  /** wₖ/‖wₖ‖ when kept. */
  unit?: Vector;
}

export const GRAM_SCHMIDT_TOLERANCE = 1e-10;

/**
 * Every step of Gram–Schmidt on the rows of `vectors` (all of one length). The projections are
 * subtracted one at a time (modified Gram–Schmidt) and the pass repeated once ("twice is enough"),
 * so that the basis stays orthonormal to working precision even for nearly dependent input; the
 * coefficients reported are the totals of both passes.
 */
export function gramSchmidtSteps(vectors: Vector[], tol: number = GRAM_SCHMIDT_TOLERANCE): GramSchmidtStep[] {
  if (!Array.isArray(vectors) || vectors.length === 0)
    throw new RangeError('gramSchmidt: there are no vectors.');
  const dim = vectors[0]?.length ?? 0;
  for (const v of vectors) {
    if (!Array.isArray(v) || v.length !== dim || dim === 0)
      throw new RangeError(`gramSchmidt: every vector must have ${dim || 'at least one'} entries.`);
    if (v.some((x) => typeof x !== 'number' || !Number.isFinite(x)))
      throw new RangeError('gramSchmidt: every entry must be a finite number.');
  }
  if (!(tol >= 0)) throw new RangeError(`gramSchmidt: the tolerance must be ≥ 0, not ${tol}.`);
  const cutoff = tol * Math.max(...vectors.map(norm2));
  const basis: Vector[] = [];
  return vectors.map((v, index) => {
    const w = v.slice();
    const coefficients = basis.map(() => 0);
    for (let pass = 0; pass < 2; pass++) {
      basis.forEach((q, j) => {
        const c = dot(q, w);
        coefficients[j] += c;
        for (let i = 0; i < dim; i++) w[i] -= c * q[i];
      });
    }
    const residualNorm = norm2(w);
    const kept = residualNorm > cutoff;
    const step: GramSchmidtStep = { index, coefficients, residual: w, residualNorm, kept };
    if (kept) {
      step.unit = w.map((x) => x / residualNorm);
      basis.push(step.unit);
    }
    return step;
  });
}

/**
 * The orthonormal basis of span(v₀, v₁, …) from Gram–Schmidt on the rows of `vectors`, and the indices
 * of the vectors dropped as dependent on earlier ones (‖residual‖ ≤ tol·max‖vᵢ‖, tol default 1e-10;
 * the zero vector is always dropped).
 */
export function gramSchmidt(
  vectors: Vector[],
  tol: number = GRAM_SCHMIDT_TOLERANCE,
): { basis: Vector[]; dropped: number[] } {
  const steps = gramSchmidtSteps(vectors, tol);
  return {
    basis: steps.flatMap((s) => (s.unit ? [s.unit] : [])),
    dropped: steps.filter((s) => !s.kept).map((s) => s.index),
  };
}
