// @vitest-environment jsdom
/**
 * "New numbers" on exercises whose givens are the page's settings: the instance sets the page to them
 * (through the page's store), and the page's own numbers then give the instance's answer.
 */
import { describe, expect, it } from 'vitest';
import { conv2dOutputSize, mlpParameterCount } from '../../../src/core';
import { datasetOf, specOf } from '../../../src/stores/ml/nn/data';
import { useNnStore } from '../../../src/stores/ml/nn/store';
import { nnView } from '../../../src/stores/ml/nn/view';
import { ML_LEARN } from '../../../src/pages/MachineLearning/learn/tabLearn';
import { useDeepStore } from '../../../src/stores/ml/deep/store';
import { deepView } from '../../../src/stores/ml/deep/view';
import { instanceOf } from '../../../src/ui/learn/variants';

const SEEDS = [1, 2, 3, 42, 999_999, 2 ** 31 - 1];

describe('deep-output-size "New numbers"', () => {
  const base = ML_LEARN.deep!.exercises.find((e) => e.id === 'deep-output-size')!;

  it("sets the Deep learning tab to the instance's kernel, stride and padding; the tab's output height is the answer", () => {
    window.location.hash = '#/machine-learning?v=1&tab=deep';
    const seen = new Set<string>();
    for (const seed of SEEDS) {
      useDeepStore.getState().loadView(deepView.defaults, []);
      const inst = instanceOf(base, seed);
      const a = inst.answer;
      if (a.kind !== 'number') throw new Error('number');
      const [rows] = a.key!.expected()!;
      inst.setUp!();
      const v = useDeepStore.getState().view;
      seen.add(`${v.ks}/${v.stride}/${v.padding}`);
      expect(v.img).toBe('checker');
      expect(conv2dOutputSize(16, Number(v.ks), v.stride, v.padding)).toBe(rows);
      expect(a.check(rows).ok).toBe(true);
      expect(a.check(16).ok).toBe(false);
      expect(a.check(16 - Number(v.ks) + 1).ok).toBe(false);
    }
    expect(seen.size).toBeGreaterThanOrEqual(3);
  });
});

describe('parameter-count "New numbers"', () => {
  const base = ML_LEARN.nn!.exercises.find((e) => e.id === 'parameter-count')!;

  it("sets the Neural network tab to the instance's hidden layers; the core's count of the tab's network is the answer", () => {
    window.location.hash = '#/machine-learning?v=1&tab=nn';
    const seen = new Set<string>();
    const a0 = base.answer;
    if (a0.kind !== 'number') throw new Error('number');
    expect(a0.key!.expected()).toEqual([37]); // as written: 2-4-4-1
    for (const seed of SEEDS) {
      useNnStore.getState().loadView(nnView.defaults, []);
      const inst = instanceOf(base, seed);
      const a = inst.answer;
      if (a.kind !== 'number') throw new Error('number');
      const [count] = a.key!.expected()!;
      inst.setUp!();
      const v = useNnStore.getState().view;
      seen.add(v.units.slice(0, v.layers).join(','));
      const data = datasetOf(v);
      if ('error' in data) throw new Error(data.error);
      expect(mlpParameterCount(specOf(v, data))).toBe(count);
      expect(a.check(count).ok).toBe(true);
      expect(a.check(37).ok).toBe(count === 37);
    }
    expect(seen.size).toBeGreaterThanOrEqual(3);
  });
});
