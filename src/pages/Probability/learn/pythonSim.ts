/**
 * "Show me the code" for the Monte Carlo and MCMC tabs, whose functions the student may type: the typed
 * text is translated from the page's own parse tree (never pasted), so the script computes what the page does.
 */
import {
  makeTarget,
  MIXTURE_COMPONENTS,
  parseFunctionOfX,
  parseToAst,
  printExpr,
  TARGET_LABELS,
  type TargetSpec,
} from '../../../core';
import { targetSpecOf } from '../../../stores/probability/mcmc/store';
import { formatExact as num } from '../../../core/numberText';
import { mentions, pythonExpr } from './pyExpr';
import { type McmcView } from '../../../stores/probability/mcmc/view';
import { type MonteCarloView } from '../../../stores/probability/montecarlo/view';

const script = (lines: string[]): string => lines.join('\n') + '\n';

/** A Python string literal of any text: JSON's escapes are all valid in Python. */
const pyString = (text: string) => JSON.stringify(text);

const NUMPY_NOTE =
  "NumPy's generator is not the page's: with the same seed the points differ, the estimates agree within their standard error.";

/** The Monte Carlo tab: π from points in the unit square, or ∫ₐᵇ f by uniform sampling. */
export function monteCarloPython(view: MonteCarloView): { code: string; note: string } {
  const setup = [`n = ${num(view.points)}`, `seed = ${num(view.seed)}`, 'rng = np.random.default_rng(seed)'];
  if (view.mode === 'pi') {
    const code = script([
      '# Monte Carlo estimate of pi: the fraction of uniform points in the unit square inside the quarter disc.',
      'import numpy as np',
      '',
      ...setup,
      'u, v = rng.random(n), rng.random(n)',
      'p_hat = np.mean(u**2 + v**2 <= 1)  # estimates the quarter disc area pi/4',
      'pi_hat = 4 * p_hat',
      'se = 4 * np.sqrt(p_hat * (1 - p_hat) / n)  # the standard error shrinks like 1/sqrt(n)',
      "print('pi estimate', pi_hat, '+-', se, 'error', pi_hat - np.pi)",
    ]);
    return { code, note: NUMPY_NOTE };
  }
  const parsed = parseFunctionOfX(view.f);
  const body = parsed.ok
    ? [
        `    # f(x) = ${printExpr(parsed.ast)}`,
        `    return ${pythonExpr(parsed.ast)}${mentions(parsed.ast, 'x') ? '' : ' + 0 * x'}`,
      ]
    : [`    raise ValueError(${pyString(`f(x) = ${view.f} does not parse: ${parsed.error.message}`)})`];
  const code = script([
    '# Monte Carlo integration: (b - a) times the mean of f at uniform points, against quadrature.',
    'import numpy as np',
    'from scipy import integrate',
    '',
    '',
    'def f(x):',
    ...body,
    '',
    '',
    `a, b = ${num(view.a)}, ${num(view.b)}`,
    ...setup,
    'u = rng.uniform(a, b, n)',
    'y = (b - a) * f(u)',
    'se = y.std(ddof=1) / np.sqrt(n)  # shrinks like 1/sqrt(n)',
    "print('Monte Carlo estimate', y.mean(), '+-', se)",
    "print('quadrature', integrate.quad(f, a, b)[0])",
  ]);
  return { code, note: parsed.ok ? NUMPY_NOTE : `Fix f(x): ${parsed.error.message}.` };
}

/** log π(x, y) of a target as a Python function (up to the same additive constant as the page's). */
function logDensityLines(spec: TargetSpec): string[] {
  switch (spec.kind) {
    case 'gaussian':
      return [
        `rho = ${num(spec.rho)}`,
        '',
        '',
        'def log_p(x, y):',
        '    return -(x**2 - 2 * rho * x * y + y**2) / (2 * (1 - rho**2))',
      ];
    case 'banana':
      return [
        'def log_p(x, y):',
        '    # x ~ N(0, 1.4^2) and y | x ~ N(x^2/2 - 1, 0.45^2)',
        '    return -(x**2) / (2 * 1.4**2) - (y - x**2 / 2 + 1) ** 2 / (2 * 0.45**2)',
      ];
    case 'donut':
      return ['def log_p(x, y):', '    return -((np.sqrt(x**2 + y**2) - 2.5) ** 2) / (2 * 0.25**2)'];
    case 'mixture': {
      const col = (k: 'w' | 'mx' | 'my' | 's') =>
        `np.array([${MIXTURE_COMPONENTS.map((c) => num(c[k])).join(', ')}])`;
      return [
        `W, MX, MY, S = ${col('w')}, ${col('mx')}, ${col('my')}, ${col('s')}`,
        '',
        '',
        'def log_p(x, y):',
        '    # log of sum_k W_k N((x, y); (MX_k, MY_k), S_k^2 I), by log-sum-exp',
        '    d2 = (x - MX) ** 2 + (y - MY) ** 2',
        '    return logsumexp(np.log(W) - 2 * np.log(S) - np.log(2 * np.pi) - d2 / (2 * S**2))',
      ];
    }
    case 'custom': {
      const parsed = parseToAst(spec.source);
      if (!parsed.ok)
        return [
          'def log_p(x, y):',
          `    raise ValueError(${pyString(`log p = ${spec.source} does not parse: ${parsed.error.message}`)})`,
        ];
      return [
        'def log_p(x, y):',
        `    # log p(x, y) = ${printExpr(parsed.ast)}`,
        '    x, y = np.float64(x), np.float64(y)',
        "    with np.errstate(all='ignore'):",
        `        v = ${pythonExpr(parsed.ast)}`,
        '    return v if np.isfinite(v) else -np.inf  # the page treats such points as outside the support',
      ];
    }
  }
}

