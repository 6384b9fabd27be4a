/**
 * Stirling-series helpers for the discrete rejection samplers.
 *
 * fc(k) = log k! − [(k + ½)·log(k + 1) − (k + 1) + ½·log 2π] is the error of Stirling's formula
 * for log k! = log Γ(k + 1). Below 10 it is tabulated from exact sums of logs; from 10 on the
 * asymptotic series 1/(12m) − 1/(360m³) + 1/(1260m⁵) − 1/(1680m⁷), m = k + 1, is accurate to < 1e-12.
 */
const HALF_LOG_2PI = 0.5 * Math.log(2 * Math.PI);
const FC_TABLE = new Float64Array(10);
{
  let logFact = 0;
  for (let k = 0; k < 10; k++) {
    if (k > 0) logFact += Math.log(k);
    FC_TABLE[k] = logFact - ((k + 0.5) * Math.log(k + 1) - (k + 1) + HALF_LOG_2PI);
  }
}

/** Stirling correction fc(k) for integer k ≥ 0 (see module comment). */
export function stirlingCorrection(k: number): number {
  if (k < 10) return FC_TABLE[k];
  const m = k + 1;
  const m2 = m * m;
  return (1 / 12 - (1 / 360 - (1 / 1260 - 1 / (1680 * m2)) / m2) / m2) / m;
}

/** log k! for integer k ≥ 0, as Stirling's formula plus its correction fc(k). */
export function logFactorial(k: number): number {
  return (k + 0.5) * Math.log(k + 1) - (k + 1) + HALF_LOG_2PI + stirlingCorrection(k);
}
