import { useMemo } from 'react';
import { computeConv, computeRnn, usedTokens } from '../../../../stores/ml/deep/compute';
import { useDeepStore } from '../../../../stores/ml/deep/store';
import { TheorySection } from '../../../../ui/learn/TheorySection';
import { formatNumber } from '../../../../ui/Readout';
import { texNumber } from '../../deep/tex';

const fmt = (v: number | null | undefined, digits = 4) =>
  v === null || v === undefined ? '?' : formatNumber(v, digits);

/**
 * The Deep learning theory notes, each with the tab's current numbers: convolution and its output size,
 * ReLU and pooling, attention, the √d scaling, and the recurrent Jacobian product.
 */
export function DeepTheory() {
  const view = useDeepStore((s) => s.view);
  const conv = useMemo(() => computeConv(view), [view]);
  const rnn = useMemo(() => computeRnn(view), [view]);
  const n = usedTokens(view).length;
  const { stride: s, padding: p } = view;
  const k = view.kernel.length;
  const d = view.dim;
  const T = view.T;
  const g = rnn.norms?.[T - 1] ?? null;
  return (
    <div className="learn-theory-list">
      <p className="fine">
        Formulas use the tab&apos;s numbers: a {conv.n} × {conv.n} image and a {k} × {k} kernel with stride{' '}
        {s} and padding {p}; {n} tokens in dimension {d} at temperature {fmt(view.temp)}; a 2-unit network
        with ρ(W) = {fmt(rnn.radius)} over T = {T} steps.
      </p>
      <TheorySection
        title="Convolution is cross-correlation"
        open
        tex={`y_{ij} = \\sum_{a=1}^{${k}}\\sum_{b=1}^{${k}} x^{\\text{pad}}_{(i-1)\\cdot ${s}+a,\\,(j-1)\\cdot ${s}+b}\\,K_{ab},\\qquad \\text{size} = \\left\\lfloor\\tfrac{${conv.n} + 2\\cdot${p} - ${k}}{${s}}\\right\\rfloor + 1 = ${conv.outH}`}
        ml={`A convolutional layer holds C_out kernels of size k × k × C_in and applies each at every position: ${k}·${k} = ${k * k} weights here serve all ${conv.outH * conv.outW} output cells (weight sharing), where a dense layer from ${conv.n * conv.n} inputs to ${conv.outH * conv.outW} outputs would need ${conv.n * conv.n * conv.outH * conv.outW}. The first layers of a trained CNN learn kernels that look like Sobel and Gabor filters; deeper layers combine their feature maps into parts and objects.`}
      >
        The kernel slides over the zero-padded image in steps of the stride; each output cell is the sum of
        the window times the kernel, entry by entry. Libraries do not flip the kernel (textbook convolution
        does), which changes nothing for a learned kernel: the network learns the flipped one if it needs it.
      </TheorySection>
      <TheorySection
        title="ReLU and max pooling"
        tex={
          '\\operatorname{ReLU}(y) = \\max(0, y),\\qquad z_{ij} = \\max_{a,b\\in\\{0,1\\}} y_{2i+a,\\,2j+b}'
        }
        ml="Conv → ReLU → pool is the block of LeNet, AlexNet and VGG. Pooling halves each side, so later kernels see a larger part of the image (their receptive field grows), and small shifts of the input barely change the result. Its gradient flows only to the maximum of each window."
      >
        ReLU keeps the positive responses of a feature map (where the pattern was found) and zeroes the rest;
        2 × 2 max pooling with stride 2 keeps the strongest response of each block and drops a last odd row or
        column.
      </TheorySection>
      <TheorySection
        title="Scaled dot-product attention"
        tex={`Q = XW_Q,\\; K = XW_K,\\; V = XW_V,\\qquad \\operatorname{Attention} = \\operatorname{softmax}\\!\\Big(\\frac{QK^\\top}{\\sqrt{${d}}\\cdot ${fmt(view.temp)}}${view.causal ? ' + M' : ''}\\Big)V`}
        ml="Every layer of a transformer (GPT, BERT, ViT) is attention followed by a small MLP. Each of h heads has its own W_Q, W_K, W_V and so looks for its own relation between tokens; their outputs are concatenated. The causal mask (M = −∞ above the diagonal) is what lets a language model train on every position of a text at once without seeing the future."
      >
        Query i compares itself with every key by a dot product; the softmax of row i turns the {n} scores
        into weights that sum to 1, and output i is the weighted average of the value rows. The temperature
        divides the scores: small T sharpens each row toward one-hot (T → 0 is the argmax), large T flattens
        it toward uniform.
      </TheorySection>
      <TheorySection
        title="Why divide by √d"
        tex={`q, k \\sim \\mathcal N(0, I_{${view.d}}) \\;\\Rightarrow\\; \\operatorname{Var}(q\\cdot k) = ${view.d},\\quad \\operatorname{sd}(q\\cdot k/\\sqrt{${view.d}}) = 1`}
        ml="With d = 64 per head (the original Transformer) unscaled scores have spread 8: the softmax is nearly one-hot from the first step, its gradient almost 0, and training stalls. Dividing by √d keeps the scores near unit variance whatever the head size."
      >
        A dot product of two random d-dimensional vectors is a sum of d independent terms, so its standard
        deviation grows like √d. Scores that far apart make the softmax saturate.
      </TheorySection>
      <TheorySection
        title="Vanishing and exploding gradients"
        tex={`\\frac{\\partial h_T}{\\partial h_0} = \\prod_{t=T}^{1}\\operatorname{diag}(1-h_t^2)\\,W,\\qquad \\Big\\|\\frac{\\partial h_{${T}}}{\\partial h_0}\\Big\\|_2 = ${g === null ? '?' : texNumber(g)} \\le \\|W\\|_2^{${T}} = ${rnn.norm === null ? '?' : texNumber(rnn.norm ** T)}`}
        ml="Backpropagation through time multiplies one Jacobian per step, so a recurrent network learns little from inputs more than a few dozen steps back. LSTMs and GRUs fix this with an additive cell state whose Jacobian is a gate near 1 (a path along which the gradient neither shrinks nor grows); transformers avoid the long product altogether, since attention connects every pair of positions in one step. Exploding gradients are tamed by clipping the gradient's norm."
      >
        Each step multiplies the gradient by W and by the tanh slopes 1 − h² ≤ 1. With ρ(W) ={' '}
        {fmt(rnn.radius)} the product{' '}
        {rnn.radius !== null && rnn.radius < 1
          ? 'shrinks geometrically (vanishes)'
          : 'would grow in the linear regime, until tanh saturates and the slopes shrink it back'}
        : at T = {T} its norm is {fmt(g)}.
      </TheorySection>
    </div>
  );
}
