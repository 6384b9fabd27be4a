/** Code panel scripts of the Gaussians and Conditional probability tabs (NumPy), from the tab's view. */
import { formatExact as num } from '../../../core/numberText';
import type { ConditionalView } from '../../../stores/probability/conditional/view';
import { covarianceOf, type GaussiansView } from '../../../stores/probability/gaussians/view';

const lines = (l: string[]): string => l.join('\n') + '\n';

/** The Gaussians tab: conditional, eigen-decomposition, Cholesky samples, sum and product. */
export function gaussiansPython(v: GaussiansView): string {
  const [[a, b], [, d]] = covarianceOf(v);
  return lines([
    '# A bivariate Gaussian: p(x | y = y0), the ellipses from eigh, samples via Cholesky, sum and product.',
    'import numpy as np',
    '',
    `mu = np.array([${num(v.mx)}, ${num(v.my)}])`,
    `Sigma = np.array([[${num(a)}, ${num(b)}], [${num(b)}, ${num(d)}]])`,
    `y0 = ${num(v.y0)}`,
    'cond_mean = mu[0] + Sigma[0, 1] / Sigma[1, 1] * (y0 - mu[1])',
    'cond_var = Sigma[0, 0] - Sigma[0, 1] ** 2 / Sigma[1, 1]',
    "print('conditional mean', cond_mean, 'conditional variance', cond_var)",
    '# The same from the precision matrix: x | y ~ N(mu_x - L_xy / L_xx (y0 - mu_y), 1 / L_xx).',
    'L = np.linalg.inv(Sigma)',
    "print('via precision', mu[0] - L[0, 1] / L[0, 0] * (y0 - mu[1]), 1 / L[0, 0])",
    'lam, V = np.linalg.eigh(Sigma)  # 1-sigma ellipse: semi-axes sqrt(lam) along the columns of V',
    "print('semi-axes', np.sqrt(lam[::-1]))",
    `rng = np.random.default_rng(${num(v.seed)})`,
    'C = np.linalg.cholesky(Sigma)  # Sigma = C C^T',
    'z = rng.standard_normal((400, 2))',
    'samples = mu + z @ C.T',
    "print('sample mean', samples.mean(axis=0), 'sample covariance', np.cov(samples.T).ravel())",
    '',
    `m1, s1, m2, s2 = ${num(v.m1)}, ${num(v.s1)}, ${num(v.m2)}, ${num(v.s2)}`,
    "print('sum: mean', m1 + m2, 'variance', s1**2 + s2**2)",
    'prec = 1 / s1**2 + 1 / s2**2',
    "print('product: mean', (m1 / s1**2 + m2 / s2**2) / prec, 'variance', 1 / prec)",
  ]);
}

/** The Conditional probability tab: the events on two dice as NumPy masks, and the Simpson table. */
export function conditionalPython(v: ConditionalView): string {
  const mask = (m: string) => `np.array([${m.split('').join(', ')}], dtype=bool).reshape(6, 6)`;
  return lines([
    '# Two dice: 36 equally likely outcomes (rows: first die, columns: second die).',
    'import numpy as np',
    '',
    `A = ${mask(v.a)}`,
    `B = ${mask(v.b)}`,
    'pA, pB, pAB = A.mean(), B.mean(), (A & B).mean()',
    "print('P(A)', pA, 'P(B)', pB, 'P(A and B)', pAB)",
    "print('P(A given B)', pAB / pB if pB > 0 else 'undefined (B is empty)')",
    "print('independent' if np.isclose(pAB, pA * pB) else 'dependent', '(P(A)P(B) =', pA * pB, ')')",
    '',
    "# Simpson's paradox: [successes, patients] by treatment and stone size (Charig et al. 1986).",
    "data = {'A': {'small': (81, 87), 'large': (192, 263)}, 'B': {'small': (234, 270), 'large': (55, 80)}}",
    "for t in 'AB':",
    "    s = {z: data[t][z][0] / data[t][z][1] for z in ('small', 'large')}",
    '    all_ = sum(x[0] for x in data[t].values()) / sum(x[1] for x in data[t].values())',
    "    print(t, 'small', s['small'], 'large', s['large'], 'all', all_)",
  ]);
}
