import type { Rng } from '../rng';

export type DistributionName =
  | 'normal'
  | 'uniform'
  | 'exponential'
  | 'gamma'
  | 'beta'
  | 'studentT'
  | 'chiSquared'
  | 'laplace'
  | 'lognormal'
  | 'cauchy'
  | 'bernoulli'
  | 'binomial'
  | 'poisson'
  | 'geometric';

/**
 * A fully parameterised distribution (SciPy semantics).
 * mean/variance are +Infinity where the moment diverges (Student t with 1 < df ≤ 2) and NaN where
 * it is undefined (Cauchy; t with df ≤ 1). Entropy is in nats (differential for continuous ones).
 */
export interface Distribution {
  discrete: boolean;
  /** pdf, or pmf for discrete distributions (0 off the integers). */
  density(x: number): number;
  /** P(X ≤ x). */
  cdf(x: number): number;
  /**
   * Smallest x with cdf(x) ≥ p; for discrete ones the smallest k with cdf(k) ≥ p·(1 − 1e-12), so that
   * float ties resolve downwards. p = 0 and p = 1 give the ends of the support; NaN outside [0, 1].
   */
  quantile(p: number): number;
  mean: number;
  variance: number;
  entropy: number;
  /** n independent draws, consuming `rng` in order: equal seeds give prefixes of one stream. */
  sample(rng: Rng, n: number): Float64Array;
  /** Fills `out` with draws, exactly as `sample(rng, out.length)` would, without allocating. */
  fill(rng: Rng, out: Float64Array): void;
}

/** One slider of the parameter editor. */
export interface ParamSpec {
  name: string;
  label: string;
  /** Slider range only; validity is checked by makeDistribution. */
  min: number;
  max: number;
  step: number;
  default: number;
  integer?: boolean;
}

/** What the page needs to present a family: its name, sliders, formula and plotting window. */
export interface DistributionInfo {
  name: DistributionName;
  label: string;
  discrete: boolean;
  params: ParamSpec[];
  /** KaTeX source of the density with the given numbers substituted. */
  densityTex(params: Record<string, number>): string;
  /**
   * A sensible x-range to plot, covering about quantile 0.001 to 0.999 and clipped for heavy tails.
   * Discrete families give whole numbers: the first and last k to draw.
   * Invalid parameters fall back to the defaults.
   */
  plotRange(params: Record<string, number>): [number, number];
}

/** A problem with one parameter, phrased for an inline message beside its field. */
export interface ParamIssue {
  param: string;
  message: string;
}

/** A family's full definition: the public info plus its checks and its constructor. */
export interface DistributionDef extends DistributionInfo {
  /** Family-specific checks, run after every parameter is known to be a finite number. */
  check(params: Record<string, number>): ParamIssue[];
  /** Builds the distribution from parameters that passed the checks. */
  create(params: Record<string, number>): Distribution;
}
