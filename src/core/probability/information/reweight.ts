/** Editing a discrete distribution by hand while it stays one (the bars the student drags). */

/**
 * Sets outcome i to v (clamped to [0, 1]) and rescales the others proportionally, pⱼ ← pⱼ·(1 − v)/(1 − pᵢ),
 * so that the total stays 1; when the others are all 0 they share 1 − v equally. The result sums to 1 up to
 * rounding.
 */
export function setProbability(p: readonly number[], i: number, v: number): number[] {
  const target = Math.min(1, Math.max(0, Number.isFinite(v) ? v : 0));
  const rest = 1 - p[i];
  const n = p.length;
  const out = p.map((pj, j) => {
    if (j === i) return target;
    return rest > 1e-12 ? (pj * (1 - target)) / rest : (1 - target) / (n - 1);
  });
  // Put the last rounding residue on the largest entry, where it is relatively smallest.
  const sum = out.reduce((a, b) => a + b, 0);
  let k = 0;
  for (let j = 1; j < n; j++) if (out[j] > out[k]) k = j;
  out[k] = Math.max(0, out[k] + (1 - sum));
  return out;
}

/** The uniform law on n outcomes: pᵢ = 1/n. */
export const uniformLaw = (n: number): number[] => Array.from({ length: n }, () => 1 / n);
