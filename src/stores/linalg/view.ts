/**
 * The linear algebra page's state as a URL query, format version 1. Every key is optional:
 *
 *   v=1            format version
 *   dim=2|3        dimension
 *   view=transform|compose|svd|basis|pca
 *   a=1.5,0.5,0.5,1     A, row by row, dim² entries (full precision, plain or scientific decimals)
 *   b=0,-1,1,0          B of the composition "B then A", row by row
 *   basis=1,1,0,1       the matrix P whose columns are the basis vectors b1 … bdim, row by row
 *   vec=1,0.5           the vector v
 *   t=1            animation time in [0, 1]
 *   interp=linear|angle  how I → A is animated (angle: rotate by the polar angle, then stretch)
 *   range=3        sliders of the matrix entries span [−range, range]
 *   show=eig,v     eigenvector lines, the vector v with Av (empty: neither)
 *   sd=2,0.7       PCA cloud: standard deviation along each axis, in (0, 10]
 *   corr=0.6       PCA cloud: correlations r12 (2D) or r12,r13,r23 (3D), in [−1, 1], jointly valid
 *   n=300&seed=1&k=1    PCA cloud size, generator seed, number of components projected onto
 *
 * Decoding never throws: each invalid value falls back to its default and is named in `ignored`,
 * which the page shows as a notice. Entries are checked with the core's `validateEntry`, so a link can
 * carry nothing the matrix editor would refuse.
 */
import { matrixRank, parseEntry, psdFactor, type Matrix } from '../../core';
import { formatExact, parseDecimal } from '../numberText';

export const LINALG_URL_VERSION = 1;

export type Dim = 2 | 3;
export type LinalgMode = 'transform' | 'compose' | 'svd' | 'basis' | 'pca';
export type Interp = 'linear' | 'angle';

export const MODES: readonly LinalgMode[] = ['transform', 'compose', 'svd', 'basis', 'pca'];
/** Half-widths offered for the entry sliders. */
export const RANGES: readonly number[] = [1, 2, 3, 5, 10];
export const CLOUD_MIN = 10;
export const CLOUD_MAX = 2000;
export const SD_MAX = 10;

export interface LinalgView {
  dim: Dim;
  mode: LinalgMode;
  a: Matrix;
  b: Matrix;
  /** Columns are the basis vectors b1 … bdim. */
  basis: Matrix;
  v: number[];
  t: number;
  interp: Interp;
  range: number;
  eig: boolean;
  vec: boolean;
  sd: number[];
  corr: number[];
  n: number;
  seed: number;
  k: number;
}

const DEFAULTS_2D: LinalgView = {
  dim: 2,
  mode: 'transform',
  a: [
    [1.5, 0.5],
    [0.5, 1],
  ],
  b: [
    [0, -1],
    [1, 0],
  ],
  basis: [
    [1, 1],
    [0, 1],
  ],
  v: [1, 0.5],
  t: 1,
  interp: 'linear',
  range: 3,
  eig: true,
  vec: true,
  sd: [2, 0.7],
  corr: [0.6],
  n: 300,
  seed: 1,
  k: 1,
};

export const DEFAULT_VIEW: LinalgView = DEFAULTS_2D;

/** The defaults of one dimension (3D embeds the 2D matrices with a33 = 1). */
export function defaultsFor(dim: Dim): LinalgView {
  return dim === 2 ? DEFAULTS_2D : resize(DEFAULTS_2D, 3);
}

/** Number of correlations for a dimension: r12, or r12, r13, r23. */
export const corrCount = (dim: Dim): number => (dim === 2 ? 1 : 3);

/**
 * The view carried to another dimension: matrices keep their top-left block and gain identity
 * rows and columns, vectors gain or lose their last coordinates. A basis that loses independence
 * when cut down falls back to the default basis.
 */
