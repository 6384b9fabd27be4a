/**
 * The Deep learning tab of the Machine learning page, format version 1 (`tab=deep`, keys under `deep.`):
 *
 *   Convolution  img=digit|checker|gradient|circles|paint, digit=0…1796 (which image of the digits set, as
 *                numbered there: 0, 1, 2 … show 0, 1, 2 …), paint=64 hex digits (16 × 16 cells),
 *                ks=3|5, kernel=k² numbers row by row, stride=1…3, pad=0…2, row, col (the selected output
 *                cell, from 1), all=1 (every output cell filled; 0: filled up to the selected one), relu, pool
 *   Attention    tokens=words separated by spaces (3–8), dim=2|4, emb=embedding coordinates (token by token;
 *                missing ones take defaults), seed (the random W_Q, W_K, W_V), w1, w2 (each head's W_Q, W_K,
 *                W_V, dim² numbers each, row by row; empty: the seeded ones), temp, causal, q, k (the selected
 *                score cell, from 1), head=1|2, d (the √d demonstration)
 *   Recurrent    w=W before scaling (2 × 2), wscale, T, input=constant|sine|spike, amp, clip, thr
 */
import {
  choice,
  clip,
  defineView,
  flag,
  integer,
  list,
  mapped,
  matrix,
  number,
  seed,
  text,
  type Field,
  type ViewOf,
} from '../../view';
import { parseDecimal } from '../../numberText';
import { DIGITS_N } from '../digits';
import { DEFAULT_PAINT, decodePaint, encodePaint, type Painted } from './images';

type View = Readonly<Record<string, unknown>>;

export const IMAGE_SOURCES = ['digit', 'checker', 'gradient', 'circles', 'paint'] as const;
export type ImageSource = (typeof IMAGE_SOURCES)[number];
export const IMAGE_NAMES: Record<ImageSource, string> = {
  digit: 'handwritten digit (8 × 8)',
  checker: 'checkerboard (16 × 16)',
  gradient: 'gradients (16 × 16)',
  circles: 'circles (16 × 16)',
  paint: 'your own drawing (16 × 16)',
};
export const INPUTS = ['constant', 'sine', 'spike'] as const;
export type RnnInput = (typeof INPUTS)[number];

export const MIN_TOKENS = 3;
export const MAX_TOKENS = 8;
export const MAX_TOKEN_LENGTH = 12;
/** Entries of a kernel, an embedding or a projection matrix are at most this large in size. */
export const ENTRY_LIMIT = 1000;

/** Side of the input image: 8 for a digit, 16 for the others. */
export const imageSize = (view: View): number => ((view.img ?? 'digit') === 'digit' ? 8 : 16);
const ksOf = (view: View): number => (view.ks as number | undefined) ?? 3;
const dimOf = (view: View): number => (view.dim as number | undefined) ?? 2;

/** The words of the tokens text (split at white space). */
export const tokensOf = (text: string): string[] => text.split(/\s+/).filter((w) => w !== '');

export function tokensProblem(text: string): string | null {
  const words = tokensOf(text);
  if (words.length < MIN_TOKENS) return `type at least ${MIN_TOKENS} tokens (words separated by spaces)`;
  if (words.length > MAX_TOKENS)
    return `at most ${MAX_TOKENS} tokens: ${words.length} typed (the first ${MAX_TOKENS} are used until you remove some)`;
  const long = words.find((w) => w.length > MAX_TOKEN_LENGTH);
  if (long) return `“${long.slice(0, 20)}” is longer than ${MAX_TOKEN_LENGTH} characters`;
  return null;
}

const entry = (x: number) => Number.isFinite(x) && Math.abs(x) <= ENTRY_LIMIT;
const ENTRY_MESSAGE = `entries must be numbers between −${ENTRY_LIMIT} and ${ENTRY_LIMIT}`;

/** The painted 16 × 16 grid as 64 hex digits. */
const paint: Field<Painted> = {
  default: DEFAULT_PAINT,
  label: 'painted grid',
  problem: (v) => (v.length === 256 && v.every((c) => c === 0 || c === 1) ? null : 'not a 16 × 16 grid'),
  read(key, ctx) {
    const t = ctx.query.get(key);
    if (t === null) return DEFAULT_PAINT;
    const cells = decodePaint(t);
    if (cells) return cells;
    ctx.ignored.push(`${key}=${clip(t)} (not 64 hex digits)`);
    return DEFAULT_PAINT;
  },
  write(q, key, value) {
    q.set(key, encodePaint(value));
  },
};

/** A list of entries whose length must be 0 (the defaults) or `size(view)`. */
const projections = (label: string): Field<number[]> =>
  list({
    default: [],
    label,
    check: (v, view) => {
      const n = 3 * dimOf(view) ** 2;
      if (v.length !== 0 && v.length !== n) return `needs ${n} numbers`;
      return v.every(entry) ? null : ENTRY_MESSAGE;
    },
    omit: (v) => v.length === 0,
  });

