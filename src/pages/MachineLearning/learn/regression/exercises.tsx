/**
 * The Regression tab's exercises: predictions checked against the core's numbers and live tasks checked on
 * the tab's store. Ids start with `regression-` (unique on the page).
 */
import { writeQuery } from '../../../../app/router';
import { lassoPath, polynomialFeatures, standardizeValues } from '../../../../core';
import { fitOf, pointsOf } from '../../../../stores/ml/regression/data';
import { degreeCurve, testPointsOf } from '../../../../stores/ml/regression/overfit';
import { useRegStore } from '../../../../stores/ml/regression/store';
import { regView, type RegView } from '../../../../stores/ml/regression/view';
import type { Exercise, Verdict } from '../../../../ui/learn/types';
import { Tex } from '../../../../ui/Tex';
import { givens } from '../../../../ui/learn/variants';

const fmt = (v: number, digits = 4) =>
  Number.isFinite(v) ? String(Number(v.toPrecision(digits))) : String(v);
const no = (why: string): Verdict => ({ ok: false, why: `${why}.` });

/** Shows a view on the tab (and in the address) from the defaults plus `patch`. */
export function showRegScene(patch: Partial<RegView>): void {
  const view = { ...regView.defaults, ...patch };
  useRegStore.getState().loadView(view, []);
  writeQuery('/machine-learning', regView.encode(view), 'push');
}

// ---- Predict the slope ----

/** Three points at x = 0, 1, 2 (the own-data view of the tab). */
const threePoints = (ys: readonly number[]): Partial<RegView> => ({
  data: 'own',
  points: ys.map((y, x) => ({ x1: x, x2: y, label: 0 })),
  test: 'none',
});
export const SLOPE_POINTS: Partial<RegView> = threePoints([1, 2, 4]);

/** The least-squares line through (0, y₀), (1, y₁), (2, y₂), fitted by the core. */
function predictSlopeOf(ys: readonly number[]): Exercise {
  const scene = threePoints(ys);
  const fit = () => {
    const v = { ...regView.defaults, ...scene };
    const f = fitOf(v, pointsOf(v));
    return 'error' in f ? null : f;
  };
  const slopeOf = () => fit()?.coef[0] ?? NaN;
  const mean = (ys[0] + ys[1] + ys[2]) / 3;
  const sxy = ys[2] - ys[0];
  const third = (v: number) => (Number.isInteger(3 * v) && !Number.isInteger(v) ? `${3 * v}/3` : fmt(v));
  return {
    id: 'regression-predict-slope',
    title: 'Predict the slope',
    prompt: (
      <p>
        The points{' '}
        {/* Joined by hand: each point has a comma of its own, so "the last comma" is inside the last point. */}
        {ys
          .slice(0, -1)
          .map((y, x) => `(${x}, ${fmt(y)})`)
          .join(', ')}{' '}
        and ({ys.length - 1}, {fmt(ys[ys.length - 1])}) get a least-squares line. What is its slope? (The line
        cannot pass through all three.)
      </p>
    ),
    answer: {
      kind: 'number',
      label: 'slope',
      key: {
        expected: () => [slopeOf()],
        abs: 0.005,
        traps: () => [[0], [1], [ys[1] - ys[0]], [ys[2] - ys[1]], [sxy]],
      },
      check: (v) =>
        Math.abs(v - slopeOf()) < 0.005
          ? {
              ok: true,
              why: `the slope is Σ(x − x̄)(y − ȳ)/Σ(x − x̄)² = ${fmt(sxy)}/2 = ${fmt(slopeOf())}.`,
            }
          : no(`the least-squares slope is ${fmt(slopeOf())}, not ${fmt(v)}`),
    },
    hint: (
      <>
        With x̄ = 1 and ȳ = {third(mean)} the slope is{' '}
        <Tex tex="\sum (x-\bar x)(y-\bar y) / \sum (x-\bar x)^2" />: the middle point has x − x̄ = 0 and does
        not count.
      </>
    ),
    solution: (
      <>
        Σ(x − x̄)(y − ȳ) = (−1)({fmt(ys[0])} − {third(mean)}) + 0 + (1)({fmt(ys[2])} − {third(mean)}) ={' '}
        {fmt(sxy)} and Σ(x − x̄)² = 2, so the slope is {fmt(sxy / 2)} and the intercept ȳ − {fmt(sxy / 2)}·x̄ ={' '}
        {fmt(fit()?.intercept ?? mean - sxy / 2)}.
      </>
    ),
    applySolution: () => showRegScene(scene),
    reveal: () => showRegScene(scene),
    variant(seed) {
      const g = givens(seed, 'regression-predict-slope');
      for (;;) {
        const y = [g.int(0, 5), g.int(0, 5), g.int(0, 5)];
        // A slope other than 0, and three points off one line.
        if (y[2] !== y[0] && 2 * y[1] !== y[0] + y[2]) return predictSlopeOf(y);
      }
    },
  };
}

