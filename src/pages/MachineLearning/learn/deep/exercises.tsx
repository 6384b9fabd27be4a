/**
 * The Deep learning tab's exercises: predictions committed before the page shows the answer (output size,
 * the vertical-edge kernel, the one-hot temperature, a causal weight, the √d saturation) and a live task on
 * the recurrent network (a W scale whose gradient at T = 30 is below 10⁻³).
 */
import { writeQuery } from '../../../../app/router';
import { conv2dOutputSize } from '../../../../core';
import { computeHead, computeRnn, embeddingsOf } from '../../../../stores/ml/deep/compute';
import { useDeepStore } from '../../../../stores/ml/deep/store';
import { deepView, type DeepView } from '../../../../stores/ml/deep/view';
import type { Exercise, Verdict } from '../../../../ui/learn/types';
import { givens } from '../../../../ui/learn/variants';
import { formatNumber } from '../../../../ui/Readout';
import { Tex } from '../../../../ui/Tex';

/** Sets the tab to its defaults with `patch` (store first, then the address). */
export function showDeep(patch: Partial<DeepView>): void {
  const view = { ...deepView.defaults, ...patch };
  useDeepStore.getState().loadView(view, []);
  writeQuery('/machine-learning', deepView.encode(view), 'push');
}

/** The checkerboard's side: the image the output-size question is asked on. */
const SIZE_N = 16;
const boxBlur = (k: number) => Array.from({ length: k }, () => Array<number>(k).fill(1 / (k * k)));

/** "Predict the output size" for a k × k kernel with `stride` and zero `padding` on the 16 × 16 checkerboard. */
function outputSizeOf(k: 3 | 5, stride: number, padding: number, withVariants: boolean): Exercise {
  const n = SIZE_N;
  const answer = conv2dOutputSize(n, k, stride, padding);
  const scene: Partial<DeepView> = { img: 'checker', ks: k, kernel: boxBlur(k), stride, padding };
  const fits = Array.from({ length: answer }, (_, i) => 1 + i * stride);
  const show = () => showDeep(scene);
  const exercise: Exercise = {
    id: 'deep-output-size',
    title: 'Predict the output size',
    prompt: (
      <p>
        A {n} × {n} image, a {k} × {k} kernel, stride {stride} and zero padding {padding}. How many rows does
        the convolution&apos;s output have?
      </p>
    ),
    answer: {
      kind: 'number',
      label: 'output rows',
      key: { expected: () => [answer], abs: 0.5, traps: () => [[n], [n - k + 1]] },
      check: (v) => ({
        ok: v === answer,
        why: `⌊(${n} + 2·${padding} − ${k})/${stride}⌋ + 1 = ⌊${n + 2 * padding - k}/${stride}⌋ + 1 = ${answer}: the padded image has ${n + 2 * padding} rows, the kernel fits at rows ${fits.join(', ')}.`,
      }),
    },
    hint: 'Pad first (n + 2p rows), then count the positions where the kernel fits, stepping by the stride.',
    solution: (
      <>
        <Tex
          tex={`\\left\\lfloor \\frac{n + 2p - k}{s} \\right\\rfloor + 1 = \\left\\lfloor \\frac{${n} + ${2 * padding} - ${k}}{${stride}} \\right\\rfloor + 1 = ${answer}`}
        />
        . The page shows it with the checkerboard and a {k} × {k} box blur: output height {answer}.
      </>
    ),
    applySolution: show,
    reveal: show,
  };
  if (!withVariants) return { ...exercise, setUp: show };
  return {
    ...exercise,
    // New numbers: another kernel size, stride and padding; the tab is set to them (the figure shows them).
    variant(seed) {
      const g = givens(seed, 'deep-output-size');
      for (;;) {
        const kk = g.pick([3, 5] as const);
        const st = g.int(1, 3);
        const pad = g.int(0, 2);
        const rows = conv2dOutputSize(n, kk, st, pad);
        // The natural wrong guesses (the image's size, the unpadded stride-1 size) stay wrong.
        if (rows !== n && rows !== n - kk + 1) return outputSizeOf(kk, st, pad, false);
      }
    },
  };
}

const outputSize = outputSizeOf(5, 3, 2, true);

