// @vitest-environment jsdom
/**
 * "New numbers" on 'The first token under the causal mask' (Deep learning): each instance's answer is the
 * tab's own attention weight for the scene its reveal sets (equal embeddings, causal mask, query i, key j).
 */
import { describe, expect, it } from 'vitest';
import { ML_LEARN } from '../../../src/pages/MachineLearning/learn/tabLearn';
import { computeHead, embeddingsOf, usedTokens } from '../../../src/stores/ml/deep/compute';
import { useDeepStore } from '../../../src/stores/ml/deep/store';
import { deepView } from '../../../src/stores/ml/deep/view';
import { instanceOf } from '../../../src/ui/learn/variants';

const SEEDS = [1, 2, 3, 42, 999_999, 2 ** 31 - 1];

describe('deep-causal-first "New numbers"', () => {
  const base = ML_LEARN.deep!.exercises.find((e) => e.id === 'deep-causal-first')!;

  it("the tab's weight of query i on key j (equal embeddings, causal) is the answer 1/i; 1/n, 1, 0, ×2 and ×½ stay wrong", () => {
    window.location.hash = '#/machine-learning?v=1&tab=deep';
    const seen = new Set<string>();
    for (const seed of SEEDS) {
      useDeepStore.getState().loadView(deepView.defaults, []);
      const inst = instanceOf(base, seed);
      expect(
        inst.setUp,
        'the tab shows the selected weight: nothing is set before the prediction',
      ).toBeUndefined();
      const a = inst.answer;
      if (a.kind !== 'number') throw new Error('number');
      const [w] = a.key!.expected()!;
      inst.reveal!();
      const v = useDeepStore.getState().view;
      expect(v.causal).toBe(true);
      const n = usedTokens(v).length;
      const { q: i, k: j } = v;
      seen.add(`${n}/${i}/${j}`);
      expect(i).toBeGreaterThanOrEqual(2);
      expect(i).toBeLessThan(n);
      expect(j).toBeLessThanOrEqual(i);
      // The tab's own head 1 (and head 2: whatever W) gives 1/i.
      for (const head of [1, 2] as const) {
        const r = computeHead(v, head, embeddingsOf(v));
        expect(r.weights[i - 1][j - 1]).toBeCloseTo(w, 12);
      }
      expect(w).toBeCloseTo(1 / i, 12);
      expect(a.check(w).ok).toBe(true);
      expect(a.check(Number((1 / i).toFixed(3))).ok).toBe(true);
      for (const wrong of [1 / n, 1, 0, 2 * w, w / 2]) expect(a.check(wrong).ok).toBe(false);
    }
    expect(seen.size).toBeGreaterThanOrEqual(4);
  });
});
