import { INV_SQRT_PI } from './constants';

// W. J. Cody, "Rational Chebyshev approximations for the error function", Math. Comp. 23 (1969),
// as in his SPECFUN routine CALERF: near-minimax rational functions good to ~18 digits.
// |x| <= 0.46875: erf(x) = x A(x²) / B(x²).
const A = [3.1611237438705655, 113.86415415105016, 377.485237685302, 3209.3775891384694, 0.18577770618460315];
const B = [23.601290952344122, 244.02463793444417, 1282.6165260773723, 2844.236833439171];
// 0.46875 < |x| <= 4: e^(x²) erfc(x) = C(x) / D(x).
const C = [
  0.5641884969886701, 8.883149794388377, 66.11919063714163, 298.6351381974001, 881.952221241769,
  1712.0476126340707, 2051.0783778260716, 1230.3393547979972, 2.1531153547440383e-8,
];
const D = [
  15.744926110709835, 117.6939508913125, 537.1811018620099, 1621.3895745666903, 3290.7992357334597,
  4362.619090143247, 3439.3676741437216, 1230.3393548037495,
];
// |x| > 4: e^(x²) erfc(x) = (1/√π − z P(z)/Q(z)) / x with z = 1/x².
const P = [
  0.30532663496123236, 0.36034489994980445, 0.12578172611122926, 0.016083785148742275, 6.587491615298378e-4,
  0.016315387137302097,
];
const Q = [
  2.568520192289822, 1.8729528499234604, 0.5279051029514285, 0.06051834131244132, 0.0023352049762686918,
];

const SMALL = 0.46875;
/** Beyond this e^(−y²) alone is subnormal, so it is not formed separately from e^(y²) erfc(y). */
const BIG = 26;

function erfSmall(x: number): number {
  const z = x * x;
  const num = (((A[4] * z + A[0]) * z + A[1]) * z + A[2]) * z + A[3];
  const den = (((z + B[0]) * z + B[1]) * z + B[2]) * z + B[3];
  return (x * num) / den;
}

/** e^(y²) erfc(y) for y > 0.46875. */
function erfcxLarge(y: number): number {
  if (y <= 4) {
    let num = C[8] * y;
    let den = y;
    for (let i = 0; i < 7; i++) {
      num = (num + C[i]) * y;
      den = (den + D[i]) * y;
    }
    return (num + C[7]) / (den + D[7]);
  }
  const z = 1 / (y * y);
  let num = P[5] * z;
  let den = z;
  for (let i = 0; i < 4; i++) {
    num = (num + P[i]) * z;
    den = (den + Q[i]) * z;
  }
  return (INV_SQRT_PI - (z * (num + P[4])) / (den + Q[4])) / y;
}

/**
 * e^(−y²), with y split as y = h + l where h has 4 fractional bits so that h² is exact:
 * the rounding error of y² would otherwise be amplified by up to y² in the far tail.
 */
function expNegSquare(y: number): number {
  const h = Math.trunc(y * 16) / 16;
  return Math.exp(-h * h) * Math.exp(-(y - h) * (y + h));
}

/** erfc(y) for y > 0.46875. */
function erfcLarge(y: number): number {
  if (y < BIG) return erfcxLarge(y) * expNegSquare(y);
  const h = Math.trunc(y * 16) / 16;
  return Math.exp(Math.log(erfcxLarge(y)) - h * h - (y - h) * (y + h));
}

/** Error function erf(x) = (2/√π) ∫₀ˣ e^(−t²) dt (Cody's rational approximations, ~1e-16 relative). */
export function erf(x: number): number {
  const y = Math.abs(x);
  if (!(y > SMALL)) return erfSmall(x); // also propagates NaN
  const tail = erfcLarge(y);
  return x < 0 ? tail - 1 : 1 - tail;
}

/**
 * Complementary error function erfc(x) = 1 − erf(x) = (2/√π) ∫ₓ^∞ e^(−t²) dt, computed without
 * forming 1 − erf so that it keeps full relative precision out to its underflow at x ≈ 26.5.
 */
export function erfc(x: number): number {
  const y = Math.abs(x);
  if (!(y > SMALL)) return 1 - erfSmall(x);
  const tail = erfcLarge(y);
  return x < 0 ? 2 - tail : tail;
}
