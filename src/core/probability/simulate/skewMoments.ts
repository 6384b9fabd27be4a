/**
 * Count, mean, M2 = Σ(x − x̄)² and M3 = Σ(x − x̄)³ over a stream of chunks, in O(1) memory.
 * A chunk's own moments are exact two-pass sums; summaries A and B merge by Pébay's formulas (2008):
 *   n = n_A + n_B, δ = x̄_B − x̄_A,
 *   M2 = M2_A + M2_B + δ² n_A n_B / n,
 *   M3 = M3_A + M3_B + δ³ n_A n_B (n_A − n_B)/n² + 3δ (n_A M2_B − n_B M2_A)/n.
 */
export class SkewMoments {
  count = 0;
  mean = 0;
  m2 = 0;
  m3 = 0;

  /** Adds the first `length` elements of `chunk` (all by default). */
  add(chunk: Float64Array, length = chunk.length): void {
    if (length <= 0) return;
    let s = 0;
    for (let i = 0; i < length; i++) s += chunk[i];
    const mean = s / length;
    let m2 = 0;
    let m3 = 0;
    for (let i = 0; i < length; i++) {
      const d = chunk[i] - mean;
      const d2 = d * d;
      m2 += d2;
      m3 += d2 * d;
    }
    this.merge({ count: length, mean, m2, m3 });
  }

  merge(b: { count: number; mean: number; m2: number; m3: number }): void {
    const nb = b.count;
    if (nb === 0) return;
    const na = this.count;
    const n = na + nb;
    const delta = b.mean - this.mean;
    const m3 =
      this.m3 +
      b.m3 +
      (delta * delta * delta * na * nb * (na - nb)) / (n * n) +
      (3 * delta * (na * b.m2 - nb * this.m2)) / n;
    this.m2 += b.m2 + (delta * delta * na * nb) / n;
    this.m3 = m3;
    this.mean += (delta * nb) / n;
    this.count = n;
  }

  /** Unbiased variance M2/(n − 1); NaN below two values. */
  get variance(): number {
    return this.count > 1 ? this.m2 / (this.count - 1) : NaN;
  }

  /**
   * Sample skewness g₁ = m₃ / m₂^{3/2} with m_r = M_r / n; NaN below three values or for a constant
   * sample. Its standard error under normality is about √(6/n).
   */
  get skewness(): number {
    if (this.count < 3 || !(this.m2 > 0)) return NaN;
    const n = this.count;
    return this.m3 / n / Math.pow(this.m2 / n, 1.5);
  }
}
