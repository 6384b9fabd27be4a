/** Code panel script of the Variational inference tab (NumPy), from the tab's view. */
import { formatExact as num } from '../../../core/numberText';
import type { ViView } from '../../../stores/probability/vi/view';

const lines = (l: string[]): string => l.join('\n') + '\n';

/** log p̃ and its gradient for each built-in target, vectorized over rows of z. */
function targetLines(v: ViView): string[] {
  switch (v.target) {
    case 'gaussian':
      return [
        `rho = ${num(v.rho)}  # p = N(0, [[1, rho], [rho, 1]])`,
        'def logp_grad(z):',
        '    x, y = z[:, 0], z[:, 1]',
        '    c = 1 / (1 - rho**2)',
        '    lp = -0.5 * c * (x**2 - 2 * rho * x * y + y**2)',
        '    return lp, np.stack([-c * (x - rho * y), -c * (y - rho * x)], axis=1)',
        'box = [-3.5, 3.5, -3.5, 3.5]',
      ];
    case 'banana':
      return [
        'def logp_grad(z):  # x ~ N(0, 1.4^2), y | x ~ N(x^2/2 - 1, 0.45^2)',
        '    x, y = z[:, 0], z[:, 1]',
        '    ax, ay = 1 / 1.4**2, 1 / 0.45**2',
        '    r = y - 0.5 * x**2 + 1',
        '    return -0.5 * (ax * x**2 + ay * r**2), np.stack([-ax * x + ay * r * x, -ay * r], axis=1)',
        'box = [-4.5, 4.5, -2.5, 6.5]',
      ];
    case 'donut':
      return [
        'def logp_grad(z):  # radius ~ N(2.5, 0.25^2)',
        '    r = np.hypot(z[:, 0], z[:, 1])',
        '    a = 1 / 0.25**2',
        '    k = np.where(r > 0, -a * (r - 2.5) / np.maximum(r, 1e-300), 0.0)',
        '    return -0.5 * a * (r - 2.5) ** 2, k[:, None] * z',
        'box = [-3.75, 3.75, -3.75, 3.75]',
      ];
    case 'mixture':
      return [
        '# Three isotropic Gaussians: weight, centre, standard deviation.',
        'W = np.array([0.3, 0.4, 0.3]); M = np.array([[-2, -1.5], [2, -1], [-0.5, 2.2]]); S = np.array([0.6, 0.8, 0.5])',
        'def logp_grad(z):',
        '    d = z[:, None, :] - M[None, :, :]',
        '    t = np.log(W) - 2 * np.log(S) - np.log(2 * np.pi) - 0.5 * (d**2).sum(-1) / S**2',
        '    lp = np.logaddexp.reduce(t, axis=1)',
        '    r = np.exp(t - lp[:, None])  # responsibilities',
        '    return lp, -(r[:, :, None] * d / S[None, :, None] ** 2).sum(1)',
        'box = [-4, 4, -4, 4]',
      ];
  }
}

