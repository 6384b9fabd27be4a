/**
 * The Neural network tab as one runnable Python file: the training points and the initial weights of the page
 * (initMlp with the view's seed) written out at full precision, then the same training twice, by hand in NumPy
 * and with PyTorch (when it is installed), each printing its loss curve. With full-batch training (or
 * `shuffle = False`, batches in order) both reproduce the page's core to rounding.
 */
import {
  initMlp,
  resolveOptimizerSettings,
  type Dataset,
  type MlpSpec,
  type NnFeature,
  type NnOptimizerName,
} from '../../../core';
import { featuresOf, specOf } from '../../../stores/ml/nn/data';
import type { NnView } from '../../../stores/ml/nn/view';
import {
  FEATURE_PY,
  NUMPY_TRAIN,
  numpyActivations,
  numpyOutputLoss,
  numpyUpdate,
  torchPart,
} from './pythonParts';

/** Everything the script needs, taken from the view, its data set and its initial network. */
export interface MlScene {
  spec: MlpSpec;
  features: NnFeature[];
  /** The training points (x1, x2) in the trainer's order, and their targets. */
  points: number[][];
  targets: number[];
  weights: number[][][];
  biases: number[][];
  seed: number;
  optimizer: NnOptimizerName;
  lr: number;
  batch: number;
  l1: number;
  l2: number;
  schedule: NnView['schedule'];
  /** Epochs of the cosine schedule (the page's budget). */
  horizon: number;
  epochs: number;
  /** Reshuffle each epoch (as the page does, with another generator) or take the batches in order. */
  shuffle: boolean;
}

/** The scene of a view on its data set, trained for `epochs` epochs. */
export function mlScene(view: NnView, data: Dataset, epochs: number, shuffle = true): MlScene {
  const spec = specOf(view, data);
  const net = initMlp(spec, view.seed);
  const fanIns = spec.sizes.slice(0, -1);
  return {
    spec,
    features: featuresOf(view, data),
    points: Array.from(data.train, (r) => [data.x[2 * r], data.x[2 * r + 1]]),
    targets: Array.from(data.train, (r) => data.y[r]),
    weights: net.layers.map((l, k) =>
      Array.from({ length: l.biases.length }, (_, j) =>
        Array.from(l.weights.subarray(j * fanIns[k], (j + 1) * fanIns[k])),
      ),
    ),
    biases: net.layers.map((l) => Array.from(l.biases)),
    seed: view.seed,
    optimizer: view.optimizer,
    lr: view.lr,
    batch: view.batch,
    l1: view.l1,
    l2: view.l2,
    schedule: view.schedule,
    horizon: view.budget,
    epochs,
    shuffle,
  };
}

/** A float literal Python reads back as the same double (JavaScript's shortest round-trip form). */
export const py = (v: number): string => (Number.isFinite(v) ? String(v) : v > 0 ? 'math.inf' : '-math.inf');
const list = (v: readonly number[]) => `[${v.map(py).join(', ')}]`;

/** Rows of numbers, several per line so that the data stays readable. */
function rows(values: readonly (readonly number[])[], perLine: number): string {
  const lines: string[] = [];
  for (let i = 0; i < values.length; i += perLine)
    lines.push(
      `    ${values
        .slice(i, i + perLine)
        .map(list)
        .join(', ')},`,
    );
  return `[\n${lines.join('\n')}\n]`;
}

function flat(values: readonly number[], perLine: number): string {
  const lines: string[] = [];
  for (let i = 0; i < values.length; i += perLine)
    lines.push(
      `    ${values
        .slice(i, i + perLine)
        .map(py)
        .join(', ')},`,
    );
  return `[\n${lines.join('\n')}\n]`;
}

/** The learning rate of epoch e, as the page's schedules (src/core/optim/schedule.ts) compute it. */
function scheduleLine(s: MlScene): string {
  switch (s.schedule) {
    case 'constant':
      return 'return lr';
    case 'step':
      return 'return lr * 0.5 ** (epoch // 25)  # halved every 25 epochs';
    case 'exponential':
      return 'return lr * 0.99 ** epoch';
    case 'cosine':
      return 'return lr * (1 + math.cos(math.pi * min(epoch, horizon) / horizon)) / 2';
  }
}

/** torch.optim's constructor with the page's hyperparameters (PyTorch's defaults, which the page uses). */
function torchOptimizer(name: NnOptimizerName): string {
  switch (name) {
    case 'sgd':
      return 'torch.optim.SGD(model.parameters(), lr=lr)';
    case 'momentum':
      return 'torch.optim.SGD(model.parameters(), lr=lr, momentum=momentum)';
    case 'nesterov':
      return 'torch.optim.SGD(model.parameters(), lr=lr, momentum=momentum, nesterov=True)';
    case 'adagrad':
      return 'torch.optim.Adagrad(model.parameters(), lr=lr, eps=eps)';
    case 'rmsprop':
      return 'torch.optim.RMSprop(model.parameters(), lr=lr, alpha=alpha, eps=eps)';
    case 'adam':
      return 'torch.optim.Adam(model.parameters(), lr=lr, betas=(beta1, beta2), eps=eps)';
  }
}

