/**
 * The Machine learning page's exercises: live tasks checked on the Neural network tab's store (its view and
 * the network in its latest snapshot, re-evaluated here by the core), and the predictions of predictions.tsx.
 */
import { nnFeatureLabels } from '../../../core';
import { useNnStore } from '../../../stores/ml/nn/store';
import { nnView, type NnView } from '../../../stores/ml/nn/view';
import type { Exercise, Verdict } from '../../../ui/learn/types';
import { Tex } from '../../../ui/Tex';
import { batchNoise, linearCircle, parameterCount, squaresCircle } from './predictions';
import { fmt, hiddenUnits, showScene, testMetrics } from './scene';

const no = (why: string): Verdict => ({ ok: false, why: `${why}.` });

// ---- XOR with the fewest hidden units ----

export const XOR_MAX_UNITS = 3;
export const XOR_TARGET = 0.95;
/** One hidden layer of 3 ReLU units, the default SGD, 1,000 epochs. */
export const XOR_SOLUTION: Partial<NnView> = {
  data: 'xor',
  layers: 1,
  units: [3],
  activations: ['relu'],
  budget: 1000,
};

function checkXor(): Verdict {
  const { view, snapshot } = useNnStore.getState();
  if (view.data !== 'xor') return no('choose the XOR data set first');
  const extra = view.features.filter((f) => f !== 'x1' && f !== 'x2');
  if (extra.length > 0)
    return no(
      `use only the inputs x1 and x2 (untick ${extra.map((f) => nnFeatureLabels[f]).join(', ')}): the hidden units must find the features themselves`,
    );
  const problems = Object.values(nnView.problems(view));
  if (problems.length > 0) return no(`fix the highlighted field first: ${problems[0]}`);
  const units = hiddenUnits(view);
  const result = testMetrics(view, snapshot);
  if (typeof result === 'string') return no(result);
  const acc = result.metrics.accuracy ?? 0;
  const reached = acc >= XOR_TARGET;
  const few = units <= XOR_MAX_UNITS;
  const what = `${units} hidden unit${units === 1 ? '' : 's'} reach a test accuracy of ${fmt(acc, 3)} after ${result.epoch} epochs`;
  if (reached && few) return { ok: true, why: `${what}.` };
  if (!reached) return no(`${what}; keep training, or change the activation, optimizer or learning rate`);
  return no(`${what}; now use at most ${XOR_MAX_UNITS} hidden units in all`);
}

const xorFewest: Exercise = {
  id: 'xor-fewest',
  title: 'Make XOR learnable with the fewest units',
  prompt: (
    <p>
      Choose the XOR data set with the inputs x1 and x2 only. Train a network with at most {XOR_MAX_UNITS}{' '}
      hidden units in all layers together that reaches a test accuracy of at least {XOR_TARGET}.
    </p>
  ),
  answer: { kind: 'live', check: checkXor },
  hint: 'One hidden layer is enough. Each unit draws one line (a tanh unit a soft one, a ReLU unit a crease); which activation makes sharp corners at the axes with few units?',
  solution: (
    <>
      One hidden layer of 3 ReLU units with the default SGD (learning rate 0.03) reaches about 0.98 in 1,000
      epochs: each unit bends the output along one line, and three creases are enough to fold the plane so
      that opposite quadrants match. Two units fall short here (their two lines leave a quadrant wrong), and
      tanh units need about 4. With the input x1·x2 no hidden unit is needed at all:{' '}
      <Tex tex="\sigma(w\,x_1x_2 + b)" /> is XOR&rsquo;s own shape.
    </>
  ),
  applySolution: () => showScene(XOR_SOLUTION, true),
};

// ---- A learning rate that diverges ----

/** The 1-D sine regression (mean squared error) at learning rate 1: the loss explodes in the first epoch. */
export const DIVERGE_SCENE: Partial<NnView> = { data: 'sine', lr: 1, budget: 300 };

function checkDivergence(): Verdict {
  const { view, snapshot } = useNnStore.getState();
  const reason = snapshot?.stopReason ?? null;
  if (snapshot && reason?.startsWith('diverged'))
    return { ok: true, why: `training stopped after epoch ${snapshot.epoch}: ${reason}.` };
  if (!snapshot || snapshot.epoch === 0)
    return no(`raise the learning rate (now ${fmt(view.lr)}) and press Train`);
  return no(
    `training reached epoch ${snapshot.epoch} at training loss ${fmt(snapshot.trainLoss)} without diverging at learning rate ${fmt(view.lr)}; raise it, or see the hint`,
  );
}

const divergeLr: Exercise = {
  id: 'diverge-lr',
  title: 'Find a learning rate that diverges',
  prompt: (
    <p>
      Raise the learning rate until training stops with &ldquo;diverged&rdquo;: the loss grows instead of
      falling, and the page stops before it draws a number that is not one. Any data set and network will do.
    </p>
  ),
  answer: { kind: 'live', check: checkDivergence },
  hint: (
    <>
      On the default circle even 10 does not diverge: tanh units are bounded, and the cross-entropy&rsquo;s
      gradient <Tex tex="\hat y - y" /> never exceeds 1, so the weights can only grow a little per step. Try a
      regression set, where the squared error&rsquo;s gradient grows with the error, or linear activations.
    </>
  ),
  solution: (
    <>
      On y = sin x (mean squared error) the default network trains at 0.3 and diverges at 1 within the first
      epoch: each step overshoots the valley of the loss by more than it corrects, so the error, and with it
      the next step, grows geometrically, as gradient descent does on a quadratic for{' '}
      <Tex tex="\eta > 2/\lambda_{\text{max}}" />.
    </>
  ),
  applySolution: () => showScene(DIVERGE_SCENE, true),
};

export const ML_EXERCISES: Exercise[] = [
  parameterCount,
  xorFewest,
  linearCircle,
  squaresCircle,
  divergeLr,
  batchNoise,
];
