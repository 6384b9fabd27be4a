/**
 * The probability page's exercises: live tasks checked on a tab's store (Bayes, MCMC) and the KL prediction
 * here, the simulation tabs' predictions in simulationExercises.tsx. Every checked value comes from
 * src/core, none is written in by hand.
 */
import { betaPosterior, betaShapeProblem, klBits, makeTarget, McmcChain } from '../../../core';
import { useBayesStore } from '../../../stores/probability/bayes/store';
import { useInformationStore } from '../../../stores/probability/information/store';
import { sameRequest } from '../../../stores/job';
import { requestOf, useMcmcStore } from '../../../stores/probability/mcmc/store';
import type { Exercise, Verdict } from '../../../ui/learn/types';
import { Tex } from '../../../ui/Tex';
import { fmt, pct, show } from './exerciseKit';
import { conditionalTenDouble, gaussianConditionalMean, viMeanFieldVariance } from './part4Exercises';
import { cauchyMean, cltSd, gammaMean, piRate } from './simulationExercises';
import { bayesView } from '../../../stores/probability/bayes/view';
import { informationView } from '../../../stores/probability/information/view';
import { mcmcProblems, mcmcView } from '../../../stores/probability/mcmc/view';

// ---- Bayes: a prior whose posterior mean is 0.7 after 7 heads in 10 flips ----

const HEADS = 7;
const TAILS = 3;
const TARGET_MEAN = 0.7;

function checkBetaPrior(): Verdict {
  const { alpha, beta, heads, tails } = useBayesStore.getState().view;
  if (heads !== HEADS || tails !== TAILS)
    return {
      ok: false,
      why: `the tab holds ${heads} heads and ${tails} tails; record exactly 7 heads and 3 tails (Reset, then Heads ×7, Tails ×3).`,
    };
  const bad = betaShapeProblem('prior alpha', alpha) ?? betaShapeProblem('prior beta', beta);
  if (bad) return { ok: false, why: `${bad}.` };
  const post = betaPosterior(alpha, beta, heads, tails);
  const ok = Math.abs(post.mean - TARGET_MEAN) <= 1e-9;
  // A near miss must not read "0.7, not 0.7": show the digits that differ.
  const digits = !ok && fmt(post.mean, 6) === '0.7' ? 12 : 6;
  return {
    ok,
    why: `prior Beta(${fmt(alpha, 6)}, ${fmt(beta, 6)}) with 7 heads and 3 tails gives Beta(${fmt(post.alpha, 6)}, ${fmt(post.beta, 6)}), whose mean is ${fmt(post.mean, digits)}${ok ? '.' : ', not 0.7.'}`,
  };
}

const betaPrior: Exercise = {
  id: 'beta-prior',
  title: 'A prior for a posterior mean of 0.7',
  prompt: (
    <p>
      On the Bayesian updating tab, record 7 heads and 3 tails (10 flips). Then choose a Beta(α, β) prior
      whose posterior mean is 0.7.
    </p>
  ),
  answer: { kind: 'live', check: checkBetaPrior },
  hint: (
    <>
      The posterior is Beta(α + 7, β + 3), so its mean is <Tex tex="\tfrac{\alpha+7}{\alpha+\beta+10}" />. It
      is a weighted average of the prior mean and the data&rsquo;s 7/10.
    </>
  ),
  solution: (
    <>
      <Tex tex="\tfrac{\alpha+7}{\alpha+\beta+10}=0.7 \iff 0.3\,\alpha = 0.7\,\beta \iff \tfrac{\alpha}{\alpha+\beta}=0.7" />
      : any prior whose own mean is 0.7 works, because the data&rsquo;s proportion is 0.7 too. Beta(7, 3)
      gives Beta(14, 6), with mean 14/20 = 0.7; a stronger prior only makes the posterior narrower.
    </>
  ),
  applySolution() {
    const s = useBayesStore.getState();
    const view = { ...s.view, alpha: 7, beta: 3, heads: HEADS, tails: TAILS };
    s.loadView(view, []);
    show(bayesView.encode(view));
  },
};

// ---- Information: which pair has the larger KL(P‖Q)? ----

const PAIR_A = { p: [0.5, 0.5], q: [0.9, 0.1] };
const PAIR_B = { p: [0.9, 0.1], q: [0.5, 0.5] };
const list = (p: number[]) => `(${p.join(', ')})`;

function showPairA(): void {
  const s = useInformationStore.getState();
  const view = { ...s.view, p: [...PAIR_A.p], q: [...PAIR_A.q] };
  s.loadView(view, []);
  show(informationView.encode(view));
}

