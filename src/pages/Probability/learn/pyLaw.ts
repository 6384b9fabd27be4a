/**
 * A distribution of the page as a frozen scipy.stats law, with its parameters as named Python variables
 * holding exactly the page's numbers. SciPy parameterises several families differently from the
 * textbook forms the page shows; the mapping says how in a comment where it differs.
 */
import { DISTRIBUTIONS, type DistributionName } from '../../../core';
import { formatExact } from '../../../core/numberText';

/** `lambda` is a Python keyword. */
const pyName = (param: string) => (param === 'lambda' ? 'lam' : param);

const LAWS: Record<DistributionName, { law: string; note?: string }> = {
  normal: { law: 'stats.norm(loc=mean, scale=sd)' },
  uniform: { law: 'stats.uniform(loc=a, scale=b - a)', note: 'SciPy takes the left end and the width' },
  exponential: { law: 'stats.expon(scale=1 / rate)', note: 'SciPy takes the scale 1/rate' },
  gamma: { law: 'stats.gamma(a=shape, scale=1 / rate)', note: 'SciPy takes the scale 1/rate' },
  beta: { law: 'stats.beta(a=alpha, b=beta)' },
  studentT: { law: 'stats.t(df=df)' },
  chiSquared: { law: 'stats.chi2(df=k)' },
  laplace: { law: 'stats.laplace(loc=mu, scale=b)' },
  lognormal: { law: 'stats.lognorm(s=sigma, scale=np.exp(mu))', note: 'SciPy takes s = σ and scale = e^μ' },
  cauchy: { law: 'stats.cauchy(loc=x0, scale=gamma)' },
  bernoulli: { law: 'stats.bernoulli(p=p)' },
  binomial: { law: 'stats.binom(n=n, p=p)' },
  poisson: { law: 'stats.poisson(mu=lam)' },
  geometric: { law: 'stats.geom(p=p)', note: 'trials up to the first success, support 1, 2, …' },
};

/** "Gamma(shape 2.5, rate 1.5)": the family and its numbers, for titles and notes. */
export function lawTitle(dist: DistributionName, params: Record<string, number>): string {
  const info = DISTRIBUTIONS[dist];
  return `${info.label}(${info.params.map((p) => `${p.name} ${formatExact(params[p.name])}`).join(', ')})`;
}

/** Lines that define the parameters and `law`, the frozen SciPy distribution. */
export function lawLines(dist: DistributionName, params: Record<string, number>): string[] {
  const info = DISTRIBUTIONS[dist];
  const { law, note } = LAWS[dist];
  return [
    ...info.params.map((p) => `${pyName(p.name)} = ${formatExact(params[p.name])}  # ${p.label}`),
    `law = ${law}${note ? `  # ${note}` : ''}`,
  ];
}
