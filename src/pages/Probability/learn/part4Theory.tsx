/** Theory notes of the Conditional probability, Gaussians and Variational inference tabs, with their current numbers. */
import { conditionalGaussian, eventProbabilities } from '../../../core';
import { useConditionalStore } from '../../../stores/probability/conditional/store';
import { outcomesOf } from '../../../stores/probability/conditional/view';
import { useGaussiansStore } from '../../../stores/probability/gaussians/store';
import { covarianceOf, gaussiansView } from '../../../stores/probability/gaussians/view';
import { useViStore } from '../../../stores/probability/vi/store';
import { TheorySection } from '../../../ui/learn/TheorySection';

const n4 = (v: number) => (Number.isFinite(v) ? String(Number(v.toPrecision(4))) : '\\text{undefined}');

export function ConditionalTheory({ open }: { open: boolean }) {
  const a = useConditionalStore((s) => s.view.a);
  const b = useConditionalStore((s) => s.view.b);
  const p = eventProbabilities(
    Array.from({ length: 36 }, () => 1),
    outcomesOf(a),
    outcomesOf(b),
  );
  return (
    <TheorySection
      title="Conditional probability and independence"
      tex={`P(A\\mid B)=\\frac{P(A\\cap B)}{P(B)}=\\frac{${n4(p.pAB)}}{${n4(p.pB)}}=${n4(p.pAGivenB)},\\qquad P(A\\cap B)=P(B)\\,P(A\\mid B),\\qquad A\\perp B \\iff P(A\\cap B)=P(A)P(B)`}
      open={open}
      ml="Every classifier's output is a conditional probability p(y | x); naive Bayes assumes the features are conditionally independent given the class, and Simpson's paradox is why a comparison of aggregate rates must say what it conditions on (confounders)."
    >
      Conditioning on B throws away every outcome outside B and rescales what is left so that it adds up to 1
      again: B becomes the whole sample space. A and B are independent when this changes nothing, P(A | B) =
      P(A). A probability tree writes the same numbers as branches, each leaf the product along its path.
    </TheorySection>
  );
}

export function GaussiansTheory({ open }: { open: boolean }) {
  const view = useGaussiansStore((s) => s.view);
  const ok = Object.keys(gaussiansView.problems(view)).length === 0;
  const c = ok
    ? conditionalGaussian([view.mx, view.my], covarianceOf(view), view.y0)
    : { mean: NaN, variance: NaN };
  return (
    <TheorySection
      title="The multivariate Gaussian"
      tex={`p(z)=\\frac{1}{2\\pi\\sqrt{\\det\\Sigma}}e^{-\\frac12(z-\\mu)^\\top\\Sigma^{-1}(z-\\mu)},\\quad x\\mid y=y_0\\sim\\mathcal N\\Big(\\mu_x+\\tfrac{\\Sigma_{xy}}{\\Sigma_{yy}}(y_0-\\mu_y),\\ \\Sigma_{xx}-\\tfrac{\\Sigma_{xy}^2}{\\Sigma_{yy}}\\Big)=\\mathcal N(${n4(c.mean)},\\ ${n4(c.variance)})`}
      open={open}
      ml="Gaussian processes predict by exactly this conditioning (on many coordinates at once); the Kalman filter multiplies Gaussians; the reparameterization μ + Lz is how VAEs and variational inference sample; and the Gaussian's maximum entropy for a given covariance is why it is the default noise model."
    >
      Its level sets are ellipses whose axes are the eigenvectors of Σ, with half-lengths √λ per σ. Every
      marginal and every conditional of a Gaussian is Gaussian; sums of independent Gaussians add their
      variances, products of Gaussian densities add their precisions.
    </TheorySection>
  );
}

/** The Variational inference tab: the ELBO identity, with the fit's ELBO when there is one. */
export function ViTheory({ open }: { open: boolean }) {
  const elbo = useViStore((s) => {
    const e = s.result?.snapshot.path.elbo;
    return e && e.length > 0 ? e[e.length - 1] : null;
  });
  const value = elbo !== null && Number.isFinite(elbo) ? ` = ${Number(elbo.toPrecision(4))}` : '';
  return (
    <TheorySection
      title="Variational inference"
      tex={`\\log Z = \\underbrace{\\mathbb E_q[\\log \\tilde p(z)] + H(q)}_{\\mathrm{ELBO}(q)${value}} + \\mathrm{KL}(q\\,\\|\\,p) \\;\\ge\\; \\mathrm{ELBO}(q)`}
      open={open}
      ml="A variational autoencoder trains its encoder q(z | x) by maximizing the ELBO with the same reparameterization z = m + Lε; Bayesian neural networks and topic models fit their posteriors this way when MCMC is too slow. Expect the mode-seeking bias: posterior variances from mean-field VI are too small."
    >
      Variational inference replaces sampling by optimization: among simple laws q (here Gaussians) it finds
      the one closest to the posterior p. Since log Z does not depend on q, maximizing the ELBO is minimizing
      KL(q‖p), and the ELBO needs only the unnormalized p̃. KL(q‖p) is large where q puts mass and p has
      little, so q hides inside one mode and, when its covariance is diagonal, inside the narrowest direction
      of a correlated p (variance 1/Λᵢᵢ instead of Σᵢᵢ). Matching moments instead minimizes KL(p‖q): q then
      covers everything p has, modes and the gaps between them.
    </TheorySection>
  );
}
