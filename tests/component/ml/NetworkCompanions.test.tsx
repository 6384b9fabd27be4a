// @vitest-environment jsdom
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/react';
import { compareBatchGradient, mlpLossGradient, mlpPredict } from '../../../src/core';
import { datasetOf } from '../../../src/stores/ml/nn/data';
import { BackpropWalk } from '../../../src/pages/MachineLearning/nn/network/BackpropWalk';
import { BatchNoise, batchRows } from '../../../src/pages/MachineLearning/nn/network/BatchNoise';
import type { DiagramItem } from '../../../src/pages/MachineLearning/nn/network/layout';
import { modelOf, type NetModel } from '../../../src/pages/MachineLearning/nn/network/model';
import { approxCurves, UniversalApprox } from '../../../src/pages/MachineLearning/nn/network/UniversalApprox';
import { WALK_START, walkOverlay, type WalkState } from '../../../src/pages/MachineLearning/nn/network/walk';
import type { NnView } from '../../../src/stores/ml/nn/view';
import { quietCanvas, snapshotOf, viewWith } from './nnFixture';

quietCanvas();

const modelFor = (view: NnView): NetModel => modelOf(view, datasetOf(view), snapshotOf(view))!;
const value = (label: string) =>
  Number(screen.getByLabelText(label, { selector: 'output' }).getAttribute('data-value'));

function Walk({ model, selected }: { model: NetModel; selected: DiagramItem | null }) {
  const [walk, setWalk] = useState<WalkState>(WALK_START);
  return (
    <BackpropWalk
      model={model}
      walk={walk}
      onWalk={setWalk}
      overlay={walkOverlay(model, walk)}
      selected={selected}
    />
  );
}

/** ∂L/∂w of weight layer l, unit j, input i for the one-point batch of data row `row`. */
function onePointGradient(model: NetModel, row: number, l: number, j: number, i: number): number {
  const F = model.spec.sizes[0];
  const { grads } = mlpLossGradient(
    model.net!,
    model.x.slice(row * F, row * F + F),
    Float64Array.of(model.data.y[row]),
    1,
  );
  return grads[l].weights[j * model.spec.sizes[l] + i];
}

describe('<BackpropWalk>', () => {
  for (const [name, view] of [
    [
      'circle, tanh + ReLU, sigmoid output',
      viewWith({ data: 'circle', n: 60, layers: 2, units: [4, 3], activations: ['tanh', 'relu'] }),
    ],
    [
      '3 blobs, softmax output',
      viewWith({ data: 'blobs3', n: 60, layers: 1, units: [5], activations: ['sigmoid'] }),
    ],
    [
      'sine, linear output',
      viewWith({ data: 'sine', n: 60, layers: 2, units: [3, 2], activations: ['gelu', 'tanh'] }),
    ],
  ] as const) {
    it(`${name}: the selected weight's gradient walked back equals mlpLossGradient on a one-point batch (1e-12)`, () => {
      const model = modelFor(view);
      const depth = model.spec.sizes.length - 1;
      render(<Walk model={model} selected={{ kind: 'edge', l: 0, j: 1, i: 1 }} />);
      expect(screen.getByRole('button', { name: 'Backward one layer' })).toBeDisabled();
      fireEvent.click(screen.getByRole('button', { name: 'Next point' }));
      fireEvent.click(screen.getByRole('button', { name: 'Next point' }));
      fireEvent.click(screen.getByRole('button', { name: 'Forward' }));
      for (let k = 0; k < depth - 1; k++)
        fireEvent.click(screen.getByRole('button', { name: 'Backward one layer' }));
      // One layer short of the inputs: the first layer's weights are not known yet.
      expect(
        screen.getByLabelText('gradient of the selected weight for this point', { selector: 'output' }),
      ).toHaveTextContent('—');
      fireEvent.click(screen.getByRole('button', { name: 'Backward one layer' }));
      expect(screen.getByRole('button', { name: 'Backward one layer' })).toBeDisabled();
      const row = model.data.train[2];
      expect(value('gradient of the selected weight for this point')).toBeCloseTo(
        onePointGradient(model, row, 0, 1, 1),
        12,
      );
      expect(document.querySelectorAll('.chain-rule .katex').length).toBeGreaterThanOrEqual(2);
      expect(document.body.textContent).not.toMatch(/NaN/);
      fireEvent.click(screen.getByRole('button', { name: 'Restart walk-through' }));
      expect(screen.getByRole('status')).toHaveTextContent(/Press Forward/);
    });
  }

  it('a training point out of range is refused with a message, and the walk waits', () => {
    const model = modelFor(viewWith({ data: 'xor', n: 40 }));
    render(<Walk model={model} selected={null} />);
    fireEvent.change(screen.getByRole('spinbutton', { name: 'training point' }), {
      target: { value: '999' },
    });
    expect(screen.getByText(/training point must be a whole number from 1 to/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Forward' })).toBeDisabled();
  });
});

describe('<UniversalApprox>', () => {
  const view = viewWith({
    data: 'sine',
    n: 80,
    layers: 1,
    units: [6],
    activations: ['tanh'],
    features: ['x1'],
  });

  it('the units’ weighted curves plus the output bias sum to the network’s output (1e-12)', () => {
    const model = modelFor(view);
    const c = approxCurves(model.net!, 6, 41)!;
    const out = mlpPredict(model.net!, c.xs, c.xs.length);
    for (let k = 0; k < c.xs.length; k++) {
      const sum = c.bias + c.terms.reduce((a, t) => a + t[k], 0);
      expect(sum).toBeCloseTo(out[k], 12);
      expect(c.sum[k]).toBeCloseTo(out[k], 12);
    }
    render(<UniversalApprox model={model} width={360} extent={6} />);
    expect(document.querySelectorAll('path.ua-term')).toHaveLength(6);
    expect(document.querySelectorAll('path.ua-sum')).toHaveLength(1);
  });

  it('on any other task says how to get the view', () => {
    render(<UniversalApprox model={modelFor(viewWith({ data: 'circle', n: 40 }))} width={360} extent={6} />);
    expect(screen.getByText(/choose a 1-D regression set/)).toBeInTheDocument();
  });
});

describe('<BatchNoise>', () => {
  it('readouts equal compareBatchGradient for the batch shown, and “New mini-batch” moves to the next one', () => {
    const view = viewWith({ data: 'circle', n: 120, layers: 2, units: [4, 4] });
    const model = modelFor(view);
    const reg = { l1: 0, l2: 0.01 };
    render(<BatchNoise model={model} batchSize={10} reg={reg} seed={3} />);
    for (const index of [0, 1]) {
      const rows = batchRows(model.data.train, 10, index, 3);
      const c = compareBatchGradient(model.net!, model.x, model.data.y, model.data.train, rows, reg);
      expect(value('full-batch gradient norm')).toBe(c.fullNorm);
      expect(value('mini-batch gradient norm')).toBe(c.batchNorm);
      expect(value('cosine')).toBe(c.cosine);
      fireEvent.click(screen.getByRole('button', { name: 'New mini-batch' }));
    }
    expect(document.body.textContent).not.toMatch(/NaN/);
  });

  it('with no network yet says so instead of numbers', () => {
    const view = viewWith({ data: 'circle', n: 40 });
    render(
      <BatchNoise
        model={modelOf(view, datasetOf(view), null)}
        batchSize={10}
        reg={{ l1: 0, l2: 0 }}
        seed={1}
      />,
    );
    expect(screen.getByText(/appear once the network is built/)).toBeInTheDocument();
  });
});
