// Shared machinery of the integer-valued families.

/**
 * Smallest integer k in [lo, hi] with cdf(k) ≥ p·(1 − 1e-12) (the relative slack lets float ties
 * resolve downwards). From an approximate `guess` it gallops in doubling steps until the answer is
 * bracketed, then bisects: O(log distance) cdf evaluations however rough the guess.
 * Above p = ½, given the survival function sf(k) = P(X > k), the test is sf(k) ≤ (1 − p)(1 + 1e-12)
 * instead: 1 − p is exact there and sf keeps its relative precision in the tail, where cdf(k) is a
 * float next to 1 (poisson(4) at p = 1 − 2⁻⁵³ is 29, which the cdf test cannot tell from 25), and the
 * slack stays relative to the tail (p·1e-12 would swamp a tail of 1e-10).
 * p = 0 gives lo and p = 1 gives hi (the support's ends, possibly Infinity); NaN outside [0, 1].
 */
export function discreteQuantile(
  p: number,
  cdf: (k: number) => number,
  lo: number,
  hi: number,
  guess: number,
  sf?: (k: number) => number,
): number {
  if (!(p >= 0 && p <= 1)) return NaN;
  if (p === 0) return lo;
  if (p === 1) return hi;
  const target = p * (1 - 1e-12);
  const tail = (1 - p) * (1 + 1e-12);
  const ok = sf && p > 0.5 ? (k: number): boolean => sf(k) <= tail : (k: number): boolean => cdf(k) >= target;
  const k = Number.isFinite(guess) ? Math.min(Math.max(Math.round(guess), lo), hi) : lo;
  let fail: number; // largest k known to fail, or lo − 1
  let pass: number; // smallest k known to pass
  if (ok(k)) {
    pass = k;
    fail = lo - 1;
    for (let step = 1; pass > lo; step *= 2) {
      const j = Math.max(lo, pass - step);
      if (!ok(j)) {
        fail = j;
        break;
      }
      pass = j;
    }
  } else {
    fail = k;
    pass = hi;
    for (let step = 1; fail < hi; step *= 2) {
      const j = Math.min(hi, fail + step);
      if (ok(j)) {
        pass = j;
        break;
      }
      fail = j;
    }
  }
  while (pass - fail > 1) {
    const mid = Math.floor(fail + (pass - fail) / 2);
    if (ok(mid)) pass = mid;
    else fail = mid;
  }
  return pass;
}

/**
 * Entropy −Σ p(k) ln p(k) over k = lo…hi from the log-pmf, with Neumaier's compensated sum so that
 * many small terms add up to full precision.
 */
export function entropySum(logPmf: (k: number) => number, lo: number, hi: number): number {
  let sum = 0;
  let carry = 0;
  for (let k = lo; k <= hi; k++) {
    const l = logPmf(k);
    if (l === -Infinity) continue;
    const term = -Math.exp(l) * l;
    const t = sum + term;
    carry += Math.abs(sum) >= Math.abs(term) ? sum - t + term : term - t + sum;
    sum = t;
  }
  return sum + carry;
}
