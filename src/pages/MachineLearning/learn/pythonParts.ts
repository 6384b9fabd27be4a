/**
 * The fixed parts of the Code panel's script (see python.ts): the network in NumPy with backpropagation by
 * hand, and the same network in PyTorch. Each part writes only the rules of the scene's activations, output
 * and optimizer, so the script stays short enough to read.
 */
import type { NnFeature, NnOptimizerName, OutputKind } from '../../../core';

/** The Python expression of each input feature, of columns x1 and x2. */
export const FEATURE_PY: Record<NnFeature, string> = {
  x1: 'x1',
  x2: 'x2',
  x1sq: 'x1 ** 2',
  x2sq: 'x2 ** 2',
  x1x2: 'x1 * x2',
  sinx1: 'np.sin(x1)',
  sinx2: 'np.sin(x2)',
};

/** f(z) and f'(z) given z and a = f(z), as PyTorch defines them (ReLU'(0) = 0). */
const ACT_PY: Record<string, { f: string; slope: string }> = {
  relu: { f: 'np.where(z > 0, z, 0.0)', slope: '(z > 0) * 1.0' },
  tanh: { f: 'np.tanh(z)', slope: '1 - a * a' },
  sigmoid: { f: '0.5 * (1 + np.tanh(z / 2))', slope: 'a * (1 - a)' },
  linear: { f: 'z', slope: 'np.ones_like(z)' },
  gelu: {
    f: '0.5 * z * (1 + erf(z / math.sqrt(2)))',
    slope: '0.5 * (1 + erf(z / math.sqrt(2))) + z * np.exp(-z * z / 2) / math.sqrt(2 * math.pi)',
  },
  'leaky-relu': { f: 'np.where(z > 0, z, 0.01 * z)', slope: 'np.where(z > 0, 1.0, 0.01)' },
};

const TORCH_ACT: Record<string, string> = {
  relu: 'torch.nn.ReLU()',
  tanh: 'torch.nn.Tanh()',
  sigmoid: 'torch.nn.Sigmoid()',
  linear: 'torch.nn.Identity()',
  gelu: 'torch.nn.GELU()',
  'leaky-relu': 'torch.nn.LeakyReLU(0.01)',
};

/** The activation functions the network uses, as NumPy. */
export function numpyActivations(used: readonly string[]): string {
  const names = [...new Set(used)].filter((a) => a in ACT_PY);
  const lines: string[] = [];
  if (names.includes('gelu')) lines.push('erf = np.vectorize(math.erf)  # GELU is exact, with erf', '');
  lines.push('def activate(name, z):');
  for (const n of names) lines.push(`    if name == '${n}':`, `        return ${ACT_PY[n].f}`);
  lines.push(
    '    raise ValueError(name)',
    '',
    '',
    'def slope(name, z, a):',
    '    """f\'(z), given z and a = f(z)."""',
  );
  for (const n of names) lines.push(`    if name == '${n}':`, `        return ${ACT_PY[n].slope}`);
  lines.push('    raise ValueError(name)');
  return lines.join('\n');
}

/** The mean data loss of output scores z (n × K) against targets y, and dLoss/dz. */
export function numpyOutputLoss(output: OutputKind): string {
  const body: Record<OutputKind, string> = {
    sigmoid: `    # Binary cross-entropy in its logit form, exact where sigmoid(z) rounds to 0 or 1
    s = z[:, 0]
    loss = np.mean(np.maximum(s, 0) - s * y + np.log1p(np.exp(-np.abs(s))))
    p = 0.5 * (1 + np.tanh(s / 2))
    return loss, ((p - y) / len(y))[:, None]`,
    softmax: `    # Softmax cross-entropy, y holding class indices
    top = z.max(axis=1, keepdims=True)
    lse = top + np.log(np.exp(z - top).sum(axis=1, keepdims=True))
    rows = np.arange(len(y))
    loss = np.mean(lse[:, 0] - z[rows, y])
    p = np.exp(z - lse)
    p[rows, y] -= 1
    return loss, p / len(y)`,
    linear: `    # Mean squared error over all n * K outputs
    diff = z - y.reshape(z.shape)
    return np.mean(diff ** 2), 2 * diff / diff.size`,
  };
  return `def data_loss(z, y):\n    """Mean loss of output scores z (n x K) and its gradient with respect to z."""\n${body[output]}`;
}

