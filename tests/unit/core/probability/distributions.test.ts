import katex from 'katex';
import { describe, expect, it } from 'vitest';
import fixtures from '../../../fixtures/distributions.json';
import { createRng } from '../../../../src/core/probability/rng';
import {
  DISTRIBUTIONS,
  DISTRIBUTION_NAMES,
  makeDistribution,
  validateParams,
} from '../../../../src/core/probability/distributions/index';
import type { DistributionName } from '../../../../src/core/probability/distributions/index';

// Tolerances from tests/fixtures/README.md.
const REL = 1e-9;
const REL_TAIL = 1e-6; // where cdf < 1e-6 or cdf > 1 − 1e-6
const QUANTILE_REL = 1e-8;
const QUANTILE_ABS = 1e-10;

type Encoded = number | string | null;
interface Case {
  name: DistributionName;
  params: Record<string, number>;
  discrete: boolean;
  x: number[];
  density: Encoded[];
  cdf: Encoded[];
  p: number[];
  quantile: Encoded[];
  mean: Encoded;
  variance: Encoded;
  entropy: Encoded;
}

/** JSON null means NaN, the strings "Infinity"/"-Infinity" the infinities. */
function decode(v: Encoded): number {
  if (v === null) return NaN;
  if (v === 'Infinity') return Infinity;
  if (v === '-Infinity') return -Infinity;
  return Number(v);
}

function signature(name: string, params: Record<string, unknown>): string {
  return `${name}{${Object.entries(params)
    .map(([k, v]) => `${k}:${String(v)}`)
    .join(',')}}`;
}

/** Relative error, exact where the reference is 0, NaN or infinite. */
function relErr(actual: number, expected: number): number {
  if (Number.isNaN(expected)) return Number.isNaN(actual) ? 0 : Infinity;
  if (expected === 0 || !Number.isFinite(expected)) return actual === expected ? 0 : Infinity;
  return Math.abs(actual - expected) / Math.abs(expected);
}

const cases = fixtures.cases as unknown as Case[];

describe.each(cases.map((c) => [signature(c.name, c.params), c] as const))('%s', (sig, c) => {
  const d = makeDistribution(c.name, c.params);
  const tolAt = (i: number): number => {
    const F = decode(c.cdf[i]);
    return F < 1e-6 || F > 1 - 1e-6 ? REL_TAIL : REL;
  };

  it(`${sig}.discrete`, () => expect(d.discrete).toBe(c.discrete));

  it(`${sig}.density`, () => {
    c.x.forEach((x, i) => {
      const want = decode(c.density[i]);
      expect(relErr(d.density(x), want), `density(${x}) = ${d.density(x)}, want ${want}`).toBeLessThanOrEqual(
        tolAt(i),
      );
    });
  });

  it(`${sig}.cdf`, () => {
    c.x.forEach((x, i) => {
      const want = decode(c.cdf[i]);
      expect(relErr(d.cdf(x), want), `cdf(${x}) = ${d.cdf(x)}, want ${want}`).toBeLessThanOrEqual(tolAt(i));
    });
  });

  it(`${sig}.quantile`, () => {
    c.p.forEach((p, i) => {
      const want = decode(c.quantile[i]);
      const got = d.quantile(p);
      if (c.discrete) expect(got, `quantile(${p})`).toBe(want);
      else {
        const tol = Math.max(QUANTILE_REL * Math.abs(want), QUANTILE_ABS);
        expect(Math.abs(got - want), `quantile(${p}) = ${got}, want ${want}`).toBeLessThanOrEqual(tol);
      }
    });
  });

  for (const field of ['mean', 'variance', 'entropy'] as const) {
    it(`${sig}.${field}`, () => {
      const want = decode(c[field]);
      expect(relErr(d[field], want), `${field} = ${d[field]}, want ${want}`).toBeLessThanOrEqual(REL);
    });
  }

  it(`${sig}.quantile(cdf(x)) inverts the cdf`, () => {
    c.x.forEach((x) => {
      const F = d.cdf(x);
      if (!(F > 1e-6 && F < 1 - 1e-6)) return;
      if (c.discrete) expect(d.quantile(F), `quantile(cdf(${x}))`).toBe(Math.floor(x));
      else
        expect(Math.abs(d.quantile(F) - x), `quantile(cdf(${x}))`).toBeLessThanOrEqual(
          1e-9 * Math.max(1, Math.abs(x)),
        );
    });
  });
});

