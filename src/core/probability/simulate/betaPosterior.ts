import { makeDistribution } from '../distributions/registry';
import type { Distribution } from '../distributions/types';

export interface BetaSummary {
  alpha: number;
  beta: number;
  /** α/(α + β). */
  mean: number;
  /** (α − 1)/(α + β − 2) for α, β > 1; the boundary 0 or 1 when only one of them exceeds 1; NaN when there is no single mode. */
  mode: number;
  /** Why the mode is not an interior point, for the readout's note; empty otherwise. */
  modeNote: string;
  /** αβ/((α + β)²(α + β + 1)). */
  variance: number;
  /** Equal-tailed 95 % credible interval: the 2.5 % and 97.5 % quantiles. */
  lower: number;
  upper: number;
  dist: Distribution;
}

/** Problem with a Beta shape parameter, or null: finite and > 0 (and not absurdly large). */
export function betaShapeProblem(name: string, v: number): string | null {
  if (!Number.isFinite(v) || !(v > 0)) return `${name} must be greater than 0`;
  if (v > 1e6) return `${name} must be at most 10^6`;
  return null;
}

/** Mean, mode, variance and the 95 % equal-tailed interval of Beta(α, β). */
export function betaSummary(alpha: number, beta: number): BetaSummary {
  const dist = makeDistribution('beta', { alpha, beta });
  const s = alpha + beta;
  let mode = NaN;
  let modeNote = '';
  if (alpha > 1 && beta > 1) mode = (alpha - 1) / (s - 2);
  else if (alpha === 1 && beta === 1) modeNote = 'flat: every p is a mode';
  else if (alpha < 1 && beta < 1) modeNote = 'two modes, at p = 0 and p = 1';
  else if (alpha <= 1) [mode, modeNote] = [0, 'at the boundary p = 0'];
  else [mode, modeNote] = [1, 'at the boundary p = 1'];
  return {
    alpha,
    beta,
    mean: alpha / s,
    mode,
    modeNote,
    variance: (alpha * beta) / (s * s * (s + 1)),
    lower: dist.quantile(0.025),
    upper: dist.quantile(0.975),
    dist,
  };
}

/**
 * Conjugate update of a Beta(α, β) prior on a coin's P(heads) after h heads and t tails: the
 * likelihood p^h (1 − p)^t times the prior density ∝ p^{α−1}(1 − p)^{β−1} is again a Beta kernel,
 * so the posterior is Beta(α + h, β + t).
 */
export function betaPosterior(alpha: number, beta: number, heads: number, tails: number): BetaSummary {
  return betaSummary(alpha + heads, beta + tails);
}

/** TeX of the update with the current numbers substituted. */
export function betaUpdateTex(alpha: number, beta: number, heads: number, tails: number): string {
  const f = (v: number) => String(Number(v.toPrecision(8)));
  return (
    String.raw`\underbrace{\mathrm{Beta}(${f(alpha)},\,${f(beta)})}_{\text{prior}}` +
    String.raw`\;\xrightarrow{\;h=${heads},\ t=${tails}\;}\;` +
    String.raw`\underbrace{\mathrm{Beta}(${f(alpha)}+${heads},\,${f(beta)}+${tails})}_{\text{posterior}}` +
    String.raw`=\mathrm{Beta}(${f(alpha + heads)},\,${f(beta + tails)})`
  );
}

/** TeX of the general rule, for the heading. */
export const BETA_RULE_TEX = String.raw`p(\theta\mid h,t)\propto \theta^{h}(1-\theta)^{t}\cdot\theta^{\alpha-1}(1-\theta)^{\beta-1}=\theta^{\alpha+h-1}(1-\theta)^{\beta+t-1}`;
