/**
 * Running count, mean and M2 = Σ(x − mean)² over a stream of chunks, in O(1) memory.
 *
 * A chunk is summarised in one pass by shifted sums S1 = Σ(x − K), S2 = Σ(x − K)², giving
 * x̄_c = K + S1/n and M2_c = S2 − S1²/n. The shift K is the running mean (for the first chunk the mean
 * of its first ≤ 64 samples), so |x̄_c − K| is a small fraction of the spread and the subtraction
 * loses almost nothing: the relative error of M2_c is about ε·(1 + n(x̄_c − K)²/M2_c) (Chan, Golub &
 * LeVeque 1983), unlike the unshifted Σx² − n·x̄², whose factor is 1 + x̄²/s². Summaries A and B then
 * merge by the parallel formula of Chan, Golub & LeVeque (1979):
 *   n = n_A + n_B, δ = x̄_B − x̄_A, x̄ = x̄_A + δ·n_B/n, M2 = M2_A + M2_B + δ²·n_A·n_B/n.
 */
export class RunningMoments {
  count = 0;
  mean = 0;
  m2 = 0;

  /** The shift K for the next chunk (see the class comment). */
  shiftFor(chunk: Float64Array): number {
    if (this.count > 0) return this.mean;
    const m = Math.min(chunk.length, 64);
    let s = 0;
    for (let i = 0; i < m; i++) s += chunk[i];
    return m > 0 ? s / m : 0;
  }

  /** Adds every element of `chunk`. */
  add(chunk: Float64Array): void {
    const k = this.shiftFor(chunk);
    let s1 = 0;
    let s2 = 0;
    for (let i = 0; i < chunk.length; i++) {
      const d = chunk[i] - k;
      s1 += d;
      s2 += d * d;
    }
    this.addSums(chunk.length, k, s1, s2);
  }

  /** Adds a chunk of n samples given its shifted sums S1 = Σ(x − k), S2 = Σ(x − k)². */
  addSums(n: number, k: number, s1: number, s2: number): void {
    if (n > 0) this.merge({ count: n, mean: k + s1 / n, m2: Math.max(0, s2 - (s1 * s1) / n) });
  }

  /** Merges another summary (another chunk, or another worker's moments) by Chan's formula. */
  merge(other: { count: number; mean: number; m2: number }): void {
    const nb = other.count;
    if (nb === 0) return;
    const na = this.count;
    const n = na + nb;
    const delta = other.mean - this.mean;
    this.mean += (delta * nb) / n;
    this.m2 += other.m2 + ((delta * delta * na) / n) * nb;
    this.count = n;
  }

  /** Unbiased sample variance M2/(n − 1); NaN for fewer than two samples. */
  get variance(): number {
    return this.count > 1 ? this.m2 / (this.count - 1) : NaN;
  }
}