const MH_LOOP = [
  'for i in range(steps):',
  '    px, py = x + scale * rng.standard_normal(), y + scale * rng.standard_normal()',
  '    lq = log_p(px, py)',
  '    # accept with probability min(1, p(proposal) / p(current))',
  '    if np.log(1 - rng.random()) <= lq - lp:',
  '        x, y, lp = px, py, lq',
  '        accepted += 1',
  '    chain[i] = x, y',
];

const HMC_LOOP = [
  '',
  '',
  'def grad(q, h=1e-6):  # central differences (the page differentiates exactly)',
  '    x, y = q',
  '    return np.array([log_p(x + h, y) - log_p(x - h, y), log_p(x, y + h) - log_p(x, y - h)]) / (2 * h)',
  '',
  '',
  'q = np.array([x, y], dtype=float)',
  'g = grad(q)',
  'for i in range(steps):',
  '    p0 = rng.standard_normal(2)',
  '    qn, p, gn = q.copy(), p0.copy(), g.copy()',
  '    for _ in range(L):  # leapfrog: half kick, drift, half kick',
  '        p += 0.5 * eps * gn',
  '        qn += eps * p',
  '        gn = grad(qn)',
  '        p += 0.5 * eps * gn',
  '    ln = log_p(*qn)',
  '    # accept with probability min(1, exp(H(start) - H(end))), H = -log p + |p|^2 / 2',
  '    if np.log(1 - rng.random()) <= (ln - 0.5 * p @ p) - (lp - 0.5 * p0 @ p0):',
  '        q, lp, g = qn, ln, gn',
  '        accepted += 1',
  '    chain[i] = q',
];

/** The MCMC tab: the same target, sampler settings, number of steps and start as a plain Python loop. */
export function mcmcPython(view: McmcView): { code: string; note: string } {
  const spec = targetSpecOf(view);
  let start: readonly [number, number] = [0, 0];
  let problem: string | null = null;
  try {
    start = makeTarget(spec).start;
  } catch (e) {
    problem = (e as Error).message;
  }
  const mh = view.algorithm === 'mh';
  const cost = view.steps * (mh ? 1 : view.leapfrog);
  const code = script([
    `# ${mh ? 'Random-walk Metropolis-Hastings' : 'Hamiltonian Monte Carlo'} on the target "${TARGET_LABELS[spec.kind]}", as on the MCMC tab.`,
    'import numpy as np',
    ...(spec.kind === 'mixture' ? ['from scipy.special import logsumexp'] : []),
    '',
    ...logDensityLines(spec),
    '',
    '',
    mh
      ? `scale = ${num(view.scale)}  # sd of the Gaussian proposal`
      : `eps, L = ${num(view.stepSize)}, ${num(view.leapfrog)}  # leapfrog step size and steps`,
    `steps = ${num(view.steps)}`,
    `seed = ${num(view.seed)}`,
    ...(cost > 2e5
      ? ['# A plain Python loop: this many steps take a while (the page runs compiled code).']
      : []),
    'rng = np.random.default_rng(seed)',
    `x, y = ${num(start[0])}, ${num(start[1])}  # the page's starting point`,
    'lp = log_p(x, y)',
    'chain = np.empty((steps, 2))',
    'accepted = 0',
    ...(mh ? MH_LOOP : HMC_LOOP),
    '',
    'kept = chain[steps // 10 :]  # drop the first 10% as burn-in, as the page does',
    '',
    '',
    "# Effective sample size by Geyer's initial monotone sequence, as the page computes it.",
    'def ess(v):',
    '    n = len(v)',
    '    d = v - v.mean()',
    '    f = np.fft.rfft(d, 2 * n)',
    '    acov = np.fft.irfft(f * np.conj(f), 2 * n)[:n]',
    '    if acov[0] <= 0:',
    '        return 1.0  # a chain that never moved',
    '    rho = acov / acov[0]',
    '    tau, prev = -1.0, np.inf',
    '    for m in range(n // 2):',
    '        g = min(rho[2 * m] + rho[2 * m + 1], prev)',
    '        if g <= 0:',
    '            break',
    '        tau, prev = tau + 2 * g, g',
    '    return n / max(tau, 1 / np.log10(n))',
    '',
    '',
    'ess_xy = np.array([ess(kept[:, 0]), ess(kept[:, 1])])',
    "print('acceptance rate', accepted / steps)",
    "print('mean of x and y', kept.mean(axis=0))",
    "print('effective sample size x and y', ess_xy)",
    '# This script and the page differ by about √2 of it: the Monte Carlo error of the means.',
    "print('Monte Carlo standard error x and y (sd/sqrt(ESS))', kept.std(axis=0, ddof=1) / np.sqrt(ess_xy))",
    "print('correlation of x and y', np.corrcoef(kept.T)[0, 1])",
  ]);
  const settings = mh ? `scale ${num(view.scale)}` : `ε ${num(view.stepSize)}, L ${num(view.leapfrog)}`;
  return {
    code,
    note: problem
      ? `Fix the target: ${problem}.`
      : `Same target, ${settings}, ${num(view.steps)} steps and start. NumPy's generator is not the page's, so the acceptance rate and moments agree within Monte Carlo error: the means within a few of the printed Monte Carlo standard errors (sd/√ESS, shown on the page beside each mean).`,
  };
}
