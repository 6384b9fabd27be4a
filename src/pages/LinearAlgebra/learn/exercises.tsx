/**
 * The linear algebra page's exercises. Every check computes its answer with the core from the
 * exercise's own givens (or from the live matrix): nothing is a typed-in result.
 */
import { determinant, eigenvalues, matMul, singularValues, type Matrix } from '../../../core';
import { useLinalgStore } from '../../../stores/linalg/store';
import { covarianceOf } from '../../../stores/linalg/view';
import type { Exercise } from '../../../ui/learn/types';
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
const RANK_ONE: Matrix = U.map((u) => V.map((v) => u * v));
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

export const LINALG_EXERCISES: Exercise[] = [
  {
    id: 'shear-det',
    title: 'Predict: the area after a shear',
    prompt: (
      <p>
        The shear {tex('S', SHEAR)} slides every row of the grid sideways. By what factor does it scale areas?
        Predict det S, then watch the unit square.
      </p>
    ),
    answer: {
      kind: 'number',
      label: 'det S',
      key: { expected: () => [determinant(SHEAR)], traps: () => [[SHEAR[0][1]], [0]] },
      check(x) {
        const d = determinant(SHEAR);
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
        det S = 1·1 − 1.5·0 = 1. The first column (1, 0) stays; the second moves along a line parallel to it,
        so the height stays 1 and the area stays 1.
      </p>
    ),
    applySolution: () => show({ mode: 'transform', a: SHEAR }),
    reveal: () => show({ mode: 'transform', a: SHEAR, animate: true }),
  },
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
  {
    id: 'compose-det',
    title: 'Predict: the determinant of a composition',
    prompt: (
      <p>
        With {tex('A', COMPOSE_A)} and {tex('B', COMPOSE_B)}, the page applies B first, then A. Predict
        det(AB): its size is the area factor, its sign says whether orientation flips.
      </p>
    ),
    answer: {
      kind: 'number',
      label: 'det(AB)',
      key: {
        expected: () => [determinant(matMul(COMPOSE_A, COMPOSE_B))],
        traps: () => [[determinant(COMPOSE_A) + determinant(COMPOSE_B)], [determinant(COMPOSE_A)]],
      },
      check(x) {
        const d = determinant(matMul(COMPOSE_A, COMPOSE_B));
        const why = `det(AB) = det A · det B = ${fmt(determinant(COMPOSE_A))} · ${fmt(determinant(COMPOSE_B))} = ${fmt(d)}`;
        return near(x, d) ? { ok: true, why: `${why}.` } : { ok: false, why: `${why}, not ${fmt(x)}.` };
      },
    },
    hint: 'Area factors multiply: det(AB) = det A · det B. A triangular matrix has det = product of the diagonal.',
    solution: (
      <p>
        det A = 2 · 1.5 = 3 (triangular), det B = 1 · 0.5 − 2 · 1 = −1.5, so det(AB) = 3 · (−1.5) = −4.5:
        areas grow 4.5 times and B flips the orientation.
      </p>
    ),
    applySolution: () => show({ mode: 'compose', a: COMPOSE_A, b: COMPOSE_B }),
    reveal: () => show({ mode: 'compose', a: COMPOSE_A, b: COMPOSE_B, animate: true }),
  },
  {
    id: 'triangular-eigen',
    title: 'Predict: eigenvalues of a triangular matrix',
    prompt: <p>Predict both eigenvalues of {tex('T', TRIANGULAR)}, then see its eigenvector lines.</p>,
    answer: {
      kind: 'pair',
      labels: ['λ₁ (larger)', 'λ₂ (smaller)'],
      key: {
        expected: () =>
          eigenvalues(TRIANGULAR)
            .map(([re]) => re)
            .sort((a, b) => b - a),
        traps: () => [
          [TRIANGULAR[0][0], TRIANGULAR[0][1]],
          [determinant(TRIANGULAR), 0],
        ],
      },
      check(x, y) {
        const [l1, l2] = eigenvalues(TRIANGULAR).map(([re]) => re);
        const ok = (near(x, l1) && near(y, l2)) || (near(x, l2) && near(y, l1));
        const why = `λ = ${fmt(l1)} and ${fmt(l2)}: det(T − λI) = (${fmt(TRIANGULAR[0][0])} − λ)(${fmt(TRIANGULAR[1][1])} − λ), the diagonal.`;
        return { ok, why };
      },
    },
    hint: 'Write det(T − λI) out: the entry below the diagonal is 0, so only the diagonal product is left.',
    solution: (
      <p>
        det(T − λI) = (3 − λ)(0.5 − λ) − 2·0, so λ = 3 and λ = 0.5. The eigenvector for 3 is (1, 0); for 0.5
        it solves (3 − 0.5)x + 2y = 0, i.e. (4, −5) up to scale.
      </p>
    ),
    applySolution: () => show({ mode: 'transform', a: TRIANGULAR, eig: true }),
    reveal: () => show({ mode: 'transform', a: TRIANGULAR, eig: true, animate: true }),
  },
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
  {
    id: 'rank-one-sigma',
    title: 'Predict: singular values of a rank-one matrix',
    prompt: (
      <p>
        {tex('A = uv^{\\mathsf T}', RANK_ONE)} with u = (1, 2) and v = (3, −1). Predict σ₁ and σ₂, then watch
        the unit circle in the SVD view.
      </p>
    ),
    answer: {
      kind: 'pair',
      labels: ['σ₁', 'σ₂'],
      key: {
        expected: () => singularValues(RANK_ONE),
        traps: () => [
          [Math.hypot(...U), Math.hypot(...V)],
          [Math.hypot(...U) + Math.hypot(...V), 0],
        ],
      },
      check(x, y) {
        const [s1, s2] = singularValues(RANK_ONE);
        const ok = near(x, s1) && near(y, s2);
        return { ok, why: `σ₁ = ‖u‖·‖v‖ = ${fmt(s1)} and σ₂ = ${fmt(s2)}: every Ax is a multiple of u.` };
      },
    },
    hint: 'Ax = u (v·x): all outputs lie on the line through u, so one direction is crushed to zero.',
    solution: (
      <p>
        A has rank 1, so σ₂ = 0. Its only singular triple is u/‖u‖, ‖u‖‖v‖, v/‖v‖, so σ₁ = √5 · √10 = √50 ≈{' '}
        {fmt(Math.sqrt(50))}. The circle collapses to a segment of half-length σ₁.
      </p>
    ),
    applySolution: () => show({ mode: 'svd', a: RANK_ONE }),
    reveal: () => show({ mode: 'svd', a: RANK_ONE, animate: true }),
  },
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
        const sigma = covarianceOf(CLOUD.sd, CLOUD.corr);
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
