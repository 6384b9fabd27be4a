/**
 * "Show me the code" for the probability page: each tab's view as a short runnable NumPy/SciPy script
 * with the page's numbers written exactly (formatExact). Pure functions of the view; NumPy's generator is
 * not the page's, so a script's draws differ while its statistics agree within sampling error.
 */
import {
  betaShapeProblem,
  DISTRIBUTIONS,
  makeDistribution,
  validateParams,
  type DistributionName,
} from '../../../core';
import { formatExact as num } from '../../../core/numberText';
import { lawLines, lawTitle } from './pyLaw';
import { mcmcPython, monteCarloPython } from './pythonSim';
import { conditionalPython, gaussiansPython } from './pythonPart4';
import { viPython } from './pythonVi';
import type { ViView } from '../../../stores/probability/vi/view';
import { type ConditionalView } from '../../../stores/probability/conditional/view';
import { type GaussiansView } from '../../../stores/probability/gaussians/view';
import { type BayesView } from '../../../stores/probability/bayes/view';
import { type CltView } from '../../../stores/probability/clt/view';
import { type ProbabilityView } from '../../../stores/probability/distributions/view';
import { type InformationView } from '../../../stores/probability/information/view';
import { type LlnView } from '../../../stores/probability/lln/view';
import { type McmcView } from '../../../stores/probability/mcmc/view';
import { type MonteCarloView } from '../../../stores/probability/montecarlo/view';

export const script = (lines: string[]): string => lines.join('\n') + '\n';

const HEAD = ['import numpy as np', 'from scipy import stats', ''];

/** Above this many numbers in memory (8 bytes each) the script says so: NumPy holds every draw at once. */
const LARGE = 1e7;

const memoryNote = (count: number, name: string): string[] =>
  count > LARGE
    ? [
        `# ${num(count)} draws hold ${((8 * count) / 1e9).toPrecision(2)} GB in memory: lower ${name} to try it.`,
      ]
    : [];

/** Whether the law has a finite mean and variance (the CLT's normal exists). */
function finiteMoments(dist: DistributionName, params: Record<string, number>): boolean {
  if (validateParams(dist, params).length > 0) return false;
  const d = makeDistribution(dist, params);
  return Number.isFinite(d.mean) && Number.isFinite(d.variance);
}

/** The Distributions tab: the law's moments and entropy, a seeded sample and its KS distance. */
export function distributionsPython(view: Omit<ProbabilityView, 'g' | 'gn' | 'gy'>): string {
  const { dist, params, samples, seed } = view;
  const ks = DISTRIBUTIONS[dist].discrete
    ? [
        '# A discrete law: the largest gap between the two step functions, over the integers.',
        'k_grid = np.arange(x.min() - 1, x.max() + 1)',
        "ecdf = np.searchsorted(np.sort(x), k_grid, side='right') / n_samples",
        "print('KS distance', np.abs(ecdf - law.cdf(k_grid)).max())",
      ]
    : ['ks = stats.kstest(x, law.cdf)', "print('KS distance', ks.statistic, 'p-value', ks.pvalue)"];
  return script([
    `# ${lawTitle(dist, params)}: its moments and entropy, then a sample, as on the Distributions tab.`,
    ...HEAD,
    ...lawLines(dist, params),
    '',
    "print('distribution mean', law.mean())",
    "print('distribution variance', law.var())",
    "print('entropy (nats)', law.entropy())",
    '',
    `n_samples = ${num(samples)}`,
    `seed = ${num(seed)}`,
    ...memoryNote(samples, 'n_samples'),
    'rng = np.random.default_rng(seed)',
    'x = law.rvs(size=n_samples, random_state=rng)',
    "print('sample mean', x.mean())",
    "print('sample variance', x.var(ddof=1))",
    ...ks,
  ]);
}

