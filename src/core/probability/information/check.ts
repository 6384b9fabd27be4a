/** Validation shared by the information measures: what counts as a probability vector. */

/** How far from 1 the entries may sum: enough for rounding in a hand-typed or renormalised vector. */
export const SUM_TOLERANCE = 1e-9;

/**
 * Throws a RangeError naming the problem unless `p` is a probability vector: a non-empty array of
 * finite, non-negative numbers summing to 1 within {@link SUM_TOLERANCE}.
 */
export function checkDistribution(p: readonly number[], name = 'p'): void {
  if (!Array.isArray(p) || p.length === 0)
    throw new RangeError(`${name} must be a non-empty list of probabilities`);
  let sum = 0;
  for (let i = 0; i < p.length; i++) {
    const v = p[i];
    if (typeof v !== 'number' || Number.isNaN(v)) throw new RangeError(`${name}[${i}] is not a number`);
    if (v < 0) throw new RangeError(`${name}[${i}] = ${v} is negative; probabilities are at least 0`);
    if (!Number.isFinite(v)) throw new RangeError(`${name}[${i}] is infinite`);
    sum += v;
  }
  if (!(Math.abs(sum - 1) <= SUM_TOLERANCE))
    throw new RangeError(`${name} sums to ${sum}, not 1: probabilities must add up to 1`);
}

/** Checks both vectors and that they describe the same outcomes (same length). */
export function checkPair(p: readonly number[], q: readonly number[]): void {
  checkDistribution(p, 'p');
  checkDistribution(q, 'q');
  if (p.length !== q.length)
    throw new RangeError(
      `p has ${p.length} outcomes and q has ${q.length}: both must be over the same outcomes`,
    );
}
