// @vitest-environment jsdom
/**
 * "New numbers" on the probability page's simulation predictions: each seeded instance's answer is what
 * the tab its reveal sets up computes from its own settings (the tab's formula on the store's view).
 */
import { describe, expect, it, vi } from 'vitest';

// The reveals start worker jobs; jsdom has no Worker, and the checks never need one.
vi.mock('../../../src/worker/client', () => ({
  computeClient: () => ({ run: () => new Promise(() => undefined), warm: () => undefined }),
}));

const { makeDistribution } = await import('../../../src/core');
const { PROBABILITY_EXERCISES } = await import('../../../src/pages/Probability/learn/exercises');
const { useProbabilityStore } = await import('../../../src/stores/probability/distributions/store');
const { useCltStore } = await import('../../../src/stores/probability/clt/store');
const { useMonteCarloStore } = await import('../../../src/stores/probability/montecarlo/store');
const { PI_SD } = await import('../../../src/core');
const { formatCount } = await import('../../../src/ui/formatCount');
const { instanceOf } = await import('../../../src/ui/learn/variants');

const SEEDS = [1, 2, 3, 42, 999_999, 2 ** 31 - 1];
const byId = (id: string) => PROBABILITY_EXERCISES.find((x) => x.id === id)!;

function numberAnswer(e: ReturnType<typeof byId>) {
  const a = e.answer;
  if (a.kind !== 'number') throw new Error(`${e.id} is not a number`);
  return a;
}

describe('gamma-mean "New numbers"', () => {
  it("the Distributions tab's mean after the reveal is the instance's answer; α·β and (α − 1)/β stay wrong", () => {
    const seen = new Set<string>();
    for (const seed of SEEDS) {
      const inst = instanceOf(byId('gamma-mean'), seed);
      expect(inst.setUp, 'the tab shows the mean: nothing is set before the prediction').toBeUndefined();
      const a = numberAnswer(inst);
      const [mean] = a.key!.expected()!;
      inst.reveal!();
      const v = useProbabilityStore.getState().view;
      expect(v.dist).toBe('gamma');
      const { shape, rate } = v.params as { shape: number; rate: number };
      seen.add(`${shape}/${rate}`);
      // What the tab's "mean" readout shows for its own settings.
      const shown = makeDistribution(v.dist, v.params).mean;
      expect(shown).toBeCloseTo(mean, 12);
      expect(shown).toBeCloseTo(shape / rate, 12);
      expect(a.check(shown).ok).toBe(true);
      expect(a.check(shape * rate).ok).toBe(false);
      expect(a.check((shape - 1) / rate).ok).toBe(false);
      expect(a.check(rate / shape).ok).toBe(false);
    }
    expect(seen.size).toBeGreaterThanOrEqual(4);
  });
});

describe('clt-sd "New numbers"', () => {
  it("the CLT tab's σ/√k for the revealed settings is the instance's answer; σ, σ/k and σ²/k stay wrong", () => {
    const seen = new Set<string>();
    for (const seed of SEEDS) {
      const inst = instanceOf(byId('clt-sd'), seed);
      expect(
        inst.setUp,
        'the tab writes the sd of the mean: nothing is set before the prediction',
      ).toBeUndefined();
      const a = numberAnswer(inst);
      const [sd] = a.key!.expected()!;
      inst.reveal!();
      const v = useCltStore.getState().view;
      expect(v.dist).toBe('exponential');
      expect(v.stat).toBe('mean');
      seen.add(`${v.k}/${(v.params as { rate: number }).rate}`);
      // The tab's own formula (CltTab): sd of the mean = √(Var X / k).
      const dist = makeDistribution(v.dist, v.params);
      const shown = Math.sqrt(dist.variance / v.k);
      expect(shown).toBeCloseTo(sd, 12);
      expect(a.check(shown).ok).toBe(true);
      const sigma = Math.sqrt(dist.variance);
      expect(a.check(sigma).ok).toBe(false);
      expect(a.check(sigma / v.k).ok).toBe(false);
      expect(a.check(dist.variance / v.k).ok).toBe(false);
      expect(a.check(shown * 1.05).ok).toBe(false);
    }
    expect(seen.size).toBeGreaterThanOrEqual(4);
  });
});

describe('pi-rate "New numbers"', () => {
  it("sets the Monte Carlo tab to the instance's starting points; at the revealed points the tab's σ/√n is the asked fraction of it", () => {
    const seen = new Set<string>();
    for (const seed of SEEDS) {
      const inst = instanceOf(byId('pi-rate'), seed);
      const a = numberAnswer(inst);
      const [n] = a.key!.expected()!;
      inst.setUp!();
      const start = useMonteCarloStore.getState().view;
      expect(start.mode).toBe('pi');
      const n0 = start.points;
      // The prompt's starting points are the tab's.
      expect(JSON.stringify(inst.prompt)).toContain(JSON.stringify(formatCount(n0)));
      inst.reveal!();
      const end = useMonteCarloStore.getState().view;
      expect(end.points).toBe(n);
      // The tab's band is 2·PI_SD/√n: the ratio of the two is the factor the prompt asks for.
      const factor = Math.sqrt(n / n0);
      seen.add(`${n0}/${factor}`);
      expect([2, 4, 5, 10].some((f) => Math.abs(factor - f) < 1e-9)).toBe(true);
      expect(PI_SD / Math.sqrt(n0) / (PI_SD / Math.sqrt(n))).toBeCloseTo(factor, 9);
      expect(a.check(n).ok).toBe(true);
      expect(a.check(n0).ok).toBe(false);
      expect(a.check(factor * n0).ok).toBe(false);
      expect(a.check(2 * n).ok).toBe(false);
      expect(a.check(n / 2).ok).toBe(false);
    }
    expect(seen.size).toBeGreaterThanOrEqual(4);
  });
});