const klLarger: Exercise = {
  id: 'kl-larger',
  title: 'Which has the larger KL(P‖Q)?',
  prompt: (
    <p>
      Two pairs of distributions on two outcomes: which pair has the larger{' '}
      <Tex tex="\mathrm{KL}(P\,\|\,Q)" />? After you check, the Entropy and KL tab shows pair A; its KL(Q‖P)
      readout is pair B&rsquo;s KL(P‖Q), since B is A with P and Q swapped.
    </p>
  ),
  answer: {
    kind: 'choice',
    options: [
      `Pair A: P = ${list(PAIR_A.p)}, Q = ${list(PAIR_A.q)}`,
      `Pair B: P = ${list(PAIR_B.p)}, Q = ${list(PAIR_B.q)}`,
      'Neither: KL is symmetric, so they are equal',
    ],
    check(index) {
      const a = klBits(PAIR_A.p, PAIR_A.q);
      const b = klBits(PAIR_B.p, PAIR_B.q);
      const right = Math.abs(a - b) < 1e-12 ? 2 : a > b ? 0 : 1;
      return {
        ok: index === right,
        why: `KL(P‖Q) is ${fmt(a)} bits for pair A and ${fmt(b)} bits for pair B: it is largest where Q gives little probability to what P often draws.`,
      };
    },
  },
  hint: (
    <>
      <Tex tex="\mathrm{KL}(P\|Q)=\sum_i p_i \log_2 \tfrac{p_i}{q_i}" /> weighs each outcome by P. Which pair
      has an outcome that P draws often but Q thinks rare?
    </>
  ),
  solution: (
    <>
      Pair A: <Tex tex="0.5\log_2\tfrac{0.5}{0.9}+0.5\log_2\tfrac{0.5}{0.1}\approx 0.737" /> bits; pair B:{' '}
      <Tex tex="0.9\log_2\tfrac{0.9}{0.5}+0.1\log_2\tfrac{0.1}{0.5}\approx 0.531" /> bits. Half of pair
      A&rsquo;s draws land where Q says 0.1, which costs log₂ 5 ≈ 2.32 bits each. KL is not symmetric:
      swapping P and Q changes it.
    </>
  ),
  applySolution: showPairA,
  reveal: showPairA,
};

// ---- MCMC: tune the random-walk proposal ----

const RATE_LO = 0.2;
const RATE_HI = 0.5;

/** The acceptance rate of the chain the view asks for: the finished run on screen, or the same chain run here. */
function acceptanceOfView(): number {
  const { view, run } = useMcmcStore.getState();
  const request = requestOf(view);
  if (run?.done && sameRequest(run.request, request) && run.received > 0)
    return run.acceptedCount / run.received;
  const chain = new McmcChain(makeTarget(request.target), request);
  chain.advance(request.steps);
  return chain.acceptanceRate;
}

function checkAcceptance(): Verdict {
  const { view } = useMcmcStore.getState();
  if (view.algorithm !== 'mh')
    return { ok: false, why: 'the sampler is HMC; choose random-walk Metropolis–Hastings.' };
  const problems = Object.values(mcmcProblems(view));
  if (problems.length > 0) return { ok: false, why: `${problems[0]}.` };
  let rate: number;
  try {
    rate = acceptanceOfView();
  } catch (e) {
    return { ok: false, why: `the chain cannot run: ${(e as Error).message}.` };
  }
  const ok = rate >= RATE_LO && rate <= RATE_HI;
  const side =
    rate > RATE_HI ? ' (steps too small: make the scale larger)' : ' (steps too large: make it smaller)';
  return {
    ok,
    why: `with proposal scale ${fmt(view.scale)} the chain accepts ${pct(rate)} of ${view.steps} proposals${ok ? '.' : side + '.'}`,
  };
}

const mhAcceptance: Exercise = {
  id: 'mh-acceptance',
  title: 'Tune the proposal',
  prompt: (
    <p>
      On the MCMC tab, with random-walk Metropolis–Hastings on the correlated Gaussian (ρ = 0.8), set the
      proposal scale so that between 20 % and 50 % of the proposals are accepted.
    </p>
  ),
  answer: { kind: 'live', check: checkAcceptance },
  hint: 'Tiny steps are nearly always accepted but crawl; huge steps jump into the tails and are rejected. The default 0.5 accepts too many.',
  solution: (
    <>
      Scale 1 accepts about 40 % of the proposals. A rate near 23 % is optimal for random-walk MH in many
      dimensions; in 2D a little more is fine. Watch the trace plots: too small a scale looks like a slow
      drift, too large like long flat stretches.
    </>
  ),
  applySolution() {
    const s = useMcmcStore.getState();
    const view = { ...s.view, target: 'gaussian' as const, rho: 0.8, algorithm: 'mh' as const, scale: 1 };
    s.loadView(view, []);
    show(mcmcView.encode(view));
  },
};

export const PROBABILITY_EXERCISES: Exercise[] = [
  gammaMean,
  cauchyMean,
  cltSd,
  piRate,
  betaPrior,
  mhAcceptance,
  klLarger,
  conditionalTenDouble,
  gaussianConditionalMean,
  viMeanFieldVariance,
];
