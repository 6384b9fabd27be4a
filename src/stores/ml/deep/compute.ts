/**
 * What the Deep learning tab draws, computed from its view on the main thread by the core (each well under
 * a millisecond): the convolution with its stages, two attention heads, the √d demonstration and the
 * recurrent network's states and gradient norms. Bad input comes back as words, never as NaN.
 */
import {
  attentionFromEmbeddings,
  clipByNorm,
  conv2d,
  conv2dOutputSize,
  convolve2d,
  createRng,
  eigenvalues,
  KERNEL_PRESET_NAMES,
  kernelPreset,
  maxPool2d,
  relu2d,
  rnnGradientNorms,
  rnnStates,
  spectralNorm,
  spectralRadius,
  type KernelPresetName,
} from '../../../core';
import { linalgView } from '../../linalg/view';
import { DIGITS_MAX, DIGITS_SIDE, digitPixels, type Digits } from '../digits';
import { checkerboard, circles, gradients, paintImage } from './images';
import { MAX_TOKENS, tokensOf, type DeepView } from './view';

// ---------------- Convolution ----------------

/**
 * The input image; a digit needs the digits set (loaded by the store): without it, null. Digits keep the set's
 * pixel values 0–16 (integers, easy to multiply by hand); the other images are 0 … 1.
 */
export function imageOf(view: DeepView, digits: Digits | null = null): number[][] | null {
  switch (view.img) {
    case 'digit':
      return digits ? digitPixels(digits, Math.max(0, Math.min(digits.n - 1, view.digit))) : null;
    case 'checker':
      return checkerboard();
    case 'gradient':
      return gradients();
    case 'circles':
      return circles();
    case 'paint':
      return paintImage(view.paint);
  }
}

/** The preset the kernel equals, or null (a kernel of the student's own). */
export function presetOf(kernel: number[][]): KernelPresetName | null {
  const size = kernel.length;
  if (size !== 3 && size !== 5) return null;
  return (
    KERNEL_PRESET_NAMES.find((name) => {
      const p = kernelPreset(name, size);
      return p.every((row, i) => row.every((x, j) => Math.abs(x - kernel[i][j]) < 1e-12));
    }) ?? null
  );
}

export interface ConvResult {
  image: number[][];
  /** The value of full ink (16 for a digit, 1 otherwise). */
  inkMax: number;
  /** The digit needs the digits set, not loaded yet: the numbers below are of a blank image, not to be shown. */
  pending: boolean;
  /** The padded image (zeros around). */
  padded: number[][];
  n: number;
  k: number;
  outH: number;
  outW: number;
  /** Cross-correlation output (what deep learning calls convolution). */
  output: number[][];
  /** The textbook convolution (kernel flipped) and the largest difference from the output. */
  flipped: number[][];
  flipDifference: number;
  symmetric: boolean;
  relu: number[][] | null;
  pooled: number[][] | null;
  /** The selected cell, clamped into the output (0-based), and what was clamped, in words. */
  cell: { i: number; j: number; note: string | null } | null;
  /** Why there is no output (empty), or null. */
  empty: string | null;
}

export function computeConv(view: DeepView, digits: Digits | null = null): ConvResult {
  const loaded = imageOf(view, digits);
  const image = loaded ?? Array.from({ length: DIGITS_SIDE }, () => Array<number>(DIGITS_SIDE).fill(0));
  const n = image.length;
  const k = view.kernel.length;
  const { stride: s, padding: p } = view;
  const padded = Array.from({ length: n + 2 * p }, (_, r) =>
    Array.from({ length: n + 2 * p }, (_, c) => image[r - p]?.[c - p] ?? 0),
  );
  const outH = conv2dOutputSize(n, k, s, p);
  const outW = outH;
  const base = {
    image,
    inkMax: view.img === 'digit' ? DIGITS_MAX : 1,
    pending: loaded === null,
    padded,
    n,
    k,
    outH,
    outW,
  };
  if (outH === 0)
    return {
      ...base,
      output: [],
      flipped: [],
      flipDifference: 0,
      symmetric: true,
      relu: null,
      pooled: null,
      cell: null,
      empty: `the ${k} × ${k} kernel does not fit in the ${n + 2 * p} × ${n + 2 * p} padded image: the output is empty`,
    };
  const output = conv2d(image, view.kernel, { stride: s, padding: p });
  const flipped = convolve2d(image, view.kernel, { stride: s, padding: p });
  let flipDifference = 0;
  output.forEach((row, i) =>
    row.forEach((x, j) => (flipDifference = Math.max(flipDifference, Math.abs(x - flipped[i][j])))),
  );
  const symmetric = view.kernel.every((row, a) =>
    row.every((x, b) => x === view.kernel[k - 1 - a][k - 1 - b]),
  );
  const relu = view.relu ? relu2d(output) : null;
  const pooled = view.pool ? maxPool2d(relu ?? output, 2) : null;
  // The selected cell as typed may be out of range while its field shows why (0, −0, 50, 2.5): the picture
  // uses the nearest cell of the output, so a typo never indexes past the grid (a typed 0 crashed the page).
  const toCell = (v: number, n: number) =>
    Math.max(1, Math.min(Number.isFinite(v) ? Math.floor(v) : 1, n)) - 1;
  const i = toCell(view.row, outH);
  const j = toCell(view.col, outW);
  const clamped = view.row > outH || view.col > outW;
  return {
    ...base,
    output,
    flipped,
    flipDifference,
    symmetric,
    relu,
    pooled: pooled && pooled.length > 0 ? pooled : null,
    cell: {
      i,
      j,
      note: clamped
        ? `the output has ${outH} rows and ${outW} columns: showing cell (${i + 1}, ${j + 1})`
        : null,
    },
    empty: null,
  };
}

