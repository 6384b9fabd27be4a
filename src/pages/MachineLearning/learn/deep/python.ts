/**
 * The Code panel's script for the Deep learning tab: the page's image, kernel, embeddings, projections and
 * recurrent network written out, computed with NumPy (loops that mirror the formulas) and, when installed,
 * with PyTorch (torch.nn.functional.conv2d, scaled_dot_product_attention, autograd for the Jacobian); it
 * ends by printing each of the page's readouts beside the script's value.
 */
import { formatExact } from '../../../../core/numberText';
import {
  computeConv,
  computeHead,
  computeRnn,
  embeddingsOf,
  inputSequence,
  RNN_B,
  RNN_H0,
  RNN_U,
  usedTokens,
} from '../../../../stores/ml/deep/compute';
import type { Digits } from '../../../../stores/ml/digits';
import { deepView, type DeepView } from '../../../../stores/ml/deep/view';

/** A number as a Python literal (full precision; infinities as float('inf')). */
export function py(v: number | null): string {
  if (v === null || Number.isNaN(v)) return 'None';
  if (v === Infinity) return "float('inf')";
  if (v === -Infinity) return "-float('inf')";
  const t = formatExact(v);
  return /[.eE]/.test(t) ? t : `${t}.0`;
}
const pyList = (xs: number[]): string => `[${xs.map(py).join(', ')}]`;
/** A long list over several lines, four numbers a line. */
const pyWrapped = (xs: number[]): string => {
  const lines: string[] = [];
  for (let i = 0; i < xs.length; i += 4)
    lines.push(
      `    ${xs
        .slice(i, i + 4)
        .map(py)
        .join(', ')},`,
    );
  return `[\n${lines.join('\n')}\n]`;
};
/** The page's address as comment lines of at most about 100 characters, cut before a `&`. */
function addressComment(address: string): string {
  const lines: string[] = [];
  let line = '#';
  for (const part of address.split(/(?=&)/)) {
    if (line.length + part.length > 100 && line !== '#') {
      lines.push(line);
      line = '#  ';
    }
    line += line === '#' ? ` ${part}` : part;
  }
  lines.push(line);
  return lines.join('\n');
}
const pyMatrix = (M: number[][], indent = '    '): string =>
  M.length <= 3 && M[0].length <= 4
    ? `[${M.map(pyList).join(', ')}]`
    : `[\n${M.map((r) => `${indent}${pyList(r)},`).join('\n')}\n]`;

/** What the page shows for the three readouts the script reproduces. */
export interface DeepPageValues {
  outputValue: number | null;
  attentionScore: number | null;
  attentionWeight: number | null;
  gradientNorm: number | null;
}

/** `digits`: the digits set, needed when the input image is a digit. */
export function deepPageValues(view: DeepView, digits: Digits | null = null): DeepPageValues {
  const conv = computeConv(view, digits);
  const head = computeHead(view, view.head as 1 | 2, embeddingsOf(view));
  const n = usedTokens(view).length;
  const qi = Math.min(view.q, n) - 1;
  const kj = Math.min(view.k, n) - 1;
  const rnn = computeRnn(view);
  return {
    outputValue: conv.cell && !conv.pending ? conv.output[conv.cell.i][conv.cell.j] : null,
    attentionScore: head.scores[qi][kj],
    attentionWeight: head.weights[qi][kj],
    gradientNorm: rnn.norms ? rnn.norms[view.T - 1] : null,
  };
}

