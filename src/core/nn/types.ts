/** The network's shapes and parameters (issue 13's core contract). */

/**
 * A hidden layer's activation f, applied per unit to its pre-activation z:
 * relu max(0, z); tanh; sigmoid 1/(1 + e^−z); linear z; gelu z·Φ(z) (exact, with erf);
 * leaky-relu z for z > 0, else 0.01·z. Other strings are refused by mlpSpecProblem.
 */
export type Activation = 'relu' | 'tanh' | 'sigmoid' | 'linear' | 'gelu' | 'leaky-relu' | (string & {});

/**
 * The output function and, with it, the loss: linear + mean squared error, sigmoid + binary
 * cross-entropy, softmax + cross-entropy over class indices.
 */
export type OutputKind = 'linear' | 'sigmoid' | 'softmax';

/** sizes = [inputs, hidden..., outputs]; activations has one entry per hidden layer. */
export interface MlpSpec {
  sizes: number[];
  activations: Activation[];
  output: OutputKind;
}

/**
 * One affine layer z = W a + b. weights is row-major [out][in] (PyTorch nn.Linear):
 * weights[j * fanIn + i] joins input i to unit j.
 */
export interface MlpLayer {
  weights: Float64Array;
  biases: Float64Array;
}

export interface Mlp {
  spec: MlpSpec;
  layers: MlpLayer[];
}

/** L1 and L2 rates: the objective adds l1·Σ|w| + (l2/2)·Σw² over weights, never biases. */
export interface Regularization {
  l1?: number;
  l2?: number;
}

/** The torch.optim update rules available to the network ('sgd' is the calculus page's 'gd'). */
export type NnOptimizerName = 'sgd' | 'momentum' | 'nesterov' | 'adagrad' | 'rmsprop' | 'adam';

export const NN_OPTIMIZER_NAMES: readonly NnOptimizerName[] = [
  'sgd',
  'momentum',
  'nesterov',
  'adagrad',
  'rmsprop',
  'adam',
];
