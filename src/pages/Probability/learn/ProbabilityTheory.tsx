import type { JSX } from 'react';
import {
  DISTRIBUTIONS,
  entropyBits,
  klBits,
  makeDistribution,
  PI_SD,
  validateParams,
  type DistributionName,
} from '../../../core';
import { useQueryParam } from '../../../app/router';
import { useBayesStore } from '../../../stores/probability/bayes/store';
import { useCltStore } from '../../../stores/probability/clt/store';
import { useInformationStore } from '../../../stores/probability/information/store';
import { useLlnStore } from '../../../stores/probability/lln/store';
import { useMcmcStore } from '../../../stores/probability/mcmc/store';
import { useMonteCarloStore } from '../../../stores/probability/montecarlo/store';
import { useProbabilityStore } from '../../../stores/probability/distributions/store';
import { TheorySection } from '../../../ui/learn/TheorySection';
import { safe } from '../information/safe';
import { ConditionalTheory, GaussiansTheory, ViTheory } from './part4Theory';
import { tabFromQuery, type ProbabilityTabId } from '../tabs';
import {
  bayesRuleTex,
  centralLimitTex,
  informationTex,
  lawOfLargeNumbersTex,
  momentsTex,
  monteCarloTex,
  mcmcTex,
} from './theoryTex';

/** μ and σ of a law, NaN while its parameters are invalid (the TeX then says "undefined"). */
function moments(dist: DistributionName, params: Record<string, number>): { mean: number; sd: number } {
  if (validateParams(dist, params).length > 0) return { mean: NaN, sd: NaN };
  const d = makeDistribution(dist, params);
  return { mean: d.mean, sd: Math.sqrt(d.variance) };
}

type Open = { open: boolean };

function DistributionsTheory({ open }: Open) {
  const { dist, params } = useProbabilityStore((s) => s.shown);
  const d = makeDistribution(dist, params);
  const tex = momentsTex(DISTRIBUTIONS[dist].densityTex(params), d.discrete, d.mean, d.variance);
  return (
    <TheorySection
      title="Distributions: density, cdf and moments"
      tex={tex}
      open={open}
      ml="Choosing a loss is choosing a noise distribution: the negative log-likelihood of a Gaussian is the squared error, of a Laplace the absolute error, of a Bernoulli the binary cross-entropy, of a Poisson the loss for counts. A softmax output is a categorical distribution, and generative models learn whole densities."
    >
      A density says where values concentrate: probability is the area under f, so f may exceed 1 while every
      probability stays at most 1. The cdf F accumulates that area; it is what the KS distance compares with
      the sample&rsquo;s step function. The mean is the balance point, the variance the mean squared distance
      from it, and heavy tails (Cauchy, Student t with few degrees of freedom) can make either integral
      diverge. Pushing X through a function g changes the density, not the probabilities: an interval of width
      dx around x carries p<sub>X</sub>(x)·dx, and g stretches it to width |g′(x)|·dx, so p<sub>Y</sub>(y) = p
      <sub>X</sub>(x)/|g′(x)| at x = g⁻¹(y), summed over every x with g(x) = y when g is not one-to-one (x² of
      a normal is χ²₁). Normalizing flows use the same rule with det J in place of g′.
    </TheorySection>
  );
}

function LlnTheory({ open }: Open) {
  const view = useLlnStore((s) => s.view);
  const { mean, sd } = moments(view.dist, view.params);
  return (
    <TheorySection
      title="Law of large numbers"
      tex={lawOfLargeNumbersTex(mean, sd, view.draws)}
      open={open}
      ml="A training loss is an average over examples standing in for the expected loss on the data you care about; the law of large numbers is why that works with enough data, and why a score on a few hundred test examples is still noisy. Generalisation bounds are quantitative versions of it."
    >
      The average of independent draws settles at the mean. Its spread is σ/√n, so the runs funnel in, but
      slowly: a hundred times more draws buy one more digit. Without a finite mean, as for the Cauchy, there
      is nothing to settle at and single huge draws keep throwing the average off.
    </TheorySection>
  );
}

function CltTheory({ open }: Open) {
  const view = useCltStore((s) => s.view);
  const { mean, sd } = moments(view.dist, view.params);
  return (
    <TheorySection
      title="Central limit theorem"
      tex={centralLimitTex(mean, sd, view.k)}
      open={open}
      ml="Error bars on metrics: an accuracy p̂ on n test examples is nearly normal with sd √(p̂(1 − p̂)/n), so 90 % on 1,000 examples is 90 ± 1.9 % at 95 % confidence. A minibatch gradient is a mean of B per-example gradients, so its noise shrinks like 1/√B; that is one reason batch size and learning rate are tuned together."
    >
      Beyond settling, the fluctuations of a mean take a universal shape: standardised, they approach the
      standard normal whatever the law of one draw, provided its variance is finite. Skewness fades like
      γ₁/√k, so strongly skewed laws need more draws per mean before the bell curve fits.
    </TheorySection>
  );
}