function hyperparameters(name: NnOptimizerName): string {
  const s = resolveOptimizerSettings(name, {});
  switch (name) {
    case 'sgd':
      return '';
    case 'momentum':
    case 'nesterov':
      return `momentum = ${py(s.momentum)}\n`;
    case 'adagrad':
      return `eps = ${py(s.eps)}\n`;
    case 'rmsprop':
      return `alpha = ${py(s.alpha)}\neps = ${py(s.eps)}\n`;
    case 'adam':
      return `beta1 = ${py(s.beta1)}\nbeta2 = ${py(s.beta2)}\neps = ${py(s.eps)}\n`;
  }
}

/** The script for a scene. */
export function mlPython(s: MlScene): string {
  const m = s.points.length;
  const batch = Math.max(1, Math.min(m, Math.floor(s.batch) || 1));
  const every = Math.max(1, Math.ceil(s.epochs / 20));
  const softmax = s.spec.output === 'softmax';
  return `"""
The Neural network tab of the math-for-ML playground as Python: the same ${m} training points, inputs,
network ${s.spec.sizes.join(' -> ')} (${s.spec.output} output), initial weights (seed ${s.seed}) and training
settings. The network is trained twice, by hand in NumPy and with PyTorch (pip install torch), and both print
their loss curves: the full training-set objective (mean loss + penalty) after each epoch, as on the page.
"""
import math

import numpy as np

np.seterr(over="ignore", invalid="ignore")  # a diverging run is reported by diverged() below

# ---- The data: the page's training points (x1, x2), in the page's order, and their ${s.spec.output === 'linear' ? 'targets' : 'labels'} ----
points = np.array(${rows(s.points, 3)})
y = np.array(${flat(s.targets, 12)}${softmax ? ', dtype=int' : ', dtype=float'})


def features(p):
    x1, x2 = p[:, 0], p[:, 1]
    return np.column_stack([${s.features.map((f) => FEATURE_PY[f]).join(', ')}])


X = features(points)

# ---- The network: weights [out][in] (PyTorch's nn.Linear layout), from the page's initMlp(seed=${s.seed}) ----
activations = [${s.spec.activations.map((a) => `'${a}'`).join(', ')}]  # one per hidden layer
W0 = [
${s.weights.map((w) => `    [${w.map(list).join(',\n     ')}],`).join('\n')}
]
b0 = [
${s.biases.map((b) => `    ${list(b)},`).join('\n')}
]

# ---- Training ----
lr = ${py(s.lr)}
${hyperparameters(s.optimizer)}batch_size = ${batch}  # of ${m} training points
epochs = ${s.epochs}
l1 = ${py(s.l1)}
l2 = ${py(s.l2)}
horizon = ${Math.max(1, s.horizon)}  # the page's epoch budget (for the cosine schedule)
shuffle = ${s.shuffle ? 'True' : 'False'}  # the page reshuffles every epoch with its own generator; False takes batches in order
seed = ${s.seed}


def learning_rate(epoch):
    ${scheduleLine(s)}


def batches(epoch):
    """The rows of each mini-batch of an epoch; the last batch may be smaller."""
    order = np.random.default_rng([seed, epoch]).permutation(len(X)) if shuffle else np.arange(len(X))
    return [order[i : i + batch_size] for i in range(0, len(X), batch_size)]


def diverged(loss, start, epoch, eta):
    """The page's rule: stop when the loss is not finite or exceeds 10^6 times max(1, its start)."""
    if math.isfinite(loss) and loss <= 1e6 * max(1, abs(start)):
        return False
    print(f"diverged after epoch {epoch}: the loss grew to {loss}; learning rate {eta} is too large")
    return True


def show(name, losses):
    print(f"{name}: loss after each epoch (the first line is before training)")
    for e, loss in enumerate(losses):
        if e % ${every} == 0 or e == len(losses) - 1:
            print(f"{e:8d}  {loss:.15g}")
    print(f"{name}: final loss = {float(losses[-1])!r}")


# ==== NumPy: forward pass, backpropagation and the optimizer by hand ====
${numpyActivations(s.spec.activations)}


${numpyOutputLoss(s.spec.output)}


${numpyUpdate(s.optimizer)}


${NUMPY_TRAIN}


numpy_losses = train_numpy()
show("NumPy", numpy_losses)


# ==== PyTorch: nn.Linear layers with the same weights, torch.optim, autograd ====
${torchPart(s.spec.activations, s.spec.output, torchOptimizer(s.optimizer))}


try:
    import torch
except ImportError:
    torch = None
    print("PyTorch is not installed (pip install torch): only the NumPy run above.")
if torch is not None:
    torch_losses = train_torch(torch)
    show("PyTorch", torch_losses)
    gap = max(abs(a - b) for a, b in zip(numpy_losses, torch_losses))
    print(f"largest difference between the two curves: {gap:.3g}")
`;
}