/** Reverse KL by reparameterized SGD (Adam) or forward KL by weighted moments, then an MH chain beside it. */
export function viPython(v: ViView): string {
  const full = v.family === 'full';
  const fit =
    v.divergence === 'reverse'
      ? [
          '# Reverse KL(q||p): maximize ELBO = E_q[log p(z)] + H(q) with z = m + L eps (reparameterization).',
          '# theta = [m1, m2, log l11, log l22, l21]; L = [[e^s1, 0], [l21, e^s2]].',
          'g0 = np.linspace(box[0], box[1], 41); h0 = np.linspace(box[2], box[3], 41)',
          'grid = np.array([[a, b] for b in h0 for a in g0])',
          'start = grid[np.argmax(logp_grad(grid)[0])]  # the highest grid point, as the page',
          'theta = np.array([*start, np.log((box[1] - box[0]) / 10), np.log((box[3] - box[2]) / 10), 0.0])',
          'm1st, m2nd, avg, kept = np.zeros(5), np.zeros(5), np.zeros(5), 0',
          `T = ${num(v.iterations)}`,
          'for t in range(1, T + 1):',
          '    eps = rng.standard_normal((4, 2))',
          '    a, d = np.exp(theta[2]), np.exp(theta[3])',
          `    b = ${full ? 'theta[4]' : '0.0  # mean-field: S diagonal'}`,
          '    z = np.stack([theta[0] + a * eps[:, 0], theta[1] + b * eps[:, 0] + d * eps[:, 1]], axis=1)',
          '    lp, g = logp_grad(z)',
          '    grad = np.array([g[:, 0].mean(), g[:, 1].mean(),',
          '                     a * (g[:, 0] * eps[:, 0]).mean() + 1, d * (g[:, 1] * eps[:, 1]).mean() + 1,',
          `                     ${full ? '(g[:, 1] * eps[:, 0]).mean()' : '0.0'}])`,
          '    lr = 0.05 / np.sqrt(1 + t / 1000)',
          '    m1st = 0.9 * m1st + 0.1 * grad; m2nd = 0.999 * m2nd + 0.001 * grad**2',
          '    theta += lr * (m1st / (1 - 0.9**t)) / (np.sqrt(m2nd / (1 - 0.999**t)) + 1e-8)',
          '    if t > T // 2:  # average the second half of the iterates',
          `        avg += [theta[0], theta[1], np.exp(theta[2]), np.exp(theta[3]), ${full ? 'theta[4]' : '0.0'}]; kept += 1`,
          'm1, m2, a, d, b = avg / kept',
          'mean = np.array([m1, m2]); cov = np.array([[a * a, a * b], [a * b, b * b + d * d]])',
        ]
      : [
          '# Forward KL(p||q): q matches p moments, estimated with weights p(z) on uniform draws over the box.',
          `z = np.stack([rng.uniform(box[0], box[1], ${num(v.iterations)}), rng.uniform(box[2], box[3], ${num(v.iterations)})], axis=1)`,
          'lp, _ = logp_grad(z)',
          'w = np.exp(lp - lp.max()); w /= w.sum()',
          'mean = w @ z',
          'cov = (z - mean).T @ ((z - mean) * w[:, None])',
          ...(full ? [] : ['cov = np.diag(np.diag(cov))  # mean-field: variances only']),
        ];
  return lines([
    `# Gaussian variational inference on the ${v.target} target: ${v.divergence} KL, ${v.family} q.`,
    '# (The page uses its own random numbers: the numbers agree within the fit and Monte Carlo error.)',
    'import numpy as np',
    '',
    `rng = np.random.default_rng(${num(v.seed)})`,
    ...targetLines(v),
    '',
    ...fit,
    "print('q mean', mean, 'q variance x', cov[0, 0], 'q variance y', cov[1, 1], 'q covariance', cov[0, 1])",
    'eps = rng.standard_normal((4000, 2))',
    'zq = mean + eps @ np.linalg.cholesky(cov + 1e-300 * np.eye(2)).T',
    "print('ELBO', logp_grad(zq)[0].mean() + 1 + np.log(2 * np.pi) + 0.5 * np.log(np.linalg.det(cov)))",
    ...(v.mcmcSteps > 0
      ? [
          '',
          '# Random-walk Metropolis on the same target, for comparison (proposal scale 1, first 10% dropped).',
          `n = ${num(v.mcmcSteps)}; x = np.zeros((n, 2)); cur = np.array([0.0, 0.0]); lcur = logp_grad(cur[None])[0][0]`,
          'for i in range(n):',
          '    prop = cur + rng.standard_normal(2)',
          '    lprop = logp_grad(prop[None])[0][0]',
          '    if np.log(rng.uniform()) < lprop - lcur: cur, lcur = prop, lprop',
          '    x[i] = cur',
          'kept = x[n // 10:]',
          "print('MCMC mean', kept.mean(axis=0), 'MCMC variance x', kept[:, 0].var(ddof=1))",
        ]
      : []),
  ]);
}
