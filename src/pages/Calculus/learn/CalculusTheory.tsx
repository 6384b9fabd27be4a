import { useMemo } from 'react';
import { curvatureAt } from '../../../core';
import { useCalculusStore } from '../../../stores/calculus/store';
import { formatNumber } from '../../../ui/Readout';
import { TheorySection } from '../../../ui/learn/TheorySection';
import { useProbe, useShownExpr } from '../shownExpr';
import { ConstraintTheory } from './ConstraintTheory';
import { adamTex, BACKPROP_TEX, curvatureTheoryTex, gradientTex, momentumTex, newtonTex } from './theoryTex';

/**
 * The calculus theory notes: gradient, curvature, momentum, adaptive methods, Newton and
 * backpropagation, each with its identity at the page's probe point (the start, or the pointer).
 */
export function CalculusTheory() {
  const shown = useShownExpr();
  const probe = useProbe();
  const [px, py] = probe;
  const c = useMemo(() => (shown ? curvatureAt(shown.expr, px, py) : null), [shown, px, py]);
  const mu = useCalculusStore((s) => s.view.optimizers.momentum.momentum);
  const nesterovMu = useCalculusStore((s) => s.view.optimizers.nesterov.momentum);
  const beta1 = useCalculusStore((s) => s.view.optimizers.adam.beta1);
  const beta2 = useCalculusStore((s) => s.view.optimizers.adam.beta2);
  const eps = useCalculusStore((s) => s.view.optimizers.adam.eps);
  // How much too large Adam's first step would be without bias correction: (1 − β₁)/√(1 − β₂).
  const firstStep = (1 - beta1) / Math.sqrt(1 - beta2);
  return (
    <div className="learn-theory-list">
      <p className="fine">
        Formulas use the page&apos;s numbers at ({formatNumber(px, 4)}, {formatNumber(py, 4)}), the start
        point or the point under the pointer.
      </p>
      <TheorySection
        title="Gradient: the direction of steepest ascent"
        tex={gradientTex(c, probe)}
        ml="Training a model means lowering a loss L(θ) over its parameters θ, often millions of them. Every optimizer on this page starts from −∇L; stochastic gradient descent uses the gradient of a mini-batch, a noisy but unbiased estimate of it."
      >
        The gradient points where f rises fastest, its length is that rate of rise, and it is perpendicular to
        the contour line through the point. A small step d changes f by about ∇f·d, which is most negative for
        d along −∇f: that is why gradient descent steps against the gradient.
      </TheorySection>
      <TheorySection
        title="Hessian and curvature: the step-size limit"
        tex={curvatureTheoryTex(c)}
        ml="The largest Hessian eigenvalue, the sharpness of the loss, caps the learning rate that training can use: above 2/λmax the loss explodes instead of falling. That is why learning rates are tuned on a log scale, and one reason for learning-rate warm-up: training starts with a small rate while the loss surface is sharp and raises it once the parameters reach flatter regions."
      >
        The Hessian H holds the second derivatives. Its eigenvectors are the directions of pure bending and
        its eigenvalues λ how sharply f bends along them. On the quadratic model, a GD step multiplies the
        error along each eigenvector by 1 − ηλ, so GD is stable only for η &lt; 2/λmax, and even at the best η
        the slowest direction shrinks only by (κ − 1)/(κ + 1) per step: the condition number κ sets how many
        steps GD needs (on the order of κ), and a large κ is the zig-zag you see in a narrow valley.
      </TheorySection>
      <TheorySection
        title="Momentum and Nesterov"
        tex={momentumTex(mu, nesterovMu)}
        ml="SGD with momentum 0.9 is the classic recipe for training convolutional networks, and the running average also smooths mini-batch noise. Adam's first moment is the same idea as an exponential moving average."
      >
        Momentum keeps a decaying sum b of past gradients: components that point the same way step after step
        (along a valley) add up, and those that flip sign (across it) cancel. With η and μ tuned to the
        curvature, the heavy ball needs on the order of √κ steps where GD needs κ. Nesterov&apos;s variant
        steps with ∇f + μb, in effect taking the gradient where momentum is about to carry the point, so it
        reacts sooner when the ball starts to overshoot.
      </TheorySection>
      <TheorySection
        title="Adaptive methods: AdaGrad, RMSProp, Adam"
        tex={adamTex(beta1, beta2, eps)}
        ml={
          <>
            Adam is the default optimizer of deep learning, transformers above all: dividing by √v̂ puts every
            parameter on a similar step scale even when gradients differ by orders of magnitude between
            layers, so it trains well with little tuning (AdamW adds decoupled weight decay). Bias correction
            matters at the start: m and v begin at 0, and without dividing by 1 − βᵗ the first step would be
            (1 − β₁)/√(1 − β₂) = {formatNumber(firstStep, 3)} times the corrected one at the page&apos;s β₁
            and β₂.
          </>
        }
      >
        Each coordinate&apos;s step is divided by the root of its mean squared gradient, so a steep coordinate
        takes small steps and a flat one large steps: a cheap per-coordinate stand-in for curvature. AdaGrad
        sums every past g², so its steps only shrink; RMSProp (with α) and Adam (with β₂) average g² over a
        recent window instead, and Adam adds momentum to the numerator.
      </TheorySection>
      <TheorySection
        title="Newton's method"
        tex={newtonTex(c)}
        ml="With n parameters the Hessian has n² entries and solving with it costs about n³ operations: for a network with 10⁸ parameters that is out of reach, and noisy mini-batch curvature plus the many saddle points of non-convex losses make full Newton steps risky. Deep learning uses cheap stand-ins instead: Hessian-vector products, diagonal or Kronecker-factored curvature (K-FAC, Shampoo), and L-BFGS for small full-batch problems."
      >
        Newton jumps to the minimum of the second-order Taylor model at the current point. Conditioning does
        not slow it (a quadratic is solved in one step) and near a minimum it converges quadratically,
        doubling the correct digits each step. Where H is not positive definite, though, the model has no
        minimum and Newton heads for a saddle or a maximum as readily as for a minimum.
      </TheorySection>
      <TheorySection
        title="Backpropagation: the chain rule in reverse"
        tex={BACKPROP_TEX}
        ml="This is what loss.backward() does in PyTorch's autograd: the forward pass records the graph and keeps the intermediate values, and one backward pass gives the gradient for every parameter at once, at a cost of a small multiple of the forward pass. The stored intermediate values are why training needs far more memory than inference."
      >
        f is computed as a graph of elementary operations. The reverse pass starts from ∂f/∂f = 1 at the
        output and sends each node&apos;s adjoint to its inputs, multiplied by the local derivative and summed
        where a value is used more than once. The backpropagation view below shows these adjoints on the
        current f.
      </TheorySection>
      <ConstraintTheory />
    </div>
  );
}
