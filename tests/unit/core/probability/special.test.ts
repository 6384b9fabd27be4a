import { describe, expect, it } from 'vitest';
import fixtures from '../../../fixtures/distributions.json';
import {
  betaIncInv,
  digamma,
  digammaDifference,
  erf,
  erfc,
  gammaPInv,
  incompleteBeta,
  incompleteGamma,
  logBeta,
  logBinomialTerm,
  logGamma,
  logPoissonTerm,
  normalCdf,
  normalPdf,
  normalQuantile,
} from '../../../../src/core/probability/special/index';

/** |actual − expected| ≤ tol·|expected| (absolute tol when expected is 0), with both values in the failure. */
function expectClose(actual: number, expected: number, tol: number, what = ''): void {
  const err = expected === 0 ? Math.abs(actual) : Math.abs(actual - expected) / Math.abs(expected);
  expect(err, `${what} ${actual} vs ${expected}`).toBeLessThanOrEqual(tol);
}

// Reference values marked "mpmath" were computed with mpmath 1.3 at 40 significant digits.

describe('logGamma', () => {
  it('logGamma(n) = ln (n−1)! for n = 1…40', () => {
    let logFactorial = 0;
    for (let n = 1; n <= 40; n++) {
      if (n > 1) logFactorial += Math.log(n - 1);
      expect(Math.abs(logGamma(n) - logFactorial)).toBeLessThanOrEqual(1e-14 * Math.max(1, logFactorial));
    }
  });
  it('logGamma(½) = ln √π and the reflection logGamma(−½) = ln 2√π', () => {
    expectClose(logGamma(0.5), 0.5 * Math.log(Math.PI), 1e-15);
    expectClose(logGamma(-0.5), Math.log(2 * Math.sqrt(Math.PI)), 1e-15);
    expectClose(logGamma(-2.5), -0.056243716497674054, 1e-13, 'mpmath');
  });
  it('logGamma(x + 1) = logGamma(x) + ln x across the Lanczos/Stirling switch', () => {
    for (const x of [0.1, 1.7, 8.5, 9.5, 9.99, 10, 12.3, 1e3]) {
      expect(Math.abs(logGamma(x + 1) - logGamma(x) - Math.log(x))).toBeLessThanOrEqual(
        1e-14 * (1 + logGamma(x + 1)),
      );
    }
  });
  it('logGamma at huge arguments (mpmath)', () => {
    expectClose(logGamma(1e6), 12815504.569147611, 1e-15);
    expectClose(logGamma(1e300), 6.897755278982137e302, 1e-15);
  });
  it('logGamma at the poles and NaN', () => {
    expect(logGamma(0)).toBe(Infinity);
    expect(logGamma(-3)).toBe(Infinity);
    expect(logGamma(NaN)).toBeNaN();
  });
  it('logBeta(a, b) = lnΓ(a) + lnΓ(b) − lnΓ(a+b), also where those cancel', () => {
    expectClose(logBeta(2, 5), -Math.log(30), 1e-14);
    expectClose(logBeta(0.5, 0.5), Math.log(Math.PI), 1e-15);
    // B(a, 1) = 1/a exactly, whatever the size of a
    for (const a of [3, 15, 1e4, 1e9]) expectClose(logBeta(a, 1), -Math.log(a), 1e-14, `logBeta(${a},1)`);
  });
});

describe('digamma', () => {
  const EULER = 0.5772156649015329;
  it('digamma(1) = −γ, digamma(½) = −γ − 2 ln 2', () => {
    expectClose(digamma(1), -EULER, 1e-15);
    expectClose(digamma(0.5), -EULER - 2 * Math.LN2, 1e-15);
  });
  it('digamma(x + 1) = digamma(x) + 1/x', () => {
    for (const x of [0.01, 0.7, 3.2, 9.5, 10, 42]) {
      expect(Math.abs(digamma(x + 1) - digamma(x) - 1 / x)).toBeLessThanOrEqual(1e-14 * (1 + 1 / x));
    }
  });
  it('digamma at the extremes (mpmath)', () => {
    expectClose(digamma(1e-8), -100000000.57721564, 1e-15);
    expectClose(digamma(1e6), 13.815510057964191, 1e-15);
    expect(digamma(-2)).toBeNaN();
  });
  it('digammaDifference(x, x + ½) keeps relative precision where the digammas agree in 13 digits', () => {
    // ψ(x+½) − ψ(x) = 1/(2x) + 1/(8x²) + O(x⁻⁴)
    const x = 5e6;
    expectClose(digammaDifference(x, x + 0.5), 1 / (2 * x) + 1 / (8 * x * x), 1e-14);
    expectClose(digammaDifference(3, 3.5), digamma(3.5) - digamma(3), 1e-14);
  });
});

