import { EPS } from './constants';
import { incompleteGamma } from './incompleteGamma';
import { logGammaCorrection } from './logGamma';
import { logBinomialTerm, logPoissonTerm } from './saddlePoint';

/** Terms of the expansion; Didonato & Morris found 30 enough for a ≥ 15. */
const TERMS = 30;

/**
 * I_x(a, b) for a ≥ 15 and 0 < b ≤ 1 by the asymptotic expansion of A. R. Didonato and A. H. Morris
 * (ACM TOMS 708, 1992, routine BGRAT): with ν = a + (b − 1)/2 and z = −ν ln x,
 *   I_x(a, b) = Γ(a+b)/(Γ(a) ν^b) · Σₙ dₙ Jₙ(b, z),  J₀ = Q(b, z) Γ(b) e^z z^(−b),
 * a series in 1/ν whose terms follow a two-term recurrence. This is the regime (x near 1, one
 * parameter large and the other small) where the continued fraction cancels catastrophically.
 * Returns NaN if the expansion breaks down.
 */
function bgrat(a: number, b: number, x: number, y: number): number {
  const bm1 = b - 1;
  const nu = a + bm1 / 2;
  const lnx = y <= 0.375 ? Math.log1p(-y) : Math.log(x);
  const z = -nu * lnx;
  // r = z^b e^(−z)/Γ(b);  ln Γ(a+b) − ln Γ(a) − b ln ν with Stirling's large terms cancelled by hand.
  const logR = Math.log(b) + logPoissonTerm(b, z);
  const logRatio =
    (a - 0.5) * Math.log1p(b / a) +
    b * Math.log((a + b) / nu) -
    b +
    logGammaCorrection(a + b) -
    logGammaCorrection(a);
  const u = Math.exp(logR + logRatio);
  if (u === 0) return 0;
  const v = 0.25 / (nu * nu);
  const t2 = 0.25 * lnx * lnx;
  let j = incompleteGamma(b, z)[1] / Math.exp(logR);
  let sum = j;
  let t = 1;
  let cn = 1;
  let n2 = 0;
  const c: number[] = [];
  const d: number[] = [];
  for (let n = 1; n <= TERMS; n++) {
    const bp2n = b + n2;
    j = (bp2n * (bp2n + 1) * j + (z + bp2n + 1) * t) * v;
    n2 += 2;
    t *= t2;
    cn /= n2 * (n2 + 1);
    c.push(cn);
    let s = 0;
    let coef = b - n;
    for (let i = 1; i < n; i++) {
      s += coef * c[i - 1] * d[n - i - 1];
      coef += b;
    }
    d.push(bm1 * cn + s / n);
    const dj = d[n - 1] * j;
    sum += dj;
    if (!(sum > 0)) return NaN;
    if (Math.abs(dj) <= EPS * sum) break;
  }
  return u * sum;
}

/**
 * I_x(a, b) for a ≥ 15 and 0 < b ≤ 15, x > 0.7. The fractional part f of b goes to {@link bgrat};
 * the whole part is added back by I_x(a, c+1) = I_x(a, c) + x^a y^c / (c B(a, c)), whose terms are
 * positive (no cancellation) and related by the ratio y (a + c)/(c + 1).
 */
export function betaIncLargeA(a: number, b: number, x: number, y: number): number {
  let f = b - Math.floor(b);
  if (f === 0) f = 1;
  const steps = Math.round(b - f);
  let total = bgrat(a, f, x, y);
  if (steps > 0) {
    let term = (Math.exp(logBinomialTerm(a, f, x, y)) * a) / (a + f); // x^a y^f / (f B(a, f))
    for (let i = 0; i < steps; i++) {
      total += term;
      term *= (y * (a + f + i)) / (f + i + 1);
    }
  }
  return total;
}