/** The window of output cell (i, j) in the padded image: its top-left corner. */
export const windowOf = (i: number, j: number, stride: number): [number, number] => [i * stride, j * stride];

// ---------------- Attention ----------------

/** Default embeddings of the eight positions (2-D ones first; 4-D adds two more coordinates). */
const DEFAULT_EMB: number[][] = [
  [1, 0.2, 0.5, -0.3],
  [0.3, 1, -0.4, 0.2],
  [-0.8, 0.6, 0.1, 0.7],
  [-0.9, -0.4, -0.6, 0.1],
  [0.9, 0.3, 0.4, -0.2],
  [0.2, -1, 0.3, 0.6],
  [-0.3, -0.8, -0.7, -0.5],
  [0.6, -0.5, 0.8, 0.4],
];

/** The tokens in use: the first 8 words (the text may hold more; its message says so). */
export const usedTokens = (view: DeepView): string[] => tokensOf(view.tokens).slice(0, MAX_TOKENS);

/** Token embeddings X (n × dim): the student's numbers where given, the defaults after them. */
export function embeddingsOf(view: DeepView, n = usedTokens(view).length): number[][] {
  const e = view.dim;
  return Array.from({ length: n }, (_, t) =>
    Array.from({ length: e }, (_, c) => view.emb[t * e + c] ?? DEFAULT_EMB[t][c]),
  );
}

/** The seeded W_Q, W_K, W_V of a head as one flat list (entries in −1 … 1 in steps of 0.1). */
export function seededProjections(seedValue: number, head: number, dim: number): number[] {
  const rng = createRng(seedValue * 2 + head);
  return Array.from({ length: 3 * dim * dim }, () => Math.round((rng.next() * 2 - 1) * 10) / 10 || 0);
}

/** A head's projections as three dim × dim matrices [W_Q, W_K, W_V]. */
export function projectionsOf(view: DeepView, head: 1 | 2): number[][][] {
  const e = view.dim;
  const stored = head === 1 ? view.w1 : view.w2;
  const flat = stored.length === 3 * e * e ? stored : seededProjections(view.seed, head, e);
  return [0, 1, 2].map((m) =>
    Array.from({ length: e }, (_, r) => flat.slice(m * e * e + r * e, m * e * e + r * e + e)),
  );
}

export type HeadResult = ReturnType<typeof attentionFromEmbeddings> & { W: number[][][] };

export function computeHead(view: DeepView, head: 1 | 2, X: number[][]): HeadResult {
  const W = projectionsOf(view, head);
  return {
    W,
    ...attentionFromEmbeddings(X, W[0], W[1], W[2], { causal: view.causal, temperature: view.temp }),
  };
}

/** Standard normal draws (Box–Muller) from a seeded generator. */
function normals(seedValue: number, count: number): number[] {
  const rng = createRng(seedValue);
  const out: number[] = [];
  while (out.length < count) {
    const u = 1 - rng.next();
    const v = rng.next();
    const r = Math.sqrt(-2 * Math.log(u));
    out.push(r * Math.cos(2 * Math.PI * v), r * Math.sin(2 * Math.PI * v));
  }
  return out.slice(0, count);
}

export const SCALING_KEYS = 8;

/**
 * One query and 8 keys with independent N(0, 1) entries in dimension d: the raw dot products (standard
 * deviation √d) and their softmax, unscaled and scaled by 1/√d.
 */
