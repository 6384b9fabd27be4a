// Conventions, special cases and the identities that tie entropy, cross-entropy and KL together.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  crossEntropyBits,
  entropyBits,
  klBits,
  normalKlIntegrand,
  normalKlNats,
  unsupportedOutcomes,
} from '../../../../src/core/index';

/** A probability vector of length n from positive weights (fast-check). */
const dist = (n: number) =>
  fc.array(fc.double({ min: 0.001, max: 10, noNaN: true }), { minLength: n, maxLength: n }).map((w) => {
    const s = w.reduce((a, b) => a + b, 0);
    return w.map((v) => v / s);
  });

describe('entropyBits', () => {
  it('entropyBits(uniform on n) = log2 n, the maximum', () => {
    for (const n of [1, 2, 3, 6, 10, 64])
      expect(entropyBits(Array(n).fill(1 / n))).toBeCloseTo(Math.log2(n), 13);
  });
  it('entropyBits([1, 0, 0]) = 0, with 0·log 0 = 0', () => {
    expect(entropyBits([1, 0, 0])).toBe(0);
    expect(entropyBits([0.5, 0, 0.5])).toBe(1);
  });
  it('entropyBits(p) lies in [0, log2 n] for random p', () => {
    fc.assert(
      fc.property(dist(6), (p) => {
        const h = entropyBits(p);
        expect(h).toBeGreaterThanOrEqual(0);
        expect(h).toBeLessThanOrEqual(Math.log2(6) + 1e-12);
      }),
    );
  });
});

describe('crossEntropyBits and klBits', () => {
  it('klBits(p, q) = crossEntropyBits(p, q) − entropyBits(p) ≥ 0, and klBits(p, p) = 0', () => {
    fc.assert(
      fc.property(dist(5), dist(5), (p, q) => {
        const kl = klBits(p, q);
        expect(kl).toBeGreaterThanOrEqual(0);
        expect(kl).toBeCloseTo(crossEntropyBits(p, q) - entropyBits(p), 10);
        expect(klBits(p, p)).toBeCloseTo(0, 14);
      }),
    );
  });
  it('klBits is not symmetric: klBits([0.9, 0.1], [0.5, 0.5]) ≠ klBits([0.5, 0.5], [0.9, 0.1])', () => {
    expect(Math.abs(klBits([0.9, 0.1], [0.5, 0.5]) - klBits([0.5, 0.5], [0.9, 0.1]))).toBeGreaterThan(0.1);
  });
  it('klBits(p, q) = Infinity where q = 0 < p; a zero of p costs nothing', () => {
    expect(klBits([0.5, 0.5], [1, 0])).toBe(Infinity);
    expect(crossEntropyBits([0.5, 0.5], [1, 0])).toBe(Infinity);
    expect(klBits([1, 0], [0.5, 0.5])).toBeCloseTo(1, 14);
    expect(unsupportedOutcomes([0.2, 0.3, 0.5], [0.5, 0, 0.5])).toEqual([1]);
  });
});

describe('invalid distributions are refused with a RangeError and a message', () => {
  const cases: [string, () => unknown, RegExp][] = [
    ['entropyBits([0.5, 0.4])', () => entropyBits([0.5, 0.4]), /sums to 0\.9/],
    ['entropyBits([1.2, -0.2])', () => entropyBits([1.2, -0.2]), /negative/],
    ['entropyBits([NaN, 1])', () => entropyBits([NaN, 1]), /not a number/],
    ['entropyBits([])', () => entropyBits([]), /non-empty/],
    ['entropyBits([Infinity])', () => entropyBits([Infinity]), /infinite/],
    ['klBits([0.5, 0.5], [1])', () => klBits([0.5, 0.5], [1]), /same outcomes/],
    ['klBits([0.5, 0.5], [0.7, 0.4])', () => klBits([0.5, 0.5], [0.7, 0.4]), /q sums to/],
    [
      'crossEntropyBits([0.5, 0.5, 0.1], [0.3, 0.3, 0.4])',
      () => crossEntropyBits([0.5, 0.5, 0.1], [0.3, 0.3, 0.4]),
      /p sums to/,
    ],
    ['normalKlNats(sd = 0)', () => normalKlNats({ mean: 0, sd: 0 }, { mean: 0, sd: 1 }), /p\.sd/],
    ['normalKlNats(mean = NaN)', () => normalKlNats({ mean: 0, sd: 1 }, { mean: NaN, sd: 1 }), /q\.mean/],
    ['normalKlNats(sd = -1)', () => normalKlNats({ mean: 0, sd: 1 }, { mean: 0, sd: -1 }), /q\.sd/],
  ];
  for (const [title, f, message] of cases)
    it(`${title} throws RangeError ${message}`, () => {
      expect(f).toThrow(RangeError);
      expect(f).toThrow(message);
    });
  it('a sum off by less than 1e-9 is accepted, by more is refused', () => {
    expect(entropyBits([0.5, 0.5 + 5e-10])).toBeCloseTo(1, 9);
    expect(() => entropyBits([0.5, 0.5 + 5e-9])).toThrow(RangeError);
  });
});

describe('normalKlNats', () => {
  it('normalKlNats(p, p) = 0 and both directions are ≥ 0', () => {
    expect(normalKlNats({ mean: 1, sd: 2 }, { mean: 1, sd: 2 })).toBe(0);
    expect(normalKlNats({ mean: 0, sd: 1 }, { mean: 0, sd: 3 })).not.toBeCloseTo(
      normalKlNats({ mean: 0, sd: 3 }, { mean: 0, sd: 1 }),
      2,
    );
  });
  it('∫ normalKlIntegrand(p, q, x) dx = normalKlNats(p, q) (Simpson on ±12 sd)', () => {
    const p = { mean: 2, sd: 0.5 };
    const q = { mean: -1, sd: 3 };
    const a = p.mean - 12 * p.sd;
    const b = p.mean + 12 * p.sd;
    const n = 4000;
    const h = (b - a) / n;
    let s = normalKlIntegrand(p, q, a) + normalKlIntegrand(p, q, b);
    for (let i = 1; i < n; i++) s += (i % 2 ? 4 : 2) * normalKlIntegrand(p, q, a + i * h);
    expect((s * h) / 3).toBeCloseTo(normalKlNats(p, q), 10);
  });
});