const predictSlope = predictSlopeOf([1, 2, 4]);

// ---- Which degree overfits ----

export const OVERFIT_SCENE: Partial<RegView> = {
  data: 'sine',
  n: 15,
  noise: 0.3,
  seed: 1,
  standardize: true,
};
const DEGREE_OPTIONS = [1, 3, 5, 12] as const;
const overfitCurve = () => {
  const v = { ...regView.defaults, ...OVERFIT_SCENE };
  return degreeCurve(v, pointsOf(v), testPointsOf(v));
};

const whichDegree: Exercise = {
  id: 'regression-which-degree-overfits',
  title: 'Which degree overfits?',
  prompt: (
    <p>
      Fifteen points of y = 1.5 sin(1.2x) plus noise (sd 0.3), x standardized. Which polynomial degree has the
      largest error on fresh points from the same generator (the test MSE)?
    </p>
  ),
  answer: {
    kind: 'choice',
    options: DEGREE_OPTIONS.map((d) => `degree ${d}`),
    check: (i) => {
      const c = overfitCurve();
      const test = c.test!;
      const worst = DEGREE_OPTIONS.reduce((a, d) => (test[d] > test[a] ? d : a), DEGREE_OPTIONS[0]);
      const said = DEGREE_OPTIONS.map((d) => `degree ${d}: ${fmt(test[d], 3)}`).join(', ');
      return DEGREE_OPTIONS[i] === worst
        ? {
            ok: true,
            why: `test MSE ${said}: degree ${worst} threads the training points and swings between them.`,
          }
        : no(`test MSE ${said}`);
    },
  },
  hint: 'Training error can only fall as the degree grows; the test error falls, then rises. 15 points and 13 coefficients leave almost no averaging of the noise.',
  solution: (
    <>
      Degree 12 has 13 coefficients for 15 points: it nearly interpolates the noise and oscillates between the
      points, so its test MSE is about 100 times the best degree&rsquo;s. Degree 1 underfits (a line through a
      sine); 3 and 5 are close to the best.
    </>
  ),
  applySolution: () => showRegScene({ ...OVERFIT_SCENE, degree: 12 }),
  reveal: () => showRegScene({ ...OVERFIT_SCENE, degree: 12 }),
};

// ---- What λ zeroes the x³ coefficient ----

export const LASSO_SCENE: Partial<RegView> = {
  data: 'sine',
  n: 40,
  seed: 3,
  degree: 3,
  standardize: true,
  method: 'lasso',
  lasso: 0.001,
};

/** The smallest λ on a fine grid at which the lasso sets the z³ coefficient to 0 while z's is not. */
export function lassoZeroCubic(): number {
  const v = { ...regView.defaults, ...LASSO_SCENE };
  const pts = pointsOf(v);
  const z = standardizeValues(pts.map((p) => p.x1)).z;
  const lambdas = Array.from({ length: 400 }, (_, i) => 10 ** (1 - (5 * i) / 399));
  const path = lassoPath(
    polynomialFeatures(z, 3),
    pts.map((p) => p.x2),
    lambdas,
  );
  let found = NaN;
  path.coefs.forEach((c, i) => {
    if (c[2] === 0 && c[0] !== 0) found = lambdas[i];
  });
  return found;
}

function checkLasso(): Verdict {
  const { view } = useRegStore.getState();
  if (view.method !== 'lasso') return no('choose the Lasso method');
  if (view.degree !== 3) return no(`set the degree to 3 (it is ${view.degree})`);
  const f = fitOf(view, pointsOf(view));
  if ('error' in f) return no(f.error);
  const [c1, , c3] = f.shownCoef;
  if (c3 === 0 && c1 !== 0)
    return {
      ok: true,
      why: `at lasso λ = ${fmt(view.lasso)} the x³ coefficient is exactly 0 and x's is ${fmt(c1)}.`,
    };
  if (c3 === 0) return no(`at λ = ${fmt(view.lasso)} every coefficient is 0: lower λ`);
  return no(`at λ = ${fmt(view.lasso)} the x³ coefficient is ${fmt(c3)}: raise λ`);
}

