// Statistical tests of the samplers: with fixed seeds, 1e6 draws each are checked against the true cdf
// (KS for continuous, chi-square for discrete) at level 1e-4, and their mean and variance against the
// exact moments within a few standard errors. Reference cdfs are written out here (NR-style series and
// continued fractions) so that the samplers are checked independently of the distribution objects.
import { describe, expect, it } from 'vitest';
import { createRng, type Rng } from '../../../../src/core/probability/rng';
import * as S from '../../../../src/core/probability/samplers/index';
import fixtures from '../../../fixtures/distributions.json';
import { ksCriticalValue, ksExact } from '../../../../src/core/probability/stats/index';

const N = 1_000_000;
const ALPHA = 1e-4;

// ---- reference special functions -------------------------------------------------------------
const LANCZOS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
  12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
];
function lgamma(x: number): number {
  if (x < 0.5) return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - lgamma(1 - x);
  x -= 1;
  let a = LANCZOS[0];
  for (let i = 1; i < 9; i++) a += LANCZOS[i] / (x + i);
  const t = x + 7.5;
  return 0.5 * Math.log(2 * Math.PI) + (x + 0.5) * Math.log(t) - t + Math.log(a);
}
const TINY = 1e-300;
/** Regularised lower incomplete gamma P(a, x): series below a + 1, Lentz continued fraction above. */
function gammaP(a: number, x: number): number {
  if (x <= 0) return 0;
  const front = Math.exp(-x + a * Math.log(x) - lgamma(a));
  if (x < a + 1) {
    let ap = a;
    let del = 1 / a;
    let sum = del;
    while (Math.abs(del) > Math.abs(sum) * 1e-16) sum += del *= x / ++ap;
    return sum * front;
  }
  let b = x + 1 - a;
  let c = 1 / TINY;
  let d = 1 / b;
  let h = d;
  for (let i = 1; i < 1000; i++) {
    const an = -i * (i - a);
    b += 2;
    d = an * d + b;
    d = 1 / (Math.abs(d) < TINY ? TINY : d);
    c = b + an / c;
    if (Math.abs(c) < TINY) c = TINY;
    h *= d * c;
    if (Math.abs(d * c - 1) < 1e-16) break;
  }
  return 1 - front * h;
}
function betaCf(a: number, b: number, x: number): number {
  let c = 1;
  let d = 1 / (1 - ((a + b) * x) / (a + 1));
  let h = d;
  for (let m = 1; m < 1000; m++) {
    const m2 = 2 * m;
    for (const aa of [
      (m * (b - m) * x) / ((a + m2 - 1) * (a + m2)),
      (-(a + m) * (a + b + m) * x) / ((a + m2) * (a + m2 + 1)),
    ]) {
      d = 1 + aa * d;
      d = 1 / (Math.abs(d) < TINY ? TINY : d);
      c = 1 + aa / c;
      if (Math.abs(c) < TINY) c = TINY;
      h *= d * c;
    }
    if (Math.abs(d * c - 1) < 1e-16) break;
  }
  return h;
}
/** Regularised incomplete beta I_x(a, b). */
function betaI(a: number, b: number, x: number): number {
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  const bt = Math.exp(lgamma(a + b) - lgamma(a) - lgamma(b) + a * Math.log(x) + b * Math.log1p(-x));
  return x < (a + 1) / (a + b + 2) ? (bt * betaCf(a, b, x)) / a : 1 - (bt * betaCf(b, a, 1 - x)) / b;
}
const phi = (z: number) => 0.5 * (1 + Math.sign(z) * gammaP(0.5, (z * z) / 2));
const logChoose = (n: number, k: number) => lgamma(n + 1) - lgamma(k + 1) - lgamma(n - k + 1);

