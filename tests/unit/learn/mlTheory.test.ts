// The network theory notes: they carry the tab's numbers and are TeX that KaTeX accepts.
import katex from 'katex';
import { describe, expect, it } from 'vitest';
import { mlpParameterCount, NN_OPTIMIZER_NAMES, type MlpSpec } from '../../../src/core';
import {
  architectureTex,
  backpropTex,
  batchTex,
  forwardTex,
  lossTex,
  optimizerTex,
  penaltyTex,
  texNum,
} from '../../../src/pages/MachineLearning/learn/theoryTex';

const renders = (tex: string) => katex.renderToString(tex, { displayMode: true, throwOnError: true });

const DEFAULT: MlpSpec = { sizes: [2, 4, 4, 1], activations: ['tanh', 'tanh'], output: 'sigmoid' };

describe('network theory TeX', () => {
  it('architectureTex(2 → 4 → 4 → 1) counts 3·4 + 5·4 + 5·1 = 37 parameters, as mlpParameterCount does', () => {
    const tex = architectureTex(DEFAULT, ['x1', 'x2']);
    expect(tex).toContain('3\\cdot 4 + 5\\cdot 4 + 5\\cdot 1 = 37');
    expect(mlpParameterCount(DEFAULT)).toBe(37);
    expect(tex).toContain('a^{(0)} = (x_1,\\ x_2)');
    renders(tex);
  });

  it('forwardTex names each layer’s activation and the output function, for 0 to 3 hidden layers', () => {
    expect(forwardTex(DEFAULT)).toContain('\\sigma_{1} = \\tanh,\\ \\sigma_{2} = \\tanh');
    expect(forwardTex(DEFAULT)).toContain('\\mathrm{sigmoid}(z^{(3)})');
    const specs: MlpSpec[] = [
      { sizes: [3, 1], activations: [], output: 'linear' },
      { sizes: [2, 8, 3], activations: ['gelu'], output: 'softmax' },
      { sizes: [2, 4, 4, 4, 1], activations: ['relu', 'leaky-relu', 'linear'], output: 'sigmoid' },
    ];
    for (const s of specs) renders(forwardTex(s));
  });

  it('lossTex writes BCE, softmax cross-entropy or MSE, with the L1/L2 rates only when one is set', () => {
    expect(lossTex('sigmoid', 1, 0, 0)).toContain('\\log (1 - \\hat y_i)');
    expect(lossTex('sigmoid', 1, 0, 0)).not.toContain('\\sum |w|');
    expect(lossTex('softmax', 4, 0.001, 0)).toContain('K = 4');
    expect(lossTex('softmax', 4, 0.001, 0)).toContain('0.001 \\sum |w|');
    expect(lossTex('linear', 1, 0, 0.5)).toContain('\\frac{0.5}{2} \\sum w^2');
    for (const o of ['sigmoid', 'softmax', 'linear'] as const) {
      renders(lossTex(o, 3, 0.01, 0.02));
      renders(backpropTex(o, 3, o === 'sigmoid' ? 1 : 3));
    }
    expect(backpropTex('linear', 2, 1)).toContain('= 2(\\hat y - y)');
  });

  it('optimizerTex writes each torch.optim rule with the learning rate and the defaults', () => {
    expect(optimizerTex('sgd', 0.03)).toContain('\\eta = 0.03');
    expect(optimizerTex('momentum', 0.1)).toContain('\\mu = 0.9');
    expect(optimizerTex('adagrad', 0.5)).toContain('\\epsilon = 1 \\times 10^{-10}');
    expect(optimizerTex('adam', 0.001)).toContain('(0.9, 0.999, 1 \\times 10^{-8})');
    for (const name of NN_OPTIMIZER_NAMES) renders(optimizerTex(name, 0.01));
  });

  it('batchTex(250 points, B) gives ⌈250/B⌉ steps per epoch; B is clamped to 1 … m', () => {
    expect(batchTex(250, 10)).toContain('= 25\\ \\text{steps per epoch}');
    expect(batchTex(250, 1)).toContain('= 250\\ \\text{steps');
    expect(batchTex(250, 2000)).toContain('B = 250');
    expect(batchTex(250, 0)).toContain('B = 1');
    renders(batchTex(250, 10));
    renders(penaltyTex(0.001, 0.01));
  });

  it('texNum never writes NaN: undefined, ∞ and powers of ten in words and TeX', () => {
    expect(texNum(NaN)).toBe('\\text{undefined}');
    expect(texNum(Infinity)).toBe('\\infty');
    expect(texNum(1e-8)).toBe('1 \\times 10^{-8}');
    expect(texNum(0.03)).toBe('0.03');
  });
});