describe('invalid parameters', () => {
  const decodeParams = (params: Record<string, Encoded>): Record<string, number> =>
    Object.fromEntries(Object.entries(params).map(([k, v]) => [k, decode(v)]));

  for (const { name, params } of fixtures.invalid as unknown as {
    name: DistributionName;
    params: Record<string, Encoded>;
  }[]) {
    const sig = signature(name, params);
    it(`makeDistribution('${sig}') throws RangeError`, () => {
      expect(() => makeDistribution(name, decodeParams(params))).toThrow(RangeError);
    });
    it(`validateParams('${sig}') names the offending parameter`, () => {
      const issues = validateParams(name, decodeParams(params));
      expect(issues.length).toBeGreaterThan(0);
      expect(Object.keys(params)).toContain(issues[0].param);
      expect(() => makeDistribution(name, decodeParams(params))).toThrow(issues[0].message);
    });
  }

  it('makeDistribution rejects missing parameters, non-numbers and non-integer counts', () => {
    expect(() => makeDistribution('normal', { mean: 0 })).toThrow('sd is required');
    expect(() => makeDistribution('gamma', { shape: Infinity, rate: 1 })).toThrow(RangeError);
    expect(() => makeDistribution('binomial', { n: 10, p: -0.1 })).toThrow('p must be between 0 and 1');
    expect(() => makeDistribution('poisson', { lambda: NaN })).toThrow('lambda must be a finite number');
    expect(() => makeDistribution('nope' as DistributionName, {})).toThrow(RangeError);
  });

  it('validateParams reports each bad field, phrased for an inline message', () => {
    // Non-finite values are reported first; the family's own rules run once every value is a number.
    expect(validateParams('normal', { mean: NaN, sd: Infinity })).toEqual([
      { param: 'mean', message: 'mean must be a finite number' },
      { param: 'sd', message: 'sd must be a finite number' },
    ]);
    expect(validateParams('uniform', { a: 2, b: 1 })).toEqual([
      { param: 'b', message: 'b must be greater than a' },
    ]);
    expect(validateParams('beta', { alpha: 0, beta: -1 })).toEqual([
      { param: 'alpha', message: 'alpha must be greater than 0' },
      { param: 'beta', message: 'beta must be greater than 0' },
    ]);
    expect(validateParams('binomial', { n: 2.5, p: 0.5 })).toEqual([
      { param: 'n', message: 'n must be a whole number, at least 0' },
    ]);
    expect(validateParams('normal', { mean: 0, sd: 1 })).toEqual([]);
  });

  it('degenerate but valid edge cases are accepted: binomial n = 0, bernoulli p ∈ {0, 1}, poisson λ = 0', () => {
    expect(makeDistribution('binomial', { n: 0, p: 0.5 }).cdf(0)).toBe(1);
    expect(makeDistribution('bernoulli', { p: 1 }).density(1)).toBe(1);
    expect(makeDistribution('poisson', { lambda: 0 }).quantile(0.5)).toBe(0);
    expect(makeDistribution('geometric', { p: 1 }).entropy).toBe(0);
  });
});

