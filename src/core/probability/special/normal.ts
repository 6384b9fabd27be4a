import { erfc } from './erf';
import { SQRT_2PI } from './constants';

/**
 * Standard normal density φ(z) = e^(−z²/2) / √(2π). z is split as h + l with h on a 1/16 grid so
 * that h² is exact; the rounding of z² alone would cost z²·1e-16 relative error in the tails.
 */
export function normalPdf(z: number): number {
  const h = Math.trunc(z * 16) / 16;
  return (Math.exp(-0.5 * h * h) * Math.exp(-0.5 * (z - h) * (z + h))) / SQRT_2PI;
}

/** Standard normal cdf Φ(z) = ½ erfc(−z/√2); relative precision holds far into the lower tail. */
export function normalCdf(z: number): number {
  return 0.5 * erfc(-z * Math.SQRT1_2);
}

/** Standard normal survival function 1 − Φ(z) = ½ erfc(z/√2), precise in the upper tail. */
export function normalSf(z: number): number {
  return 0.5 * erfc(z * Math.SQRT1_2);
}

// M. J. Wichura, "Algorithm AS 241: The percentage points of the normal distribution",
// Applied Statistics 37 (1988) 477–484, PPND16: relative error about 1e-16.
// Coefficients are listed from the constant term up.
const A = [
  3.3871328727963665, 133.14166789178438, 1971.5909503065513, 13731.69376550946, 45921.95393154987,
  67265.7709270087, 33430.57558358813, 2509.0809287301227,
];
const B = [
  1, 42.31333070160091, 687.1870074920579, 5394.196021424751, 21213.794301586597, 39307.89580009271,
  28729.085735721943, 5226.495278852854,
];
const C = [
  1.4234371107496835, 4.630337846156546, 5.769497221460691, 3.6478483247632045, 1.2704582524523684,
  0.2417807251774506, 0.022723844989269184, 7.745450142783414e-4,
];
const D = [
  1, 2.053191626637759, 1.6763848301838038, 0.6897673349851, 0.14810397642748008, 0.015198666563616457,
  5.475938084995345e-4, 1.0507500716444169e-9,
];
const E = [
  6.657904643501103, 5.463784911164114, 1.7848265399172913, 0.29656057182850487, 0.026532189526576124,
  0.0012426609473880784, 2.7115555687434876e-5, 2.0103343992922881e-7,
];
const F = [
  1, 0.599832206555888, 0.1369298809227358, 0.014875361290850615, 7.868691311456133e-4, 1.8463183175100548e-5,
  1.421511758316446e-7, 2.0442631033899397e-15,
];

function ratio(num: number[], den: number[], r: number): number {
  let n = 0;
  let d = 0;
  for (let i = num.length - 1; i >= 0; i--) {
    n = n * r + num[i];
    d = d * r + den[i];
  }
  return n / d;
}

/**
 * Standard normal quantile Φ⁻¹(p) (Wichura's AS 241). −Infinity at 0, +Infinity at 1, NaN outside [0, 1].
 * For p > ½ the tail is read from 1 − p, which is exact in floating point there.
 */
export function normalQuantile(p: number): number {
  if (!(p >= 0 && p <= 1)) return NaN;
  if (p === 0) return -Infinity;
  if (p === 1) return Infinity;
  const q = p - 0.5;
  if (Math.abs(q) <= 0.425) return q * ratio(A, B, 0.180625 - q * q);
  const r = Math.sqrt(-Math.log(q < 0 ? p : 1 - p));
  const z = r <= 5 ? ratio(C, D, r - 1.6) : ratio(E, F, r - 5);
  return q < 0 ? -z : z;
}
