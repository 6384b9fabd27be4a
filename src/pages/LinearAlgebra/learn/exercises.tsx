/**
 * The linear algebra page's exercises. Every check computes its answer with the core from the
 * exercise's own givens (or from the live matrix): nothing is a typed-in result.
 */
import {
  covarianceFromCorrelations,
  determinant,
  eigenvalues,
  matMul,
  singularValues,
  type Matrix,
} from '../../../core';
import { useLinalgStore } from '../../../stores/linalg/store';

import type { Exercise } from '../../../ui/learn/types';
import { givens, type Givens } from '../../../ui/learn/variants';
import { Tex } from '../../../ui/Tex';
import { fmt } from '../format';
import { texMatrix } from '../linalgTex';
import { checkDetZero, checkEigen2Minus1, near, principalAngle } from './checks';
import { show } from './scenes';

const liveA = (): Matrix => useLinalgStore.getState().view.a;

// ——— det(A) = 0 with no zero entry (live) ———

const DET_ZERO_2: Matrix = [
  [1, 2],
  [2, 4],
];
const DET_ZERO_3: Matrix = [
  [1, 2, 3],
  [4, 5, 6],
  [7, 8, 9],
];

// ——— eigenvalues 2 and −1 (live) ———

const EIGEN_SOLUTION_2: Matrix = [
  [0.5, 1.5],
  [1.5, 0.5],
];
const EIGEN_SOLUTION_3: Matrix = [
  [0.5, 1.5, 0],
  [1.5, 0.5, 0],
  [0, 0, 1],
];

// ——— predictions: the givens ———

const SHEAR: Matrix = [
  [1, 1.5],
  [0, 1],
];
const TRIANGULAR: Matrix = [
  [3, 2],
  [0, 0.5],
];
const U = [1, 2];
const V = [3, -1];
const COMPOSE_A: Matrix = [
  [2, 1],
  [0, 1.5],
];
const COMPOSE_B: Matrix = [
  [1, 2],
  [1, 0.5],
];
const CLOUD = { sd: [2, 0.7], corr: [0.6] };
const tex = (name: string, m: Matrix) => <Tex tex={`${name} = ${texMatrix(m)}`} />;

// ——— "New numbers": each prediction is built from its givens, and its variants draw fresh givens ———

/** A factor after "·": negative numbers in parentheses. */
const par = (x: number) => (x < 0 ? `(${fmt(x)})` : fmt(x));

const HALVES = [-2.5, -2, -1.5, -1, -0.5, 0.5, 1, 1.5, 2, 2.5];

/** The area after a horizontal shear by k. */
function shearDet(k: number): Exercise {
  const S: Matrix = [
    [1, k],
    [0, 1],
  ];
  return {
    id: 'shear-det',
    title: 'Predict: the area after a shear',
    prompt: (
      <p>
        The shear {tex('S', S)} slides every row of the grid sideways. By what factor does it scale areas?
        Predict det S, then watch the unit square.
      </p>
    ),
    answer: {
      kind: 'number',
      label: 'det S',
      key: { expected: () => [determinant(S)], traps: () => [[S[0][1]], [0], [1 + Math.abs(k)]] },
      check(x) {
        const d = determinant(S);
        return near(x, d)
          ? {
              ok: true,
              why: `det S = ${fmt(d)}: the square becomes a parallelogram with the same base and height.`,
            }
          : {
              ok: false,
              why: `det S = ${fmt(d)}, not ${fmt(x)}: the shape tilts, but base and height stay.`,
            };
      },
    },
    hint: 'Area of a parallelogram = base × height. Which of the two does a horizontal shear change?',
    solution: (
      <p>
        det S = 1·1 − {fmt(k)}·0 = {fmt(determinant(S))}. The first column (1, 0) stays; the second moves
        along a line parallel to it, so the height stays 1 and the area stays 1.
      </p>
    ),
    applySolution: () => show({ mode: 'transform', a: S }),
    reveal: () => show({ mode: 'transform', a: S, animate: true }),
    variant: (seed) => shearDet(givens(seed, 'shear-det').pick(HALVES.filter((h) => h !== 1))),
  };
}

