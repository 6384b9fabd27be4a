/**
 * The linear algebra page's state as a URL query, format version 1. Every key is optional:
 *
 *   v=1            format version
 *   dim=2|3        dimension
 *   view=transform|compose|svd|basis|pca|norms|vectors|cholesky|projection|gramschmidt|jacobian|maps
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
 *   p=2&pt=0.6,0.8      Norms view: the p of the p-norm in [0.5, 10], the point x in [−2, 2]²
 *   vu=2,0.5&vv=0.5,1.5&ab=1,1   Vectors view: u and v in [−4, 4]², the coefficients a, b in [−3, 3]
 *   s1=2,1&s2=1,2&s3=1,-1&sv=1,2   Projection and Gram–Schmidt views: the vectors a1, a2, a3 and v
 *                  (dim entries each, in [−4, 4])
 *   onto=line|plane  Projection view: onto the line of a1 or the plane of a1, a2 (3D)
 *   gsn=2|3&gsk=2  Gram–Schmidt view: how many vectors, and the steps shown (0 … gsn)
 *   ju=x*cos(y)&jv=x*sin(y)&jp=1,0.8   Jacobian view: the map (u, v) as typed and the point in [−2, 2]²
 *   shape=2x3|3x2&m23=1,0,1,0,1,1&m32=1,0,0,1,1,1   Maps between dimensions: which matrix, each row by row
 *   wu=2,0.5,0&wv=0.5,1.5,0&ww=0.5,0.5,1.5   Vectors view in 3D: u, v, w in [−4, 4]³
 *   img=ascent|shapes&rk=20   Low rank view: the image and the rank k of its approximation (1 … 512, clipped
 *                  to the image's full rank on the page)
 *
 * Declared once below. Decoding never throws: each invalid value falls back to its default (the default of
 * the link's dimension) and is named in `ignored`, which the page shows as a notice (lists with the reason).
 * Entries are checked with the core's `validateEntry`, so a link can carry nothing the matrix editor would refuse.
 */
import { correlationProblem, matrixRank, parseEntry, parseProblem, type Matrix } from '../../core';
import {
  cameraField,
  choice,
  text,
  defineView,
  integer,
  later,
  mapped,
  matrix,
  number,
  seed,
  vector,
  wordFlags,
  type Field,
  type ViewOf,
} from '../view';

/** The scene camera's starting orbit: azimuth, elevation (radians), zoom, pan x, pan y. */
export const CAMERA_HOME: readonly number[] = [-1.0, 0.5, 1, 0, 0];

export type Dim = 2 | 3;
export type LinalgMode =
  | 'transform'
  | 'compose'
  | 'svd'
  | 'basis'
  | 'pca'
  | 'norms'
  | 'vectors'
  | 'cholesky'
  | 'projection'
  | 'gramschmidt'
  | 'jacobian'
  | 'maps'
  | 'lowrank';
export type Interp = 'linear' | 'angle';

export const MODES: readonly LinalgMode[] = [
  'transform',
  'compose',
  'svd',
  'basis',
  'pca',
  'norms',
  'vectors',
  'cholesky',
  'projection',
  'gramschmidt',
  'jacobian',
  'maps',
  'lowrank',
];
/** The Low rank view's shipped images (ascent: a photograph, public/data; shapes: generated). */
export const LOWRANK_IMAGES = ['ascent', 'shapes'] as const;
export type LowRankImage = (typeof LOWRANK_IMAGES)[number];
/** Largest rank k a link may ask for (a 512 × 512 image); the page clips k to the image's rank. */
export const LOWRANK_K_MAX = 512;
/** The Vectors view's plane [−VEC_EXTENT, VEC_EXTENT]² and the range of its coefficients a, b. */
export const VEC_EXTENT = 4;
export const COEF_MAX = 3;
/** The Norms view's p slider (0.5 shown as "not a norm") and the plane it draws, [−NORM_EXTENT, NORM_EXTENT]². */
export const NORM_P_MIN = 0.5;
export const NORM_P_MAX = 10;
export const NORM_EXTENT = 2;
/** Half-widths offered for the entry sliders. */
export const RANGES: readonly number[] = [1, 2, 3, 5, 10];
export const CLOUD_MIN = 10;
export const CLOUD_MAX = 2000;
export const SD_MAX = 10;

type View = Readonly<Record<string, unknown>>;

/** The link's dimension, read before every field whose size or default depends on it. */
const dimOf = (view: View): Dim => (view.dim as Dim | undefined) ?? 2;
/** The defaults of a matrix or list for the link's dimension (3D embeds the 2D defaults). */
const matrixDefault =
  (key: 'a' | 'b' | 'basis') =>
  (view: View): Matrix =>
    defaultsFor(dimOf(view))[key];
