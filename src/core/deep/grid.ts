/**
 * Shape checks shared by the deep-learning functions. Every entry point validates first, so that a
 * ragged row or a NaN fails with the caller's name instead of spreading silent NaNs into a picture.
 */

/** Checks that `a` is a non-empty rectangular array of finite numbers; returns [rows, columns]. */
export function assertGrid(a: number[][], caller: string, what: string): [number, number] {
  const rows = Array.isArray(a) ? a.length : 0;
  const cols = rows > 0 && Array.isArray(a[0]) ? a[0].length : 0;
  if (rows === 0 || cols === 0) throw new RangeError(`${caller}: the ${what} is empty.`);
  for (const row of a) {
    if (!Array.isArray(row) || row.length !== cols)
      throw new RangeError(`${caller}: every row of the ${what} must have ${cols} entries.`);
    for (const x of row) {
      if (typeof x !== 'number' || !Number.isFinite(x))
        throw new RangeError(`${caller}: every entry of the ${what} must be a finite number.`);
    }
  }
  return [rows, cols];
}

/** Checks that `v` is a non-empty array of finite numbers of the given length (if any); returns its length. */
export function assertVector(v: number[], caller: string, what: string, length?: number): number {
  if (!Array.isArray(v) || v.length === 0) throw new RangeError(`${caller}: the ${what} is empty.`);
  if (length !== undefined && v.length !== length)
    throw new RangeError(`${caller}: the ${what} must have ${length} entries, not ${v.length}.`);
  if (v.some((x) => typeof x !== 'number' || !Number.isFinite(x)))
    throw new RangeError(`${caller}: every entry of the ${what} must be a finite number.`);
  return v.length;
}

/** Checks that `k` is an integer ≥ `min`. */
export function assertInteger(k: number, min: number, caller: string, what: string): void {
  if (!Number.isInteger(k) || k < min)
    throw new RangeError(`${caller}: the ${what} must be a whole number ≥ ${min}, not ${k}.`);
}