/** A 2×2 matrix of halves with |det| ≥ 0.5 and no zero column. */
function drawMatrix(g: Givens): Matrix {
  for (;;) {
    const m: Matrix = [
      [g.pick(HALVES), g.pick([0, ...HALVES])],
      [g.pick([0, ...HALVES]), g.pick(HALVES)],
    ];
    if (Math.abs(determinant(m)) >= 0.5) return m;
  }
}

/** The determinant of a composition AB. */
function composeDet(A: Matrix, B: Matrix): Exercise {
  const dA = determinant(A);
  const dB = determinant(B);
  const d = determinant(matMul(A, B));
  return {
    id: 'compose-det',
    title: 'Predict: the determinant of a composition',
    prompt: (
      <p>
        With {tex('A', A)} and {tex('B', B)}, the page applies B first, then A. Predict det(AB): its size is
        the area factor, its sign says whether orientation flips.
      </p>
    ),
    answer: {
      kind: 'number',
      label: 'det(AB)',
      key: {
        expected: () => [d],
        traps: () => [[dA + dB], [dA], [dB]],
      },
      check(x) {
        const why = `det(AB) = det A · det B = ${fmt(dA)} · ${par(dB)} = ${fmt(d)}`;
        return near(x, d) ? { ok: true, why: `${why}.` } : { ok: false, why: `${why}, not ${fmt(x)}.` };
      },
    },
    hint: 'Area factors multiply: det(AB) = det A · det B. A triangular matrix has det = product of the diagonal.',
    solution: (
      <p>
        det A = {fmt(A[0][0])}·{par(A[1][1])} − {par(A[0][1])}·{par(A[1][0])} = {fmt(dA)}, det B ={' '}
        {fmt(B[0][0])}·{par(B[1][1])} − {par(B[0][1])}·{par(B[1][0])} = {fmt(dB)}, so det(AB) = {fmt(dA)} ·{' '}
        {par(dB)} = {fmt(d)}: areas scale by {fmt(Math.abs(d))}
        {d < 0 ? ' and the orientation flips' : ' and the orientation is kept'}.
      </p>
    ),
    applySolution: () => show({ mode: 'compose', a: A, b: B }),
    reveal: () => show({ mode: 'compose', a: A, b: B, animate: true }),
    variant(seed) {
      const g = givens(seed, 'compose-det');
      return composeDet(drawMatrix(g), drawMatrix(g));
    },
  };
}