const listDefault =
  (key: 'v' | 'sd' | 'corr') =>
  (view: View): number[] =>
    defaultsFor(dimOf(view))[key];

const ENTRIES = 'entries must be numbers between −1e15 and 1e15';
const square = (key: 'a' | 'b' | 'basis', d: Matrix, label: string): Field<Matrix> =>
  matrix({
    default: d,
    label,
    size: dimOf,
    defaultFor: matrixDefault(key),
    parse: parseEntry,
    message: ENTRIES,
  });
/**
 * A vector (or flat matrix) of `d.length` entries typed as decimals, each in [−extent, extent]: the plane
 * and space vectors, the norm's point, the coefficients, the Jacobian's point and the Maps matrices.
 */
function boxed(
  d: number[],
  label: string,
  extent: number,
  more: { message?: string; length?: (view: View) => number; defaultFor?: (view: View) => number[] } = {},
): Field<number[]> {
  return vector({
    default: d,
    label,
    length: () => d.length,
    parse: parseEntry,
    entry: (x) => Math.abs(x) <= extent,
    message: `each coordinate of ${label} between −${extent} and ${extent}`,
    ...more,
  });
}
/** A vector of the Projection and Gram–Schmidt views: dim entries (3D gains `fill`), each within the plot. */
const spaceVector = (d: number[], label: string, fill: number): Field<number[]> =>
  boxed(d, label, VEC_EXTENT, { length: dimOf, defaultFor: (view) => fitVector(d, dimOf(view), fill) });
const fitVector = (v: readonly number[], dim: number, fill: number): number[] =>
  Array.from({ length: dim }, (_, i) => v[i] ?? fill);
/** The third coordinate each space vector gains in 3D. */
export const SPACE_FILL = { s1: 0, s2: 0, s3: 1, sv: 1.5 } as const;
export const GS_MAX = 3;
/** The Jacobian view's domain [−JAC_EXTENT, JAC_EXTENT]². */
export const JAC_EXTENT = 2;
const mapText = (d: string, label: string): Field<string> => text({ default: d, label, parse: parseProblem });
const show = wordFlags(['eig', 'v'], { key: 'show' });