/** Powers of ten up to n, and n itself: where the running means are printed. */
function checkpoints(n: number): number[] {
  const out: number[] = [];
  for (let p = 10; p < n; p *= 10) out.push(p);
  return [...out, n];
}

/** The LLN tab: several runs of the running mean, printed at powers of ten. */
export function llnPython(view: LlnView): string {
  const { dist, params, draws, runs, seed } = view;
  return script([
    `# Law of large numbers: ${num(runs)} running means of ${num(draws)} draws from ${lawTitle(dist, params)}.`,
    ...HEAD,
    ...lawLines(dist, params),
    '',
    `n_draws = ${num(draws)}`,
    `runs = ${num(runs)}`,
    `seed = ${num(seed)}`,
    ...memoryNote(draws * runs, 'n_draws'),
    'rng = np.random.default_rng(seed)',
    'x = law.rvs(size=(runs, n_draws), random_state=rng)',
    'running_mean = np.cumsum(x, axis=1) / np.arange(1, n_draws + 1)',
    `for n in [${checkpoints(draws).join(', ')}]:`,
    "    print(f'n = {n:>7}: running means', np.round(running_mean[:, n - 1], 4))",
    "print('true mean', law.mean(), 'standard error at n_draws', law.std() / np.sqrt(n_draws))",
  ]);
}

/** The CLT tab: many means (or sums) of k draws against the normal the theorem predicts. */
export function cltPython(view: CltView): string {
  const { dist, params, k, reps, stat, seed } = view;
  const scale = stat === 'mean' ? 'law.std() / np.sqrt(k_draws)' : 'law.std() * np.sqrt(k_draws)';
  const compare = finiteMoments(dist, params)
    ? [
        `# The CLT's normal: mean ${stat === 'mean' ? 'μ' : 'kμ'}, sd ${stat === 'mean' ? 'σ/√k' : 'σ√k'}.`,
        `center = ${stat === 'mean' ? 'law.mean()' : 'k_draws * law.mean()'}`,
        `spread = ${scale}`,
        `print('mean of the ${stat}s', stat.mean(), 'theory', center)`,
        `print('sd of the ${stat}s', stat.std(ddof=1), 'theory', spread)`,
        "print('skewness', stats.skew(stat), 'theory', law.stats(moments='s') / np.sqrt(k_draws))",
        'ks = stats.kstest(stat, stats.norm(loc=center, scale=spread).cdf)',
        "print('KS distance to the normal', ks.statistic)",
      ]
    : [
        '# This law has no finite mean or variance: the CLT does not apply, there is no normal to compare.',
        "print('median of the statistics', np.median(stat))",
        "print('interquartile range', np.subtract(*np.percentile(stat, [75, 25])))",
      ];
  return script([
    `# Central limit theorem: ${num(reps)} ${stat}s of k = ${num(k)} draws from ${lawTitle(dist, params)}.`,
    ...HEAD,
    ...lawLines(dist, params),
    '',
    `k_draws = ${num(k)}  # draws per ${stat}`,
    `reps = ${num(reps)}  # how many ${stat}s`,
    `seed = ${num(seed)}`,
    ...memoryNote(k * reps, 'reps'),
    'rng = np.random.default_rng(seed)',
    'draws = law.rvs(size=(reps, k_draws), random_state=rng)',
    `stat = draws.${stat}(axis=1)`,
    '',
    ...compare,
  ]);
}

