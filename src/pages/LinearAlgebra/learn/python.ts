/**
 * The linear algebra page's scene as a short runnable NumPy script. Every number is written with
 * `formatExact`, so the script holds the page's numbers to the last bit, never rounded copies.
 */
import { covarianceFromCorrelations, matrixRank, type Matrix } from '../../../core';
import type { LinalgView } from '../../../stores/linalg/view';
import { formatExact } from '../../../core/numberText';

/** What the script depends on: the view without its animation and display settings. */
export type LinalgScene = Pick<
  LinalgView,
  'dim' | 'mode' | 'a' | 'b' | 'basis' | 'sd' | 'corr' | 'n' | 'seed' | 'k'
>;

const list = (xs: readonly number[]): string => `[${xs.map(formatExact).join(', ')}]`;

/** `name = np.array([...], dtype=float)`, one row per line. */
export function pyMatrix(name: string, m: Matrix, comment?: string): string {
  const rows = m.map((row) => `    ${list(row)},`).join('\n');
  return `${comment ? `# ${comment}\n` : ''}${name} = np.array([\n${rows}\n], dtype=float)`;
}

/** det, inverse (or why there is none), eigen-decomposition, SVD and rank of one matrix. */
function analysisLines(name: string, m: Matrix): string[] {
  const n = m.length;
  const rank = matrixRank(m);
  const inverse =
    rank === n
      ? [`print("inv(${name}) =\\n", np.linalg.inv(${name}))`]
      : [
          `# ${name} is singular (rank ${rank} < ${n}): it has no inverse. The pseudo-inverse instead:`,
          `print("pinv(${name}) =\\n", np.linalg.pinv(${name}))`,
        ];
  return [
    `print("det(${name}) =", float(np.linalg.det(${name})))`,
    `# The page's rank rule: the number of singular values above 1e-10`,
    `print("rank(${name}) =", np.linalg.matrix_rank(${name}, tol=1e-10))`,
    ...inverse,
    `eigenvalues, eigenvectors = np.linalg.eig(${name})`,
    `print("eigenvalues =", eigenvalues)`,
    `print("eigenvectors (columns) =\\n", eigenvectors)`,
    `U, S, Vt = np.linalg.svd(${name})`,
    `print("singular values =", S)`,
  ];
}

function matrixScript(scene: LinalgScene): string[] {
  const lines = [pyMatrix('A', scene.a, 'A as on the page, row by row'), '', ...analysisLines('A', scene.a)];
  if (scene.mode === 'svd') {
    lines.push(
      'print("U =\\n", U)',
      'print("V^T =\\n", Vt)',
      'print("A == U diag(S) V^T:", np.allclose(U @ np.diag(S) @ Vt, A))',
      '# The best rank-1 approximation (Eckart-Young): its error in the 2-norm is the next singular value',
      'A1 = S[0] * np.outer(U[:, 0], Vt[0])',
      'print("rank-1 approximation =\\n", A1)',
    );
  }
  if (scene.mode === 'compose') {
    lines.push(
      '',
      pyMatrix('B', scene.b, 'B is applied first, then A: x -> A(Bx) = (AB)x'),
      'AB = A @ B',
      'print("AB =\\n", AB)',
      'print("BA =\\n", B @ A)',
      'print("det(AB) =", float(np.linalg.det(AB)), "= det(A) det(B) =", float(np.linalg.det(A) * np.linalg.det(B)))',
    );
  }
  if (scene.mode === 'basis') {
    lines.push('', pyMatrix('P', scene.basis, 'The columns of P are the basis vectors b1, b2, ...'));
    if (matrixRank(scene.basis) === scene.dim)
      lines.push('print("A in the basis P: P^-1 A P =\\n", np.linalg.solve(P, A @ P))');
    else lines.push('# The columns of P are dependent: they are not a basis, so P^-1 A P does not exist.');
  }
  return lines;
}

function pcaScript(scene: LinalgScene): string[] {
  const d = scene.dim;
  return [
    `# The page's cloud: n = ${formatExact(scene.n)} points from N(0, Sigma), Sigma = diag(sd) R diag(sd)`,
    `sd = np.array(${list(scene.sd)})`,
    pyMatrix('R', covarianceFromCorrelations(new Array<number>(d).fill(1), scene.corr), 'correlations'),
    'Sigma = np.outer(sd, sd) * R',
    '# NumPy draws other points than the page does from the same seed number: sample values differ a little',
    `rng = np.random.default_rng(${formatExact(scene.seed)})`,
    `X = rng.multivariate_normal(np.zeros(${d}), Sigma, size=${formatExact(scene.n)})`,
    '',
    '# PCA: eigen-decomposition of the sample covariance (divided by n - 1, as on the page)',
    'mean = X.mean(axis=0)',
    'Xc = X - mean',
    'S = Xc.T @ Xc / (len(X) - 1)',
    'variances, axes = np.linalg.eigh(S)  # ascending: reverse to largest first',
    'order = np.argsort(variances)[::-1]',
    'variances, axes = variances[order], axes[:, order]',
    'print("variances =", variances)',
    'print("explained ratio =", variances / variances.sum())',
    'print("axes (columns) =\\n", axes)',
    'print("population variances (eigenvalues of Sigma) =", np.linalg.eigvalsh(Sigma)[::-1])',
    '',
    '# The same from the SVD of the centred data: variance_i = s_i^2 / (n - 1)',
    '_, s, Vt = np.linalg.svd(Xc, full_matrices=False)',
    'print("from the SVD =", s**2 / (len(X) - 1))',
    '',
    `k = ${formatExact(scene.k)}`,
    'scores = Xc @ axes[:, :k]  # coordinates along the first k components',
    'X_k = mean + scores @ axes[:, :k].T  # the points projected onto them',
    'print("share of the variance kept with k =", k, ":", variances[:k].sum() / variances.sum())',
  ];
}

/** A runnable script (NumPy only) that computes what the page shows for `scene`. */
export function linalgPython(scene: LinalgScene): string {
  const body = scene.mode === 'pca' ? pcaScript(scene) : matrixScript(scene);
  return ['import numpy as np', '', 'np.set_printoptions(precision=6, suppress=True)', '', ...body, ''].join(
    '\n',
  );
}

/** One line under the code saying what it is. */
export function linalgPythonNote(scene: LinalgScene): string {
  const size = `${scene.dim}×${scene.dim}`;
  if (scene.mode === 'pca')
    return `PCA of a ${scene.dim}D Gaussian cloud with the page's standard deviations, correlations, n and k, in NumPy. The points come from NumPy's generator, so the sample numbers differ slightly from the page's.`;
  const extra =
    scene.mode === 'compose'
      ? ' and the composition AB'
      : scene.mode === 'basis'
        ? ' and A in the basis P'
        : '';
  return `The page's ${size} matrix A with NumPy: det, inverse, eigenvalues, SVD and rank${extra}. Run it with python3 (NumPy installed).`;
}