const fields = {
  dim: mapped(
    choice(['2', '3'], { default: '2', label: 'dimension' }),
    (t) => Number(t) as Dim,
    (d) => String(d) as '2' | '3',
  ),
  mode: choice(MODES, { key: 'view', default: 'transform', label: 'view' }),
  a: square(
    'a',
    [
      [1.5, 0.5],
      [0.5, 1],
    ],
    'A',
  ),
  /** B of the composition "B then A". */
  b: square(
    'b',
    [
      [0, -1],
      [1, 0],
    ],
    'B',
  ),
  /** Columns are the basis vectors b1 … bdim (dependent ones are kept: dragging can produce them). */
  basis: square(
    'basis',
    [
      [1, 1],
      [0, 1],
    ],
    'basis',
  ),
  v: vector({
    key: 'vec',
    default: [1, 0.5],
    label: 'v',
    length: dimOf,
    defaultFor: listDefault('v'),
    parse: parseEntry,
    message: ENTRIES,
  }),
  t: number({ default: 1, label: 'time', min: 0, max: 1 }),
  interp: choice<Interp>(['linear', 'angle'], { default: 'linear', label: 'interpolation' }),
  range: number({
    default: 3,
    label: 'range',
    check: (x) => (RANGES.includes(x) ? null : `range must be one of ${RANGES.join(', ')}`),
  }),
  eig: show.flag('eig', true, 'eigenvector lines'),
  vec: show.flag('v', true, 'the vector v'),
  sd: vector({
    default: [2, 0.7],
    label: 'standard deviations',
    length: dimOf,
    defaultFor: listDefault('sd'),
    parse: parseEntry,
    entry: (x) => x > 0 && x <= SD_MAX,
    message: `each between 0 and ${SD_MAX}`,
  }),
  corr: vector({
    default: [0.6],
    label: 'correlations',
    length: (view) => corrCount(dimOf(view)),
    defaultFor: listDefault('corr'),
    parse: parseEntry,
    entry: (x) => Math.abs(x) <= 1,
    message: 'each between −1 and 1',
    check: (corr, view) => correlationProblem(view.sd as number[], corr),
  }),
  n: integer({ default: 300, label: 'points', min: CLOUD_MIN, max: CLOUD_MAX }),
  seed: seed({ default: 1 }),
  k: integer({
    default: 1,
    label: 'components',
    check: (x, view) =>
      Number.isInteger(x) && x >= 1 && x <= dimOf(view)
        ? null
        : `components must be a whole number from 1 to ${dimOf(view)}`,
  }),
  p: later(number({ default: 2, label: 'p', min: NORM_P_MIN, max: NORM_P_MAX, step: 0.1 })),
  pt: later(
    boxed([0.6, 0.8], 'point', NORM_EXTENT, {
      message: `each coordinate between −${NORM_EXTENT} and ${NORM_EXTENT}`,
    }),
  ),
  vu: later(boxed([2, 0.5], 'u', VEC_EXTENT)),
  vv: later(boxed([0.5, 1.5], 'v', VEC_EXTENT)),
  ab: later(
    boxed([1, 1], 'coefficients', COEF_MAX, {
      message: `a and b each between −${COEF_MAX} and ${COEF_MAX}`,
    }),
  ),
  s1: later(spaceVector([2, 1], 'a1', SPACE_FILL.s1)),
  s2: later(spaceVector([1, 2], 'a2', SPACE_FILL.s2)),
  s3: later(spaceVector([1, -1], 'a3', SPACE_FILL.s3)),
  sv: later(spaceVector([1, 2], 'v', SPACE_FILL.sv)),
  onto: later(choice(['line', 'plane'], { default: 'line', label: 'project onto' })),
  gsn: later(integer({ default: 2, label: 'vectors', min: 2, max: GS_MAX })),
  gsk: later(integer({ default: 2, label: 'step', min: 0, max: GS_MAX })),
  ju: later(mapText('x*cos(y)', 'u(x, y)')),
  jv: later(mapText('x*sin(y)', 'v(x, y)')),
  jp: later(
    boxed([1, 0.8], 'point', JAC_EXTENT, {
      message: `each coordinate between −${JAC_EXTENT} and ${JAC_EXTENT}`,
    }),
  ),
  shape: later(choice(['2x3', '3x2'], { default: '2x3', label: 'matrix shape' })),
  m23: later(
    boxed([1, 0, 1, 0, 1, 1], 'the 2 × 3 matrix', 10, {
      message: 'each entry of the 2 × 3 matrix between −10 and 10',
    }),
  ),
  m32: later(
    boxed([1, 0, 0, 1, 1, 1], 'the 3 × 2 matrix', 10, {
      message: 'each entry of the 3 × 2 matrix between −10 and 10',
    }),
  ),
  wu: later(boxed([2, 0.5, 0], 'u', VEC_EXTENT)),
  wv: later(boxed([0.5, 1.5, 0], 'v', VEC_EXTENT)),
  ww: later(boxed([0.5, 0.5, 1.5], 'w', VEC_EXTENT)),
  img: later(choice(LOWRANK_IMAGES, { default: 'ascent', label: 'image' })),
  rk: later(integer({ default: 20, label: 'rank k', min: 1, max: LOWRANK_K_MAX })),
  /** The 3-D scene's camera: azimuth and elevation (radians), zoom, and pan (fractions of the view). */
  cam: later(cameraField(CAMERA_HOME, { elevation: 1.5, zoom: [0.1, 20], pan: 0.5 })),
};

/**
 * The linear-algebra page's view: its address codec, as the URL binding takes it, and its defaults. Its links
 * have always named a refused single value without the reason (`t=2`) and a refused list with it, so it does
 * not `explain`.
 */
export const linalgView = defineView({ path: '/linear-algebra', plainCommas: true, fields });
export type LinalgView = ViewOf<typeof fields>;
const DEFAULTS_2D: LinalgView = linalgView.defaults;
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
  let basis = fit(view.basis);
  if (matrixRank(basis) < dim) basis = fit(DEFAULTS_2D.basis);
  const corr = dim === 2 ? [view.corr[0]] : [view.corr[0], 0, 0];
  return {
    ...view,
    dim,
    a: fit(view.a),
    b: fit(view.b),
    basis,
    v: fitVector(view.v, dim, 0.5),
    s1: fitVector(view.s1, dim, SPACE_FILL.s1),
    s2: fitVector(view.s2, dim, SPACE_FILL.s2),
    s3: fitVector(view.s3, dim, SPACE_FILL.s3),
    sv: fitVector(view.sv, dim, SPACE_FILL.sv),
    sd: fitVector(view.sd, dim, 0.5),
    corr,
    k: Math.min(view.k, dim),
  };
}