const lassoCubic: Exercise = {
  id: 'regression-lasso-zero-cubic',
  title: 'What λ zeroes the x³ coefficient?',
  prompt: (
    <p>
      On the sine data (40 points, seed 3) with degree 3, standardize on and the Lasso method, find a lasso λ
      at which the x³ coefficient is exactly zero but the x coefficient is not.
    </p>
  ),
  answer: { kind: 'live', check: checkLasso },
  hint: 'Raise lasso λ with the log slider and watch the coefficient path: each line reaches 0 at its own λ and stays there. The constraint picture shows why: the diamond’s corners lie on the axes.',
  solution: (
    <>
      The lasso path on this set zeroes the cubic term from λ ≈ {fmt(lassoZeroCubic(), 3)} up, while the
      linear term survives until much larger λ: sin is nearly linear near 0, and once the x³
      coefficient&rsquo;s correlation with the residual falls below λ (the KKT condition |x̃ⱼᵀr|/n ≤ λ), it
      stays at 0.
    </>
  ),
  applySolution: () =>
    showRegScene({ ...LASSO_SCENE, lasso: Number((lassoZeroCubic() * 1.5).toPrecision(3)) }),
};

// ---- Where is the predictive band widest ----

const BAND_OPTIONS = ['in the middle of the data', 'at the outermost data points', 'far outside the data'];
const bandWidest: Exercise = {
  id: 'regression-band-widest',
  title: 'Where is the predictive band widest?',
  prompt: (
    <p>
      In the Bayesian method the shaded band is the predictive mean ± 2 sd, with variance 1/β + φᵀSφ. For a
      line fitted to points with x between −3 and 3, where is the band widest?
    </p>
  ),
  answer: {
    kind: 'choice',
    options: BAND_OPTIONS,
    check: (i) =>
      i === 2
        ? {
            ok: true,
            why: 'φᵀSφ is a quadratic in x with its minimum near the mean of the data: far outside the data the slope’s uncertainty is multiplied by the distance.',
          }
        : no(
            'the 1/β part is the same everywhere; φᵀSφ grows with the distance from the centre of the data, without bound',
          ),
  },
  hint: 'For a line φ = (1, x): φᵀSφ = Var(b) + 2x·Cov(b, w) + x²·Var(w), a parabola in x.',
  solution: (
    <>
      Far outside the data: <Tex tex="\sigma^2(x) = 1/\beta + \phi(x)^\top S\,\phi(x)" /> grows like x² Var(w)
      away from the data&rsquo;s centre, while near the data it is close to 1/β.
    </>
  ),
  applySolution: () => showRegScene({ method: 'bayes', n: 10 }),
  reveal: () => showRegScene({ method: 'bayes', n: 10 }),
};

// ---- The learning-rate limit ----

const gdLimit: Exercise = {
  id: 'regression-gd-limit',
  title: 'The largest stable learning rate',
  prompt: (
    <p>
      Gradient descent on the MSE of a line, (1/n)Σ(yᵢ − w zᵢ − b)², with z standardized (mean 0, variance 1).
      Above which learning rate does it diverge?
    </p>
  ),
  answer: {
    kind: 'number',
    label: 'learning rate',
    key: { expected: () => [1], abs: 0.01, traps: () => [[2], [0.5]] },
    check: (v) =>
      Math.abs(v - 1) < 0.01
        ? { ok: true, why: 'H = (2/n)AᵀA = 2I for standardized z, so λmax = 2 and 2/λmax = 1.' }
        : no(`with z standardized the Hessian is 2I: the limit is 2/λmax = 1, not ${fmt(v)}`),
  },
  hint: 'The Hessian of the MSE is (2/n)AᵀA with A = [1 z]; standardizing makes AᵀA/n the identity.',
  solution: (
    <>
      <Tex tex="H=\tfrac2n A^\top A=\begin{bmatrix}2&0\\0&2\end{bmatrix}" />, λmax = 2, so gradient descent
      converges for η &lt; 1; at η = 1 it lands on the minimum in one step (both eigenvalues equal).
    </>
  ),
  applySolution: () => showRegScene({ method: 'gd', standardize: true, lr: 0.9 }),
  reveal: () => showRegScene({ method: 'gd', standardize: true, lr: 0.9 }),
};

/**
 * "The largest stable learning rate" for a line through own points at x = `xs` (mean 0, not standardized):
 * H = (2/n)[[Σx², 0], [0, n]], so 2/λmax = 1/max(mean x², 1). The answer is the tab's own limit for those
 * points. No setUp: in gradient-descent mode the tab writes 2/λmax, so only the reveal sets it.
 */
