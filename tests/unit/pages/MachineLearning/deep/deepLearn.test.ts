// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEEP_EXERCISES, showDeep } from '../../../../../src/pages/MachineLearning/learn/deep/exercises';
import { deepPageValues, deepPython, py } from '../../../../../src/pages/MachineLearning/learn/deep/python';
import { kernelPreset } from '../../../../../src/core';
import { parseDigitsBytes } from '../../../../../src/stores/ml/digits';
import { useDeepStore } from '../../../../../src/stores/ml/deep/store';
import { deepView, type DeepView } from '../../../../../src/stores/ml/deep/view';
import { expectValidPython, hasPython, pythonRuns, runPython } from '../../../learn/python';

const DIGITS = parseDigitsBytes(new Uint8Array(readFileSync('public/data/digits.bin')));
const hasNumpy = hasPython && pythonRuns('import numpy');
const view = (patch: Partial<DeepView>): DeepView => ({ ...deepView.defaults, ...patch });

const SCENES: Partial<DeepView>[] = [
  {},
  { relu: true, pool: true, clip: true, temp: 0.5, causal: true, q: 4, k: 2, head: 2, row: 3, col: 5 },
  {
    img: 'paint',
    ks: 5,
    kernel: kernelPreset('gaussian blur', 5),
    stride: 2,
    padding: 2,
    tokens: 'a b c d e f g h',
    dim: 4,
    temp: 0,
    wscale: 1.7,
    input: 'spike',
    amp: 0.6,
    T: 50,
  },
  {
    img: 'circles',
    kernel: kernelPreset('laplacian'),
    padding: 1,
    temp: 2.5,
    wscale: 0.4,
    input: 'constant',
    T: 7,
  },
];

describe('deep learning Code panel', () => {
  it('writes numbers as Python literals at full precision', () => {
    expect(py(0.1 + 0.2)).toBe('0.30000000000000004');
    expect(py(3)).toBe('3.0');
    expect(py(-Infinity)).toBe("-float('inf')");
    expect(py(null)).toBe('None');
  });

  it.skipIf(!hasPython)(
    'is valid Python for every scene',
    () => {
      for (const s of SCENES) expectValidPython(deepPython(view(s), DIGITS));
    },
    120_000,
  );

  it.skipIf(!hasNumpy)(
    "prints the page's output value, attention score and weight, and gradient norm to 1e-9",
    () => {
      for (const s of SCENES) {
        const v = view(s);
        const out = runPython(deepPython(v, DIGITS));
        const page = deepPageValues(v, DIGITS);
        const lines = out.split('\n');
        for (const [name, value] of [
          ['output value', page.outputValue],
          ['attention score', page.attentionScore],
          ['attention weight', page.attentionWeight],
          ['gradient norm', page.gradientNorm],
        ] as const) {
          const line = lines.find((l) => l.startsWith(`${name}: `));
          expect(line, `${name} in\n${out}`).toBeDefined();
          const m = /^[^:]+: (\S+), the page shows/.exec(line!);
          expect(m, line).not.toBeNull();
          const mine = m![1] === '-inf' ? -Infinity : Number(m![1]);
          expect(value).not.toBeNull();
          if (Number.isFinite(value!))
            expect(Math.abs(mine - value!)).toBeLessThan(1e-9 * Math.max(1, Math.abs(value!)));
          else expect(mine).toBe(value);
        }
        // Where PyTorch runs (PYTHON=… with torch), its conv2d, attention and autograd agree with NumPy's.
        for (const l of lines.filter((x) => x.startsWith('torch ') && x.includes('largest difference')))
          expect(Number(l.split(' ').pop()), l).toBeLessThan(1e-12);
        const autograd = lines.find((l) => l.startsWith('torch autograd'));
        if (autograd && Number.isFinite(page.gradientNorm))
          expect(Math.abs(Number(autograd.split('= ')[1]) - page.gradientNorm!)).toBeLessThan(
            1e-9 * Math.max(1, page.gradientNorm!),
          );
      }
    },
    60_000,
  );
});

describe('deep learning exercises', () => {
  it('has at least five exercises with unique ids prefixed deep-', () => {
    expect(DEEP_EXERCISES.length).toBeGreaterThanOrEqual(5);
    const ids = DEEP_EXERCISES.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.every((id) => id.startsWith('deep-'))).toBe(true);
    for (const title of ['output size', 'vertical edges', 'one-hot', 'T = 30'])
      expect(DEEP_EXERCISES.some((e) => e.title.includes(title))).toBe(true);
  });

  it('checks the predictions', () => {
    const byId = Object.fromEntries(DEEP_EXERCISES.map((e) => [e.id, e]));
    const num = (id: string, v: number) => {
      const a = byId[id].answer;
      if (a.kind !== 'number') throw new Error(id);
      return a.check(v).ok;
    };
    const choice = (id: string, i: number) => {
      const a = byId[id].answer;
      if (a.kind !== 'choice') throw new Error(id);
      return a.check(i).ok;
    };
    expect(num('deep-output-size', 6)).toBe(true);
    expect(num('deep-output-size', 5)).toBe(false);
    expect(choice('deep-vertical-edges', 1)).toBe(true);
    expect(choice('deep-vertical-edges', 2)).toBe(false);
    expect(choice('deep-one-hot-temperature', 3)).toBe(true);
    expect(choice('deep-one-hot-temperature', 2)).toBe(false);
    expect(num('deep-causal-first', 1)).toBe(true);
    expect(choice('deep-sqrt-d', 1)).toBe(true);
  });

  it('checks the live task on the store, and its solution passes it', () => {
    const vanish = DEEP_EXERCISES.find((e) => e.id === 'deep-vanishing-rho')!;
    if (vanish.answer.kind !== 'live') throw new Error('live');
    showDeep({ T: 30, wscale: 0.9 });
    expect(vanish.answer.check().ok).toBe(false);
    showDeep({ T: 20, wscale: 0.5 });
    expect(vanish.answer.check().why).toMatch(/steps T to 30/);
    vanish.applySolution();
    expect(useDeepStore.getState().view.wscale).toBe(0.75);
    expect(vanish.answer.check().ok).toBe(true);
  });
});