describe('erf, erfc', () => {
  const xs = [0, 1e-12, 0.1, 0.46875, 0.5, 1, 2.5, 4, 4.5, 6, 10];
  it('erf is odd and erf + erfc = 1', () => {
    for (const x of xs) {
      expect(erf(-x)).toBe(-erf(x));
      expect(Math.abs(erf(x) + erfc(x) - 1)).toBeLessThanOrEqual(2e-16);
      expect(Math.abs(erfc(x) + erfc(-x) - 2)).toBeLessThanOrEqual(4e-16);
    }
  });
  it('erfc keeps relative precision deep in the tail (mpmath)', () => {
    expectClose(erfc(10), 2.088487583762545e-45, 1e-14);
    expectClose(erfc(26), 5.663192408856143e-296, 1e-13);
    expectClose(erfc(-5), 1.9999999999984626, 1e-16);
    expect(erfc(30)).toBe(0);
  });
  it('erf matches its Maclaurin series near 0', () => {
    const x = 1e-3;
    expectClose(erf(x), (2 / Math.sqrt(Math.PI)) * (x - x ** 3 / 3 + x ** 5 / 10), 1e-15);
  });
});

describe('normal cdf and quantile', () => {
  const normal = fixtures.cases[0];
  it('normalCdf and normalPdf agree with the fixture N(0, 1)', () => {
    normal.x.forEach((x, i) => {
      expectClose(normalCdf(x), normal.cdf[i] as number, 1e-14, `Φ(${x})`);
      expectClose(normalPdf(x), normal.density[i] as number, 1e-14, `φ(${x})`);
    });
  });
  it('normalQuantile agrees with the fixture N(0, 1)', () => {
    normal.p.forEach((p, i) => {
      const want = normal.quantile[i] as number;
      expect(Math.abs(normalQuantile(p) - want)).toBeLessThanOrEqual(1e-15 * Math.max(1, Math.abs(want)));
    });
  });
  it('normalCdf(normalQuantile(p)) = p from 1e-300 to 1 − 1e-12', () => {
    // Conditioning alone allows z²·1e-16 relative error here (z ≈ −37 at p = 1e-300).
    for (const p of [1e-300, 1e-100, 1e-20, 1e-8, 0.02425, 0.3, 0.5, 0.7, 0.975, 1 - 1e-12]) {
      const z = normalQuantile(p);
      expectClose(normalCdf(z), p, 2e-15 * (1 + z * z), `p=${p}`);
    }
  });
  it('normalCdf is symmetric and precise in the lower tail (mpmath)', () => {
    expectClose(normalCdf(-20), 2.7536241186062337e-89, 5e-14);
    expectClose(normalCdf(-35), 1.1249107064724062e-268, 1e-13);
    for (const z of [0.3, 1.7, 5])
      expect(Math.abs(normalCdf(z) + normalCdf(-z) - 1)).toBeLessThanOrEqual(2e-16);
  });
  it('normalQuantile at the ends', () => {
    expect(normalQuantile(0)).toBe(-Infinity);
    expect(normalQuantile(1)).toBe(Infinity);
    expect(normalQuantile(1.5)).toBeNaN();
    expect(normalQuantile(0.5)).toBe(0);
  });
});

