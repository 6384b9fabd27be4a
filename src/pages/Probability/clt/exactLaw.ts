import { makeDistribution, type DistributionName } from '../../../core';

/**
 * The exact law of the mean or sum of k Cauchy(x₀, γ) draws, which is Cauchy again: the mean is
 * Cauchy(x₀, γ) for every k, the sum Cauchy(k·x₀, k·γ) (stability of the Cauchy law). Null for other laws.
 */
export function exactCauchy(
  dist: DistributionName,
  params: Record<string, number>,
  k: number,
  stat: 'mean' | 'sum',
): { density: (x: number) => number; label: string } | null {
  if (dist !== 'cauchy') return null;
  const scale = stat === 'mean' ? 1 : k;
  const x0 = params.x0 * scale;
  const gamma = params.gamma * scale;
  const d = makeDistribution('cauchy', { x0, gamma });
  return { density: (x) => d.density(x), label: `Cauchy(${fmt(x0)}, ${fmt(gamma)})` };
}

const fmt = (v: number) => String(Number(v.toPrecision(4)));