describe('presentation data', () => {
  it('DISTRIBUTION_NAMES lists the 14 families in picker order', () => {
    expect(DISTRIBUTION_NAMES).toEqual([
      'normal',
      'uniform',
      'exponential',
      'gamma',
      'beta',
      'studentT',
      'chiSquared',
      'laplace',
      'lognormal',
      'cauchy',
      'bernoulli',
      'binomial',
      'poisson',
      'geometric',
    ]);
    expect(DISTRIBUTION_NAMES.map((n) => DISTRIBUTIONS[n].label)).toContain("Student's t");
  });

  for (const name of DISTRIBUTION_NAMES) {
    const info = DISTRIBUTIONS[name];
    const defaults = Object.fromEntries(info.params.map((s) => [s.name, s.default]));
    it(`DISTRIBUTIONS.${name}: defaults are valid and inside their sliders`, () => {
      expect(validateParams(name, defaults)).toEqual([]);
      for (const s of info.params) expect(s.default >= s.min && s.default <= s.max && s.step > 0).toBe(true);
      expect(makeDistribution(name, defaults).discrete).toBe(info.discrete);
    });
    it(`DISTRIBUTIONS.${name}.densityTex substitutes the numbers`, () => {
      const tex = info.densityTex(defaults);
      expect(tex).toMatch(/^[fP]\(/);
      expect(tex).not.toMatch(/NaN|undefined|Infinity/);
    });
    it(`DISTRIBUTIONS.${name}.densityTex is valid KaTeX, also for negative, tiny and huge values`, () => {
      for (const scale of [1, -1, 0.5, 1e-7, 1e8]) {
        const params = Object.fromEntries(info.params.map((s) => [s.name, s.default * scale]));
        const tex = info.densityTex(params);
        expect(() => katex.renderToString(tex, { throwOnError: true }), tex).not.toThrow();
      }
    });
    it(`DISTRIBUTIONS.${name}.plotRange covers the bulk and survives invalid input`, () => {
      const [lo, hi] = info.plotRange(defaults);
      const d = makeDistribution(name, defaults);
      expect(Number.isFinite(lo) && Number.isFinite(hi) && lo < hi).toBe(true);
      expect(d.cdf(hi) - d.cdf(lo - 1e-9)).toBeGreaterThan(0.9);
      const bad = Object.fromEntries(info.params.map((s) => [s.name, NaN]));
      expect(info.plotRange(bad)).toEqual([lo, hi]);
    });
  }

  it('plotRange clips heavy tails: Cauchy shows about ±20 scales, not ±318', () => {
    const [lo, hi] = DISTRIBUTIONS.cauchy.plotRange({ x0: 0, gamma: 1 });
    expect(hi).toBeLessThan(25);
    expect(lo).toBeGreaterThan(-25);
  });

  it('densityTex writes shifts and scales as one would by hand', () => {
    expect(DISTRIBUTIONS.normal.densityTex({ mean: 0, sd: 1.5 })).toBe(
      'f(x)=\\frac{1}{1.5\\sqrt{2\\pi}}\\,e^{-\\frac{x^2}{2\\cdot 1.5^2}}',
    );
    expect(DISTRIBUTIONS.normal.densityTex({ mean: -1, sd: 1 })).toContain('(x+1)^2');
    expect(DISTRIBUTIONS.binomial.densityTex({ n: 20, p: 0.3 })).toContain('\\binom{20}{k}');
  });
});

describe('sample', () => {
  for (const name of DISTRIBUTION_NAMES) {
    const defaults = Object.fromEntries(DISTRIBUTIONS[name].params.map((s) => [s.name, s.default]));
    it(`${name}.sample(rng, n) has length n and a shorter sample is a prefix of a longer one`, () => {
      const d = makeDistribution(name, defaults);
      const short = d.sample(createRng(7), 50);
      const long = d.sample(createRng(7), 500);
      expect(short).toBeInstanceOf(Float64Array);
      expect(short.length).toBe(50);
      expect(long.length).toBe(500);
      expect(Array.from(long.subarray(0, 50))).toEqual(Array.from(short));
      expect(d.sample(createRng(7), 0).length).toBe(0);
    });
  }

  it('sample rejects a negative or fractional size', () => {
    const d = makeDistribution('normal', { mean: 0, sd: 1 });
    expect(() => d.sample(createRng(1), -1)).toThrow(RangeError);
    expect(() => d.sample(createRng(1), 2.5)).toThrow(RangeError);
  });
});

describe('edges of the domain', () => {
  it('quantile(0) and quantile(1) are the ends of the support; p outside [0, 1] gives NaN', () => {
    expect(makeDistribution('normal', { mean: 0, sd: 1 }).quantile(0)).toBe(-Infinity);
    expect(makeDistribution('gamma', { shape: 2, rate: 1 }).quantile(0)).toBe(0);
    expect(makeDistribution('beta', { alpha: 2, beta: 2 }).quantile(1)).toBe(1);
    expect(makeDistribution('studentT', { df: 3 }).quantile(1)).toBe(Infinity);
    expect(makeDistribution('binomial', { n: 7, p: 0.4 }).quantile(1)).toBe(7);
    expect(makeDistribution('geometric', { p: 0.2 }).quantile(0)).toBe(1);
    expect(makeDistribution('poisson', { lambda: 3 }).quantile(1)).toBe(Infinity);
    for (const name of DISTRIBUTION_NAMES) {
      const d = makeDistribution(
        name,
        Object.fromEntries(DISTRIBUTIONS[name].params.map((s) => [s.name, s.default])),
      );
      expect(d.quantile(-0.1)).toBeNaN();
      expect(d.quantile(NaN)).toBeNaN();
      expect(d.cdf(NaN)).toBeNaN();
    }
  });

  it('Student t moments: infinite variance for 1 < df ≤ 2, undefined for df ≤ 1', () => {
    expect(makeDistribution('studentT', { df: 1.5 }).variance).toBe(Infinity);
    expect(makeDistribution('studentT', { df: 1.5 }).mean).toBe(0);
    expect(makeDistribution('studentT', { df: 1 }).mean).toBeNaN();
    expect(makeDistribution('studentT', { df: 1 }).variance).toBeNaN();
  });

  it('Student t with df = 1 is the standard Cauchy', () => {
    const t = makeDistribution('studentT', { df: 1 });
    const c = makeDistribution('cauchy', { x0: 0, gamma: 1 });
    for (const x of [-300, -2, 0.5, 40]) {
      expect(relErr(t.cdf(x), c.cdf(x))).toBeLessThan(1e-13);
      expect(relErr(t.density(x), c.density(x))).toBeLessThan(1e-13);
    }
    expect(relErr(t.entropy, c.entropy)).toBeLessThan(1e-14);
  });

  it('discrete pmfs vanish off the integers and sum to 1', () => {
    const b = makeDistribution('binomial', { n: 30, p: 0.45 });
    expect(b.density(2.5)).toBe(0);
    let total = 0;
    for (let k = 0; k <= 30; k++) total += b.density(k);
    expect(Math.abs(total - 1)).toBeLessThan(1e-14);
  });
});
