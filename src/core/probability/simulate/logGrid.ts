/**
 * Sample counts 1 ≤ n₀ < n₁ < … < n_last = n spaced evenly on a log axis: every integer up to
 * `perDecade`, then round(10^(j/perDecade)) without repeats, and n itself last. A running statistic
 * recorded at these counts draws a smooth curve on a log axis with O(perDecade · log₁₀ n) points
 * instead of n.
 */
export function logGrid(n: number, perDecade = 100): Float64Array {
  if (!Number.isSafeInteger(n) || n < 1) throw new RangeError(`n must be a whole number ≥ 1 (got ${n})`);
  const out: number[] = [];
  let last = 0;
  for (let j = 0; ; j++) {
    const k = Math.round(10 ** (j / perDecade));
    if (k >= n) break;
    if (k > last) {
      out.push(k);
      last = k;
    }
  }
  out.push(n);
  return Float64Array.from(out);
}
