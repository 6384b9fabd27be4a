/** Mean and covariance of a stretch of a 2D chain. */

export interface ChainMoments {
  meanX: number;
  meanY: number;
  /** Sample covariance matrix entries (divisor n − 1). */
  varX: number;
  varY: number;
  covXY: number;
}

/**
 * Mean (x̄, ȳ) and sample covariance Σ̂ = (1/(n−1)) Σ_t (z_t − z̄)(z_t − z̄)ᵀ of the points
 * (xs[t], ys[t]) for from ≤ t < to (two passes, so no cancellation). NaN entries for fewer than 2 points.
 */
export function chainMoments(
  xs: ArrayLike<number>,
  ys: ArrayLike<number>,
  from: number,
  to: number,
): ChainMoments {
  const n = to - from;
  if (n < 2) return { meanX: NaN, meanY: NaN, varX: NaN, varY: NaN, covXY: NaN };
  let mx = 0;
  let my = 0;
  for (let t = from; t < to; t++) {
    mx += xs[t];
    my += ys[t];
  }
  mx /= n;
  my /= n;
  let sxx = 0;
  let syy = 0;
  let sxy = 0;
  for (let t = from; t < to; t++) {
    const dx = xs[t] - mx;
    const dy = ys[t] - my;
    sxx += dx * dx;
    syy += dy * dy;
    sxy += dx * dy;
  }
  return { meanX: mx, meanY: my, varX: sxx / (n - 1), varY: syy / (n - 1), covXY: sxy / (n - 1) };
}