const EDGE_OPTIONS = ['box blur', 'Sobel x', 'Sobel y', 'sharpen'] as const;
const verticalEdges: Exercise = {
  id: 'deep-vertical-edges',
  title: 'Which kernel finds vertical edges?',
  prompt: (
    <p>
      The gradients image has a left half that brightens from left to right. Which preset gives large outputs
      along vertical edges (where the image changes from left to right) and 0 on flat areas?
    </p>
  ),
  answer: {
    kind: 'choice',
    options: EDGE_OPTIONS,
    check: (i) => ({
      ok: i === 1,
      why: 'Sobel x = [−1 0 1; −2 0 2; −1 0 1] subtracts the left column from the right one: it is 0 on a flat area and large where the image grows from left to right, i.e. across a vertical edge. Sobel y does the same from top to bottom (horizontal edges); the blurs average and the sharpen kernel sums to 1, so neither is 0 on a flat area.',
    }),
  },
  hint: 'Which kernel’s entries sum to 0 and differ between its left and right columns?',
  solution: (
    <>
      Sobel x. Choose the gradients image with the Sobel x preset: the output is positive on the left half (a
      steady left-to-right ramp) and 0 on the right half, whose ramp runs top to bottom.
    </>
  ),
  applySolution: () => showDeep({ img: 'gradient' }),
  reveal: () => showDeep({ img: 'gradient' }),
};

const TEMP_OPTIONS = ['T = 1', 'T = √d', 'T → ∞', 'T → 0 (temperature 0 on the page)'] as const;
const oneHot: Exercise = {
  id: 'deep-one-hot-temperature',
  title: 'What temperature makes attention one-hot?',
  prompt: (
    <p>
      The weights are softmax(QKᵀ/(√d·T)). For which temperature does every row put all its weight on one key?
    </p>
  ),
  answer: {
    kind: 'choice',
    options: TEMP_OPTIONS,
    check: (i) => ({
      ok: i === 3,
      why: 'dividing by a small T stretches the gaps between the scores, and e^{gap/T} makes the largest one win: as T → 0 the softmax becomes the argmax (one-hot, ties shared). T → ∞ is the opposite: every weight tends to 1/n.',
    }),
  },
  hint: 'Compare e^{2/T} with e^{1/T} as T shrinks and as it grows.',
  solution: (
    <>
      T → 0. Set the temperature to 0: the page takes it as that limit and each row of weights is one-hot; at
      temperature 3 the rows are nearly uniform.
    </>
  ),
  applySolution: () => showDeep({ temp: 0 }),
  reveal: () => showDeep({ temp: 0 }),
};

const causalFirst: Exercise = {
  id: 'deep-causal-first',
  title: 'The first token under the causal mask',
  prompt: (
    <p>
      With the causal mask on, what is the attention weight of query 1 on key 1, whatever the embeddings and
      W?
    </p>
  ),
  answer: {
    kind: 'number',
    label: 'weight',
    key: { expected: () => [1], abs: 1e-9, traps: () => [[0], [1 / 3]] },
    check: (v) => ({
      ok: Math.abs(v - 1) < 1e-9,
      why: 'query 1 may look only at keys j ≤ 1, so its row has a single visible score, and the softmax of one number is 1: the first output is exactly v₁.',
    }),
  },
  hint: 'Which keys can the first token see?',
  solution: <>1: the softmax over a single visible score. Output 1 is v₁.</>,
  applySolution: () => showDeep({ causal: true, q: 1, k: 1 }),
  reveal: () => showDeep({ causal: true, q: 1, k: 1 }),
};

/** The words of the instances' sentences (the first n are the tokens). */
const CAUSAL_WORDS = ['the', 'cat', 'sat', 'on', 'the', 'warm', 'red', 'mat'];
/** The one embedding every token gets in an instance: all scores of a row are then equal. */
const SAME_EMB = [0.5, -0.3];

/**
 * The causal-mask question with New numbers: n tokens whose embeddings are all equal, query i, key j ≤ i.
 * Every visible score of row i is the same, so each of the i visible keys gets 1/i. The answer is the tab's
 * own weight for that scene. No setUp: the tab shows the selected cell's weight.
 */
function causalEqualOf(n: number, i: number, j: number): Exercise {
  const scene: Partial<DeepView> = {
    tokens: CAUSAL_WORDS.slice(0, n).join(' '),
    dim: 2,
    emb: Array.from({ length: n }, () => SAME_EMB).flat(),
    causal: true,
    temp: 1,
    q: i,
    k: j,
  };
  const weight = () => {
    const view = { ...deepView.defaults, ...scene };
    return computeHead(view, 1, embeddingsOf(view)).weights[i - 1][j - 1];
  };
  const near = (v: number) => Math.abs(v - weight()) <= 0.01 * weight();
  const show = () => showDeep(scene);
  return {
    ...causalFirst,
    title: `Query ${i} under the causal mask`,
    prompt: (
      <p>
        {n} tokens whose embeddings are all the same vector, and the causal mask on. What is the attention
        weight of query {i} on key {j}, whatever W?
      </p>
    ),
    answer: {
      kind: 'number',
      label: 'weight',
      // 1/n: the weight without the mask; 1: only the first query sees a single key.
      key: { expected: () => [weight()], rel: 0.01, traps: () => [[1 / n], [1], [0]] },
      check: (v) => ({
        ok: near(v),
        why: `query ${i} may look at keys 1 … ${i} only, and equal embeddings give equal scores, so the softmax shares the weight equally: 1/${i} = ${formatNumber(weight(), 4)} on each, 0 on keys after ${i}.`,
      }),
    },
    hint: 'Which keys can query i see? If their scores are all equal, how does the softmax share the weight?',
    solution: (
      <>
        1/{i}: query {i} sees keys 1 … {i}, every score qᵢ·kⱼ/√d is the same, and the softmax of {i} equal
        numbers is 1/{i} each. Without the mask it would be 1/{n}.
      </>
    ),
    applySolution: show,
    reveal: show,
  };
}

