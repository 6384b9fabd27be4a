import { useMemo } from 'react';
import { mlpParameterCount } from '../../../core';
import { featuresOf, specOf } from '../../../stores/ml/nn/data';
import { useNnStore } from '../../../stores/ml/nn/store';
import { TheorySection } from '../../../ui/learn/TheorySection';
import {
  architectureTex,
  backpropTex,
  batchTex,
  forwardTex,
  lossTex,
  optimizerTex,
  penaltyTex,
} from './theoryTex';

const LOSS_NAME = {
  sigmoid: 'Binary cross-entropy (sigmoid output, 2 classes)',
  softmax: 'Cross-entropy (softmax output, K classes)',
  linear: 'Mean squared error (linear output, regression)',
} as const;

const LOSS_ML = {
  sigmoid:
    'Minimising cross-entropy is maximum likelihood for a Bernoulli label: ŷ is read as P(y = 1 | x). It punishes a confident wrong answer without bound (−log of a small probability), and its gradient ŷ − y does not vanish when the sigmoid saturates, which is why classifiers use it rather than squared error.',
  softmax:
    'The same maximum-likelihood loss for K classes: softmax turns K scores into a distribution and the loss is −log of the probability given to the true class. Every image classifier and language model trains with it (a language model over a vocabulary of ~10⁵ "classes").',
  linear:
    'Squared error is maximum likelihood under Gaussian noise: the network learns the conditional mean of y given x. It grows quadratically with the error, so outliers pull hard and large learning rates diverge more easily than with cross-entropy.',
} as const;

/**
 * The network theory notes: architecture and parameter count, forward pass, the loss of the current output,
 * backpropagation, the optimizer's update, the penalties and the batch size, each with the tab's numbers.
 */
export function MlTheory() {
  const view = useNnStore((s) => s.view);
  const data = useNnStore((s) => s.data);
  const shape = useMemo(() => {
    if ('error' in data) return null;
    const spec = specOf(view, data);
    return { spec, features: featuresOf(view, data), m: data.train.length, P: mlpParameterCount(spec) };
  }, [view, data]);
  if (!shape)
    return (
      <p className="fine">
        The theory notes use the tab&apos;s network and data; there is no data set yet (
        {'error' in data ? data.error : ''}).
      </p>
    );
  const { spec, features, m, P } = shape;
  const L = spec.sizes.length - 1;
  const K = spec.sizes[L];
  return (
    <div className="learn-theory-list">
      <p className="fine">
        Formulas use the tab&apos;s network: {spec.sizes.join(' → ')} units, {P} parameters, trained on {m}{' '}
        points.
      </p>
      <TheorySection
        title="The network and its parameters"
        tex={architectureTex(spec, features)}
        open
        ml="Parameter counts are how models are compared: this network has the handful of numbers you see on the diagram, GPT-3 has 1.75·10¹¹. More parameters can fit more complex boundaries, and also memorise the training points; the test loss tells which is happening."
      >
        The inputs are features computed from the point (x₁, x₂); each further layer has n_l units, and each
        unit has one weight per unit of the layer before and one bias. Training adjusts all P of them.
      </TheorySection>
      <TheorySection
        title="Forward pass"
        tex={forwardTex(spec)}
        ml="This is a forward call of a PyTorch nn.Sequential of nn.Linear layers and activations. Without the nonlinear σ the layers would collapse into one affine map; with it, a wide enough network can approximate any continuous function on a bounded set (the universal approximation theorem)."
      >
        Each layer takes an affine map of the previous layer&apos;s outputs and bends it with its activation.
        The output function turns the last layer&apos;s scores z into a prediction: a probability, a
        distribution over classes, or a number.
      </TheorySection>
      <TheorySection
        title={LOSS_NAME[spec.output]}
        tex={lossTex(spec.output, K, view.l1, view.l2)}
        ml={LOSS_ML[spec.output]}
      >
        The loss measures how far the predictions are from the targets, averaged over the n points of a batch;
        the penalty terms (if any) are added to it. The loss readouts show its value on the training and test
        points.
      </TheorySection>
      <TheorySection
        title="Backpropagation"
        tex={backpropTex(spec.output, L, K)}
        ml="loss.backward() in PyTorch does exactly this: one backward sweep gives the gradient for every weight at about the cost of the forward pass. Each δ is multiplied by σ′ on the way down; tanh′ and sigmoid′ are below 1 where units saturate, so gradients can vanish in deep stacks of them, one reason ReLU became the default."
      >
        The chain rule applied layer by layer from the output down: δ⁽ˡ⁾ is how much the loss changes per unit
        change of layer l&apos;s pre-activations z⁽ˡ⁾. The error at the output is just ŷ − y for the matching
        pairs sigmoid + BCE and softmax + cross-entropy, which is why they come together.
      </TheorySection>
      <TheorySection
        title="The optimizer's update"
        tex={optimizerTex(view.optimizer, view.lr)}
        ml="The same torch.optim rules as the calculus page's race, now on all P parameters at once; g is the gradient of the current mini-batch. The learning rate is the one setting that most decides whether training works: too small crawls, too large diverges."
      >
        Each step moves θ (all weights and biases) against the mini-batch gradient g. Momentum remembers the
        past steps; AdaGrad, RMSProp and Adam divide each coordinate by the size of its recent gradients, so
        every weight takes steps of a similar size.
        {view.schedule !== 'constant' &&
          ` The ${view.schedule} schedule sets each epoch’s η from this base rate.`}
      </TheorySection>
      <TheorySection
        title="L1 and L2 penalties"
        tex={penaltyTex(view.l1, view.l2)}
        ml="L2 is weight decay (AdamW's decoupled version is standard for transformers); it prefers many small weights and smooth boundaries. L1 drives weights to exactly 0, so it selects inputs and units: the diagram's edges thin out. Both trade a higher training loss for a lower test loss when the network overfits."
      >
        The penalties are added to the loss over the weights, not the biases. L2 shrinks every weight by the
        factor 1 − ηλ₂ per step; L1 pulls each weight toward 0 by the same amount ηλ₁ whatever its size.
      </TheorySection>
      <TheorySection
        title="What the batch size does"
        tex={batchTex(m, view.batch)}
        ml="Mini-batches are how every network is trained: the full data set rarely fits in memory, and a GPU computes a batch of 32–4,096 points in about the time of one. The noise of small batches is not only a cost: it helps escape sharp minima, and large-batch training usually needs a larger learning rate (roughly proportional to B) and warm-up."
      >
        An epoch goes once through the training points in batches of B (the last may be smaller), one step per
        batch. A small batch takes many cheap, noisy steps; the full batch takes one exact step per epoch.
      </TheorySection>
    </div>
  );
}