describe('saddle-point terms', () => {
  it('logPoissonTerm(k, λ) = k ln λ − λ − ln k!', () => {
    for (const [k, lambda] of [
      [0, 3],
      [1, 0.5],
      [7, 4],
      [30, 12.5],
      [2.5, 1],
    ]) {
      const direct = k * Math.log(lambda) - lambda - logGamma(k + 1);
      expect(Math.abs(logPoissonTerm(k, lambda) - direct)).toBeLessThanOrEqual(
        1e-13 * (1 + Math.abs(direct)),
      );
    }
  });
  it('logBinomialTerm(k, n−k, p, q) = ln C(n, k) + k ln p + (n−k) ln q, and sums to 1 over k', () => {
    const n = 12;
    const p = 0.3;
    let total = 0;
    for (let k = 0; k <= n; k++) {
      const direct =
        logGamma(n + 1) - logGamma(k + 1) - logGamma(n - k + 1) + k * Math.log(p) + (n - k) * Math.log(0.7);
      const l = logBinomialTerm(k, n - k, p, 0.7);
      expect(Math.abs(l - direct)).toBeLessThanOrEqual(1e-13 * (1 + Math.abs(direct)));
      total += Math.exp(l);
    }
    expectClose(total, 1, 1e-15);
  });
});

describe('incompleteGamma', () => {
  it('P(1, x) = 1 − e^(−x) and Q(1, x) = e^(−x), out to x = 700', () => {
    for (const x of [1e-10, 0.3, 1, 5, 40, 700]) {
      const [p, q] = incompleteGamma(1, x);
      expectClose(p, -Math.expm1(-x), 1e-14, `P(1,${x})`);
      expectClose(q, Math.exp(-x), 1e-13, `Q(1,${x})`);
    }
  });
  it('P(½, x) = erf √x and Q(½, x) = erfc √x', () => {
    for (const x of [1e-6, 0.2, 1, 3, 50, 600]) {
      const [p, q] = incompleteGamma(0.5, x);
      expectClose(p, erf(Math.sqrt(x)), 1e-14, `P(½,${x})`);
      expectClose(q, erfc(Math.sqrt(x)), 1e-13, `Q(½,${x})`);
    }
  });
  it('Q(n, x) = Σ_{k<n} e^(−x) x^k/k! (the Poisson cdf) for integer n', () => {
    for (const [n, x] of [
      [3, 0.5],
      [5, 4],
      [12, 20],
      [40, 10],
    ]) {
      let sum = 0;
      for (let k = 0; k < n; k++) sum += Math.exp(k * Math.log(x) - x - logGamma(k + 1));
      expectClose(incompleteGamma(n, x)[1], sum, 1e-13, `Q(${n},${x})`);
    }
  });
  it('P and Q for large shape (mpmath)', () => {
    expectClose(incompleteGamma(100, 80)[0], 0.017108313035133115, 1e-13);
    expectClose(incompleteGamma(100, 130)[1], 0.002750408367306526, 1e-13);
    expectClose(incompleteGamma(1e6, 9.9e5)[0], 5.446644693010809e-24, 1e-11);
  });
  it('edge values', () => {
    expect(incompleteGamma(2, 0)).toEqual([0, 1]);
    expect(incompleteGamma(2, Infinity)).toEqual([1, 0]);
    expect(incompleteGamma(-1, 1)[0]).toBeNaN();
  });
});

