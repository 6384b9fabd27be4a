/**
 * The Neural network tab's predictions: commit an answer, then the page trains the scene that shows why.
 * Each scene is the page's defaults with a few fields changed (exported for the tests that train it in core).
 */
import { mlpParameterCount } from '../../../core';
import { datasetOf, specOf } from '../../../stores/ml/nn/data';
import type { NnView } from '../../../stores/ml/nn/view';
import type { Exercise } from '../../../ui/learn/types';
import { givens } from '../../../ui/learn/variants';
import { Tex } from '../../../ui/Tex';
import { sceneView, showScene } from './scene';

/** The default network's weights and biases, counted by the core from the default view. */
export function defaultParameterCount(): number {
  const view = sceneView({});
  const data = datasetOf(view);
  if ('error' in data) throw new Error(data.error);
  return mlpParameterCount(specOf(view, data));
}

/** The weights and biases of the default view with `units` hidden tanh units per layer, counted by the core. */
function parameterCountOf(units: readonly number[]): number {
  const view = sceneView({ layers: units.length, units: [...units], activations: units.map(() => 'tanh') });
  const data = datasetOf(view);
  if ('error' in data) throw new Error(data.error);
  return mlpParameterCount(specOf(view, data));
}

/** "How many numbers does the network learn?" for hidden layers of `units` (the tab's own when as it opens). */
function parameterCountFor(units: readonly number[] | null): Exercise {
  const hidden = units ?? [4, 4];
  const count = () => (units ? parameterCountOf(units) : defaultParameterCount());
  const sizes = [2, ...hidden, 1];
  const terms = sizes.slice(1).map((n, i) => `(${sizes[i]} + 1)·${n}`);
  const weightsOnly = sizes.slice(1).reduce((s, n, i) => s + sizes[i] * n, 0);
  const layersText = `${hidden.length === 1 ? 'one hidden layer' : `${hidden.length} hidden layers`} of ${hidden.join(', ')} tanh units`;
  const scene = units
    ? { layers: units.length, units: [...units], activations: units.map(() => 'tanh' as const) }
    : {};
  return {
    id: 'parameter-count',
    title: 'How many numbers does the network learn?',
    prompt: (
      <p>
        {units ? 'The network has' : 'The tab opens with'} inputs x1 and x2, {layersText} and one sigmoid
        output. How many weights and biases does training adjust?
      </p>
    ),
    answer: {
      kind: 'number',
      label: 'parameters',
      key: { expected: () => [count()], abs: 0.5, traps: () => [[weightsOnly]] },
      check(value) {
        const c = count();
        return {
          ok: value === c,
          why: `${terms.join(' + ')} = ${c}: each unit has one weight per input and one bias.`,
        };
      },
    },
    hint: 'A layer from n units to m units has an m × n weight matrix and m biases.',
    solution: (
      <>
        <Tex
          tex={`\\sum_l (n_{l-1} + 1)\\, n_l = ${sizes
            .slice(1)
            .map((n, i) => `${sizes[i] + 1}\\cdot ${n}`)
            .join(' + ')} = ${count()}`}
        />
        . TensorFlow Playground&rsquo;s largest network (6 layers of 8) has 2·8 + 8 + 5·(8·8 + 8) + 8 + 1 =
        393; a small language model has 10⁸.
      </>
    ),
    applySolution: () => showScene(scene),
    reveal: () => showScene(scene),
    ...(units
      ? { setUp: () => showScene(scene) }
      : {
          // New numbers: other hidden layers (1 to 3 layers of 2 to 8 units); the tab is set to them.
          variant(seed: number) {
            const g = givens(seed, 'parameter-count');
            for (;;) {
              const layers = g.int(1, 3);
              const u = Array.from({ length: layers }, () => g.int(2, 8));
              if (u.join() !== '4,4') return parameterCountFor(u);
            }
          },
        }),
  };
}

export const parameterCount: Exercise = parameterCountFor(null);

/** Two hidden layers of linear units on the circle, trained for 300 epochs. */
export const LINEAR_CIRCLE: Partial<NnView> = { activations: ['linear', 'linear'], budget: 300 };