export function deepPython(view: DeepView, digits: Digits | null = null): string {
  const conv = computeConv(view, digits);
  const tokens = usedTokens(view);
  const X = embeddingsOf(view);
  const head = computeHead(view, view.head as 1 | 2, X);
  const [WQ, WK, WV] = head.W;
  const n = tokens.length;
  const qi = Math.min(view.q, n) - 1;
  const kj = Math.min(view.k, n) - 1;
  const page = deepPageValues(view, digits);
  const xs = inputSequence(view.input, view.amp, view.T);
  const row = conv.cell ? conv.cell.i : 0;
  const col = conv.cell ? conv.cell.j : 0;
  return `# Deep learning tab of the Math-for-ML Playground, as on the page:
${addressComment(deepView.address(view))}
# NumPy computes every number with the formulas written out; PyTorch (pip install torch), when installed,
# computes the same with torch.nn.functional.conv2d, scaled_dot_product_attention and autograd.
import numpy as np

np.set_printoptions(precision=6, suppress=True, linewidth=120)

# ---------------- Convolution ----------------
${view.img === 'digit' ? `# image ${view.digit} of the digits set (sklearn.datasets.load_digits().images[${view.digit}]), pixels 0-16\n` : ''}image = np.array(${pyMatrix(conv.image)})
kernel = np.array(${pyMatrix(view.kernel)})
stride, padding = ${view.stride}, ${view.padding}


def conv2d(img, k, stride=1, padding=0):
    """Cross-correlation with zero padding: out[i, j] = sum(window * kernel), the kernel NOT flipped."""
    x = np.pad(img, padding)
    kh, kw = k.shape
    oh = (x.shape[0] - kh) // stride + 1
    ow = (x.shape[1] - kw) // stride + 1
    out = np.zeros((max(oh, 0), max(ow, 0)))
    for i in range(out.shape[0]):
        for j in range(out.shape[1]):
            out[i, j] = np.sum(x[i * stride : i * stride + kh, j * stride : j * stride + kw] * k)
    return out


out = conv2d(image, kernel, stride, padding)
n, k = image.shape[0], kernel.shape[0]
print("output size floor((n + 2p - k)/s) + 1 =", (n + 2 * padding - k) // stride + 1, "->", out.shape)
print(out)
row, col = ${row}, ${col}  # the selected output cell, counted from 0
print("output value at row", row + 1, "column", col + 1, "=", repr(float(out[row, col])) if out.size else None)
flipped = conv2d(image, kernel[::-1, ::-1], stride, padding)  # textbook convolution: the kernel flipped
print("largest difference from the flipped-kernel convolution:", np.abs(out - flipped).max() if out.size else 0)
${
  view.relu || view.pool
    ? `stage = np.maximum(out, 0) if ${view.relu ? 'True' : 'False'} else out  # ReLU
${view.relu ? 'print("after ReLU:")\nprint(stage)\n' : ''}${
        view.pool
          ? `h2, w2 = stage.shape[0] // 2, stage.shape[1] // 2  # 2 x 2 max pooling, stride 2 (partial windows dropped)
pooled = stage[: 2 * h2, : 2 * w2].reshape(h2, 2, w2, 2).max(axis=(1, 3))
print("after 2 x 2 max pooling:")
print(pooled)
`
          : ''
      }`
    : ''
}
# ---------------- Attention (head ${view.head}) ----------------
tokens = ${JSON.stringify(tokens)}
X = np.array(${pyMatrix(X)})  # one embedding per token
W_Q = np.array(${pyMatrix(WQ)})
W_K = np.array(${pyMatrix(WK)})
W_V = np.array(${pyMatrix(WV)})
temperature, causal = ${py(view.temp)}, ${view.causal ? 'True' : 'False'}
Q, K, V = X @ W_Q, X @ W_K, X @ W_V
d = Q.shape[1]
n_tok = len(tokens)
mask = np.triu(np.ones((n_tok, n_tok), dtype=bool), 1) if causal else np.zeros((n_tok, n_tok), dtype=bool)
if temperature > 0:
    scores = Q @ K.T / (np.sqrt(d) * temperature)
    scores[mask] = -np.inf
    e = np.exp(scores - scores.max(axis=1, keepdims=True))  # subtract the row maximum: no overflow
    weights = e / e.sum(axis=1, keepdims=True)
else:  # temperature 0 is the limit T -> 0+: all weight on the largest visible score (ties share it)
    scores = np.where(mask, -np.inf, Q @ K.T / np.sqrt(d))
    top = scores == scores.max(axis=1, keepdims=True)
    weights = top / top.sum(axis=1, keepdims=True)
output = weights @ V  # each output row is a weighted average of the rows of V
q, k = ${qi}, ${kj}  # the selected query and key, counted from 0
print("scores:")
print(scores)
print("weights (rows sum to 1):")
print(weights)
print("query", repr(tokens[q]), "key", repr(tokens[k]), ": score", repr(float(scores[q, k])), "weight", repr(float(weights[q, k])))

# ---------------- Recurrent gradients ----------------
W = np.array(${pyMatrix(view.w)}) * ${py(view.wscale)}  # W times the W scale
U = np.array(${pyMatrix(RNN_U)})
b = np.array(${pyList(RNN_B)})
h0 = np.array(${pyList(RNN_H0)})
# the ${view.input} input, x_1 ... x_T
xs = ${pyWrapped(xs)}
T = ${view.T}
h, P, norms = h0, np.eye(2), []
for x in xs:
    h = np.tanh(W @ h + U[:, 0] * x + b)
    P = np.diag(1 - h**2) @ W @ P  # dh_t/dh_0 = diag(1 - h_t^2) W  dh_{t-1}/dh_0
    norms.append(np.linalg.norm(P, 2))  # spectral norm
print("eigenvalues of W:", np.linalg.eigvals(W), " spectral radius:", max(abs(np.linalg.eigvals(W))))
print("||dh_T/dh_0|| for T = 1 ...", T, ":")
print(np.array(norms))
grad = norms[T - 1]
print("gradient norm at T =", T, ":", repr(float(grad)))
${view.clip ? `print("after clipping by norm at ${py(view.thr)}:", min(grad, ${py(view.thr)}))\n` : ''}
# ---------------- PyTorch, when installed ----------------
try:
    import torch
    import torch.nn.functional as F
except ImportError:
    torch = None
    print("PyTorch is not installed (pip install torch): the NumPy results above are the script's.")

if torch is not None:
    t64 = lambda a: torch.tensor(np.asarray(a), dtype=torch.float64)
    out_t = F.conv2d(t64(image)[None, None], t64(kernel)[None, None], stride=stride, padding=padding)[0, 0]
    print("torch conv2d: largest difference from NumPy", (out_t - t64(out)).abs().max().item() if out.size else 0)
    if temperature > 0:
        scale = 1 / (np.sqrt(d) * temperature)
        try:  # torch 2.1 or later: the fused kernel, with its own scale
            out_att = F.scaled_dot_product_attention(
                t64(Q)[None], t64(K)[None], t64(V)[None], is_causal=causal, scale=scale
            )[0]
        except (AttributeError, TypeError):  # older torch: the same formula in torch operations
            s_t = t64(Q) @ t64(K).T * scale
            if causal:
                s_t = s_t.masked_fill(torch.ones_like(s_t, dtype=torch.bool).triu(1), float("-inf"))
            out_att = torch.softmax(s_t, dim=-1) @ t64(V)
        print("torch attention output: largest difference from NumPy", (out_att - t64(output)).abs().max().item())

    def run(h_start):
        h_t = h_start
        for x in xs:
            h_t = torch.tanh(t64(W) @ h_t + t64(U[:, 0]) * x + t64(b))
        return h_t

    J = torch.autograd.functional.jacobian(run, t64(h0))
    print("torch autograd ||dh_T/dh_0|| =", torch.linalg.matrix_norm(J, ord=2).item())

# ---------------- The page's readouts beside the script's ----------------
page = {
    "output value": ${py(page.outputValue)},
    "attention score": ${py(page.attentionScore)},
    "attention weight": ${py(page.attentionWeight)},
    "gradient norm": ${py(page.gradientNorm)},
}
mine = {
    "output value": float(out[row, col]) if out.size else None,
    "attention score": float(scores[q, k]),
    "attention weight": float(weights[q, k]),
    "gradient norm": float(grad),
}
for name, value in page.items():
    if value is None or mine[name] is None:
        print(f"{name}: not shown on the page")
    elif value == mine[name]:
        print(f"{name}: {mine[name]!r}, the page shows {value!r} (difference 0)")
    else:
        print(f"{name}: {mine[name]!r}, the page shows {value!r} (difference {abs(mine[name] - value):.3g})")
`;
}
