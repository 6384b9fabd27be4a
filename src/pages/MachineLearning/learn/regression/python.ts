/**
 * The Regression tab's Code panel: a NumPy / scikit-learn script that refits the tab's points with
 * LinearRegression, Ridge, Lasso, the Bayesian posterior in NumPy and LogisticRegression on the two-class
 * points, with the page's conventions, and prints each number beside the page's own and their difference.
 */
import type { UserPoint } from '../../../../stores/ml/nn/fields';
import { fitOf, pointsOf } from '../../../../stores/ml/regression/data';
import { classPointsOf, logisticOf } from '../../../../stores/ml/regression/logistic';
import type { RegView } from '../../../../stores/ml/regression/view';

/** Every number the script prints, as the page computes it (null when the page has none). */
export interface RegPageValues {
  ols: { intercept: number; slope: number; r2: number; mse: number };
  ridge: { intercept: number; slope: number; mse: number };
  lasso: { intercept: number; slope: number; mse: number };
  bayes: { slopeMean: number; slopeSd: number; map: number[] };
  logistic: { intercept: number; w1: number; w2: number; crossEntropy: number } | null;
}

export interface RegScript {
  points: readonly UserPoint[];
  classes: readonly UserPoint[];
  degree: number;
  standardize: boolean;
  ridge: number;
  lasso: number;
  alpha: number;
  beta: number;
  used: number;
  l2: number;
  page: RegPageValues;
}

/** The script's inputs and the page's numbers for the view, or why there is no script. */
export function regScriptOf(view: RegView): RegScript | { error: string } {
  const points = pointsOf(view);
  const degree = Math.max(1, view.degree);
  const base = { ...view, degree };
  const fit = (method: RegView['method']) => {
    const f = fitOf({ ...base, method }, points);
    if ('error' in f) throw new Error(f.error);
    return f;
  };
  try {
    if (points.length < 2) return { error: 'The script needs at least two points.' };
    const ols = fit('normal');
    const ridge = fit('ridge');
    const lasso = fit('lasso');
    const bayes = fit('bayes').bayes!;
    const classes = classPointsOf(view);
    const lg = classes.length > 0 ? logisticOf(view, classes) : null;
    return {
      points,
      classes: lg && !('error' in lg) ? classes : [],
      degree,
      standardize: view.standardize,
      ridge: view.ridge,
      lasso: view.lasso,
      alpha: view.alpha,
      beta: view.beta,
      used: bayes.used,
      l2: view.l2,
      page: {
        ols: { intercept: ols.intercept, slope: ols.coef[0], r2: ols.r2, mse: ols.mse },
        ridge: { intercept: ridge.intercept, slope: ridge.coef[0], mse: ridge.mse },
        lasso: { intercept: lasso.intercept, slope: lasso.coef[0], mse: lasso.mse },
        bayes: { slopeMean: bayes.slopeMean, slopeSd: bayes.slopeSd, map: bayes.map },
        logistic:
          lg && !('error' in lg)
            ? {
                intercept: lg.fit.intercept,
                w1: lg.fit.coef[0],
                w2: lg.fit.coef[1],
                crossEntropy: lg.crossEntropy,
              }
            : null,
      },
    };
  } catch (e) {
    return { error: (e as Error).message };
  }
}

/** A float64 written so that Python reads back the same double. */
const py = (v: number) => (Number.isFinite(v) ? (Object.is(v, -0) ? '-0.0' : String(v)) : 'float("nan")');
const arr = (vs: readonly number[]) => {
  const lines: string[] = [];
  for (let i = 0; i < vs.length; i += 6)
    lines.push(
      `    ${vs
        .slice(i, i + 6)
        .map(py)
        .join(', ')},`,
    );
  return `np.array([\n${lines.join('\n')}\n])`;
};

