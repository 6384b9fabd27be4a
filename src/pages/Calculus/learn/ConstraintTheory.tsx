import { TheorySection } from '../../../ui/learn/TheorySection';

const FINITE_TEX = String.raw`\frac{f(x_0+h)-f(x_0)}{h} = f'(x_0) + \underbrace{\tfrac{h}{2} f''(\xi)}_{\text{truncation}} + \underbrace{O\!\left(\tfrac{\varepsilon\,|f|}{h}\right)}_{\text{round-off}},\qquad h^{*}_{\text{forward}} \approx \sqrt{\varepsilon},\quad h^{*}_{\text{central}} \approx \sqrt[3]{\varepsilon}`;

const TAYLOR_TEX = String.raw`f(x) = \sum_{k=0}^{n} \frac{f^{(k)}(x_0)}{k!}(x-x_0)^k + R_n(x),\qquad R_n(x) = \frac{f^{(n+1)}(\xi)}{(n+1)!}(x-x_0)^{n+1}`;

const LAGRANGE_TEX = String.raw`\nabla f = \lambda \nabla g,\quad g(x,y) = c,\qquad \lambda = \frac{d f^{*}}{d c};\qquad \text{KKT for } g \le c:\ \nabla f + \lambda\nabla g = 0,\ \lambda \ge 0,\ \lambda\,(g - c) = 0`;

const L2_TEX = String.raw`\min_{w} L(w)\ \text{s.t.}\ \lVert w\rVert^2 \le r^2 \;\Longleftrightarrow\; \min_{w} L(w) + \lambda\left(\lVert w\rVert^2 - r^2\right),\quad \lambda \ge 0,\quad \lambda = -\frac{d L^{*}}{d (r^2)}`;

const MAXENT_TEX = String.raw`\max_{p} -\sum_i p_i \log p_i\ \text{s.t.}\ \sum_i p_i = 1,\ \sum_i p_i x_i = \mu \;\Longrightarrow\; p_i = \frac{e^{\lambda x_i}}{\sum_j e^{\lambda x_j}},\quad \frac{d H^{*}}{d\mu} = -\lambda`;

/**
 * Issue 18's theory: derivatives from first principles (finite differences against autodiff, Taylor's
 * remainder), Lagrange multipliers and KKT, and their machine-learning faces (L2 regularization as a norm
 * constraint, maximum entropy with a mean constraint).
 */
export function ConstraintTheory() {
  return (
    <>
      <TheorySection
        title="Derivatives from first principles"
        tex={FINITE_TEX}
        ml="Gradient checking compares backprop with central differences at h ≈ 1e-5 (near ∛ε in float64; in float32, ε ≈ 1.2e-7, the best h is near 5e-3 and the check is far coarser). Training never uses finite differences: one gradient of n parameters would need n + 1 evaluations of the loss, where reverse-mode autodiff needs a small multiple of one."
      >
        The difference quotient is the slope of the secant through x₀ and x₀ + h; as h shrinks it turns into
        the tangent. In floating point it cannot shrink forever: f(x₀ + h) − f(x₀) loses digits when the two
        values agree in most of them, so the error is truncation (falling as h, or h² for the central
        quotient) plus round-off (rising as ε/h), a V on a log–log plot with its bottom near √ε or ∛ε.
        Automatic differentiation has no step: it applies the chain rule to each operation&apos;s exact
        derivative, so its only error is the rounding of those operations. Tick “1-D” to see the secant, the V
        and the Taylor polynomials.
      </TheorySection>
      <TheorySection
        title="Taylor polynomials and the remainder"
        tex={TAYLOR_TEX}
        ml="The second-order Taylor model is what Newton's method minimizes and what the curvature panel reads; learning-rate bounds such as η < 2/λmax come from it. Taylor-mode autodiff (used here for the coefficients, and in JAX's jet) gets every coefficient in one pass."
      >
        Pₙ matches f and its first n derivatives at x₀. The remainder, shaded in the 1-D view, grows like |x −
        x₀|ⁿ⁺¹ near x₀; far away, or beyond the nearest singularity (log x at 0), the polynomial stops
        describing f however high the order.
      </TheorySection>
      <TheorySection
        title="Constraints and Lagrange multipliers"
        tex={LAGRANGE_TEX}
        ml="Constrained problems are everywhere in ML: SVMs (the margin constraints' multipliers pick the support vectors), trust-region steps, probability simplices, fairness constraints. Projected gradient descent is used where the projection is cheap (box constraints on weights, clipping, the simplex); penalty and augmented-Lagrangian methods elsewhere."
      >
        At a constrained optimum f cannot change to first order along the curve g = c, so ∇f has no component
        along it: ∇f is parallel to ∇g (angle 0° or 180°), ∇f = λ∇g. The bordered Hessian tells a constrained
        minimum from a maximum. λ is a price: moving the constraint to c + δ changes the optimal value by
        about λ·δ, as the page shows by nudging c. For g ≤ c the KKT conditions say: either the constraint is
        inactive (the unconstrained minimum is feasible, λ = 0) or active (the optimum is on g = c and λ ≥ 0),
        λ·(g − c) = 0 in both cases (complementary slackness). The quadratic penalty method instead descends f
        + (μ/2)(g − c)² with μ growing: its minimizer lies about λ/(μ|∇g|) off the curve, so it is exact only
        as μ → ∞, and the problem grows ever more ill-conditioned on the way (curvature μ|∇g|² across the
        curve, that of f along it). A plain gradient step small enough for the stiff direction would crawl
        along the curve, so the page's penalty run scales its step across the curve by 1/(1 + ημ|∇g|²), a
        Newton step on the penalty, and keeps η along it; μ grows ×10 every eighth of the run, to 10⁷.
      </TheorySection>
      <TheorySection
        title="L2 regularization is a constraint"
        tex={L2_TEX}
        ml="Ridge regression and weight decay add λ‖w‖² to the loss. By the KKT conditions this is the same as minimizing the loss inside the ball ‖w‖ ≤ r: each r whose constraint is active has one λ ≥ 0, a larger λ for a smaller ball, and λ = 0 once the ball holds the unregularized solution. The regression tab's constraint picture draws the ball and the loss contours touching it."
      >
        Try it here: f = (x − 2)² + (y − 1)² (a loss with its minimum at w = (2, 1)) with g = x² + y² ≤ 1. The
        constraint is active, the optimum is the point of the unit circle towards (2, 1), and λ is the weight
        decay that gives the same w. With c = 9 the ball holds (2, 1): inactive, λ = 0.
      </TheorySection>
      <TheorySection
        title="Maximum entropy with a mean constraint"
        tex={MAXENT_TEX}
        ml="The maximum-entropy distribution under linear constraints is an exponential family: here a softmax (Gibbs distribution) with the multiplier λ as its inverse temperature. Logistic regression and softmax classifiers are maximum-entropy models whose constraints match the features' expected values; λ for each constraint is a learned weight."
      >
        Without the mean constraint the answer is uniform. Jaynes&apos;s die with mean 4.5 instead of 3.5
        gives λ ≈ 0.371 and p ≈ (0.054, 0.079, 0.114, 0.165, 0.240, 0.348), entropy 1.614 nats against log 6 ≈
        1.792; raising the required mean by δ lowers the best entropy by about 0.371·δ, the multiplier again
        as a price (values computed with SciPy).
      </TheorySection>
    </>
  );
}