/** The Bayes tab: the conjugate Beta posterior of the coin, and Bayes' rule on the screening test. */
export function bayesPython(view: BayesView): string {
  return script([
    "# Bayesian updating: a Beta prior on the coin's P(heads), then Bayes' rule on a screening test.",
    'from scipy import stats',
    '',
    `a, b = ${num(view.alpha)}, ${num(view.beta)}  # prior Beta(a, b)`,
    `heads, tails = ${num(view.heads)}, ${num(view.tails)}`,
    'prior = stats.beta(a, b)',
    'posterior = stats.beta(a + heads, b + tails)  # conjugacy: add the counts to the shapes',
    "print('prior mean', prior.mean())",
    "print('posterior mean', posterior.mean())",
    "print('posterior sd', posterior.std())",
    'lo, hi = posterior.interval(0.95)',
    "print('95% credible interval', lo, hi)",
    '',
    `prevalence, sensitivity, specificity = ${num(view.prevalence)}, ${num(view.sensitivity)}, ${num(view.specificity)}`,
    'p_positive = sensitivity * prevalence + (1 - specificity) * (1 - prevalence)',
    "print('P(positive)', p_positive)",
    "print('P(disease | positive)', sensitivity * prevalence / p_positive)",
  ]);
}

const list = (p: readonly number[]) => `np.array([${p.map(num).join(', ')}])`;

/**
 * The Entropy and KL tab in the tab's one unit (bits: base 2, nats: base e): entropies, cross-entropy, both KL
 * divergences, KL between normals and the mutual information of the joint table and of the bivariate Gaussian.
 */
export function informationPython(view: InformationView): string {
  const { normalP: p, normalQ: q, unit } = view;
  const base = unit === 'bits' ? '2' : 'np.e';
  const toUnit = unit === 'bits' ? ' / np.log(2)' : '';
  const rows: string[] = [];
  for (let i = 0; i < view.miRows; i++)
    rows.push(
      `[${view.joint
        .slice(i * view.miCols, (i + 1) * view.miCols)
        .map(num)
        .join(', ')}]`,
    );
  return script([
    `# Entropy, cross-entropy, KL divergence and mutual information in ${unit} (logarithms to base ${unit === 'bits' ? '2' : 'e'}), as on the tab.`,
    ...HEAD.slice(0, 2),
    'from scipy import integrate',
    '',
    `base = ${base}`,
    `E = ${list(view.entropy)}`,
    `P = ${list(view.p)}`,
    `Q = ${list(view.q)}`,
    `print('H(E) ${unit}', stats.entropy(E, base=base))`,
    `print('H(P) ${unit}', stats.entropy(P, base=base))`,
    `print('H(Q) ${unit}', stats.entropy(Q, base=base))`,
    '# stats.entropy(P, Q) is KL(P || Q); it is infinite where Q = 0 < P.',
    `print('H(P,Q) ${unit}', stats.entropy(P, base=base) + stats.entropy(P, Q, base=base))`,
    `print('KL(P||Q) ${unit}', stats.entropy(P, Q, base=base))`,
    `print('KL(Q||P) ${unit}', stats.entropy(Q, P, base=base))`,
    '',
    `m1, s1 = ${num(p.mean)}, ${num(p.sd)}  # P = N(m1, s1^2)`,
    `m2, s2 = ${num(q.mean)}, ${num(q.sd)}  # Q = N(m2, s2^2)`,
    'kl = np.log(s2 / s1) + (s1**2 + (m1 - m2) ** 2) / (2 * s2**2) - 0.5  # natural log: nats',
    'p, q = stats.norm(m1, s1), stats.norm(m2, s2)',
    'numeric, _ = integrate.quad(lambda x: p.pdf(x) * (p.logpdf(x) - q.logpdf(x)), -np.inf, np.inf)',
    "print('KL(P||Q) nats, closed form', kl, 'by quadrature', numeric)",
    ...(unit === 'bits' ? ["print('normal KL(P||Q) bits', kl / np.log(2))"] : []),
    '',
    '# Mutual information of the joint table (rows = X), normalized: I = H(X) + H(Y) - H(X,Y).',
    `J = np.array([${rows.join(', ')}], dtype=float)`,
    'J /= J.sum()',
    'hx, hy, hxy = (stats.entropy(v, base=base) for v in (J.sum(axis=1), J.sum(axis=0), J.ravel()))',
    `print('H(X) ${unit}', hx, 'H(Y) ${unit}', hy, 'H(X,Y) ${unit}', hxy)`,
    `print('mutual information ${unit}', hx + hy - hxy)`,
    `rho = ${num(view.miRho)}`,
    `print('Gaussian I(rho) ${unit}', -0.5 * np.log(1 - rho**2)${toUnit})`,
  ]);
}

