/**
 * tanh for the networks' inner loops, about twice as fast as Math.tanh (which dominates a tanh
 * network's epoch) and within a few ulps of it (≤ 4e-15 relative, tested):
 *   |x| < 0.05:   the odd Taylor series x(1 − x²/3 + 2x⁴/15 − …) to x¹¹ (next term < 1e-18 relative);
 *   |x| ≥ 19.1:   ±1 (tanh rounds to 1 there);
 *   otherwise:    tanh|x| = (1 − e)/(1 + e), e = e^(−2|x|) = 2^(−k/64)·e^(−r), with
 *                 k = round(2|x|·64/ln 2), |r| ≤ ln 2/128, 2^(−k/64) from two tables and e^(−r)
 *                 a degree-5 Taylor polynomial (error < 4e-17). 1 − e loses at most a factor
 *                 1/(2|x|) ≤ 10 in relative accuracy, hence the series below 0.05.
 */
const LN2_64_HI = 0.010830424696223417;
const LN2_64_LO = Math.LN2 / 64 - LN2_64_HI;
const INV_LN2_64 = 64 / Math.LN2;
/** 2^(−j/64) and 2^(−j), j = 0 … 63. */
const FRACTION = Float64Array.from({ length: 64 }, (_, j) => Math.pow(2, -j / 64));
const WHOLE = Float64Array.from({ length: 64 }, (_, j) => Math.pow(2, -j));

export function fastTanh(x: number): number {
  const a = Math.abs(x);
  if (a < 0.05) {
    const q = a * a;
    return x * (1 + q * (-1 / 3 + q * (2 / 15 + q * (-17 / 315 + q * (62 / 2835 + q * (-1382 / 155925))))));
  }
  if (!(a < 19.1)) return a === a ? (x < 0 ? -1 : 1) : x;
  const y = 2 * a;
  const k = (y * INV_LN2_64 + 0.5) | 0;
  const r = y - k * LN2_64_HI - k * LN2_64_LO;
  const p = 1 - r * (1 - r * (0.5 - r * (1 / 6 - r * (1 / 24 - r * (1 / 120)))));
  const e = WHOLE[k >> 6] * FRACTION[k & 63] * p;
  const t = (1 - e) / (1 + e);
  return x < 0 ? -t : t;
}