export function scalingDemo(d: number, seedValue: number) {
  const xs = normals(seedValue * 7919 + d, d * (SCALING_KEYS + 1));
  const q = xs.slice(0, d);
  const raw = Array.from({ length: SCALING_KEYS }, (_, j) => {
    let s = 0;
    for (let t = 0; t < d; t++) s += q[t] * xs[d * (j + 1) + t];
    return s;
  });
  const softmax = (z: number[]) => {
    const m = Math.max(...z);
    const e = z.map((x) => Math.exp(x - m));
    const sum = e.reduce((a, b) => a + b, 0);
    return e.map((x) => x / sum);
  };
  const scaled = raw.map((x) => x / Math.sqrt(d));
  return { raw, scaled, unscaledWeights: softmax(raw), scaledWeights: softmax(scaled) };
}

// ---------------- Recurrent gradients ----------------

/** The input weights, bias and start state of the 2-unit network (fixed; only W is the student's). */
export const RNN_U = [[1], [0.5]];
export const RNN_B = [0, 0];
export const RNN_H0 = [0.5, -0.5];
export const RNN_T_MAX = 50;

export function inputSequence(kind: DeepView['input'], amp: number, T = RNN_T_MAX): number[] {
  return Array.from({ length: T }, (_, t) =>
    kind === 'constant'
      ? amp
      : kind === 'sine'
        ? amp * Math.sin((2 * Math.PI * (t + 1)) / 12)
        : t === 0
          ? amp
          : 0,
  );
}

export const scaledW = (view: DeepView): number[][] => view.w.map((row) => row.map((x) => x * view.wscale));

export interface RnnResult {
  W: number[][];
  xs: number[];
  /** h_0 … h_50 (the start state first). */
  states: number[][] | null;
  /** ‖∂h_t/∂h_0‖₂ for t = 1 … 50. */
  norms: number[] | null;
  /** Clipped by norm at the threshold, when clipping is on. */
  clipped: number[] | null;
  eigen: [number, number][] | null;
  radius: number | null;
  norm: number | null;
  /** Why something is not drawn (overflow), in words. */
  problem: string | null;
}

export function computeRnn(view: DeepView): RnnResult {
  const W = scaledW(view);
  const xs = inputSequence(view.input, view.amp);
  const rows = xs.map((x) => [x]);
  const out: RnnResult = {
    W,
    xs,
    states: null,
    norms: null,
    clipped: null,
    eigen: null,
    radius: null,
    norm: null,
    problem: null,
  };
  if (W.some((row) => row.some((x) => !Number.isFinite(x)))) {
    out.problem = 'W × W scale overflows: an entry is larger than about 1.8e308, the largest double';
    return out;
  }
  try {
    const eig = eigenvalues(W);
    const radius = spectralRadius(W);
    const norm = spectralNorm(W);
    if (
      [radius, norm].every(Number.isFinite) &&
      eig.every(([a, b]) => Number.isFinite(a) && Number.isFinite(b))
    ) {
      out.eigen = eig as [number, number][];
      out.radius = radius;
      out.norm = norm;
    } else out.problem = 'the entries of W are so large that its eigenvalues overflow';
  } catch {
    out.problem = 'the entries of W are so large that its eigenvalues overflow';
  }
  try {
    out.states = [RNN_H0, ...rnnStates(W, RNN_U, RNN_B, rows, RNN_H0)];
    out.norms = rnnGradientNorms(W, RNN_U, RNN_B, rows, RNN_H0);
    if (view.clip)
      out.clipped = out.norms.map((g) =>
        g > 0 && Number.isFinite(g) ? clipByNorm([g], view.thr)[0] : Math.min(g, view.thr),
      );
  } catch (e) {
    const why = e instanceof Error ? e.message.replace(/^rnnStates: /, '') : String(e);
    out.problem = `overflow: ${why} (W is too large to run)`;
  }
  return out;
}

/** The linear-algebra page's range for W's sliders: the smallest offered span that holds every entry. */
export function linalgRange(W: number[][]): number | null {
  const m = Math.max(...W.flat().map(Math.abs));
  if (!(m <= 1e15)) return null;
  return [1, 2, 3, 5, 10].find((r) => m <= r) ?? 10;
}

/** `#/linear-algebra?…` with W as the matrix A (its eigenvector lines on), or null when W cannot be sent. */
export function linalgAddress(W: number[][]): string | null {
  const range = linalgRange(W);
  if (range === null) return null;
  return linalgView.address({ ...linalgView.defaults, a: W.map((r) => r.slice()), range, eig: true });
}
