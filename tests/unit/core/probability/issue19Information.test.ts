import { describe, expect, it } from 'vitest';
import fixtures from '../../../fixtures/ml.json';
import {
  createRng,
  eventProbabilities,
  gaussianMutualInformation,
  jointTableSummary,
  makeDistribution,
  mutualInformation,
  mutualInformationFromSamples,
  sampleGaussian2,
  twoDiceOutcomes,
  type DistributionName,
} from '../../../../src/core/index';
import { transformedDensity, transformedDensityBranches } from '../../../../src/core/index';

type MiCase = { joint: number[][]; base: 2 | 'e'; hx: number; hy: number; hxy: number; mi: number };
const rel = (a: number, b: number) => Math.abs(a - b) / Math.max(Math.abs(b), 1e-300);

describe('mutualInformation(joint, base) against the fixtures', () => {
  for (const k of fixtures.probability.mutualInformation as MiCase[])
    it(`mutualInformation(${JSON.stringify(k.joint)}, ${k.base})`, () => {
      const r = mutualInformation(k.joint, k.base);
      expect(rel(r.hx, k.hx)).toBeLessThanOrEqual(1e-12);
      expect(rel(r.hy, k.hy)).toBeLessThanOrEqual(1e-12);
      expect(rel(r.hxy, k.hxy)).toBeLessThanOrEqual(1e-12);
      expect(Math.abs(r.mi - k.mi)).toBeLessThanOrEqual(1e-12);
    });
  it('defaults to bits', () => {
    expect(
      mutualInformation([
        [1, 1],
        [1, 1],
      ]),
    ).toEqual({ hx: 1, hy: 1, hxy: 2, mi: 0 });
  });
  it.each([[[]], [[[]]], [[[1, 2], [3]]], [[[1, -1]]], [[[0, 0]]], [[[1, NaN]]]])(
    'mutualInformation(%j) throws a RangeError',
    (joint) => expect(() => mutualInformation(joint as number[][])).toThrow(RangeError),
  );
  it('jointTableSummary: marginals and H(X|Y) = H(X,Y) − H(Y)', () => {
    const s = jointTableSummary([
      [0.3, 0.2],
      [0.1, 0.4],
    ]);
    expect(s.px).toEqual([0.5, 0.5]);
    expect(s.py[0]).toBeCloseTo(0.4, 15);
    expect(s.hxGivenY).toBeCloseTo(s.hxy - s.hy, 14);
    expect(s.hx - s.hxGivenY).toBeCloseTo(s.mi, 14);
  });
  it('mutualInformationFromSamples approaches −½ log(1 − ρ²) for a Gaussian (seeded)', () => {
    const n = 200_000;
    const z = sampleGaussian2(
      [0, 0],
      [
        [1, 0.8],
        [0.8, 1],
      ],
      createRng(11),
      n,
    );
    const xs = new Float64Array(n),
      ys = new Float64Array(n);
    for (let i = 0; i < n; i++) [xs[i], ys[i]] = [z[2 * i], z[2 * i + 1]];
    expect(
      Math.abs(mutualInformationFromSamples(xs, ys, 30, 'e') - gaussianMutualInformation(0.8, 'e')),
    ).toBeLessThan(0.05);
  });
});

type TdCase = {
  g: string;
  base: { name: DistributionName; params: Record<string, number> };
  y: number[];
  density: number[];
};

describe('transformedDensity(g, base, y) against the SciPy fixtures (1e-8 relative)', () => {
  for (const k of fixtures.probability.transformedDensity as unknown as TdCase[])
    k.y.forEach((y, i) =>
      it(`transformedDensity(${k.g}, ${k.base.name}${JSON.stringify(k.base.params)}, ${y})`, () => {
        const d = transformedDensity(k.g, makeDistribution(k.base.name, k.base.params), y);
        if (typeof d !== 'number') throw new Error(d.error);
        expect(rel(d, k.density[i])).toBeLessThanOrEqual(1e-8);
      }),
    );

  const normal = makeDistribution('normal', { mean: 0, sd: 1 });
  it.each([
    ['sqrt(x)', normal, 1, /not defined/],
    ['log(x)', normal, 1, /not defined/],
    ['exp(x)', normal, -1, /outside the range/],
    ['x +', normal, 1, /^g:/],
    ['x*y', normal, 1, /y/],
    ['3', normal, 1, /constant/],
    ['x', makeDistribution('poisson', { lambda: 2 }), 1, /continuous/],
    ['tanh(x)', normal, 1.5, /outside the range/],
  ])('transformedDensity(%s, …, %s) returns { error } (%s)', (g, base, y, re) => {
    const d = transformedDensity(g, base, y);
    expect(typeof d === 'object' && re.test(d.error)).toBe(true);
  });

  it('the density of Y = g(X) integrates to 1 (exp of a normal: the lognormal)', () => {
    const logn = makeDistribution('lognormal', { mu: 0.3, sigma: 0.8 });
    for (const y of [0.1, 1, 4]) {
      const d = transformedDensity('exp(x)', makeDistribution('normal', { mean: 0.3, sd: 0.8 }), y) as number;
      expect(rel(d, logn.density(y))).toBeLessThan(1e-9);
    }
  });

  it('transformedDensityBranches: Y = X² of a standard normal is chi-squared with 1 degree of freedom', () => {
    const chi = makeDistribution('chiSquared', { k: 1 });
    for (const y of [0.2, 1, 2.5]) {
      const r = transformedDensityBranches('x^2', normal, y);
      if ('error' in r) throw new Error(r.error);
      expect(r.branches).toHaveLength(2);
      expect(rel(r.density, chi.density(y))).toBeLessThan(1e-9);
    }
  });
});

describe('eventProbabilities(weights, A, B) on two dice', () => {
  const dice = twoDiceOutcomes();
  const w = dice.map(() => 1);
  const where = (p: (o: [number, number]) => boolean) => dice.flatMap((o, i) => (p(o) ? [i] : []));
  it('first die even and sum 7 are independent; P(A | B) zooms into B', () => {
    const r = eventProbabilities(
      w,
      where(([a]) => a % 2 === 0),
      where(([a, b]) => a + b === 7),
    );
    expect(r.pA).toBeCloseTo(0.5, 15);
    expect(r.pB).toBeCloseTo(1 / 6, 15);
    expect(r.pAB).toBeCloseTo(1 / 12, 15);
    expect(r.pAGivenB).toBeCloseTo(0.5, 15);
    expect(r.independent).toBe(true);
  });
  it('sum ≥ 10 and a double are dependent', () => {
    const r = eventProbabilities(
      w,
      where(([a, b]) => a + b >= 10),
      where(([a, b]) => a === b),
    );
    expect(r.pAGivenB).toBeCloseTo(2 / 6, 15);
    expect(r.independent).toBe(false);
  });
  it('refuses outcomes outside the space and an empty B gives NaN', () => {
    expect(() => eventProbabilities(w, [36], [])).toThrow(RangeError);
    expect(eventProbabilities(w, [1], []).pAGivenB).toBeNaN();
  });
});