function MonteCarloTheory({ open }: Open) {
  const view = useMonteCarloStore((s) => s.view);
  const result = useMonteCarloStore((s) => s.result);
  // σ of one term: known for π; for ∫f estimated from the finished run, (b − a)·s_f = SE·√n.
  const sigma =
    view.mode === 'pi'
      ? PI_SD
      : result?.mode === 'integral' && result.snapshot.drawn > 1
        ? result.snapshot.se * Math.sqrt(result.snapshot.drawn)
        : NaN;
  return (
    <TheorySection
      title="Monte Carlo estimation"
      tex={monteCarloTex(sigma, view.points)}
      open={open}
      ml="Expectations are everywhere in ML and rarely have a closed form: the ELBO of a VAE is estimated from a few samples per step, policy gradients average returns over rollouts, MC dropout averages predictions over masks. All inherit the 1/√n rate, which is why these gradients are noisy and why variance reduction pays."
    >
      Any quantity that can be written as an expectation can be estimated by averaging samples. The error
      falls like σ/√n in any dimension, which is why sampling beats grids in high dimension, yet each extra
      digit costs a hundred times the samples. The other lever is a smaller σ: importance sampling and control
      variates.
    </TheorySection>
  );
}

function BayesTheory({ open }: Open) {
  const { alpha, beta, heads, tails } = useBayesStore((s) => s.view);
  return (
    <TheorySection
      title="Bayes' rule and conjugacy"
      tex={bayesRuleTex(alpha, beta, heads, tails)}
      open={open}
      ml="Bayesian inference keeps a distribution over the weights instead of one value, so predictions carry their uncertainty. The most probable weights (MAP) are regularised training: a Gaussian prior gives L2 weight decay, a Laplace prior L1, and Beta pseudo-counts are the additive smoothing of naive Bayes and n-gram models."
    >
      The posterior reweights the prior by how well each θ explains the data; the evidence p(D) only
      normalises. With a Beta prior and coin flips the posterior is again a Beta, with the counts added to the
      shapes: α and β act as imagined heads and tails. As data accumulate the real counts dominate and any
      reasonable prior is forgotten.
    </TheorySection>
  );
}

function McmcTheory({ open }: Open) {
  const algorithm = useMcmcStore((s) => s.view.algorithm);
  const scale = useMcmcStore((s) => s.view.scale);
  const stepSize = useMcmcStore((s) => s.view.stepSize);
  const leapfrog = useMcmcStore((s) => s.view.leapfrog);
  const run = useMcmcStore((s) => s.run);
  // The rate is shown only for a finished random-walk chain with the scale on screen.
  const rate =
    run?.done && run.request.algorithm === 'mh' && run.request.scale === scale && run.received > 0
      ? run.acceptedCount / run.received
      : null;
  return (
    <TheorySection
      title="Markov chain Monte Carlo"
      tex={mcmcTex({ algorithm, scale, stepSize, leapfrog }, rate)}
      open={open}
      ml="Posteriors of Bayesian models are known only up to the evidence p(D), exactly what MCMC needs. Stan, PyMC and NumPyro sample them with HMC and its adaptive form NUTS, driven by the gradient of log π from the same automatic differentiation that trains networks. Random-walk MH works best near 23 % acceptance in high dimension; HMC aims for about 65–80 %."
    >
      A chain whose moves balance the flow between any two states under π has π as its stationary law; if it
      can reach every region, after a burn-in its states are draws from π, though correlated ones.
      Metropolis–Hastings uses only the ratio π(x′)/π(x), so the normalising constant never appears. The
      effective sample size says how many independent draws the correlated chain is worth.
    </TheorySection>
  );
}

function InformationTheory({ open }: Open) {
  const p = useInformationStore((s) => s.view.p);
  const q = useInformationStore((s) => s.view.q);
  const unit = useInformationStore((s) => s.view.unit);
  // The tab's one unit: bits (log base 2) or nats (natural log); 1 bit = ln 2 nats.
  const scale = unit === 'bits' ? 1 : Math.LN2;
  const inUnit = (v: number | null) => (v === null ? null : v * scale);
  return (
    <TheorySection
      title="Entropy, cross-entropy and KL divergence"
      tex={informationTex(inUnit(safe(() => entropyBits(p))), inUnit(safe(() => klBits(p, q))), unit)}
      open={open}
      ml="Training a classifier with cross-entropy loss minimises H(P_data, Q_model); H(P_data) is fixed, so this is minimising KL(P_data‖Q_model), which is maximum likelihood. Variational inference turns the divergence around: it minimises KL(q‖p) from its approximation q to the posterior (equivalently maximises the ELBO), so q is mode-seeking and would rather miss a mode than put mass where p has none."
    >
      Entropy is the fewest {unit} per draw, on average, that any code for P&rsquo;s outcomes can achieve (
      {unit === 'bits' ? 'logarithms to base 2' : 'natural logarithms; 1 bit = ln 2 ≈ 0.693 nats'}). Coding
      P&rsquo;s draws with a code built for Q costs the cross-entropy H(P,Q); the excess over H(P) is KL(P‖Q),
      never negative and zero only when Q = P. It is not symmetric: it grows large where Q is small but P is
      not.
    </TheorySection>
  );
}

const SECTIONS: [ProbabilityTabId, (props: Open) => JSX.Element][] = [
  ['distributions', DistributionsTheory],
  ['lln', LlnTheory],
  ['clt', CltTheory],
  ['montecarlo', MonteCarloTheory],
  ['bayes', BayesTheory],
  ['mcmc', McmcTheory],
  ['information', InformationTheory],
  ['conditional', ConditionalTheory],
  ['gaussians', GaussiansTheory],
  ['vi', ViTheory],
];

/** One note per tab, with the tabs' current numbers; the active tab's note is open. */
export function ProbabilityTheory() {
  const active = tabFromQuery(useQueryParam('tab'));
  return (
    // Keyed by tab so that switching tabs opens the new tab's note rather than keeping the old toggles.
    <div key={active}>
      {SECTIONS.map(([id, Section]) => (
        <Section key={id} open={id === active} />
      ))}
    </div>
  );
}