export function regPython(s: RegScript): string {
  const p = s.page;
  const out: string[] = [
    '"""The Regression tab refitted with NumPy and scikit-learn (same conventions as the page).',
    '',
    'Each line prints scikit-learn\'s (or NumPy\'s) value, the page\'s, and their difference."""',
    'import numpy as np',
    'from sklearn.linear_model import Lasso, LinearRegression, LogisticRegression, Ridge',
    '',
    `x = ${arr(s.points.map((q) => q.x1))}`,
    `y = ${arr(s.points.map((q) => q.x2))}`,
    `degree = ${s.degree}`,
    `standardize = ${s.standardize ? 'True' : 'False'}`,
    '',
    '# Features as the page shows them: powers of x, or of z = (x - mean)/sd (population sd) when standardized.',
    'mean, scale = (x.mean(), x.std()) if standardize else (0.0, 1.0)',
    'scale = scale if scale > 0 else 1.0',
    'z = (x - mean) / scale',
    'X = np.column_stack([z**k for k in range(1, degree + 1)])',
    '',
    '',
    'def in_x(intercept, coef):',
    '    """The polynomial in z written in powers of x: the page reads out in the units of x."""',
    '    P = np.polynomial.Polynomial',
    '    c = P([intercept, *coef])(P([-mean / scale, 1 / scale])).coef',
    '    return np.pad(c, (0, degree + 1 - len(c)))',
    '',
    '',
    'def show(name, ours, page):',
    '    print(f"{name:<30} {ours: .12g}   page {page: .12g}   diff {abs(ours - page):.1e}")',
    '',
    '',
    'def mse(model, X, y):',
    '    return np.mean((y - model.predict(X)) ** 2)',
    '',
    '',
    '# Ordinary least squares (the intercept is never penalized).',
    'ols = LinearRegression().fit(X, y)',
    'c = in_x(ols.intercept_, ols.coef_)',
    `show("OLS intercept", c[0], ${py(p.ols.intercept)})`,
    `show("OLS slope", c[1], ${py(p.ols.slope)})`,
    `show("OLS R²", ols.score(X, y), ${py(p.ols.r2)})`,
    `show("OLS training MSE", mse(ols, X, y), ${py(p.ols.mse)})`,
    '',
    `# Ridge minimizes ||y - Xw - b||² + ridge·||w||²: scikit-learn's alpha is the page's ridge λ.`,
    `ridge = Ridge(alpha=${py(s.ridge)}, solver="svd").fit(X, y)`,
    'c = in_x(ridge.intercept_, ridge.coef_)',
    `show("Ridge intercept", c[0], ${py(p.ridge.intercept)})`,
    `show("Ridge slope", c[1], ${py(p.ridge.slope)})`,
    `show("Ridge training MSE", mse(ridge, X, y), ${py(p.ridge.mse)})`,
    '',
    '# Lasso minimizes (1/(2n))||y - Xw - b||² + lasso·||w||₁: the same alpha; solved to a tight tolerance.',
    `lasso = Lasso(alpha=${py(s.lasso)}, tol=1e-12, max_iter=100_000).fit(X, y)`,
    'c = in_x(lasso.intercept_, lasso.coef_)',
    `show("Lasso intercept", c[0], ${py(p.lasso.intercept)})`,
    `show("Lasso slope", c[1], ${py(p.lasso.slope)})`,
    `show("Lasso training MSE", mse(lasso, X, y), ${py(p.lasso.mse)})`,
    '',
    `# Bayesian: prior N(0, I/alpha) on [intercept, w], noise precision beta, the first ${s.used} points.`,
    `alpha, beta, used = ${py(s.alpha)}, ${py(s.beta)}, ${s.used}`,
    'Phi = np.column_stack([np.ones(used), X[:used]])',
    'S = np.linalg.inv(alpha * np.eye(degree + 1) + beta * Phi.T @ Phi)',
    'm = beta * S @ Phi.T @ y[:used]',
    '# The slope in the units of x is linear in the weights: t @ w.',
    't = np.array([in_x(e[0], e[1:])[1] for e in np.eye(degree + 1)])',
    `show("posterior mean slope", t @ m, ${py(p.bayes.slopeMean)})`,
    `show("posterior sd slope", np.sqrt(t @ S @ t), ${py(p.bayes.slopeSd)})`,
    '# The MAP is ridge with lambda = alpha/beta on every coefficient, the intercept included:',
    'map_ridge = Ridge(alpha=alpha / beta, fit_intercept=False, solver="svd").fit(Phi, y[:used]).coef_',
    `show("MAP - ridge(α/β) on all, max", np.max(np.abs(m - map_ridge)), 0.0)`,
    `show("MAP intercept", m[0], ${py(p.bayes.map[0])})`,
  ];
  if (p.logistic && s.classes.length > 0) {
    const n = s.classes.length;
    out.push(
      '',
      '# Logistic: mean cross-entropy + (l2/2)||w||², intercept free = LogisticRegression with C = 1/(n·l2).',
      `X2 = ${arr(s.classes.flatMap((q) => [q.x1, q.x2]))}.reshape(-1, 2)`,
      `labels = ${arr(s.classes.map((q) => q.label))}.astype(int)`,
      `l2 = ${py(s.l2)}`,
      s.l2 > 0
        ? `clf = LogisticRegression(C=1 / (${n} * l2), solver="newton-cholesky", tol=1e-12, max_iter=1000)`
        : 'clf = LogisticRegression(penalty=None, solver="newton-cholesky", tol=1e-12, max_iter=1000)',
      'clf.fit(X2, labels)',
      'z2 = clf.decision_function(X2)',
      'cross_entropy = np.mean(np.logaddexp(0, z2) - labels * z2)',
      `show("logistic intercept", clf.intercept_[0], ${py(p.logistic.intercept)})`,
      `show("logistic w1", clf.coef_[0, 0], ${py(p.logistic.w1)})`,
      `show("logistic w2", clf.coef_[0, 1], ${py(p.logistic.w2)})`,
      `show("cross-entropy", cross_entropy, ${py(p.logistic.crossEntropy)})`,
    );
    if (s.l2 === 0)
      out.push(
        '# Without L2 on separable classes there is no minimum: both runs stop where their tolerance is met,',
        '# so the weights printed differ (both are large); the cross-entropy is near 0 in both.',
      );
  }
  return `${out.join('\n')}\n`;
}
