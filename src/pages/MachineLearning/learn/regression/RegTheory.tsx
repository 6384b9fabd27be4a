import { useMemo } from 'react';
import { fitOf, pointsOf } from '../../../../stores/ml/regression/data';
import { useRegStore } from '../../../../stores/ml/regression/store';
import { TheorySection } from '../../../../ui/learn/TheorySection';
import { texNumber } from '../../regression/tex';

/**
 * The Regression tab's theory notes, each with the tab's current numbers: least squares and the normal
 * equations, the projection, gradient descent's limit, ridge and the lasso, the Bayesian posterior and
 * logistic regression.
 */
export function RegTheory() {
  const view = useRegStore((s) => s.view);
  const nums = useMemo(() => {
    const points = pointsOf(view);
    const line = fitOf({ ...view, method: 'normal', degree: 1 }, points);
    if ('error' in line) return null;
    return {
      n: points.length,
      slope: line.coef[0],
      intercept: line.intercept,
      mse: line.mse,
      cond: line.conditionNumber,
    };
  }, [view]);
  const t = texNumber;
  return (
    <div className="learn-theory-list">
      <TheorySection
        title="Least squares and the normal equations"
        open
        tex={
          nums
            ? `\\min_w \\lVert y - Xw\\rVert^2 \\;\\Rightarrow\\; X^\\top X\\,w = X^\\top y;\\quad \\hat y = ${t(nums.intercept)} + ${t(nums.slope)}\\,x,\\ \\text{MSE}=${t(nums.mse)}`
            : '\\min_w \\lVert y - Xw\\rVert^2 \\;\\Rightarrow\\; X^\\top X\\,w = X^\\top y'
        }
        ml={
          <>
            Every linear model, and the last layer of most networks, is fitted this way; polynomial, spline
            and kernel features keep the problem linear in w. Libraries solve it by QR or SVD, never by
            inverting XᵀX, whose condition number is the square of X&rsquo;s
            {nums ? ` (here cond(XᵀX) = ${nums.cond.toPrecision(4)} for the line on ${nums.n} points)` : ''}.
          </>
        }
      >
        Setting the gradient −2Xᵀ(y − Xw) to zero gives the normal equations. With a column of ones for the
        intercept, the line passes through (x̄, ȳ) and its slope is Σ(x − x̄)(y − ȳ)/Σ(x − x̄)².
      </TheorySection>
      <TheorySection
        title="Least squares as a projection"
        tex="\hat y = X(X^\top X)^{-1}X^\top y,\qquad X^\top (y-\hat y) = 0"
        ml="The residual is orthogonal to every column of X: no feature can explain any more of it. This is why the training residuals of a model with an intercept sum to zero, and why adding a feature never raises the training error."
      >
        ŷ is the point of the column space of X closest to y in Rⁿ; the residual r = y − ŷ meets that space at
        a right angle. The Fit panel shows Xᵀr with the tab&rsquo;s numbers: zero to rounding.
      </TheorySection>
      <TheorySection
        title="Gradient descent on a quadratic"
        tex="w_{t+1} = w_t - \eta\,\nabla L(w_t),\qquad \text{stable} \iff \eta < 2/\lambda_{\text{max}}(H),\ H = \tfrac2n A^\top A"
        ml="The same limit governs every network near a minimum, where the loss is nearly quadratic: the sharpest direction sets the largest usable learning rate, the flattest the number of steps. Momentum and Adam change the trade-off; standardizing the inputs makes H closer to a multiple of I."
      >
        The MSE of a linear model is a quadratic with constant Hessian H. Along each eigenvector the error is
        multiplied by (1 − ηλ) per step: it shrinks for all λ only when η &lt; 2/λmax, and the slowest
        direction shrinks by 1 − ηλmin.
      </TheorySection>
      <TheorySection
        title="Ridge and the lasso"
        tex={`\\text{ridge: } \\lVert y - Xw - b\\rVert^2 + ${t(view.ridge)}\\lVert w\\rVert_2^2,\\qquad \\text{lasso: } \\tfrac1{2n}\\lVert y - Xw - b\\rVert^2 + ${t(view.lasso)}\\lVert w\\rVert_1`}
        ml="Weight decay in networks is ridge; the lasso selects features (exact zeros). The intercept is never penalized (scikit-learn's convention), so shifting y shifts only b."
      >
        Each penalized problem equals a constrained one: least squares within the disc ‖w‖₂ ≤ t (ridge) or the
        diamond ‖w‖₁ ≤ t (lasso). The diamond&rsquo;s corners lie on the axes, so the contours often first
        touch it at a corner: a coefficient exactly 0. Coordinate descent solves the lasso by
        soft-thresholding one coefficient at a time.
      </TheorySection>
      <TheorySection
        title="Bayesian linear regression"
        tex={`S^{-1} = ${t(view.alpha)}\\,I + ${t(view.beta)}\\,\\Phi^\\top\\Phi,\\quad m = ${t(view.beta)}\\,S\\Phi^\\top y,\\quad \\sigma^2(x) = \\tfrac1{${t(view.beta)}} + \\phi(x)^\\top S\\,\\phi(x)`}
        ml={`The posterior mean is ridge with λ = α/β = ${(view.alpha / view.beta).toPrecision(4)} on every coefficient, intercept included; the posterior adds what ridge lacks: how sure the model is, growing away from the data, which is what active learning and Bayesian optimization use.`}
      >
        A Gaussian prior N(0, α⁻¹I) and Gaussian noise of precision β give a Gaussian posterior over the
        weights; each new point multiplies in its likelihood and the ellipse shrinks.
      </TheorySection>
      <TheorySection
        title="Logistic regression"
        tex={`P(y=1\\mid x)=\\sigma(b+w^\\top x),\\quad L = -\\tfrac1n\\sum\\big[y\\log\\sigma + (1-y)\\log(1-\\sigma)\\big] + \\tfrac{${t(view.l2)}}{2}\\lVert w\\rVert^2`}
        ml="It is a one-layer network with a sigmoid output and cross-entropy loss; its gradient is Xᵀ(σ − y)/n, the same form as least squares. scikit-learn's C is 1/(n·λ)."
      >
        The loss is convex, so Newton&rsquo;s method finds the minimum in a few steps. On separable classes
        with λ = 0 there is none: scaling w up keeps lowering the loss, and the weights grow without bound.
      </TheorySection>
    </div>
  );
}