export function resize(view: LinalgView, dim: Dim): LinalgView {
  if (view.dim === dim) return view;
  const fit = (m: Matrix): Matrix =>
    Array.from({ length: dim }, (_, i) =>
      Array.from({ length: dim }, (_, j) => m[i]?.[j] ?? (i === j ? 1 : 0)),
    );
  const fitVec = (v: number[], fill: number): number[] => Array.from({ length: dim }, (_, i) => v[i] ?? fill);
  let basis = fit(view.basis);
  if (matrixRank(basis) < dim) basis = fit(DEFAULTS_2D.basis);
  const corr = dim === 2 ? [view.corr[0]] : [view.corr[0], 0, 0];
  return {
    ...view,
    dim,
    a: fit(view.a),
    b: fit(view.b),
    basis,
    v: fitVec(view.v, 0.5),
    sd: fitVec(view.sd, 0.5),
    corr,
    k: Math.min(view.k, dim),
  };
}

/** The covariance Σ = D R D of the PCA cloud, from standard deviations and correlations. */
export function covarianceOf(sd: readonly number[], corr: readonly number[]): Matrix {
  const d = sd.length;
  const r = (i: number, j: number): number => {
    if (i === j) return 1;
    const [p, q] = i < j ? [i, j] : [j, i];
    return corr[p === 0 ? q - 1 : 2] ?? 0;
  };
  return Array.from({ length: d }, (_, i) => Array.from({ length: d }, (_, j) => sd[i] * sd[j] * r(i, j)));
}

/** Why a set of correlations cannot belong to one cloud, or null when Σ is positive semidefinite. */
export function checkCorrelations(sd: readonly number[], corr: readonly number[]): string | null {
  if (corr.some((r) => !(Math.abs(r) <= 1))) return 'each correlation must be between −1 and 1';
  try {
    psdFactor(covarianceOf(sd, corr));
    return null;
  } catch {
    return 'these correlations cannot occur together (the covariance would have a negative variance direction)';
  }
}

const list = (xs: readonly number[]): string => xs.map(formatExact).join(',');
const flat = (m: Matrix): string => list(m.flat());

export function encodeLinalgView(view: LinalgView): string {
  const pairs: [string, string][] = [
    ['v', String(LINALG_URL_VERSION)],
    ['dim', String(view.dim)],
    ['view', view.mode],
    ['a', flat(view.a)],
    ['b', flat(view.b)],
    ['basis', flat(view.basis)],
    ['vec', list(view.v)],
    ['t', formatExact(view.t)],
    ['interp', view.interp],
    ['range', formatExact(view.range)],
    ['show', [view.eig ? 'eig' : '', view.vec ? 'v' : ''].filter(Boolean).join(',')],
    ['sd', list(view.sd)],
    ['corr', list(view.corr)],
    ['n', formatExact(view.n)],
    ['seed', formatExact(view.seed)],
    ['k', formatExact(view.k)],
  ];
  // Commas stay readable: they need no escaping inside a query value.
  return pairs.map(([k, v]) => `${k}=${encodeURIComponent(v).replace(/%2C/gi, ',')}`).join('&');
}

