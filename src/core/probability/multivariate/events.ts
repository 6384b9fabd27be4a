/** Events on a finite sample space: P(A), P(B), P(A ∩ B) and conditioning as "zoom into B". */

/** Absolute tolerance on P(A ∩ B) − P(A)P(B) below which A and B are called independent. */
export const INDEPENDENCE_TOLERANCE = 1e-12;

/**
 * Probabilities of events A and B (each a set of outcome indices) on outcomes with weights `weights`
 * (normalized first): P(A), P(B), P(A ∩ B), P(A | B) = P(A ∩ B)/P(B) (NaN when P(B) = 0),
 * P(B | A), and whether P(A ∩ B) = P(A)P(B).
 * @throws RangeError for negative or non-finite weights, an all-zero space, or indices out of range.
 */
export function eventProbabilities(
  weights: readonly number[],
  a: readonly number[],
  b: readonly number[],
): { pA: number; pB: number; pAB: number; pAGivenB: number; pBGivenA: number; independent: boolean } {
  let total = 0;
  for (const w of weights) {
    if (!(Number.isFinite(w) && w >= 0))
      throw new RangeError('outcome weights must be non-negative finite numbers');
    total += w;
  }
  if (!(total > 0)) throw new RangeError('the sample space has total weight 0');
  const check = (s: readonly number[]) => {
    for (const i of s)
      if (!Number.isInteger(i) || i < 0 || i >= weights.length)
        throw new RangeError(`outcome ${i} is not in the sample space`);
    return new Set(s);
  };
  const sa = check(a);
  const sb = check(b);
  let pA = 0;
  let pB = 0;
  let pAB = 0;
  weights.forEach((w, i) => {
    const p = w / total;
    if (sa.has(i)) pA += p;
    if (sb.has(i)) pB += p;
    if (sa.has(i) && sb.has(i)) pAB += p;
  });
  return {
    pA,
    pB,
    pAB,
    pAGivenB: pB > 0 ? pAB / pB : NaN,
    pBGivenA: pA > 0 ? pAB / pA : NaN,
    independent: Math.abs(pAB - pA * pB) <= INDEPENDENCE_TOLERANCE,
  };
}

/** The 36 equally likely outcomes of two fair dice, [first, second], first die varying slowest. */
export function twoDiceOutcomes(): [number, number][] {
  const out: [number, number][] = [];
  for (let i = 1; i <= 6; i++) for (let j = 1; j <= 6; j++) out.push([i, j]);
  return out;
}
