/**
 * Input checks shared by the regression functions. Each throws a RangeError naming its caller, so a
 * page can show the message instead of drawing NaN.
 */

/** Checks that X is a non-empty n×p matrix of finite numbers (p may be 0) and returns [n, p]. */
export function assertDesign(X: readonly (readonly number[])[], caller: string): [number, number] {
  if (!Array.isArray(X) || X.length === 0) throw new RangeError(`${caller}: there are no data points.`);
  const p = X[0].length;
  for (const row of X) {
    if (!Array.isArray(row) || row.length !== p)
      throw new RangeError(`${caller}: every row of X must have ${p} features.`);
    for (const v of row)
      if (typeof v !== 'number' || !Number.isFinite(v))
        throw new RangeError(`${caller}: every feature must be a finite number.`);
  }
  return [X.length, p];
}

/** Copies y into a plain array after checking its length n and that its entries are finite. */
export function assertTargets(y: ArrayLike<number>, n: number, caller: string): number[] {
  if (y.length !== n) throw new RangeError(`${caller}: y has ${y.length} values for ${n} data points.`);
  const out = Array.from(y);
  if (out.some((v) => typeof v !== 'number' || !Number.isFinite(v)))
    throw new RangeError(`${caller}: every y must be a finite number.`);
  return out;
}

/** Checks a penalty or precision: finite and ≥ 0 (> 0 when `positive`). */
export function assertStrength(value: number, name: string, caller: string, positive = false): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || (positive && value === 0))
    throw new RangeError(`${caller}: ${name} must be a finite number ${positive ? '> 0' : '≥ 0'}.`);
  return value;
}

/** Column means of X (length p). */
export function columnMeans(X: readonly (readonly number[])[], p: number): number[] {
  const m = new Array<number>(p).fill(0);
  for (const row of X) for (let j = 0; j < p; j++) m[j] += row[j];
  return m.map((s) => s / X.length);
}

/** The arithmetic mean of a non-empty array. */
export function mean(v: readonly number[]): number {
  let s = 0;
  for (const x of v) s += x;
  return s / v.length;
}