// ---- cases ----------------------------------------------------------------------------------
type Fill = (rng: Rng, out: Float64Array) => void;
interface Case {
  name: string;
  fill: Fill;
  /** cdf (continuous, KS) or pmf on the integers (discrete, chi-square). */
  cdf?: (x: number) => number;
  pmf?: (k: number) => number;
  mean?: number;
  variance?: number;
  /** Excess kurtosis: sets the standard error of the sample variance, σ²·√((κ + 2)/n). */
  kurtosis?: number;
}
const ln = (m: number, s: number) => ({
  e: Math.exp(m + (s * s) / 2),
  v: (Math.exp(s * s) - 1) * Math.exp(2 * m + s * s),
});
const lnK = (s: number) => Math.exp(4 * s * s) + 2 * Math.exp(3 * s * s) + 3 * Math.exp(2 * s * s) - 6;
const betaK = (a: number, b: number) =>
  (6 * ((a - b) ** 2 * (a + b + 1) - a * b * (a + b + 2))) / (a * b * (a + b + 2) * (a + b + 3));
const tCdf = (df: number) => (t: number) => {
  const p = 0.5 * betaI(df / 2, 0.5, df / (df + t * t));
  return t > 0 ? 1 - p : p;
};
const binom = (n: number, p: number): Case => ({
  name: `fillBinomial(n=${n}, p=${p})`,
  fill: (r, o) => S.fillBinomial(r, o, n, p),
  pmf: (k) => (k < 0 || k > n ? 0 : Math.exp(logChoose(n, k) + k * Math.log(p) + (n - k) * Math.log1p(-p))),
  mean: n * p,
  variance: n * p * (1 - p),
  kurtosis: (1 - 6 * p * (1 - p)) / (n * p * (1 - p)),
});
const pois = (l: number): Case => ({
  name: `fillPoisson(lambda=${l})`,
  fill: (r, o) => S.fillPoisson(r, o, l),
  pmf: (k) => (k < 0 ? 0 : Math.exp(-l + k * Math.log(l) - lgamma(k + 1))),
  mean: l,
  variance: l,
  kurtosis: 1 / l,
});
const gamma = (a: number, rate: number): Case => ({
  name: `fillGamma(shape=${a}, rate=${rate})`,
  fill: (r, o) => S.fillGamma(r, o, a, rate),
  cdf: (x) => gammaP(a, rate * x),
  mean: a / rate,
  variance: a / rate ** 2,
  kurtosis: 6 / a,
});
const geom = (p: number): Case => ({
  name: `fillGeometric(p=${p})`,
  fill: (r, o) => S.fillGeometric(r, o, p),
  pmf: (k) => (k < 1 ? 0 : p * (1 - p) ** (k - 1)),
  mean: 1 / p,
  variance: (1 - p) / p ** 2,
  kurtosis: 6 + (p * p) / (1 - p),
});