describe('incompleteBeta', () => {
  it('closed forms: I_x(1,1) = x, I_x(a,1) = x^a, I_x(1,b) = 1 − (1−x)^b, I_x(½,½) = (2/π) asin √x', () => {
    for (const x of [1e-9, 0.05, 0.3, 0.5, 0.77, 0.999]) {
      expectClose(incompleteBeta(1, 1, x)[0], x, 1e-14);
      expectClose(incompleteBeta(3.5, 1, x)[0], x ** 3.5, 1e-14);
      expectClose(incompleteBeta(1, 2.5, x)[1], (1 - x) ** 2.5, 1e-13);
      expectClose(incompleteBeta(0.5, 0.5, x)[0], (2 / Math.PI) * Math.asin(Math.sqrt(x)), 1e-14);
    }
  });
  it('I_x(a, b) = 1 − I_{1−x}(b, a)', () => {
    for (const [a, b, x] of [
      [2, 5, 0.3],
      [0.4, 7, 0.01],
      [30, 12, 0.75],
    ]) {
      const [i, j] = incompleteBeta(a, b, x);
      const [i2, j2] = incompleteBeta(b, a, 1 - x);
      expectClose(i, j2, 1e-13);
      expectClose(j, i2, 1e-13);
    }
  });
  it('I_p(k, n−k+1) = P(Binomial(n, p) ≥ k)', () => {
    const n = 15;
    const p = 0.35;
    for (const k of [1, 4, 9, 15]) {
      let tail = 0;
      for (let j = k; j <= n; j++) tail += Math.exp(logBinomialTerm(j, n - j, p, 1 - p));
      expectClose(incompleteBeta(k, n - k + 1, p)[0], tail, 1e-13, `k=${k}`);
    }
  });
  it('large a with small b near x = 1 (the asymptotic expansion): I_x(a, 1) = x^a, I_x(a, 2) = x^a (1 + a(1−x))', () => {
    for (const [a, y] of [
      [20, 0.2],
      [1e4, 1e-4],
      [1e8, 3e-9],
      [1e12, 1e-12],
    ]) {
      const x = 1 - y;
      const xa = Math.exp(a * Math.log1p(-y));
      expectClose(incompleteBeta(a, 1, x, y)[0], xa, 1e-13, `I(${a},1)`);
      expectClose(incompleteBeta(a, 2, x, y)[0], xa * (1 + a * y), 1e-13, `I(${a},2)`);
    }
  });
  it('reference values in hard regimes (mpmath)', () => {
    expectClose(incompleteBeta(1000, 5, 0.99)[0], 0.027948558419431033, 1e-13);
    expectClose(incompleteBeta(0.3, 1e4, 1e-5)[0], 0.5459083018674258, 1e-13);
    expectClose(incompleteBeta(1e8, 1.5, 1 - 1e-8)[0], 0.5724066992717584, 1e-12);
    expectClose(incompleteBeta(1e6, 0.5, 1 - 3e-6)[0], 0.014305817620615204, 1e-12);
  });
});

describe('inverses', () => {
  it('gammaPInv(1, p) = −ln(1 − p)', () => {
    for (const p of [1e-300, 1e-9, 0.2, 0.5, 0.9, 1 - 1e-12])
      expectClose(gammaPInv(1, p), -Math.log1p(-p), 1e-13);
  });
  it('incompleteGamma(a, gammaPInv(a, p)) = p in the smaller tail', () => {
    for (const a of [0.01, 0.5, 2.5, 30, 1e4]) {
      for (const p of [1e-100, 1e-8, 0.01, 0.5, 0.99, 1 - 1e-9]) {
        const x = gammaPInv(a, p);
        if (x < 1e-300) continue; // the quantile itself underflows (a = 0.01, p = 1e-100 gives about 1e-10000)
        const [P, Q] = incompleteGamma(a, x);
        if (p <= 0.5) expectClose(P, p, 1e-11, `a=${a} p=${p}`);
        else expectClose(Q, 1 - p, 1e-11, `a=${a} p=${p}`);
      }
    }
  });
  it('betaIncInv(a, 1, p) = p^(1/a) and betaIncInv(1, b, p) = 1 − (1 − p)^(1/b)', () => {
    for (const p of [1e-12, 0.1, 0.5, 0.95]) {
      expectClose(betaIncInv(2.5, 1, p), p ** (1 / 2.5), 1e-13);
      expectClose(betaIncInv(1, 4, p), -Math.expm1(Math.log1p(-p) / 4), 1e-13);
    }
  });
  it('incompleteBeta(a, b, betaIncInv(a, b, p)) = p in the smaller tail', () => {
    // (Not beyond p = 0.9: past that some roots sit within a few ulps of 1, where float spacing
    // alone moves 1 − I by far more than the tolerance.)
    for (const [a, b] of [
      [0.5, 0.5],
      [2, 5],
      [0.1, 30],
      [200, 3],
      [1e3, 1e3],
    ]) {
      for (const p of [1e-10, 0.01, 0.5, 0.9]) {
        const [I, J] = incompleteBeta(a, b, betaIncInv(a, b, p));
        if (p <= 0.5) expectClose(I, p, 1e-10, `B(${a},${b}) p=${p}`);
        else expectClose(J, 1 - p, 1e-8, `B(${a},${b}) p=${p}`);
      }
    }
  });
});
