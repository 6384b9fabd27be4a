/**
 * The centred (optionally scaled) data and its scatter matrix, built for speed on data sets such as
 * the digits (1,797 × 64): one flat Float64Array, two passes for the mean (so that a cloud far from the
 * origin keeps its spread), and only the upper triangle of ZᵀZ accumulated, row by row.
 */

export interface CentredData {
  n: number;
  d: number;
  mean: number[];
  /** Sample sd (divisor n − 1) per column when scaling, 1 otherwise, and 1 for a constant column. */
  scale: number[];
  /** Row-major n×d (x − mean)/scale. */
  z: Float64Array;
}

/** Checks X (n ≥ min rows of one length d ≥ 1, finite) and returns d. */
export function assertData(X: readonly (readonly number[])[], min: number, caller: string): number {
  if (!Array.isArray(X) || X.length < min)
    throw new RangeError(`${caller}: needs at least ${min} data points.`);
  const d = X[0].length;
  if (d === 0) throw new RangeError(`${caller}: points must have at least one coordinate.`);
  for (const row of X) {
    if (!Array.isArray(row) || row.length !== d)
      throw new RangeError(`${caller}: every point must have ${d} coordinates.`);
    for (let j = 0; j < d; j++)
      if (!Number.isFinite(row[j]))
        throw new RangeError(`${caller}: every coordinate must be a finite number.`);
  }
  return d;
}

/** Centres X by its column means and, with `standardize`, divides each column by its sample sd. */
export function centreData(X: readonly (readonly number[])[], standardize: boolean): CentredData {
  const n = X.length;
  const d = X[0].length;
  const mean = new Array<number>(d).fill(0);
  for (const row of X) for (let j = 0; j < d; j++) mean[j] += row[j];
  for (let j = 0; j < d; j++) mean[j] /= n;
  const z = new Float64Array(n * d);
  const ss = new Float64Array(d);
  for (let i = 0, k = 0; i < n; i++) {
    const row = X[i];
    for (let j = 0; j < d; j++, k++) {
      const c = row[j] - mean[j];
      z[k] = c;
      ss[j] += c * c;
    }
  }
  const scale = new Array<number>(d).fill(1);
  if (standardize) {
    for (let j = 0; j < d; j++) {
      const sd = Math.sqrt(ss[j] / (n - 1));
      // A constant column stays 0 after centring; dividing it by 0 would only make NaN.
      if (sd > 0) scale[j] = sd;
    }
    for (let k = 0; k < n * d; k++) z[k] /= scale[k % d];
  }
  return { n, d, mean, scale, z };
}

/** S = ZᵀZ/(n − 1), d×d row-major and exactly symmetric. */
export function covarianceOf({ n, d, z }: CentredData): Float64Array {
  const s = new Float64Array(d * d);
  for (let i = 0; i < n; i++) {
    const off = i * d;
    for (let a = 0; a < d; a++) {
      const za = z[off + a];
      if (za === 0) continue;
      const rowA = a * d;
      for (let b = a; b < d; b++) s[rowA + b] += za * z[off + b];
    }
  }
  const div = n - 1;
  for (let a = 0; a < d; a++) {
    for (let b = a; b < d; b++) {
      s[a * d + b] /= div;
      s[b * d + a] = s[a * d + b];
    }
  }
  return s;
}