const CASES: Case[] = [
  {
    name: 'fillNormal(1.5, 2)',
    fill: (r, o) => S.fillNormal(r, o, 1.5, 2),
    cdf: (x) => phi((x - 1.5) / 2),
    mean: 1.5,
    variance: 4,
    kurtosis: 0,
  },
  {
    name: 'fillUniform(-1, 3)',
    fill: (r, o) => S.fillUniform(r, o, -1, 3),
    cdf: (x) => Math.min(1, Math.max(0, (x + 1) / 4)),
    mean: 1,
    variance: 16 / 12,
    kurtosis: -1.2,
  },
  {
    name: 'fillExponential(2)',
    fill: (r, o) => S.fillExponential(r, o, 2),
    cdf: (x) => (x <= 0 ? 0 : -Math.expm1(-2 * x)),
    mean: 0.5,
    variance: 0.25,
    kurtosis: 6,
  },
  gamma(0.3, 2),
  gamma(1, 3),
  gamma(5, 0.5),
  {
    name: 'fillBeta(2, 5)',
    fill: (r, o) => S.fillBeta(r, o, 2, 5),
    cdf: (x) => betaI(2, 5, x),
    mean: 2 / 7,
    variance: 10 / (49 * 8),
    kurtosis: betaK(2, 5),
  },
  {
    name: 'fillBeta(0.5, 0.5)',
    fill: (r, o) => S.fillBeta(r, o, 0.5, 0.5),
    cdf: (x) => betaI(0.5, 0.5, x),
    mean: 0.5,
    variance: 0.125,
    kurtosis: betaK(0.5, 0.5),
  },
  {
    name: 'fillStudentT(10)',
    fill: (r, o) => S.fillStudentT(r, o, 10),
    cdf: tCdf(10),
    mean: 0,
    variance: 10 / 8,
    kurtosis: 1,
  },
  { name: 'fillStudentT(1.5)', fill: (r, o) => S.fillStudentT(r, o, 1.5), cdf: tCdf(1.5) },
  {
    name: 'fillChiSquared(3)',
    fill: (r, o) => S.fillChiSquared(r, o, 3),
    cdf: (x) => gammaP(1.5, x / 2),
    mean: 3,
    variance: 6,
    kurtosis: 4,
  },
  {
    name: 'fillLaplace(-1, 0.5)',
    fill: (r, o) => S.fillLaplace(r, o, -1, 0.5),
    cdf: (x) => (x < -1 ? 0.5 * Math.exp((x + 1) / 0.5) : 1 - 0.5 * Math.exp(-(x + 1) / 0.5)),
    mean: -1,
    variance: 0.5,
    kurtosis: 3,
  },
  {
    name: 'fillLognormal(0.2, 0.5)',
    fill: (r, o) => S.fillLognormal(r, o, 0.2, 0.5),
    cdf: (x) => (x <= 0 ? 0 : phi((Math.log(x) - 0.2) / 0.5)),
    mean: ln(0.2, 0.5).e,
    variance: ln(0.2, 0.5).v,
    kurtosis: lnK(0.5),
  },
  {
    name: 'fillCauchy(2, 0.5)',
    fill: (r, o) => S.fillCauchy(r, o, 2, 0.5),
    cdf: (x) => 0.5 + Math.atan((x - 2) / 0.5) / Math.PI,
  },
  {
    name: 'fillBernoulli(0.3)',
    fill: (r, o) => S.fillBernoulli(r, o, 0.3),
    pmf: (k) => (k === 0 ? 0.7 : k === 1 ? 0.3 : 0),
    mean: 0.3,
    variance: 0.21,
    kurtosis: (1 - 6 * 0.21) / 0.21,
  },
  binom(20, 0.3), // inversion
  binom(30, 0.9), // inversion through the p > ½ symmetry
  binom(1000, 0.3), // BTRD
  binom(1000, 0.8), // BTRD through the symmetry
  binom(1_000_000, 2e-5), // BTRD with tiny p
  pois(3), // inversion
  pois(50), // PTRS
  pois(1e4), // PTRS, far from the log-factorial table
  geom(0.3),
  geom(0.01),
];

/** Pearson chi-square p-value of integer samples against pmf, cells merged until each expects ≥ 5. */
function chiSquarePValue(x: Float64Array, pmf: (k: number) => number): number {
  const counts = new Map<number, number>();
  for (const v of x) counts.set(v, (counts.get(v) ?? 0) + 1);
  const ks = [...counts.keys()];
  expect(ks.every(Number.isInteger)).toBe(true);
  const minK = Math.min(...ks);
  const maxK = Math.max(...ks);
  let k = 0;
  while (pmf(k - 1) > 0 || k > minK) k--; // lowest support point, or lowest sample
  const cells: { e: number; o: number }[] = [];
  let cell = { e: 0, o: 0 };
  let mass = 0;
  // Up to the largest sample and on until the pmf has (nearly) all its mass or underflows.
  for (; k <= maxK || (mass < 1 - 1e-12 && pmf(k) > 0); k++) {
    const p = pmf(k);
    mass += p;
    cell.e += p * x.length;
    cell.o += counts.get(k) ?? 0;
    if (cell.e >= 5) {
      cells.push(cell);
      cell = { e: 0, o: 0 };
    }
  }
  cells[cells.length - 1].e += cell.e + Math.max(0, 1 - mass) * x.length;
  cells[cells.length - 1].o += cell.o;
  const stat = cells.reduce((s, c) => s + (c.o - c.e) ** 2 / c.e, 0);
  return 1 - gammaP((cells.length - 1) / 2, stat / 2);
}

