/** KaTeX and sentences of the Variational inference tab, with the fit's numbers. */
import { MIXTURE_COMPONENTS, meanFieldGaussianVariances, type Cov2, type Mean2 } from '../../../core';
import type { ViMcmcSummary, ViRequest } from '../../../worker/protocol';
import { texNum } from '../gaussians/gaussianTex';
import { num } from '../shared/chartText';

type Q = { mean: Mean2; cov: Cov2 };

/** The objective being optimized, with the ELBO's value. */
export function objectiveTex(req: ViRequest, elbo: number): string {
  const n = texNum;
  const objective =
    req.divergence === 'reverse'
      ? '\\begin{aligned}\\mathrm{ELBO}(q) &= \\mathbb E_{q}\\big[\\log \\tilde p(z)\\big] + H(q) = \\log Z - \\mathrm{KL}(q\\,\\|\\,p)' +
        (Number.isFinite(elbo) ? ` = ${n(elbo)}` : '') +
        '\\\\ z &= m + L\\varepsilon,\\ \\varepsilon \\sim \\mathcal N(0, I),\\ S = LL^{\\top}\\end{aligned}'
      : '\\min_q \\mathrm{KL}(p\\,\\|\\,q)\\ \\Longrightarrow\\ m = \\mathbb E_p[z],\\ \\ S = ' +
        (req.family === 'full'
          ? '\\operatorname{Cov}_p[z]'
          : '\\operatorname{diag}\\operatorname{Var}_p[z]') +
        (Number.isFinite(elbo) ? `,\\qquad \\mathrm{ELBO}(q) = ${n(elbo)}` : '');
  return objective;
}

/** The fitted q = N(m, S) with its numbers. */
export function qTex(q: Q): string {
  const n = texNum;
  const [[a, b], [, d]] = q.cov;
  return (
    `q = \\mathcal N\\!\\left(m = \\begin{pmatrix}${n(q.mean[0])}\\\\ ${n(q.mean[1])}\\end{pmatrix},\\ ` +
    `S = \\begin{pmatrix}${n(a)} & ${n(b)}\\\\ ${n(b)} & ${n(d)}\\end{pmatrix}\\right)`
  );
}

/** For the Gaussian target: the known mean-field result σ²_q = 1/Λₓₓ = Σₓₓ(1 − ρ²), in numbers. */
export function meanFieldTex(rho: number): string {
  const [vx] = meanFieldGaussianVariances([
    [1, rho],
    [rho, 1],
  ]);
  return (
    `\\sigma^2_{q,x} = \\frac{1}{\\Lambda_{xx}} = \\Sigma_{xx}\\,(1-\\rho^2) = 1\\cdot(1-${texNum(rho, true)}^2) = ${texNum(vx)}` +
    `\\ <\\ \\Sigma_{xx} = 1`
  );
}

/** What the fit shows, in words with its numbers, comparing q with the target and the chain. */
export function findings(req: ViRequest, q: Q, mcmc: ViMcmcSummary | null): string[] {
  const out: string[] = [];
  const vx = q.cov[0][0];
  const chain = mcmc
    ? ` The MCMC chain gives mean x ${num(mcmc.meanX)} (± ${num(mcmc.mcseX)}, its Monte Carlo standard error) and variance x ${num(mcmc.varX)}; q's variance x is ${num(vx / mcmc.varX)} times the chain's.`
    : '';
  if (req.target === 'gaussian') {
    const [mf] = meanFieldGaussianVariances([
      [1, req.rho],
      [req.rho, 1],
    ]);
    if (req.family === 'mean-field' && req.divergence === 'reverse')
      out.push(
        `Mean-field reverse KL underestimates the spread: q's variance x is ${num(vx)}, the known result 1 − ρ² = ${num(mf)}, while p's variance x is 1. A diagonal q cannot lean along the correlation, and KL(q‖p) punishes any mass of q where p is small, so q shrinks to fit inside p.`,
      );
    else if (req.family === 'mean-field')
      out.push(
        `Mean-field forward KL matches p's variances instead: q's variance x is ${num(vx)} (p's is 1, the reverse-KL mean-field fit would give 1 − ρ² = ${num(mf)}). Without the correlation, q then spills outside p along the other diagonal.`,
      );
    else
      out.push(
        `With a full covariance both directions recover p exactly (a Gaussian is in the family): q's variance x is ${num(vx)} and its covariance ${num(q.cov[0][1])}, against p's 1 and ρ = ${num(req.rho)}.`,
      );
  } else if (req.target === 'mixture') {
    const nearest = MIXTURE_COMPONENTS.reduce((best, c) =>
      Math.hypot(c.mx - q.mean[0], c.my - q.mean[1]) < Math.hypot(best.mx - q.mean[0], best.my - q.mean[1])
        ? c
        : best,
    );
    const mixMean = MIXTURE_COMPONENTS.reduce((s, c) => s + c.w * c.mx, 0);
    if (req.divergence === 'reverse')
      out.push(
        `Reverse KL picks one mode: q's mean (${num(q.mean[0])}, ${num(q.mean[1])}) sits on the component at (${num(nearest.mx)}, ${num(nearest.my)}) with variance x ${num(vx)} (that component's is ${num(nearest.s ** 2)}). Mass of q between the modes, where p is tiny, would cost KL(q‖p) a lot; ignoring the other modes costs nothing.`,
      );
    else
      out.push(
        `Forward KL covers all three modes: q's mean x is ${num(q.mean[0])} (the mixture's is ${num(mixMean)}) and its variance x ${num(vx)}, much wider than any component (largest ${num(Math.max(...MIXTURE_COMPONENTS.map((c) => c.s ** 2)))}). KL(p‖q) is infinite if q misses mass of p, so q stretches over everything, including the empty space between the modes.`,
      );
  } else {
    out.push(
      req.divergence === 'reverse'
        ? `Reverse KL fits q inside the ${req.target}'s high-density region: q's variance x is ${num(vx)}, y ${num(q.cov[1][1])}. The curved shape is not a Gaussian, so q settles where it loses least.`
        : `Forward KL matches the ${req.target}'s mean and variances: q's variance x is ${num(vx)}, y ${num(q.cov[1][1])}, covering the curved shape with an ellipse.`,
    );
  }
  if (chain) out.push(chain.trim());
  return out;
}