function gdLimitOf(xs: readonly number[], ys: readonly number[]): Exercise {
  const scene: Partial<RegView> = {
    data: 'own',
    points: xs.map((x, i) => ({ x1: x, x2: ys[i], label: 0 })),
    test: 'none',
    method: 'gd',
    standardize: false,
  };
  const n = xs.length;
  const sxx = xs.reduce((a, x) => a + x * x, 0);
  const limit = () => {
    const v = { ...regView.defaults, ...scene };
    const f = fitOf(v, pointsOf(v));
    return 'error' in f || !f.descent ? NaN : f.descent.limit;
  };
  const near = (v: number) => Math.abs(v - limit()) <= 0.02 * limit();
  const show = () => showRegScene({ ...scene, lr: Number((0.9 * limit()).toPrecision(2)) });
  return {
    ...gdLimit,
    prompt: (
      <p>
        Gradient descent on the MSE of a line, (1/n)Σ(yᵢ − w xᵢ − b)², through {n} points at x ={' '}
        {xs.join(', ')} (not standardized). Above which learning rate does it diverge?
      </p>
    ),
    answer: {
      kind: 'number',
      label: 'learning rate',
      // 1: the standardized answer; 2/Σx²: the Hessian without the 1/n.
      key: { expected: () => [limit()], rel: 0.02, traps: () => [[1], [2 / sxx]] },
      check: (v) =>
        near(v)
          ? {
              ok: true,
              why: `H = (2/n)AᵀA = diag(2·${fmt(sxx)}/${n}, 2) since Σx = 0, so λmax = ${fmt(2 / limit())} and 2/λmax = ${fmt(limit())}.`,
            }
          : no(
              `the Hessian is diag(2·Σx²/n, 2) = diag(${fmt((2 * sxx) / n)}, 2): the limit is 2/λmax = ${fmt(limit())}, not ${fmt(v)}`,
            ),
    },
    hint: 'The Hessian of the MSE is (2/n)AᵀA with A = [x 1]; here Σx = 0, so it is diagonal.',
    solution: (
      <>
        <Tex tex={`H=\\tfrac2n A^\\top A=\\begin{bmatrix}2\\cdot ${fmt(sxx)}/${n}&0\\\\0&2\\end{bmatrix}`} />,
        λmax = {fmt(2 / limit())}, so gradient descent converges for η &lt; {fmt(limit())}. Turning on
        “standardize” would make the limit 1.
      </>
    ),
    applySolution: show,
    reveal: show,
  };
}

/** Symmetric x sets of 3 or more points with mean x² > 1 (so neither 1 nor 2/Σx² is the limit). */
const GD_XS: readonly (readonly number[])[] = [
  [-2, 0, 2],
  [-3, 0, 3],
  [-2, -1, 1, 2],
  [-3, -1, 1, 3],
  [-4, 0, 4],
  [-4, -2, 2, 4],
  [-3, -1, 0, 1, 3],
  [-3, -2, 2, 3],
];

const gdLimitWithNumbers: Exercise = {
  ...gdLimit,
  // New numbers: own points at a seeded symmetric set of x, not standardized.
  variant(seed) {
    const g = givens(seed, 'regression-gd-limit');
    const xs = g.pick(GD_XS);
    return gdLimitOf(
      xs,
      xs.map(() => g.int(-3, 3)),
    );
  },
};

// ---- Separable classes ----

const SEP_OPTIONS = ['they settle at a finite minimum', 'they grow without bound', 'they shrink to zero'];
const separable: Exercise = {
  id: 'regression-separable-weights',
  title: 'Separable classes without L2',
  prompt: (
    <p>
      Logistic regression on two classes that a line separates perfectly, with L2 strength 0. What happens to
      the weights as the optimizer runs?
    </p>
  ),
  answer: {
    kind: 'choice',
    options: SEP_OPTIONS,
    check: (i) =>
      i === 1
        ? {
            ok: true,
            why: 'scaling a separating w by c > 1 lowers every term of the cross-entropy, so there is no minimum.',
          }
        : no(
            'any separating line can be made steeper: every σ(zᵢ) moves towards its label and the loss falls towards 0',
          ),
  },
  hint: 'Take a w that separates the classes and look at the loss of 2w, 10w, 100w.',
  solution: (
    <>
      They grow without bound: for a separating w, every margin yᵢ′(b + wᵀxᵢ) is positive and the loss{' '}
      <Tex tex="\tfrac1n\sum\log(1+e^{-c\,m_i})" /> falls towards 0 as c → ∞. L2 adds (λ/2)‖w‖², which grows
      and gives a minimum.
    </>
  ),
  applySolution: () => showRegScene({ method: 'logistic', cls: 'separable', l2: 0 }),
  reveal: () => showRegScene({ method: 'logistic', cls: 'separable', l2: 0 }),
};

export const REG_EXERCISES: Exercise[] = [
  predictSlope,
  whichDegree,
  lassoCubic,
  bandWidest,
  gdLimitWithNumbers,
  separable,
];