const fields = {
  // ---- Convolution ----
  img: choice(IMAGE_SOURCES, { default: 'digit', label: 'input image' }),
  digit: integer({ default: 3, label: 'digit', min: 0, max: DIGITS_N - 1 }),
  paint,
  ks: mapped(
    choice(['3', '5'], { default: '3', label: 'kernel size' }),
    (t) => Number(t),
    (n) => String(n) as '3' | '5',
  ),
  kernel: matrix({
    default: [
      [-1, 0, 1],
      [-2, 0, 2],
      [-1, 0, 1],
    ],
    label: 'kernel',
    size: ksOf,
    defaultFor: (view) =>
      ksOf(view) === 5
        ? Array.from({ length: 5 }, (_, i) =>
            Array.from({ length: 5 }, (_, j) =>
              i >= 1 && i <= 3 && j >= 1 && j <= 3 ? [-1, 0, 1][j - 1] * [1, 2, 1][i - 1] : 0,
            ),
          )
        : [
            [-1, 0, 1],
            [-2, 0, 2],
            [-1, 0, 1],
          ],
    parse: parseDecimal,
    entry,
    message: ENTRY_MESSAGE,
  }),
  stride: integer({
    default: 1,
    label: 'stride',
    min: 1,
    max: 3,
    check: (v, view) => {
      if (Number.isInteger(v) && v >= 1 && v <= 3) return null;
      const n = imageSize(view);
      return Number.isFinite(v) && v > n
        ? `stride ${v} is larger than the ${n} × ${n} image: use a stride from 1 to 3`
        : 'stride must be a whole number from 1 to 3';
    },
  }),
  padding: integer({
    key: 'pad',
    default: 0,
    label: 'padding',
    min: 0,
    max: 2,
    check: (v, view) => {
      if (Number.isInteger(v) && v >= 0 && v <= 2) return null;
      const n = imageSize(view);
      const k = ksOf(view);
      const side = n + 2 * v;
      // Negative padding crops the image; past the kernel's size nothing is left to slide over.
      return Number.isInteger(v) && v < 0 && side < k
        ? `padding ${v} crops the ${n} × ${n} image to ${Math.max(side, 0)} × ${Math.max(side, 0)}, smaller than the ${k} × ${k} kernel: the output would be empty (n + 2p − k = ${n} + 2·(${v}) − ${k} = ${side - k} < 0). Use a padding from 0 to 2`
        : 'padding must be a whole number from 0 to 2';
    },
  }),
  row: integer({ default: 1, label: 'output row', min: 1, max: 20 }),
  col: integer({ default: 1, label: 'output column', min: 1, max: 20 }),
  all: flag({ default: true, label: 'run all' }),
  relu: flag({ default: false, label: 'ReLU' }),
  pool: flag({ default: false, label: '2 × 2 max pooling' }),

  // ---- Attention ----
  tokens: text({ default: 'the cat sat on the mat', label: 'tokens', parse: tokensProblem }),
  dim: mapped(
    choice(['2', '4'], { default: '2', label: 'embedding dimension' }),
    (t) => Number(t),
    (n) => String(n) as '2' | '4',
  ),
  emb: list({
    default: [],
    label: 'embeddings',
    check: (v, view) => {
      const e = dimOf(view);
      if (v.length % e !== 0 || v.length > MAX_TOKENS * e)
        return `needs a multiple of ${e} numbers, at most ${MAX_TOKENS * e}`;
      return v.every(entry) ? null : ENTRY_MESSAGE;
    },
    omit: (v) => v.length === 0,
  }),
  seed: seed({ default: 1 }),
  w1: projections('head 1 projections'),
  w2: projections('head 2 projections'),
  temp: number({ default: 1, label: 'temperature', min: 0, max: 10, step: 0.05 }),
  causal: flag({ default: false, label: 'causal mask' }),
  q: integer({ default: 2, label: 'query token', min: 1, max: MAX_TOKENS }),
  k: integer({ default: 1, label: 'key token', min: 1, max: MAX_TOKENS }),
  head: mapped(
    choice(['1', '2'], { default: '1', label: 'head' }),
    (t) => Number(t),
    (n) => String(n) as '1' | '2',
  ),
  d: integer({ default: 64, label: 'dimension d', min: 1, max: 1024 }),

  // ---- Recurrent gradients ----
  w: matrix({
    default: [
      [0.6, -0.8],
      [0.8, 0.6],
    ],
    label: 'W',
    size: () => 2,
    parse: parseDecimal,
    entry: (x) => Number.isFinite(x),
    message: 'entries must be numbers',
  }),
  wscale: number({ default: 0.9, label: 'W scale', min: 0, max: 5, step: 0.01 }),
  T: integer({ default: 30, label: 'steps T', min: 1, max: 50 }),
  input: choice(INPUTS, { default: 'sine', label: 'input sequence' }),
  amp: number({ default: 0.1, label: 'input size', min: 0, max: 5, step: 0.05 }),
  clip: flag({ default: false, label: 'gradient clipping' }),
  thr: number({
    default: 1,
    label: 'clipping threshold',
    step: 0.1,
    check: (v) =>
      Number.isFinite(v) && v > 0 && v <= 1e6 ? null : 'clipping threshold must be above 0 and at most 10^6',
  }),
};

export const deepView = defineView({
  path: '/machine-learning',
  tab: 'deep',
  writeTab: true,
  prefix: 'deep.',
  explain: true,
  plainCommas: true,
  fields,
  readFirst: ['ks', 'dim'],
});
export type DeepView = ViewOf<typeof fields>;
