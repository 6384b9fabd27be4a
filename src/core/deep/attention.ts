/**
 * Scaled dot-product attention, softmax(QKᵀ/(√d_k·T))·V, row by row: query i attends to key j with
 * weight wᵢⱼ, each row of weights a probability distribution over the keys.
 */
import { assertGrid } from './grid';

/** causal: query i sees only keys j ≤ i. temperature T ≥ 0 (default 1); T = 0 is the limit T → 0⁺. */
export interface AttentionOptions {
  causal?: boolean;
  temperature?: number;
}

export interface AttentionResult {
  /** QKᵀ/(√d_k·T); masked entries (j > i) are −∞. At T = 0: QKᵀ/√d_k (the limit has no finite scores). */
  scores: number[][];
  /** Row-wise softmax of the scores; masked entries exactly 0; each row sums to 1. */
  weights: number[][];
  /** weights·V: row i is the weighted average of the rows of V. */
  output: number[][];
}

/**
 * Softmax of the entries of `row` with index < `visible`, the rest exactly 0. The maximum is
 * subtracted first, so that no exponential overflows: every term is in (0, 1] and the largest is 1.
 */
function softmaxPrefix(row: number[], visible: number, scale: number): number[] {
  let max = -Infinity;
  for (let j = 0; j < visible; j++) max = Math.max(max, row[j]);
  // exp((x − max)/scale), not exp(x/scale − max/scale): a tiny temperature (T = 1e-320) overflows x/scale to
  // ±∞ and ∞ − ∞ is NaN, while the difference keeps its sign and gives the T → 0⁺ limit.
  const e = row.map((x, j) => (j < visible ? Math.exp((x - max) / scale) : 0));
  let sum = 0;
  for (const x of e) sum += x;
  return e.map((x) => x / sum);
}

/** The T → 0⁺ limit of the softmax: uniform over the largest visible entries (one-hot without ties). */
function hardmaxPrefix(row: number[], visible: number): number[] {
  let max = -Infinity;
  for (let j = 0; j < visible; j++) max = Math.max(max, row[j]);
  let ties = 0;
  for (let j = 0; j < visible; j++) if (row[j] === max) ties++;
  return row.map((x, j) => (j < visible && x === max ? 1 / ties : 0));
}

/**
 * Q (n × d_k), K (m × d_k), V (m × d_v):
 * scores = QKᵀ/(√d_k·T), weights = row softmax (with causal, wᵢⱼ = 0 exactly for j > i), output = weights·V.
 * Throws a RangeError on mismatched shapes, non-finite entries or a negative temperature.
 */
export function attention(
  Q: number[][],
  K: number[][],
  V: number[][],
  opts: AttentionOptions = {},
): AttentionResult {
  const [, d] = assertGrid(Q, 'attention', 'query matrix Q');
  const [m, dk] = assertGrid(K, 'attention', 'key matrix K');
  const [mv] = assertGrid(V, 'attention', 'value matrix V');
  if (dk !== d) throw new RangeError(`attention: Q has ${d} columns but K has ${dk}.`);
  if (mv !== m) throw new RangeError(`attention: K has ${m} rows (keys) but V has ${mv}.`);
  const temperature = opts.temperature ?? 1;
  if (!(temperature >= 0) || temperature === Infinity)
    throw new RangeError(`attention: the temperature must be a finite number ≥ 0, not ${temperature}.`);
  const causal = opts.causal ?? false;
  const scale = Math.sqrt(d) * (temperature === 0 ? 1 : temperature);
  // The dot products q·k before scaling; the weights are taken from them, the scores shown are them / scale.
  const dots = Q.map((q, i) =>
    K.map((k, j) => {
      if (causal && j > i) return -Infinity;
      let s = 0;
      for (let t = 0; t < d; t++) s += q[t] * k[t];
      return s;
    }),
  );
  const scores = dots.map((row) => row.map((s) => s / scale));
  const weights = dots.map((row, i) => {
    const visible = causal ? Math.min(i + 1, m) : m;
    return temperature === 0 ? hardmaxPrefix(row, visible) : softmaxPrefix(row, visible, scale);
  });
  const dv = V[0].length;
  const output = weights.map((w) =>
    Array.from({ length: dv }, (_, c) => {
      let s = 0;
      for (let j = 0; j < m; j++) if (w[j] !== 0) s += w[j] * V[j][c];
      return s;
    }),
  );
  return { scores, weights, output };
}

/** X (n × e) times W (e × d). */
function project(X: number[][], W: number[][], what: string): number[][] {
  const [, e] = assertGrid(X, 'attentionFromEmbeddings', 'embedding matrix X');
  const [we, d] = assertGrid(W, 'attentionFromEmbeddings', what);
  if (we !== e) throw new RangeError(`attentionFromEmbeddings: ${what} must have ${e} rows, not ${we}.`);
  return X.map((x) =>
    Array.from({ length: d }, (_, c) => {
      let s = 0;
      for (let t = 0; t < e; t++) s += x[t] * W[t][c];
      return s;
    }),
  );
}

/**
 * One attention head on token embeddings X (n × e, one row per token): Q = XW_Q, K = XW_K, V = XW_V,
 * then {@link attention}. Returns the projections beside the attention result.
 */
export function attentionFromEmbeddings(
  X: number[][],
  WQ: number[][],
  WK: number[][],
  WV: number[][],
  opts: AttentionOptions = {},
): AttentionResult & { Q: number[][]; K: number[][]; V: number[][] } {
  const Q = project(X, WQ, 'W_Q');
  const K = project(X, WK, 'W_K');
  const V = project(X, WV, 'W_V');
  return { Q, K, V, ...attention(Q, K, V, opts) };
}