describe('samplers match their distributions (1e6 seeded draws each)', () => {
  it.each(CASES.map((c, i) => [c.name, c, i] as const))('%s', (_name, c, i) => {
    const x = new Float64Array(N);
    c.fill(createRng(1000 + i), x);
    expect(x.every(Number.isFinite)).toBe(true);
    if (c.cdf) {
      const d = ksExact(x.slice().sort(), c.cdf, false);
      expect(d).toBeLessThan(ksCriticalValue(N, ALPHA));
    } else {
      expect(chiSquarePValue(x, c.pmf!)).toBeGreaterThan(ALPHA);
    }
    if (c.mean === undefined || c.variance === undefined) return;
    let s = 0;
    for (const v of x) s += v;
    const mean = s / N;
    let m2 = 0;
    for (const v of x) m2 += (v - mean) ** 2;
    const variance = m2 / (N - 1);
    expect(Math.abs(mean - c.mean)).toBeLessThan(4 * Math.sqrt(c.variance / N));
    expect(Math.abs(variance - c.variance)).toBeLessThan(5 * c.variance * Math.sqrt((c.kurtosis! + 2) / N));
  });
});

describe('samplers consume the generator in order', () => {
  const fills = CASES.map((c) => [c.name, c.fill] as const);

  it.each(fills)(
    '%s: same seed gives the same stream, and a shorter sample is a prefix of a longer',
    (_n, fill) => {
      const a = new Float64Array(3000);
      const b = new Float64Array(3000);
      const short = new Float64Array(1234);
      fill(createRng(7), a);
      fill(createRng(7), b);
      fill(createRng(7), short);
      expect(b).toEqual(a);
      expect(short).toEqual(a.subarray(0, 1234));
      const other = new Float64Array(3000);
      fill(createRng(8), other);
      expect(other).not.toEqual(a);
    },
  );

  it.each(fills)('%s: chunks drawn one after another equal one draw of the whole', (_n, fill) => {
    const whole = new Float64Array(3000);
    fill(createRng(11), whole);
    const rng = createRng(11);
    const parts = [new Float64Array(1000), new Float64Array(1), new Float64Array(1999)];
    for (const p of parts) fill(rng, p);
    expect(Float64Array.from(parts.flatMap((p) => [...p]))).toEqual(whole);
  });
});

describe('samplers accept a plain Rng without nextUint32', () => {
  it.each(CASES.filter((c) => c.cdf && c.mean !== undefined).map((c) => [c.name, c] as const))(
    '%s (2e5 draws)',
    (_n, c) => {
      const fast = createRng(99);
      const plain: Rng = { next: () => fast.next() };
      const x = new Float64Array(200_000);
      c.fill(plain, x);
      expect(ksExact(x.sort(), c.cdf!, false)).toBeLessThan(ksCriticalValue(x.length, ALPHA));
    },
  );
});

describe('the reference functions of this file agree with the SciPy fixtures', () => {
  const ref: Record<
    string,
    (p: Record<string, number>) => { cdf?: (x: number) => number; pmf?: (k: number) => number }
  > = {
    normal: (p) => ({ cdf: (x) => phi((x - p.mean) / p.sd) }),
    gamma: (p) => ({ cdf: (x) => gammaP(p.shape, p.rate * x) }),
    beta: (p) => ({ cdf: (x) => betaI(p.alpha, p.beta, x) }),
    studentT: (p) => ({ cdf: tCdf(p.df) }),
    chiSquared: (p) => ({ cdf: (x) => gammaP(p.k / 2, x / 2) }),
    lognormal: (p) => ({ cdf: (x) => (x <= 0 ? 0 : phi((Math.log(x) - p.mu) / p.sigma)) }),
    binomial: (p) => ({ pmf: binom(p.n, p.p).pmf }),
    poisson: (p) => ({ pmf: pois(p.lambda).pmf }),
  };
  const cases = fixtures.cases.filter((c) => c.name in ref);
  // Tolerances of tests/fixtures/README.md: 1e-9 relative, 1e-6 where the cdf is within 1e-6 of 0 or 1.
  it.each(cases.map((c) => [`${c.name} ${JSON.stringify(c.params)}`, c] as const))(
    '%s: cdf or pmf to 1e-9',
    (_n, c) => {
      const { cdf, pmf } = ref[c.name](c.params as unknown as Record<string, number>);
      c.x.forEach((x, i) => {
        const want = (pmf ? c.density[i] : c.cdf[i]) as number;
        const got = pmf ? pmf(x as number) : cdf!(x as number);
        const tol = pmf || (want > 1e-6 && want < 1 - 1e-6) ? 1e-9 : 1e-6;
        expect(Math.abs(got - want)).toBeLessThanOrEqual(tol * Math.abs(want));
      });
    },
  );
});