export const linearCircle: Exercise = {
  id: 'linear-circle',
  title: 'Why does a linear network fail on the circle?',
  prompt: (
    <p>
      Set both hidden layers&rsquo; activation to linear and train on the circle. Test accuracy stays near 50
      %. Why?
    </p>
  ),
  answer: {
    kind: 'choice',
    options: [
      'The learning rate is too small for a linear network',
      'A composition of affine maps is affine, so the boundary is a straight line',
      'Two layers of 4 units are too few; 32 units would do it',
      'The circle data set is too noisy',
    ],
    check: (i) => ({
      ok: i === 1,
      why: 'W⁽³⁾(W⁽²⁾(W⁽¹⁾x + b⁽¹⁾) + b⁽²⁾) + b⁽³⁾ = Wx + b for one matrix W and vector b, however many layers and units: the output is σ(w·x + b), whose 0.5 contour is a line, and no line separates a disc from the ring around it.',
    }),
  },
  hint: 'Multiply out the layers when every activation is the identity.',
  solution: (
    <>
      <Tex tex="W^{(2)}(W^{(1)}x + b^{(1)}) + b^{(2)} = (W^{(2)}W^{(1)})\,x + (W^{(2)}b^{(1)} + b^{(2)})" />:
      a linear network is logistic regression in disguise. The nonlinearity between the layers is what lets a
      network bend its boundary; the page now trains the linear network for 300 epochs.
    </>
  ),
  applySolution: () => showScene(LINEAR_CIRCLE, true),
  reveal: () => showScene(LINEAR_CIRCLE, true),
};

/** The same linear network with the squares as extra inputs. */
export const SQUARES_CIRCLE: Partial<NnView> = {
  ...LINEAR_CIRCLE,
  features: ['x1', 'x2', 'x1sq', 'x2sq'],
};

export const squaresCircle: Exercise = {
  id: 'squares-circle',
  title: 'What do the inputs x1² and x2² buy on the circle?',
  prompt: <p>Keep the linear network of the last exercise, and tick the inputs x1² and x2². What happens?</p>,
  answer: {
    kind: 'choice',
    options: [
      'Nothing: the network could already compute squares',
      'Training gets faster, but test accuracy stays near 50 %',
      'Even the linear network separates the classes: its boundary can now be a circle',
      'The network overfits: training accuracy rises, test accuracy falls',
    ],
    check: (i) => ({
      ok: i === 2,
      why: 'the output is σ(w₁x₁ + w₂x₂ + w₃x₁² + w₄x₂² + b); with w₃ = w₄ its 0.5 contour is a circle, so a linear model in the new inputs is a circular boundary in the plane.',
    }),
  },
  hint: 'The network is still linear, but in which inputs? Write its boundary as an equation in x₁ and x₂.',
  solution: (
    <>
      <Tex tex="w_3 x_1^2 + w_4 x_2^2 + w_1 x_1 + w_2 x_2 + b = 0" /> is an ellipse (a circle when w₃ = w₄):
      the feature map did the nonlinear work, and the page now reaches a test accuracy near 100 %. Choosing
      features by hand is what kernels and feature engineering do; hidden layers learn such features from the
      data instead.
    </>
  ),
  applySolution: () => showScene(SQUARES_CIRCLE, true),
  reveal: () => showScene(SQUARES_CIRCLE, true),
};

/** Batch size 1, and the whole training set (250 points at the defaults) as one batch, 200 epochs each. */
export const BATCH_ONE: Partial<NnView> = { batch: 1, budget: 200 };
export const FULL_BATCH: Partial<NnView> = { batch: 250, budget: 200 };

export const batchNoise: Exercise = {
  id: 'batch-noise',
  title: 'Batch size 1 or the full batch: which loss curve is noisier?',
  prompt: (
    <p>
      On the circle with the default network, train once with batch size 1 and once with batch size 250 (all
      training points), 200 epochs each. Which training-loss curve goes up and down more?
    </p>
  ),
  answer: {
    kind: 'choice',
    options: ['Batch size 1', 'Batch size 250 (the full batch)', 'Neither: both are smooth'],
    check: (i) => ({
      ok: i === 0,
      why: 'each step of batch size 1 follows one point’s gradient, a noisy estimate of the full gradient (its variance shrinks like 1/B), so the loss after an epoch jumps up and down; the full batch takes the exact gradient, and at this learning rate its loss falls every epoch.',
    }),
  },
  hint: 'How many points does each step’s gradient average over, and how far is that from the gradient of the whole training loss?',
  solution: (
    <>
      The mini-batch gradient <Tex tex="\tfrac1B \sum_{i\in\mathcal B} \nabla \ell_i" /> is an unbiased
      estimate of <Tex tex="\nabla L" /> with variance about <Tex tex="\sigma^2/B" />. The page now trains
      with batch size 1: its curve is jagged. Set the batch size to 250 and train again: smooth, but 250 times
      fewer steps per epoch, so it also falls more slowly per epoch.
    </>
  ),
  applySolution: () => showScene(BATCH_ONE, true),
  reveal: () => showScene(BATCH_ONE, true),
};
