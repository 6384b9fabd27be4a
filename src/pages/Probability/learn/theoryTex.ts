/**
 * The key identities of the probability theory notes, as TeX with the page's current numbers. Each
 * function sits beside the concept it states; the component only chooses the numbers.
 */

/** A number for TeX: 4 significant digits, powers of ten for very large or small values, words for NaN. */
export function texNum(v: number, digits = 4): string {
  if (Number.isNaN(v)) return '\\text{undefined}';
  if (v === Infinity) return '\\infty';
  if (v === -Infinity) return '-\\infty';
  if (v === 0) return '0';
  const a = Math.abs(v);
  if (a >= 1e6 || a < 1e-4) {
    const [m, e] = v.toExponential(digits - 1).split('e');
    return `${String(Number(m))}\\times 10^{${Number(e)}}`;
  }
  return String(Number(v.toPrecision(digits)));
}

/** Density, cdf and the first two moments of the law on screen. */
export function momentsTex(densityTex: string, discrete: boolean, mean: number, variance: number): string {
  const cdf = discrete ? 'F(x)=\\sum_{k\\le x}p(k)' : 'F(x)=\\int_{-\\infty}^{x}f(t)\\,dt';
  const m = discrete ? '\\sum_k k\\,p(k)' : '\\int x\\,f(x)\\,dx';
  return (
    `\\begin{gathered}${densityTex}\\qquad ${cdf}\\\\ ` +
    `\\mu=\\mathbb E[X]=${m}=${texNum(mean)},\\qquad \\sigma^2=\\mathbb E[(X-\\mu)^2]=${texNum(variance)}\\end{gathered}`
  );
}

/** The weak law of large numbers with Chebyshev's rate, for the tab's law and n. */
export function lawOfLargeNumbersTex(mean: number, sd: number, n: number): string {
  const avg = '\\bar X_n=\\frac1n\\sum_{i=1}^n X_i';
  if (!Number.isFinite(mean)) return `${avg}\\ \\text{has nothing to converge to when }\\mathbb E|X|=\\infty`;
  return (
    `${avg}\\xrightarrow[n\\to\\infty]{}\\mu=${texNum(mean)},\\qquad ` +
    `\\operatorname{sd}(\\bar X_{${texNum(n)}})=\\tfrac{\\sigma}{\\sqrt n}=${texNum(sd / Math.sqrt(n))}`
  );
}

/** The central limit theorem for means of k draws, with the tab's μ, σ and k. */
export function centralLimitTex(mean: number, sd: number, k: number): string {
  const clt = '\\frac{\\bar X_k-\\mu}{\\sigma/\\sqrt k}\\xrightarrow{\\;d\\;}\\mathcal N(0,1)';
  if (!Number.isFinite(mean) || !Number.isFinite(sd)) return `${clt}\\quad\\text{needs a finite variance}`;
  return `${clt},\\qquad \\bar X_{${k}}\\approx\\mathcal N\\big(${texNum(mean)},\\ ${texNum(sd / Math.sqrt(k))}^2\\big)`;
}

/** A Monte Carlo estimate of an expectation and its 1/√n error, with the tab's numbers. */
export function monteCarloTex(sigma: number, n: number): string {
  const estimate = '\\mathbb E[g(X)]\\approx\\frac1n\\sum_{i=1}^n g(X_i),\\qquad ';
  if (!Number.isFinite(sigma)) return `${estimate}\\mathrm{SE}=\\frac{\\sigma_g}{\\sqrt n}`;
  return (
    estimate +
    `\\mathrm{SE}=\\frac{\\sigma_g}{\\sqrt n}=\\frac{${texNum(sigma)}}{\\sqrt{${texNum(n)}}}=${texNum(sigma / Math.sqrt(n))}`
  );
}

/** Bayes' rule, and its conjugate Beta–Binomial form with the tab's prior and counts. */
export function bayesRuleTex(alpha: number, beta: number, heads: number, tails: number): string {
  return (
    '\\begin{gathered}p(\\theta\\mid D)=\\frac{p(D\\mid\\theta)\\,p(\\theta)}{p(D)}\\\\ ' +
    `\\mathrm{Beta}(${texNum(alpha, 6)},${texNum(beta, 6)})\\xrightarrow{\\;${heads}\\text{ H},\\ ${tails}\\text{ T}\\;}` +
    `\\mathrm{Beta}(${texNum(alpha + heads, 6)},${texNum(beta + tails, 6)}),\\quad ` +
    `\\mathbb E[\\theta\\mid D]=\\frac{\\alpha+h}{\\alpha+\\beta+n}=${texNum((alpha + heads) / (alpha + beta + heads + tails))}\\end{gathered}`
  );
}

/**
 * Detailed balance, which makes π stationary, and the Metropolis acceptance that achieves it, with the
 * tab's sampler settings and, when a random-walk chain has finished, its acceptance rate.
 */
export function mcmcTex(
  sampler: { algorithm: 'mh' | 'hmc'; scale: number; stepSize: number; leapfrog: number },
  rate: number | null,
): string {
  const balance = "\\pi(x)\\,T(x\\to x')=\\pi(x')\\,T(x'\\to x)";
  const accept =
    sampler.algorithm === 'mh'
      ? "\\alpha(x\\to x')=\\min\\Big(1,\\frac{\\pi(x')}{\\pi(x)}\\Big)\\qquad " +
        `\\text{here }s=${texNum(sampler.scale)}` +
        (rate === null ? '' : `\\text{ accepts }${texNum(100 * rate, 3)}\\%`)
      : "\\alpha=\\min\\big(1,e^{H(q,p)-H(q',p')}\\big),\\ H=-\\log\\pi(q)+\\tfrac12|p|^2\\qquad " +
        `\\text{here }\\varepsilon=${texNum(sampler.stepSize)},\\ L=${sampler.leapfrog}`;
  return `\\begin{gathered}${balance}\\\\ ${accept}\\end{gathered}`;
}

/** Entropy, cross-entropy and KL in bits, with the tab's P and Q. */
export function informationTex(hp: number | null, kl: number | null, unit: 'bits' | 'nats' = 'bits'): string {
  const num = (v: number | null) => (v === null ? '\\text{—}' : texNum(v));
  const cross = hp !== null && kl !== null ? hp + kl : null;
  const log = unit === 'bits' ? '\\log_2' : '\\ln';
  return (
    `\\begin{gathered}H(P)=-\\sum_i p_i${log} p_i,\\qquad \\mathrm{KL}(P\\|Q)=\\sum_i p_i${log}\\frac{p_i}{q_i}\\ge 0\\\\ ` +
    `H(P,Q)=H(P)+\\mathrm{KL}(P\\|Q)=${num(hp)}+${num(kl)}=${num(cross)}\\text{ ${unit}}\\end{gathered}`
  );
}
