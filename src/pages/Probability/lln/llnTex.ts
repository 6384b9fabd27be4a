import type { MomentStatus } from '../../../core';

const fmt = (v: number) => String(Number(v.toPrecision(5)));

/** The law of large numbers with the standard error, with this law's μ and σ substituted when they exist. */
export function llnTex(mean: number, sd: number, status: MomentStatus): string {
  const limit = String.raw`\bar X_n=\frac{1}{n}\sum_{i=1}^{n}X_i`;
  if (status === 'noMean') return `${limit}\\quad\\text{has no limit: }\\mathbb{E}|X|=\\infty`;
  const converge = `${limit}\\;\\xrightarrow[n\\to\\infty]{}\\;\\mu=${fmt(mean)}`;
  if (status === 'infiniteVariance') return `${converge},\\qquad \\sigma^2=\\infty`;
  return `${converge},\\qquad \\operatorname{SE}(\\bar X_n)=\\frac{\\sigma}{\\sqrt{n}}=\\frac{${fmt(sd)}}{\\sqrt{n}}`;
}
