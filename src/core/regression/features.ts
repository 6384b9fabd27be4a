/**
 * Feature maps for regression on one variable x: the polynomial features [x, x², …, x^d] and the
 * standardization z = (x − x̄)/s that keeps high powers well conditioned, with the way back from a
 * polynomial in z to one in x so that readouts stay in the original units.
 */

/**
 * polynomialFeatures(x, d)ᵢ = [xᵢ, xᵢ², …, xᵢᵈ] (no constant column: the intercept is fitted apart).
 * Degree 0 gives empty rows. Throws a RangeError for a degree that is not an integer in [0, 64].
 */
export function polynomialFeatures(x: ArrayLike<number>, degree: number): number[][] {
  if (!Number.isInteger(degree) || degree < 0 || degree > 64)
    throw new RangeError('polynomialFeatures: degree must be an integer from 0 to 64.');
  const out: number[][] = [];
  for (let i = 0; i < x.length; i++) {
    const xi = x[i];
    const row = new Array<number>(degree);
    let power = 1;
    for (let k = 0; k < degree; k++) row[k] = power *= xi;
    out.push(row);
  }
  return out;
}

/** z = (x − mean)/scale and the two numbers used. */
export interface Standardized {
  z: number[];
  mean: number;
  /** The population standard deviation √((1/n)Σ(xᵢ − x̄)²) (NumPy's `x.std()`, scikit-learn's StandardScaler); 1 when all x agree. */
  scale: number;
}

/** Standardizes one variable: zᵢ = (xᵢ − x̄)/s with s the population sd (divisor n), s = 1 if x is constant. */
export function standardizeValues(x: ArrayLike<number>): Standardized {
  const n = x.length;
  if (n === 0) throw new RangeError('standardizeValues: there are no values.');
  let m = 0;
  for (let i = 0; i < n; i++) m += x[i];
  m /= n;
  let ss = 0;
  for (let i = 0; i < n; i++) ss += (x[i] - m) ** 2;
  if (!Number.isFinite(ss)) throw new RangeError('standardizeValues: every value must be a finite number.');
  const sd = Math.sqrt(ss / n);
  const scale = sd > 0 ? sd : 1;
  return { z: Array.from({ length: n }, (_, i) => (x[i] - m) / scale), mean: m, scale };
}

/**
 * Rewrites b + Σₖ cₖ zᵏ with z = (x − μ)/s as b' + Σₖ c'ₖ xᵏ, by the binomial expansion of
 * ((x − μ)/s)ᵏ. `coef[k − 1]` is the coefficient of the k-th power; the result has the same layout.
 * Exact algebra; in floating point it loses accuracy as μ/s and the degree grow, which is the
 * ill-conditioning the page warns about, moved from the fit into the readout.
 */
export function polynomialToOriginalUnits(
  intercept: number,
  coef: readonly number[],
  mean: number,
  scale: number,
): { intercept: number; coef: number[] } {
  if (!(scale > 0) || !Number.isFinite(scale) || !Number.isFinite(mean))
    throw new RangeError('polynomialToOriginalUnits: scale must be > 0 and mean finite.');
  const d = coef.length;
  const out = new Array<number>(d + 1).fill(0);
  out[0] = intercept;
  for (let k = 1; k <= d; k++) {
    // (x − μ)^k = Σⱼ C(k, j) xʲ (−μ)^(k−j)
    let binom = 1;
    const ck = coef[k - 1] / scale ** k;
    for (let j = 0; j <= k; j++) {
      out[j] += ck * binom * (-mean) ** (k - j);
      binom = (binom * (k - j)) / (j + 1);
    }
  }
  return { intercept: out[0], coef: out.slice(1) };
}
