// @vitest-environment jsdom
/**
 * "New numbers" on 'The largest stable learning rate' (Regression): each seeded instance's answer is the
 * tab's own 2/λmax for the points its reveal puts on the tab, and GD there converges just below it and
 * diverges just above it.
 */
import { describe, expect, it } from 'vitest';
import { ML_LEARN } from '../../../src/pages/MachineLearning/learn/tabLearn';
import { fitOf, pointsOf } from '../../../src/stores/ml/regression/data';
import { useRegStore } from '../../../src/stores/ml/regression/store';
import { instanceOf } from '../../../src/ui/learn/variants';

const SEEDS = [1, 2, 3, 42, 999_999, 2 ** 31 - 1];

describe('regression-gd-limit "New numbers"', () => {
  const base = ML_LEARN.regression!.exercises.find((e) => e.id === 'regression-gd-limit')!;

  it("the tab's 2/λmax for the revealed points is the answer; 1, 2/Σx², ×2 and ×½ stay wrong; GD diverges above it", () => {
    window.location.hash = '#/machine-learning?v=1&tab=regression';
    const seen = new Set<string>();
    for (const seed of SEEDS) {
      const inst = instanceOf(base, seed);
      expect(
        inst.setUp,
        'the tab writes 2/λmax in GD mode: nothing is set before the prediction',
      ).toBeUndefined();
      const a = inst.answer;
      if (a.kind !== 'number') throw new Error('number');
      const [limit] = a.key!.expected()!;
      inst.reveal!();
      const view = useRegStore.getState().view;
      expect(view).toMatchObject({ data: 'own', method: 'gd', standardize: false });
      const xs = view.points.map((p) => p.x1);
      seen.add(xs.join(','));
      const n = xs.length;
      const mean2 = xs.reduce((s, x) => s + x * x, 0) / n;
      expect(xs.reduce((s, x) => s + x, 0)).toBe(0);
      const f = fitOf(view, pointsOf(view));
      if ('error' in f) throw new Error(f.error);
      // The tab's own limit, and the closed form 1/max(mean x², 1) for points with Σx = 0.
      expect(f.descent!.limit).toBeCloseTo(limit, 12);
      expect(limit).toBeCloseTo(1 / Math.max(mean2, 1), 12);
      expect(f.diverged).toBe(false);
      expect(a.check(limit).ok).toBe(true);
      expect(a.check(1).ok).toBe(false);
      expect(n).toBeGreaterThanOrEqual(3);
      expect(a.check(2 / (n * mean2)).ok).toBe(false);
      expect(a.check(2 * limit).ok).toBe(false);
      expect(a.check(limit / 2).ok).toBe(false);
      // Above the limit the tab's gradient descent diverges.
      const above = fitOf({ ...view, lr: 1.2 * limit, steps: 200 }, pointsOf(view));
      if ('error' in above) throw new Error(above.error);
      expect(above.diverged).toBe(true);
    }
    expect(seen.size).toBeGreaterThanOrEqual(3);
  });
});