export type ProbabilityScene =
  | { tab: 'distributions'; view: Omit<ProbabilityView, 'g' | 'gn' | 'gy'>; fallback: boolean }
  | { tab: 'lln'; view: LlnView }
  | { tab: 'clt'; view: CltView }
  | { tab: 'montecarlo'; view: MonteCarloView }
  | { tab: 'bayes'; view: BayesView }
  | { tab: 'mcmc'; view: McmcView }
  | { tab: 'information'; view: InformationView }
  | { tab: 'gaussians'; view: GaussiansView }
  | { tab: 'conditional'; view: ConditionalView }
  | { tab: 'vi'; view: ViView };

const SAMPLE_NOTE =
  "NumPy's generator is not the page's: with the same seed the draws differ, the statistics agree within sampling error.";

function lawNote(dist: DistributionName, params: Record<string, number>): string | null {
  const bad = validateParams(dist, params);
  return bad.length > 0 ? `Fix ${bad[0].message}: SciPy refuses this law as the page does.` : null;
}

/** The script for the active tab and a one-sentence note on how it relates to the page. */
export function probabilityCode(scene: ProbabilityScene): { code: string; note: string } {
  switch (scene.tab) {
    case 'distributions': {
      const { dist, params } = scene.view;
      const lead = scene.fallback
        ? 'A field holds an invalid value: the script shows the last valid law.'
        : `${lawTitle(dist, params)} with scipy.stats.`;
      return { code: distributionsPython(scene.view), note: `${lead} ${SAMPLE_NOTE}` };
    }
    case 'lln':
    case 'clt': {
      const v = scene.view;
      const code = scene.tab === 'lln' ? llnPython(scene.view) : cltPython(scene.view);
      return { code, note: lawNote(v.dist, v.params) ?? SAMPLE_NOTE };
    }
    case 'montecarlo':
      return monteCarloPython(scene.view);
    case 'bayes': {
      const v = scene.view;
      const bad = betaShapeProblem('prior alpha', v.alpha) ?? betaShapeProblem('prior beta', v.beta);
      const note = bad
        ? `Fix the prior (${bad}): SciPy refuses it as the page does.`
        : `Prior Beta(${num(v.alpha)}, ${num(v.beta)}) and ${num(v.heads)} heads, ${num(v.tails)} tails give the posterior Beta(${num(v.alpha + v.heads)}, ${num(v.beta + v.tails)}).`;
      return { code: bayesPython(v), note };
    }
    case 'mcmc':
      return mcmcPython(scene.view);
    case 'information':
      return {
        code: informationPython(scene.view),
        note: `Everything in ${scene.view.unit}, the tab's unit (base=${scene.view.unit === 'bits' ? '2' : 'e'}): scipy.stats.entropy gives the entropy of one list, and KL(P‖Q) of two; the normals use the closed form in nats${scene.view.unit === 'bits' ? ', divided by ln 2' : ''}.`,
      };
    case 'gaussians':
      return {
        code: gaussiansPython(scene.view),
        note: 'The conditional from the formula and from the precision matrix agree; NumPy draws other samples than the page with the same seed.',
      };
    case 'conditional':
      return {
        code: conditionalPython(scene.view),
        note: 'Each event is a 6×6 boolean mask; with equally likely outcomes a probability is the mean of its mask.',
      };
    case 'vi':
      return {
        code: viPython(scene.view),
        note: 'The same fit as the page (Adam on the reparameterized ELBO, or weighted moments); NumPy draws other random numbers, so q agrees within the fit’s noise and the chain within its Monte Carlo error.',
      };
  }
}
