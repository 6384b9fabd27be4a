import { describe, expect, it } from 'vitest';
import { createRng, ksExact, makeDistribution } from '../../../../src/core';
import { QuantileGrid } from '../../../../src/core/probability/sampling/quantileGrid';

describe('QuantileGrid', () => {
  const normal = makeDistribution('normal', { mean: 0, sd: 1 });
  const grid = () =>
    QuantileGrid.fromQuantiles(
      (p) => normal.quantile(p),
      (x) => normal.cdf(x),
      4096,
    );

  it('cellOf(x) = #{edges < x} for random and boundary x', () => {
    const g = grid();
    const rng = createRng(5);
    const xs = [
      ...Array.from({ length: 2000 }, () => (rng.next() - 0.5) * 12),
      ...g.edges.slice(0, 50),
      -Infinity,
      Infinity,
    ];
    for (const x of xs) {
      let want = 0;
      for (const e of g.edges) if (e < x) want++;
      expect(g.cellOf(x)).toBe(want);
    }
  });

  it('add(chunk) counts exactly as cellOf does', () => {
    const g = grid();
    const xs = normal.sample(createRng(9), 50_000);
    g.add(xs);
    const want = new Float64Array(g.counts.length);
    for (const x of xs) want[g.cellOf(x)]++;
    expect(Array.from(g.counts)).toEqual(Array.from(want));
  });

  it('ksDistance() is within 1/m below the exact KS distance (continuous law)', () => {
    for (const seed of [1, 2, 3]) {
      const xs = normal.sample(createRng(seed), 20_000);
      const g = grid();
      g.add(xs);
      const exact = ksExact(xs.slice().sort(), (x) => normal.cdf(x), false);
      const d = g.ksDistance();
      expect(d).toBeLessThanOrEqual(exact + 1e-12);
      expect(exact - d).toBeLessThanOrEqual(1 / 4096 + 1e-12);
    }
  });

  it('with every integer as an edge, ksDistance() equals the exact KS distance of a discrete law', () => {
    const pois = makeDistribution('poisson', { lambda: 6 });
    const xs = pois.sample(createRng(4), 30_000);
    const edges = Float64Array.from({ length: 40 }, (_, k) => k);
    const g = new QuantileGrid(edges, (x) => pois.cdf(x));
    g.add(xs);
    expect(g.ksDistance()).toBeCloseTo(
      ksExact(xs.slice().sort(), (x) => pois.cdf(x), true),
      12,
    );
  });

  it('handles a heavy-tailed law (Cauchy) without losing samples', () => {
    const cauchy = makeDistribution('cauchy', { x0: 0, gamma: 1 });
    const g = QuantileGrid.fromQuantiles(
      (p) => cauchy.quantile(p),
      (x) => cauchy.cdf(x),
    );
    const xs = cauchy.sample(createRng(8), 100_000);
    g.add(xs);
    expect(g.counts.reduce((a, b) => a + b, 0)).toBe(100_000);
    expect(g.ksDistance()).toBeLessThan(0.01);
  });
});
