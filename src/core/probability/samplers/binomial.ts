import { uniform32, type FastRng, type Rng } from '../rng';
import { stirlingCorrection as fc } from './stirling';
import { asFast } from './ziggurat';

/**
 * Binomial(n, p). By symmetry X = n − Binomial(n, 1 − p), so the work is done with p ≤ ½. When
 * n·p < 10 the mean is small and sequential inversion (about n·p + 1 steps of the pmf recursion
 * f(k) = f(k − 1)·((n + 1)p/q/k − p/q)) costs less than any setup; otherwise BTRD.
 */
export function fillBinomial(rng: Rng, out: Float64Array, n: number, p: number): void {
  const src = asFast(rng);
  const flip = p > 0.5;
  const q = flip ? 1 - p : p;
  if (n * q < 10) {
    const s = q / (1 - q);
    const a = (n + 1) * s;
    // (1 − q)^n through log1p, which stays accurate for tiny q and huge n.
    const f0 = Math.exp(n * Math.log1p(-q));
    for (let i = 0; i < out.length; i++) {
      const k = invert(src, n, f0, a, s);
      out[i] = flip ? n - k : k;
    }
    return;
  }
  const b = btrdSetup(n, q);
  for (let i = 0; i < out.length; i++) {
    const k = btrd(src, b);
    out[i] = flip ? n - k : k;
  }
}

function invert(src: FastRng, n: number, f0: number, a: number, s: number): number {
  for (;;) {
    let u = src.next();
    let f = f0;
    let k = 0;
    while (u > f) {
      u -= f;
      k++;
      // Rounding can leave u above the summed pmf; redraw rather than return an impossible k.
      if (k > n) break;
      f *= a / k - s;
    }
    if (k <= n) return k;
  }
}

type Btrd = ReturnType<typeof btrdSetup>;

/** Constants of BTRD, step 0 (Hörmann 1993, "The generation of binomial random variates", JSCS 46). */
function btrdSetup(n: number, p: number) {
  const m = Math.floor((n + 1) * p);
  const r = p / (1 - p);
  const npq = n * p * (1 - p);
  const spq = Math.sqrt(npq);
  const b = 1.15 + 2.53 * spq;
  const vr = 0.92 - 4.2 / b;
  const nm = n - m + 1;
  return {
    n,
    m,
    r,
    nr: (n + 1) * r,
    npq,
    b,
    a: -0.0873 + 0.0248 * b + 0.01 * p,
    c: n * p + 0.5,
    alpha: (2.83 + 5.1 / b) * spq,
    vr,
    urvr: 0.86 * vr,
    nm,
    h: (m + 0.5) * Math.log((m + 1) / (r * nm)) + fc(m) + fc(n - m),
  };
}

/**
 * BTRD: transformed rejection with decomposition. k = ⌊(2a/(½ − |u|) + b)·u + c⌋ maps a uniform u onto
 * a hat close to the pmf; the central box (V ≤ u_r·v_r, ≈ 80% of draws) is accepted at once. Other
 * points are checked against f(k)/f(m) by the recursion when |k − m| ≤ 15, else by a squeeze on the
 * normal approximation and, rarely, the exact log ratio through Stirling corrections fc.
 */
function btrd(src: FastRng, s: Btrd): number {
  const { n, m, r, nr, npq, a, b, c, alpha, vr, urvr } = s;
  for (;;) {
    let v = uniform32(src);
    let u: number;
    if (v <= urvr) {
      u = v / vr - 0.43;
      return Math.floor(((2 * a) / (0.5 - Math.abs(u)) + b) * u + c);
    }
    if (v >= vr) {
      u = uniform32(src) - 0.5;
    } else {
      u = v / vr - 0.93;
      u = (u < 0 ? -0.5 : 0.5) - u;
      v = uniform32(src) * vr;
    }
    const us = 0.5 - Math.abs(u);
    const k = Math.floor(((2 * a) / us + b) * u + c);
    if (k < 0 || k > n) continue;
    v = (v * alpha) / (a / (us * us) + b);
    const km = Math.abs(k - m);
    if (km <= 15) {
      let f = 1;
      if (m < k) for (let i = m + 1; i <= k; i++) f *= nr / i - r;
      else for (let i = k + 1; i <= m; i++) v *= nr / i - r;
      if (v <= f) return k;
      continue;
    }
    v = Math.log(v);
    const rho = (km / npq) * (((km / 3 + 0.625) * km + 1 / 6) / npq + 0.5);
    const t = (-km * km) / (2 * npq);
    if (v < t - rho) return k;
    if (v > t + rho) continue;
    const nk = n - k + 1;
    if (
      v <=
      s.h + (n + 1) * Math.log(s.nm / nk) + (k + 0.5) * Math.log((nk * r) / (k + 1)) - fc(k) - fc(n - k)
    )
      return k;
  }
}