/** The eigenvalues of an upper triangular T. */
function triangularEigen(T: Matrix): Exercise {
  const [a, b, d] = [T[0][0], T[0][1], T[1][1]];
  const lambdas = () =>
    eigenvalues(T)
      .map(([re]) => re)
      .sort((x, y) => y - x);
  return {
    id: 'triangular-eigen',
    title: 'Predict: eigenvalues of a triangular matrix',
    prompt: <p>Predict both eigenvalues of {tex('T', T)}, then see its eigenvector lines.</p>,
    answer: {
      kind: 'pair',
      labels: ['λ₁ (larger)', 'λ₂ (smaller)'],
      key: {
        expected: lambdas,
        traps: () => [
          [a, b],
          [determinant(T), 0],
          [a + d, determinant(T)],
        ],
      },
      check(x, y) {
        const [l1, l2] = eigenvalues(T).map(([re]) => re);
        const ok = (near(x, l1) && near(y, l2)) || (near(x, l2) && near(y, l1));
        const why = `λ = ${fmt(l1)} and ${fmt(l2)}: det(T − λI) = (${fmt(a)} − λ)(${fmt(d)} − λ), the diagonal.`;
        return { ok, why };
      },
    },
    hint: 'Write det(T − λI) out: the entry below the diagonal is 0, so only the diagonal product is left.',
    solution: (
      <p>
        det(T − λI) = ({fmt(a)} − λ)({fmt(d)} − λ) − {fmt(b)}·0, so λ = {fmt(a)} and λ = {fmt(d)}. The
        eigenvector for {fmt(a)} is (1, 0); for {fmt(d)} it solves ({fmt(a)} − {fmt(d)})x + {fmt(b)}y = 0,
        i.e. ({fmt(b)}, {fmt(d - a)}) up to scale.
      </p>
    ),
    applySolution: () => show({ mode: 'transform', a: T, eig: true }),
    reveal: () => show({ mode: 'transform', a: T, eig: true, animate: true }),
    variant(seed) {
      const g = givens(seed, 'triangular-eigen');
      for (;;) {
        const [p, q] = [g.pick(HALVES), g.pick(HALVES)];
        // Distinct eigenvalues, and not ±each other (a sign flip must not swap them).
        if (p === q || p === -q) continue;
        return triangularEigen([
          [Math.max(p, q), g.pick(HALVES)],
          [0, Math.min(p, q)],
        ]);
      }
    },
  };
}

/** The singular values of the rank-one matrix u vᵀ. */
function rankOneSigma(u: readonly number[], v: readonly number[]): Exercise {
  const A: Matrix = u.map((x) => v.map((y) => x * y));
  const [nu2, nv2] = [u[0] ** 2 + u[1] ** 2, v[0] ** 2 + v[1] ** 2];
  return {
    id: 'rank-one-sigma',
    title: 'Predict: singular values of a rank-one matrix',
    prompt: (
      <p>
        {tex('A = uv^{\\mathsf T}', A)} with u = ({u.map((x) => fmt(x)).join(', ')}) and v = (
        {v.map((x) => fmt(x)).join(', ')}). Predict σ₁ and σ₂, then watch the unit circle in the SVD view.
      </p>
    ),
    answer: {
      kind: 'pair',
      labels: ['σ₁', 'σ₂'],
      key: {
        expected: () => singularValues(A),
        traps: () => [
          [Math.hypot(...u), Math.hypot(...v)],
          [Math.hypot(...u) + Math.hypot(...v), 0],
          [nu2 * nv2, 0],
        ],
      },
      check(x, y) {
        const [s1, s2] = singularValues(A);
        const ok = near(x, s1) && near(y, s2);
        return { ok, why: `σ₁ = ‖u‖·‖v‖ = ${fmt(s1)} and σ₂ = ${fmt(s2)}: every Ax is a multiple of u.` };
      },
    },
    hint: 'Ax = u (v·x): all outputs lie on the line through u, so one direction is crushed to zero.',
    solution: (
      <p>
        A has rank 1, so σ₂ = 0. Its only singular triple is u/‖u‖, ‖u‖‖v‖, v/‖v‖, so σ₁ = √{nu2} · √{nv2} = √
        {nu2 * nv2} ≈ {fmt(Math.sqrt(nu2 * nv2))}. The circle collapses to a segment of half-length σ₁.
      </p>
    ),
    applySolution: () => show({ mode: 'svd', a: A }),
    reveal: () => show({ mode: 'svd', a: A, animate: true }),
    variant(seed) {
      const g = givens(seed, 'rank-one-sigma');
      const nz = [-3, -2, -1, 1, 2, 3];
      // ‖v‖ > 1, so that ‖u‖ alone is a wrong guess.
      return rankOneSigma([g.pick(nz), g.int(-3, 3)], [g.pick(nz), g.pick([-2, -1, 1, 2])]);
    },
  };
}