const causalWithNumbers: Exercise = {
  ...causalFirst,
  // New numbers: n tokens with equal embeddings, a seeded query i ≥ 2 and key j ≤ i (the mask still matters: i < n).
  variant(seed) {
    const g = givens(seed, 'deep-causal-first');
    const n = g.int(4, 8);
    const i = g.int(2, n - 1);
    return causalEqualOf(n, i, g.int(1, i));
  },
};

export const VANISH_T = 30;
export const VANISH_BOUND = 1e-3;
function checkVanish(): Verdict {
  const view = useDeepStore.getState().view;
  if (view.T !== VANISH_T) return { ok: false, why: `Set steps T to ${VANISH_T} first.` };
  const problems = Object.values(deepView.problems(view));
  if (problems.length > 0) return { ok: false, why: `Fix the highlighted field first: ${problems[0]}.` };
  const r = computeRnn(view);
  const g = r.norms?.[VANISH_T - 1];
  if (g === undefined) return { ok: false, why: `${r.problem ?? 'no gradient'}.` };
  const what = `with ρ(W) = ${formatNumber(r.radius ?? NaN, 4)} the gradient norm at T = ${VANISH_T} is ${formatNumber(g, 4)}`;
  return g < VANISH_BOUND
    ? {
        ok: true,
        why: `${what}, below 10⁻³ (and at most ‖W‖₂³⁰ = ${formatNumber((r.norm ?? NaN) ** VANISH_T, 3)}, since every tanh slope 1 − h² is at most 1).`,
      }
    : { ok: false, why: `${what}; lower the W scale.` };
}

const vanish: Exercise = {
  id: 'deep-vanishing-rho',
  title: 'Make the gradient vanish by T = 30',
  prompt: (
    <p>
      Keep W a rotation (the default) and steps T = {VANISH_T}. Which ρ(W) makes ‖∂h₃₀/∂h₀‖ smaller than 10⁻³?
      Set the W scale to it.
    </p>
  ),
  answer: { kind: 'live', check: checkVanish },
  hint: 'The rotation has ρ = ‖W‖ = the W scale, and ‖∂h_T/∂h_0‖ ≤ ρ^T. Solve ρ^30 = 10⁻³.',
  solution: (
    <>
      <Tex tex="\rho^{30} < 10^{-3} \iff \rho < 10^{-0.1} \approx 0.794" /> guarantees it, since the norm is
      at most ρ³⁰ here. The tanh slopes 1 − h² are a little below 1, so the page&apos;s norm is smaller still:
      W scale 0.8 gives 7.9·10⁻⁴ and 0.81 gives 1.1·10⁻³; W scale 0.75 gives 1.2·10⁻⁴.
    </>
  ),
  applySolution: () => showDeep({ T: VANISH_T, wscale: 0.75 }),
};

const SAT_OPTIONS = [
  'About uniform: each weight near 1/8',
  'Nearly one-hot: one weight near 1',
  'Exactly the same as with the scaling',
] as const;
const saturation: Exercise = {
  id: 'deep-sqrt-d',
  title: 'Softmax without √d at d = 512',
  prompt: (
    <p>
      One query and 8 keys with random standard normal entries in dimension 512. Without dividing by √d, what
      do the 8 softmax weights look like?
    </p>
  ),
  answer: {
    kind: 'choice',
    options: SAT_OPTIONS,
    check: (i) => ({
      ok: i === 1,
      why: 'each score q·k has standard deviation √512 ≈ 22.6, so the largest score is typically tens of units above the next, and e^{20} ≈ 5·10⁸: the softmax is one-hot. Divided by √512 the scores have spread 1 and the weights stay spread out.',
    }),
  },
  hint: 'How large is the spread of a sum of 512 independent products of standard normals?',
  solution: <>Nearly one-hot. The demonstration under Attention shows it: set dimension d to 512.</>,
  applySolution: () => showDeep({ d: 512 }),
  reveal: () => showDeep({ d: 512 }),
};

export const DEEP_EXERCISES: readonly Exercise[] = [
  outputSize,
  verticalEdges,
  oneHot,
  causalWithNumbers,
  vanish,
  saturation,
];
