/** What {@link invertMonotone} needs to know about the function to invert. */
export interface MonotoneProblem {
  /**
   * The tail probability to match: the cdf F(x) (increasing) when `lowerTail`, else the survival
   * function S(x) = 1 − F(x) (decreasing). Solving in the smaller tail keeps relative precision.
   */
  tail(x: number): number;
  lowerTail: boolean;
  /** The density f = F′ = −S′. */
  density(x: number): number;
  /** Target tail probability, in (0, 1). */
  target: number;
  /** Starting guess, strictly inside (lo, hi). */
  x0: number;
  /** Known bracket of the root; either end may be infinite. */
  lo: number;
  hi: number;
}

const MAX_ITER = 400;

/** A point strictly between lo and hi (or beyond the finite one when the other is infinite). */
function bisect(lo: number, hi: number): number {
  // Toward an infinite end, square the distance so that even a root near 1e300 is bracketed quickly.
  if (hi === Infinity) return lo < 2 ? lo + 2 : Math.min(lo * lo, Number.MAX_VALUE);
  if (lo === -Infinity) return hi > -2 ? hi - 2 : -Math.min(hi * hi, Number.MAX_VALUE);
  // Geometric steps when the bracket spans orders of magnitude on one side of zero, so that a root
  // at 1e-300 is reached in ~10 halvings of the exponent rather than ~1000 of the value.
  if (lo >= 0 && hi > 8 * lo) return lo > 0 ? Math.sqrt(lo) * Math.sqrt(hi) : hi / 8;
  if (hi <= 0 && lo < 8 * hi) return hi < 0 ? -Math.sqrt(-lo) * Math.sqrt(-hi) : lo / 8;
  return lo + (hi - lo) / 2;
}

/**
 * Solves tail(x) = target for x by Newton's method on g(x) = ln tail(x) − ln target, safeguarded
 * by a shrinking bracket: any step that leaves the bracket is replaced by a bisection.
 * Newton on the logarithm is nearly linear in the tails (ln S ≈ −λx, ln F ≈ a ln x), so it
 * converges in a handful of steps where Newton on the probability itself would crawl.
 * Returns x to about 1e-15 relative precision.
 */
export function invertMonotone(problem: MonotoneProblem): number {
  const { tail, density, target, lowerTail } = problem;
  const logTarget = Math.log(target);
  const sign = lowerTail ? 1 : -1;
  let { lo, hi } = problem;
  let x = problem.x0 > lo && problem.x0 < hi ? problem.x0 : bisect(lo, hi);
  for (let i = 0; i < MAX_ITER; i++) {
    const value = tail(x);
    if (value === target) return x;
    const g = Math.log(value) - logTarget;
    // sign·g increases with x; shrink the bracket to the side that holds the root.
    if (sign * g > 0) hi = x;
    else lo = x;
    // Still short of the target at the largest double: the root lies beyond the float range.
    if (lo === Number.MAX_VALUE) return Infinity;
    if (hi === -Number.MAX_VALUE) return -Infinity;
    const slope = (sign * density(x)) / value;
    let next = x - g / slope;
    if (!(next > lo && next < hi)) next = bisect(lo, hi);
    if (Math.abs(next - x) <= 1e-15 * Math.abs(next) || next === x) return next;
    if (Number.isFinite(hi - lo) && hi - lo <= 1e-15 * Math.max(Math.abs(lo), Math.abs(hi)))
      return lo + (hi - lo) / 2;
    x = next;
  }
  return x;
}