export const LINALG_EXERCISES: Exercise[] = [
  shearDet(SHEAR[0][1]),
  {
    id: 'det-zero',
    title: 'Make det(A) = 0 without setting any entry to zero',
    prompt: (
      <p>
        Edit A on the page so that it squashes the plane (or space) flat: det A = 0, yet no entry of A is 0.
        Then check the page.
      </p>
    ),
    answer: { kind: 'live', check: () => checkDetZero(liveA()) },
    hint: 'det A = 0 exactly when the columns are linearly dependent: make the second column twice the first.',
    solution: (
      <p>
        Take {tex('A', DET_ZERO_2)}: det A = 1·4 − 2·2 = 0. The second column is twice the first, so every
        vector lands on the line through (1, 2). In 3D, {tex('A', DET_ZERO_3)} works: its third row is twice
        the second minus the first.
      </p>
    ),
    applySolution: () => {
      const dim = useLinalgStore.getState().view.dim;
      show({ mode: 'transform', a: dim === 2 ? DET_ZERO_2 : DET_ZERO_3 });
    },
  },
  composeDet(COMPOSE_A, COMPOSE_B),
  triangularEigen(TRIANGULAR),
  {
    id: 'eigen-2-minus-1',
    title: 'Find a matrix with eigenvalues 2 and −1',
    prompt: (
      <p>
        Edit A so that its eigenvalues are 2 and −1 (in 3D: two of them), each to 6 decimals. Try one that is
        not diagonal.
      </p>
    ),
    answer: { kind: 'live', check: () => checkEigen2Minus1(liveA()) },
    hint: 'For a 2×2 matrix, λ₁ + λ₂ = trace and λ₁λ₂ = det: you need trace 1 and det −2.',
    solution: (
      <p>
        {tex('A', EIGEN_SOLUTION_2)} has trace 1 and det 0.25 − 2.25 = −2, so λ² − λ − 2 = (λ − 2)(λ + 1) = 0.
        Its eigenvectors are (1, 1) (stretched by 2) and (1, −1) (flipped). In 3D, add a third row and column
        (0, 0, 1).
      </p>
    ),
    applySolution: () => {
      const dim = useLinalgStore.getState().view.dim;
      show({ mode: 'transform', a: dim === 2 ? EIGEN_SOLUTION_2 : EIGEN_SOLUTION_3, eig: true });
    },
  },
  rankOneSigma(U, V),
  {
    id: 'pca-axis',
    title: 'Predict: the first principal component',
    prompt: (
      <p>
        A cloud has standard deviations 2 along x and 0.7 along y, with correlation 0.6. Which way does
        Σ&apos;s first principal axis point?
      </p>
    ),
    answer: {
      kind: 'choice',
      options: [
        'about 0° (near the x axis)',
        'about 45° (the diagonal y = x)',
        'about 90° (near the y axis)',
        'about 135° (the diagonal y = −x)',
      ],
      check(i) {
        const { angle, nearest } = principalAngle(CLOUD.sd, CLOUD.corr);
        const sigma = covarianceFromCorrelations(CLOUD.sd, CLOUD.corr);
        const why = `the axis points at ${fmt(angle, 3)}°: Σ = [[${sigma.map((r) => r.map((x) => fmt(x)).join(', ')).join('], [')}]], the spread along x dominates and the correlation only tilts it.`;
        return { ok: i === nearest, why };
      },
    },
    hint: 'The correlation is strong, but the variances are 4 and 0.49. The axis is the top eigenvector of Σ.',
    solution: (
      <p>
        Σ = [[4, 0.84], [0.84, 0.49]]. Its top eigenvector makes the angle ½·atan(2·0.84 / (4 − 0.49)) ≈ 12.8°
        with the x axis: near the x axis, tilted towards y = x. A correlation of 0.6 points the cloud along
        the diagonal only when both standard deviations are equal.
      </p>
    ),
    applySolution: () => show({ mode: 'pca', cloud: CLOUD }),
    reveal: () => show({ mode: 'pca', cloud: CLOUD, animate: true }),
  },
];