/** One optimizer step on parameter p with gradient g (state s1, s2; t counts steps from 1). */
export function numpyUpdate(name: NnOptimizerName): string {
  const body: Record<NnOptimizerName, string> = {
    sgd: '    p -= eta * g',
    momentum: '    s1[:] = g if t == 1 else momentum * s1 + g\n    p -= eta * s1',
    nesterov: '    s1[:] = g if t == 1 else momentum * s1 + g\n    p -= eta * (g + momentum * s1)',
    adagrad: '    s1 += g * g\n    p -= eta * g / (np.sqrt(s1) + eps)',
    rmsprop: '    s1[:] = alpha * s1 + (1 - alpha) * g * g\n    p -= eta * g / (np.sqrt(s1) + eps)',
    adam: `    s1[:] = beta1 * s1 + (1 - beta1) * g
    s2[:] = beta2 * s2 + (1 - beta2) * g * g
    p -= (eta / (1 - beta1 ** t)) * s1 / (np.sqrt(s2) / math.sqrt(1 - beta2 ** t) + eps)`,
  };
  return `def update(p, g, s1, s2, t, eta):\n    """torch.optim's ${name} rule, in place."""\n${body[name]}`;
}

export const NUMPY_TRAIN = `def forward_backward(W, b, X, y):
    """Objective (mean loss + penalty) on rows X, y and its gradient: the chain rule, layer by layer."""
    a, zs = [X], []
    for l in range(len(W)):
        z = a[-1] @ W[l].T + b[l]
        zs.append(z)
        a.append(activate(activations[l], z) if l < len(W) - 1 else z)
    loss, d = data_loss(zs[-1], y)
    gW, gb = [None] * len(W), [None] * len(W)
    for l in reversed(range(len(W))):
        gW[l] = d.T @ a[l] + l1 * np.sign(W[l]) + l2 * W[l]
        gb[l] = d.sum(axis=0)
        if l > 0:
            d = (d @ W[l]) * slope(activations[l - 1], zs[l - 1], a[l])
    return loss + penalty(W), gW, gb


def penalty(W):
    return sum(l1 * np.abs(w).sum() + l2 / 2 * (w * w).sum() for w in W)


def train_numpy():
    W = [np.array(w, dtype=float) for w in W0]
    b = [np.array(v, dtype=float) for v in b0]
    params = W + b
    s1 = [np.zeros_like(p) for p in params]
    s2 = [np.zeros_like(p) for p in params]
    t = 0
    losses = [forward_backward(W, b, X, y)[0]]
    for epoch in range(epochs):
        eta = learning_rate(epoch)
        for rows in batches(epoch):
            _, gW, gb = forward_backward(W, b, X[rows], y[rows])
            t += 1
            for p, g, u, v in zip(params, gW + gb, s1, s2):
                update(p, g, u, v, t, eta)
        loss = forward_backward(W, b, X, y)[0]
        if diverged(loss, losses[0], epoch + 1, eta):
            break
        losses.append(loss)
    return losses`;

/** The PyTorch part: nn.Linear layers loaded with the same weights, torch.optim, the penalty in the loss. */
export function torchPart(activations: readonly string[], output: OutputKind, optimizer: string): string {
  const lossFn: Record<OutputKind, string> = {
    sigmoid: 'torch.nn.functional.binary_cross_entropy_with_logits(z[:, 0], target)',
    softmax: 'torch.nn.functional.cross_entropy(z, target)',
    linear: 'torch.nn.functional.mse_loss(z, target.reshape(z.shape))',
  };
  const acts = activations.map((a) => TORCH_ACT[a] ?? 'torch.nn.Identity()');
  return `def train_torch(torch):
    torch.set_default_dtype(torch.float64)
    hidden = [${acts.join(', ')}]
    modules = []
    for l in range(len(W0)):
        linear = torch.nn.Linear(len(W0[l][0]), len(W0[l]))
        with torch.no_grad():
            linear.weight.copy_(torch.tensor(W0[l]))
            linear.bias.copy_(torch.tensor(b0[l]))
        modules.append(linear)
        if l < len(hidden):
            modules.append(hidden[l])
    model = torch.nn.Sequential(*modules)
    weights = [m.weight for m in modules if isinstance(m, torch.nn.Linear)]
    inputs = torch.tensor(X, dtype=torch.float64)
    targets = torch.tensor(y, dtype=${output === 'softmax' ? 'torch.long' : 'torch.float64'})

    def objective(rows):
        z, target = model(inputs[rows]), targets[rows]
        data = ${lossFn[output]}
        return data + sum(l1 * w.abs().sum() + l2 / 2 * (w * w).sum() for w in weights)

    opt = ${optimizer}
    everything = torch.arange(len(X))
    with torch.no_grad():
        losses = [objective(everything).item()]
    for epoch in range(epochs):
        for group in opt.param_groups:
            group['lr'] = learning_rate(epoch)
        for rows in batches(epoch):
            opt.zero_grad()
            objective(torch.as_tensor(rows)).backward()
            opt.step()
        with torch.no_grad():
            loss = objective(everything).item()
        if diverged(loss, losses[0], epoch + 1, learning_rate(epoch)):
            break
        losses.append(loss)
    return losses`;
}