export function decodeLinalgView(query: URLSearchParams): { view: LinalgView; ignored: string[] } {
  const ignored: string[] = [];
  const raw = (key: string): string | null => query.get(key);
  const reject = (key: string, text: string, why?: string) =>
    ignored.push(`${key}=${clip(text)}${why ? ` (${why})` : ''}`);

  const version = raw('v');
  if (version !== null && version !== String(LINALG_URL_VERSION))
    reject('v', version, 'unknown link version, read as version 1');

  let dim: Dim = 2;
  const dimText = raw('dim');
  if (dimText !== null) {
    if (dimText === '2' || dimText === '3') dim = Number(dimText) as Dim;
    else reject('dim', dimText);
  }
  const d = defaultsFor(dim);
  const view: LinalgView = { ...d };

  const mode = raw('view');
  if (mode !== null) {
    if ((MODES as readonly string[]).includes(mode)) view.mode = mode as LinalgMode;
    else reject('view', mode);
  }

  const readList = (
    key: string,
    length: number,
    ok: (x: number) => boolean,
    why: string,
  ): number[] | null => {
    const text = raw(key);
    if (text === null) return null;
    const parts = text.split(',');
    const values = parts.map((p) => parseEntry(p));
    if (parts.length !== length) {
      reject(key, text, `needs ${length} numbers`);
      return null;
    }
    if (values.some((x) => x === null || !ok(x))) {
      reject(key, text, why);
      return null;
    }
    return values as number[];
  };
  const readMatrix = (key: string): Matrix | null => {
    const xs = readList(key, dim * dim, () => true, 'entries must be numbers between −1e15 and 1e15');
    return xs && Array.from({ length: dim }, (_, i) => xs.slice(i * dim, i * dim + dim));
  };

  view.a = readMatrix('a') ?? d.a;
  view.b = readMatrix('b') ?? d.b;
  // Dependent basis vectors are kept: the page can reach them by dragging and says "not a basis".
  view.basis = readMatrix('basis') ?? d.basis;
  view.v = readList('vec', dim, () => true, 'entries must be numbers between −1e15 and 1e15') ?? d.v;

  view.t = readNumber(query, 't', d.t, (x) => x >= 0 && x <= 1, ignored);
  const interp = raw('interp');
  if (interp !== null) {
    if (interp === 'linear' || interp === 'angle') view.interp = interp;
    else reject('interp', interp);
  }
  view.range = readNumber(query, 'range', d.range, (x) => RANGES.includes(x), ignored);

  const show = raw('show');
  if (show !== null) {
    const items = show.split(',').filter((s) => s !== '');
    const unknown = items.filter((s) => s !== 'eig' && s !== 'v');
    if (unknown.length > 0) reject('show', unknown.join(','));
    view.eig = items.includes('eig');
    view.vec = items.includes('v');
  }

  view.sd = readList('sd', dim, (x) => x > 0 && x <= SD_MAX, `each between 0 and ${SD_MAX}`) ?? d.sd;
  const corr = readList('corr', corrCount(dim), (x) => Math.abs(x) <= 1, 'each between −1 and 1');
  if (corr) {
    const problem = checkCorrelations(view.sd, corr);
    if (problem) reject('corr', raw('corr') ?? '', problem);
    else view.corr = corr;
  }
  view.n = readNumber(
    query,
    'n',
    d.n,
    (x) => Number.isInteger(x) && x >= CLOUD_MIN && x <= CLOUD_MAX,
    ignored,
  );
  view.seed = readNumber(
    query,
    'seed',
    d.seed,
    (x) => Number.isInteger(x) && x >= 0 && x <= 2 ** 32 - 1,
    ignored,
  );
  view.k = readNumber(query, 'k', d.k, (x) => Number.isInteger(x) && x >= 1 && x <= dim, ignored);
  return { view, ignored };
}

function readNumber(
  query: URLSearchParams,
  key: string,
  fallback: number,
  ok: (x: number) => boolean,
  ignored: string[],
): number {
  const text = query.get(key);
  if (text === null) return fallback;
  const x = parseDecimal(text);
  if (x === null || !ok(x)) {
    ignored.push(`${key}=${clip(text)}`);
    return fallback;
  }
  return x;
}

// A hand-edited address can be huge; the notice quotes only its start.
function clip(s: string): string {
  return s.length > 24 ? s.slice(0, 24) + '…' : s;
}

/** The linear-algebra page's address codec, as the URL binding takes it. */
export const linalgView = {
  path: '/linear-algebra',
  key: 'linear-algebra',
  defaults: DEFAULT_VIEW,
  encode: encodeLinalgView,
  decode: decodeLinalgView,
  address: (view: LinalgView) => `#/linear-algebra?${encodeLinalgView(view)}`,
};
