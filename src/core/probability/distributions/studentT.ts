import { fillStudentT } from '../samplers/index';
import { EPS, SQRT_2PI } from '../special/constants';
import { digammaDifference } from '../special/digamma';
import { incompleteBeta } from '../special/incompleteBeta';
import { invertMonotone } from '../special/invert';
import { logBeta } from '../special/logBeta';
import { logGammaCorrection } from '../special/logGamma';
import { normalQuantile } from '../special/normal';
import { bd0 } from '../special/saddlePoint';
import { positive, runRules } from './checks';
import { continuousRange } from './range';
import { sampler } from './sampling';
import { num } from './tex';
import type { DistributionDef } from './types';

/**
 * f(x) = Γ((ν+1)/2) / (√(νπ) Γ(ν/2)) · (1 + x²/ν)^(−(ν+1)/2), in Loader's saddle-point form as in
 * R's dt: the Γ ratio and the power are each written as deviances, exact for huge ν as well.
 */
function tDensity(x: number, n: number): number {
  if (!Number.isFinite(x)) return Number.isNaN(x) ? NaN : 0;
  const t = -bd0(n / 2, (n + 1) / 2) + logGammaCorrection((n + 1) / 2) - logGammaCorrection(n / 2);
  const x2n = (x * x) / n;
  const huge = x2n > 1 / EPS;
  let halfLog: number; // ln √(1 + x²/ν)
  let u: number; // ν/2 · ln(1 + x²/ν), less x²/2 in the deviance form
  if (huge) {
    halfLog = Math.log(Math.abs(x)) - Math.log(n) / 2;
    u = n * halfLog;
  } else if (x2n > 0.2) {
    halfLog = Math.log(1 + x2n) / 2;
    u = n * halfLog;
  } else {
    halfLog = Math.log1p(x2n) / 2;
    u = -bd0(n / 2, (n + x * x) / 2) + (x * x) / 2;
  }
  const root = huge ? Math.sqrt(n) / Math.abs(x) : Math.exp(-halfLog);
  return (Math.exp(t - u) * root) / SQRT_2PI;
}

/**
 * F(x) from P(T > |x|) = ½ I_w(ν/2, ½) with w = ν/(ν+x²). Both w and 1 − w are formed directly, and
 * through s = ν/x² once x² would overflow: with tiny ν the tail at |x| = 1e200 is still sizeable.
 */
function tCdf(x: number, n: number): number {
  if (Number.isNaN(x)) return NaN;
  let w: number;
  let complement: number;
  if (Math.abs(x) < 1e150) {
    const x2 = x * x;
    w = n / (n + x2);
    complement = x2 / (n + x2);
  } else {
    const s = n / x / x;
    if (s < 1e-300) {
      // w = ν/x² underflows: keep the leading term I_w(a, ½) ≈ w^a / (a B(a, ½)), exact at this size.
      const a = n / 2;
      const tail =
        0.5 * Math.exp(a * (Math.log(n) - 2 * Math.log(Math.abs(x))) - Math.log(a) - logBeta(a, 0.5));
      return x < 0 ? tail : 1 - tail;
    }
    w = s / (1 + s);
    complement = 1 / (1 + s);
  }
  const tail = incompleteBeta(n / 2, 0.5, w, complement)[0] / 2;
  return x < 0 ? tail : 1 - tail;
}

/**
 * t > 0 with P(T > t) = q ≤ ½. Start from the Cornish–Fisher expansion in z = Φ⁻¹(1 − q), capped by
 * the tail bound t ≤ (ν^(ν/2−1) / (B(ν/2, ½) q))^(1/ν) (from (1 + t²/ν) > t²/ν), then Newton.
 */
function tUpperQuantile(q: number, n: number): number {
  const z = -normalQuantile(q);
  const z2 = z * z;
  const cornishFisher =
    z +
    (z * (z2 + 1)) / (4 * n) +
    (z * ((5 * z2 + 16) * z2 + 3)) / (96 * n * n) +
    (z * (((3 * z2 + 19) * z2 + 17) * z2 - 15)) / (384 * n * n * n);
  const bound = Math.exp(((n / 2 - 1) * Math.log(n) - logBeta(n / 2, 0.5) - Math.log(q)) / n);
  return invertMonotone({
    tail: (t) => tCdf(-t, n),
    lowerTail: false,
    density: (t) => tDensity(t, n),
    target: q,
    x0: cornishFisher > 0 ? Math.min(cornishFisher, bound) : bound,
    lo: 0,
    hi: Infinity,
  });
}

/**
 * Student's t with ν > 0 degrees of freedom. Mean 0 for ν > 1 (else undefined); variance ν/(ν−2)
 * for ν > 2, infinite for 1 < ν ≤ 2, undefined below. Entropy
 * (ν+1)/2 · (ψ((ν+1)/2) − ψ(ν/2)) + ln(√ν B(ν/2, ½)).
 */
export const studentT: DistributionDef = {
  name: 'studentT',
  label: "Student's t",
  discrete: false,
  params: [{ name: 'df', label: 'Degrees of freedom ν', min: 0.5, max: 50, step: 0.5, default: 3 }],
  check: (p) => runRules(p, [positive('df')]),
  create: ({ df: n }) => ({
    discrete: false,
    density: (x) => tDensity(x, n),
    cdf: (x) => tCdf(x, n),
    quantile: (p) => {
      if (!(p > 0 && p < 1)) return p === 0 ? -Infinity : p === 1 ? Infinity : NaN;
      if (p === 0.5) return 0;
      const t = tUpperQuantile(Math.min(p, 1 - p), n);
      return p < 0.5 ? -t : t;
    },
    mean: n > 1 ? 0 : NaN,
    variance: n > 2 ? n / (n - 2) : n > 1 ? Infinity : NaN,
    entropy: ((n + 1) / 2) * digammaDifference(n / 2, (n + 1) / 2) + 0.5 * Math.log(n) + logBeta(n / 2, 0.5),
    ...sampler((rng, out) => fillStudentT(rng, out, n)),
  }),
  densityTex: ({ df: n }) => {
    const half = num((n + 1) / 2);
    return (
      `f(x)=\\frac{\\Gamma(${half})}{\\sqrt{${num(n)}\\pi}\\,\\Gamma(${num(n / 2)})}` +
      `\\left(1+\\frac{x^2}{${num(n)}}\\right)^{-${half}}`
    );
  },
  plotRange: (p) => continuousRange(studentT.create(p), [-Infinity, Infinity]),
};
