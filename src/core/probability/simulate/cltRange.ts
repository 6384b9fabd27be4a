/** Histogram bins for the sampled statistic; see {@link statisticBins}. */
export interface StatisticBins {
  lo: number;
  hi: number;
  bins: number;
  /** Lattice spacing of the statistic (1 for sums of integers, 1/k for their means), 0 if continuous. */
  spacing: number;
}

const MAX_BINS = 100;

/** The p-quantile of sorted values (nearest rank, p ∈ [0, 1]). */
export function sortedQuantile(sorted: Float64Array, p: number): number {
  const i = Math.min(sorted.length - 1, Math.max(0, Math.round(p * (sorted.length - 1))));
  return sorted[i];
}

/**
 * A histogram window for a statistic from a pilot sample of it, and from the normal approximation
 * N(center, scale²) when the law has a finite variance (scale = NaN otherwise).
 *
 * Window: pilot quantiles 0.1 %…99.9 % (1 %…99 % for heavy-tailed laws, whose extremes would squash
 * the picture), widened to center ± 4·scale so the whole normal curve shows, plus 3 % margins.
 * Integer-valued laws give lattice statistics; their bins are whole multiples of the spacing centred
 * on lattice points, since any other width would alias into a comb of empty and doubled bins.
 * `support` is the statistic's own range (k·[a, b] for a sum of draws on [a, b], [a, b] for their
 * mean): a continuous statistic's bins start and end at a finite bound of it, so that no bar straddles
 * the bound and shows half a bar's worth of impossible values (an exponential with k = 1 read ~0.3
 * instead of ~1 at 0); lattice bins stay centred on lattice points but none lies wholly outside.
 */
export function statisticBins(
  pilot: Float64Array,
  center: number,
  scale: number,
  spacing: number,
  support: [number, number] = [-Infinity, Infinity],
): StatisticBins {
  const sorted = pilot.slice().sort();
  const finite = Number.isFinite(scale);
  let lo = sortedQuantile(sorted, finite ? 0.001 : 0.01);
  let hi = sortedQuantile(sorted, finite ? 0.999 : 0.99);
  if (finite && scale > 0) {
    lo = Math.min(lo, center - 4 * scale);
    hi = Math.max(hi, center + 4 * scale);
  }
  if (!(hi > lo)) {
    // Every pilot value equal (a degenerate law): a window one unit (or one lattice step) wide.
    const half = spacing > 0 ? spacing : Math.max(0.5, Math.abs(lo) * 0.1);
    lo -= half;
    hi += half;
  }
  const pad = 0.03 * (hi - lo);
  lo -= pad;
  hi += pad;
  const [a, b] = support;
  if (spacing > 0) {
    // Lattice points outside the support never occur: start at the first one inside it.
    const first = Math.max(
      Math.floor(lo / spacing),
      Number.isFinite(a) ? Math.ceil(a / spacing - 1e-9) : -Infinity,
    );
    const last = Math.min(
      Math.ceil(hi / spacing),
      Number.isFinite(b) ? Math.floor(b / spacing + 1e-9) : Infinity,
    );
    const group = Math.ceil((last - first + 1) / MAX_BINS);
    const bins = Math.ceil((last - first + 1) / group);
    const start = (first - 0.5) * spacing;
    return { lo: start, hi: start + bins * group * spacing, bins, spacing };
  }
  if (Number.isFinite(a) && lo < a) lo = a;
  if (Number.isFinite(b) && hi > b) hi = b;
  return { lo, hi, bins: MAX_BINS, spacing: 0 };
}
