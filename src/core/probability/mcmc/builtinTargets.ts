/** The built-in 2D targets: closed-form log-densities and their gradients. */
import type { Grad, Target2D } from './target';

/**
 * Standard bivariate normal with correlation ρ: log π = −(x² − 2ρxy + y²) / (2(1 − ρ²)).
 * Mean (0, 0), covariance [[1, ρ], [ρ, 1]].
 * @throws RangeError unless −1 < ρ < 1.
 */
export function correlatedGaussian(rho: number): Target2D {
  if (!(Math.abs(rho) < 1)) throw new RangeError('the correlation ρ must be strictly between −1 and 1');
  const c = 1 / (1 - rho * rho);
  return {
    logDensity: (x, y) => -0.5 * c * (x * x - 2 * rho * x * y + y * y),
    logDensityGrad(x, y, g: Grad) {
      g[0] = -c * (x - rho * y);
      g[1] = -c * (y - rho * x);
      return -0.5 * c * (x * x - 2 * rho * x * y + y * y);
    },
    bounds: [-3.5, 3.5, -3.5, 3.5],
    start: [-2.5, 2.5],
    tex: `\\log\\pi(x,y) = -\\frac{x^2 - 2\\rho\\,xy + y^2}{2(1-\\rho^2)},\\quad \\rho = ${Number(rho.toPrecision(4))}`,
  };
}

const BANANA_SX = 1.4;
const BANANA_SY = 0.45;

/**
 * A banana (twisted Gaussian): x ~ N(0, 1.4²) and y | x ~ N(x²/2 − 1, 0.45²), so
 * log π = −x²/(2·1.4²) − (y − x²/2 + 1)²/(2·0.45²). Curved, so a fixed-shape proposal fits it nowhere.
 */
export function banana(): Target2D {
  const ax = 1 / (BANANA_SX * BANANA_SX);
  const ay = 1 / (BANANA_SY * BANANA_SY);
  const logDensity = (x: number, y: number) => {
    const r = y - 0.5 * x * x + 1;
    return -0.5 * (ax * x * x + ay * r * r);
  };
  return {
    logDensity,
    logDensityGrad(x, y, g) {
      const r = y - 0.5 * x * x + 1;
      g[0] = -ax * x + ay * r * x;
      g[1] = -ay * r;
      return -0.5 * (ax * x * x + ay * r * r);
    },
    bounds: [-4.5, 4.5, -2.5, 6.5],
    start: [3.5, -1.5],
    tex: '\\log\\pi(x,y) = -\\frac{x^2}{2\\cdot 1.4^2} - \\frac{(y - x^2/2 + 1)^2}{2\\cdot 0.45^2}',
  };
}

const DONUT_R = 2.5;
const DONUT_S = 0.25;

/**
 * A donut: the radius r = √(x² + y²) is nearly N(2.5, 0.25²), log π = −(r − 2.5)²/(2·0.25²).
 * A thin ring: random-walk proposals must be small to stay on it, and then they crawl around it.
 */
export function donut(): Target2D {
  const a = 1 / (DONUT_S * DONUT_S);
  const logDensity = (x: number, y: number) => {
    const d = Math.sqrt(x * x + y * y) - DONUT_R;
    return -0.5 * a * d * d;
  };
  return {
    logDensity,
    logDensityGrad(x, y, g) {
      const r = Math.sqrt(x * x + y * y);
      const d = r - DONUT_R;
      // At the centre the density has a cone point; any direction is a subgradient, 0 keeps HMC finite.
      const k = r > 0 ? (-a * d) / r : 0;
      g[0] = k * x;
      g[1] = k * y;
      return -0.5 * a * d * d;
    },
    bounds: [-3.75, 3.75, -3.75, 3.75],
    start: [0.3, -0.2],
    tex: '\\log\\pi(x,y) = -\\frac{\\left(\\sqrt{x^2+y^2} - 2.5\\right)^2}{2\\cdot 0.25^2}',
  };
}

/** Components of the mixture: weight, centre and (isotropic) standard deviation. */
export const MIXTURE_COMPONENTS = [
  { w: 0.3, mx: -2, my: -1.5, s: 0.6 },
  { w: 0.4, mx: 2, my: -1, s: 0.8 },
  { w: 0.3, mx: -0.5, my: 2.2, s: 0.5 },
] as const;

/**
 * A mixture of three isotropic Gaussians, π = Σₖ wₖ N((x, y); μₖ, sₖ² I), evaluated by log-sum-exp.
 * Separated modes: a small proposal stays in one mode for a long time.
 */
export function mixture(): Target2D {
  const comps = MIXTURE_COMPONENTS.map((c) => ({
    ...c,
    logw: Math.log(c.w) - 2 * Math.log(c.s) - Math.log(2 * Math.PI),
    a: 1 / (c.s * c.s),
  }));
  const terms = new Float64Array(comps.length);
  const logDensityGrad = (x: number, y: number, g: Grad | null): number => {
    let max = -Infinity;
    for (let k = 0; k < comps.length; k++) {
      const c = comps[k];
      const dx = x - c.mx;
      const dy = y - c.my;
      terms[k] = c.logw - 0.5 * c.a * (dx * dx + dy * dy);
      if (terms[k] > max) max = terms[k];
    }
    if (max === -Infinity) return -Infinity;
    let sum = 0;
    let gx = 0;
    let gy = 0;
    for (let k = 0; k < comps.length; k++) {
      const c = comps[k];
      const e = Math.exp(terms[k] - max);
      sum += e;
      gx -= e * c.a * (x - c.mx);
      gy -= e * c.a * (y - c.my);
    }
    if (g) {
      g[0] = gx / sum;
      g[1] = gy / sum;
    }
    return max + Math.log(sum);
  };
  return {
    logDensity: (x, y) => logDensityGrad(x, y, null),
    logDensityGrad,
    bounds: [-4, 4, -4, 4],
    start: [3.5, 3.5],
    tex: '\\pi(x,y) = \\sum_{k=1}^{3} w_k\\,\\mathcal N\\big((x,y);\\,\\mu_k,\\,s_k^2 I\\big)',
  };
}
