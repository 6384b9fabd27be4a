import type { StreamingHistogram } from './histogram';

/** Bins of the fine histogram that {@link ksGrid} reads; its grid error is at most one bin's mass. */
export const KS_GRID_BINS = 4096;

/**
 * Exact one-sample Kolmogorov–Smirnov distance D = sup_x |F_n(x) − F(x)| of a sorted sample.
 *
 * F_n is a step function, so the supremum is attained at, or just left of, a sample value. For each
 * distinct value v with #{X < v} = i and #{X ≤ v} = j it compares F_n(v) = j/n with F(v) and the left
 * limit F_n(v⁻) = i/n with F(v⁻). Between two distinct values F_n is constant and F monotone, so these
 * endpoints cover the whole line. Continuous F: F(v⁻) = F(v), and ties (finite-precision samples) are
 * handled by the same counts. Discrete (integer-valued) F: F(v⁻) = F(v − 1).
 */
export function ksExact(sorted: Float64Array, cdf: (x: number) => number, discrete: boolean): number {
  const n = sorted.length;
  let d = 0;
  for (let i = 0; i < n;) {
    const v = sorted[i];
    let j = i + 1;
    while (j < n && sorted[j] === v) j++;
    const f = cdf(v);
    const fLeft = discrete ? cdf(v - 1) : f;
    d = Math.max(d, Math.abs(j / n - f), Math.abs(i / n - fLeft));
    i = j;
  }
  return d;
}

/**
 * KS distance from streamed counts: max over grid points g of |F_n(g) − F(g)|, where F_n(g) is read
 * off the cumulative counts (every sample counts in n, also those outside the range).
 *
 * Continuous histogram: g runs over the bins + 1 edges e_i, F_n(e_i) = (below + Σ_{j<i} c_j)/n. Since
 * F_n and F both rise monotonically inside a bin, D_grid ≤ D ≤ D_grid + max(max_i [F(e_{i+1}) − F(e_i)],
 * F(lo), 1 − F(hi)) (see {@link ksGridSlack}); with ≥ 4096 bins the gap is far below 1/√n for n ≲ 1e6.
 * Discrete histogram (one bin per integer): g runs over every integer kLo − 1 … kHi, where F_n is exact,
 * so D_grid = D whenever no sample falls outside the range.
 */
export function ksGrid(hist: StreamingHistogram, cdf: (x: number) => number): number {
  const n = hist.total;
  if (n === 0) return NaN;
  const inv = 1 / n;
  let cum = hist.below;
  // Discrete: compare F at the integers kLo − 1, kLo, …, kHi, i.e. at each bin's upper edge − ½.
  const shift = hist.discrete ? -0.5 : 0;
  let d = Math.abs(cum * inv - cdf(hist.edge(0) + shift));
  for (let i = 0; i < hist.bins; i++) {
    cum += hist.counts[i];
    d = Math.max(d, Math.abs(cum * inv - cdf(hist.edge(i + 1) + shift)));
  }
  return d;
}

/** The most that the true D can exceed {@link ksGrid}'s continuous D_grid by: the largest bin or tail mass of F. */
export function ksGridSlack(hist: StreamingHistogram, cdf: (x: number) => number): number {
  let prev = cdf(hist.edge(0));
  let s = prev;
  for (let i = 1; i <= hist.bins; i++) {
    const f = cdf(hist.edge(i));
    s = Math.max(s, f - prev);
    prev = f;
  }
  return Math.max(s, 1 - prev);
}

/**
 * Asymptotic KS p-value P(D_n ≥ d) ≈ Q(λ), λ = (√n + 0.12 + 0.11/√n)·d (Stephens 1970), with the
 * Kolmogorov tail Q(λ) = 2 Σ_{j≥1} (−1)^{j−1} e^{−2j²λ²}; for λ < 1.18 the dual series
 * 1 − Q(λ) = (√(2π)/λ) Σ_{j≥1} e^{−(2j−1)²π²/(8λ²)} converges faster. Conservative for discrete F.
 */
export function ksPValue(d: number, n: number): number {
  const sn = Math.sqrt(n);
  return kolmogorovQ((sn + 0.12 + 0.11 / sn) * d);
}

function kolmogorovQ(lambda: number): number {
  if (lambda <= 0) return 1;
  let s = 0;
  if (lambda < 1.18) {
    const k = (-Math.PI * Math.PI) / (8 * lambda * lambda);
    for (let j = 1; j <= 6; j++) s += Math.exp((2 * j - 1) * (2 * j - 1) * k);
    return Math.min(1, Math.max(0, 1 - (Math.sqrt(2 * Math.PI) / lambda) * s));
  }
  for (let j = 1; j <= 100; j++) {
    const t = Math.exp(-2 * j * j * lambda * lambda);
    s += j % 2 ? t : -t;
    if (t < 1e-17) break;
  }
  return Math.min(1, Math.max(0, 2 * s));
}

/** Critical distance d with ksPValue(d, n) = alpha: reject "sample ~ F" at level alpha when D > d. */
export function ksCriticalValue(n: number, alpha: number): number {
  // Q is decreasing in λ; bisect on λ ∈ [0.2, 6] (Q(0.2) ≈ 1, Q(6) ≈ 1e-31).
  let a = 0.2;
  let b = 6;
  for (let k = 0; k < 60; k++) {
    const m = 0.5 * (a + b);
    if (kolmogorovQ(m) > alpha) a = m;
    else b = m;
  }
  const sn = Math.sqrt(n);
  return (0.5 * (a + b)) / (sn + 0.12 + 0.11 / sn);
}
