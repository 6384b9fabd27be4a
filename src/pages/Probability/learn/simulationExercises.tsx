/**
 * The probability page's predictions on the simulation tabs (Distributions, LLN, CLT, Monte Carlo): the
 * student commits a number or a choice, then the reveal sets the tab up and runs it. Checked with src/core.
 */
import { makeDistribution, PI_SD } from '../../../core';
import { useCltStore } from '../../../stores/probability/clt/store';
import { useLlnStore } from '../../../stores/probability/lln/store';
import { useMonteCarloStore } from '../../../stores/probability/montecarlo/store';
import { useProbabilityStore } from '../../../stores/probability/distributions/store';
import type { Exercise } from '../../../ui/learn/types';
import { formatCount } from '../../../ui/formatCount';
import { givens } from '../../../ui/learn/variants';
import { Tex } from '../../../ui/Tex';
import { fmt, pct, show } from './exerciseKit';
import { cltView } from '../../../stores/probability/clt/view';
import { distributionsView } from '../../../stores/probability/distributions/view';
import { llnView } from '../../../stores/probability/lln/view';
import { monteCarloView } from '../../../stores/probability/montecarlo/view';

// ---- Distributions: the mean of Gamma(α, β) (2.5 and 1.5 as written; New numbers draws others) ----

function showGamma(params: { shape: number; rate: number }): void {
  const s = useProbabilityStore.getState();
  const view = {
    ...distributionsView.defaults,
    dist: 'gamma' as const,
    params: { ...params },
    samples: 100_000,
    seed: 42,
  };
  s.loadView(view, []);
  show(distributionsView.encode(view));
  s.sample();
}

/**
 * "The mean of a Gamma" for Gamma(shape, rate). No setUp: the Distributions tab shows the mean as a
 * readout, so the instance sets the page only with the reveal, as the exercise as written does.
 */
function gammaMeanOf(shape: number, rate: number, withVariants: boolean): Exercise {
  const params = { shape, rate };
  const mean = () => makeDistribution('gamma', params).mean;
  const showIt = () => showGamma(params);
  const exercise: Exercise = {
    id: 'gamma-mean',
    title: 'The mean of a Gamma',
    prompt: (
      <p>
        Predict the mean of Gamma(shape α = {shape}, rate β = {rate}). Then the Distributions tab draws
        100,000 samples to compare.
      </p>
    ),
    answer: {
      kind: 'number',
      label: 'mean',
      key: {
        expected: () => [mean()],
        rel: 0.01,
        traps: () => [[shape * rate], [(shape - 1) / rate]],
      },
      check(v) {
        const m = mean();
        const ok = Math.abs(v - m) <= 0.01 * m;
        return { ok, why: `the mean is α/β = ${shape}/${rate} = ${fmt(m)}; you said ${fmt(v, 6)}.` };
      },
    },
    hint: 'A Gamma(α, β) is the waiting time for α events of a Poisson process with rate β; each takes 1/β on average.',
    solution: (
      <>
        <Tex
          tex={`\\mathbb E[X]=\\int_0^\\infty x\\,\\tfrac{\\beta^\\alpha}{\\Gamma(\\alpha)}x^{\\alpha-1}e^{-\\beta x}\\,dx=\\tfrac{\\Gamma(\\alpha+1)}{\\Gamma(\\alpha)\\,\\beta}=\\tfrac{\\alpha}{\\beta}=\\tfrac{${shape}}{${rate}}\\approx ${fmt(mean())}`}
        />
        . SciPy writes it stats.gamma(a={shape}, scale=1/{rate}).
      </>
    ),
    applySolution: showIt,
    reveal: showIt,
  };
  if (!withVariants) return exercise;
  return {
    ...exercise,
    // New numbers: another shape and rate (β ≠ 1, so the guess α·β stays wrong).
    variant(seed) {
      const g = givens(seed, 'gamma-mean');
      const a = g.pick([1.5, 2, 2.5, 3, 3.5, 4, 5, 6]);
      const b = g.pick([0.5, 0.75, 1.25, 1.5, 2, 2.5, 3, 4]);
      return gammaMeanOf(a, b, false);
    },
  };
}

export const gammaMean: Exercise = gammaMeanOf(2.5, 1.5, true);

// ---- CLT: the spread of the mean of k draws from Exp(λ) (25 and 1 as written; New numbers draws others) ----

function showClt(k: number, rate: number): void {
  const s = useCltStore.getState();
  const view = {
    dist: 'exponential' as const,
    params: { rate },
    k,
    reps: 100_000,
    stat: 'mean' as const,
    seed: 1,
  };
  s.loadView(view, []);
  show(cltView.encode(view));
}

/**
 * "How spread out is a mean?" for the mean of k draws from Exponential(rate). No setUp: the CLT tab
 * writes the mean's standard deviation in its formula, so the instance sets the tab only with the reveal.
 */
function cltSdOf(k: number, rate: number, withVariants: boolean): Exercise {
  const sigma = () => Math.sqrt(makeDistribution('exponential', { rate }).variance);
  const sdOfMean = () => sigma() / Math.sqrt(k);
  const showIt = () => showClt(k, rate);
  const exercise: Exercise = {
    id: 'clt-sd',
    title: 'How spread out is a mean?',
    prompt: (
      <p>
        Take the mean of {k} independent draws from Exponential(rate {rate}). Predict the standard deviation
        of that mean. Then the Central limit theorem tab repeats it 100,000 times.
      </p>
    ),
    answer: {
      kind: 'number',
      label: 'standard deviation',
      key: {
        expected: () => [sdOfMean()],
        rel: 0.02,
        // The draw's own σ, σ/k (dividing the sd by k) and σ²/k (the mean's variance).
        traps: () => [[sigma()], [sigma() / k], [sigma() ** 2 / k]],
      },
      check(v) {
        const sd = sdOfMean();
        const ok = Math.abs(v - sd) <= 0.02 * sd;
        return { ok, why: `σ/√k = ${fmt(sigma())}/√${k} = ${fmt(sd)}; you said ${fmt(v, 6)}.` };
      },
    },
    hint: 'Variances of independent draws add: Var(X₁ + … + Xₖ) = kσ². Dividing by k divides the variance by k².',
    solution: (
      <>
        <Tex
          tex={`\\operatorname{sd}(\\bar X_k)=\\sqrt{\\tfrac{k\\sigma^2}{k^2}}=\\tfrac{\\sigma}{\\sqrt k}=\\tfrac{${fmt(sigma())}}{\\sqrt{${k}}}=${fmt(sdOfMean())}`}
        />
        , since Exp({rate}) has σ = 1/λ = {fmt(sigma())}. The histogram of the means is already close to{' '}
        {`N(${fmt(1 / rate)}, ${fmt(sdOfMean())}²)`}.
      </>
    ),
    applySolution: showIt,
    reveal: showIt,
  };
  if (!withVariants) return exercise;
  return {
    ...exercise,
    // New numbers: another sample size k and rate λ (σ/√k ≠ 1, so the mean's variance σ²/k stays wrong).
    variant(seed) {
      const g = givens(seed, 'clt-sd');
      for (;;) {
        const kk = g.pick([4, 9, 16, 25, 36, 49, 64, 100]);
        const r = g.pick([0.5, 1, 2, 4]);
        if (Math.abs(r * Math.sqrt(kk) - 1) > 0.1) return cltSdOf(kk, r, false);
      }
    },
  };
}

export const cltSd: Exercise = cltSdOf(25, 1, true);

// ---- LLN: does the Cauchy sample mean settle? ----

const CAUCHY = { x0: 0, gamma: 1 };

function showCauchy(): void {
  const s = useLlnStore.getState();
  const view = { dist: 'cauchy' as const, params: { ...CAUCHY }, draws: 1_000_000, runs: 5, seed: 1 };
  s.loadView(view, []);
  show(llnView.encode(view));
}

export const cauchyMean: Exercise = {
  id: 'cauchy-lln',
  title: 'Does the Cauchy mean settle?',
  prompt: (
    <p>
      Draw a million samples from Cauchy(x₀ = 0, γ = 1), symmetric about 0, and follow the running mean. What
      does it do as n grows?
    </p>
  ),
  answer: {
    kind: 'choice',
    options: [
      'It settles at 0, the centre of symmetry',
      'It settles at 0, but slowly, like 1/√n',
      'It never settles: now and then one huge draw throws it off',
    ],
    check(index) {
      const d = makeDistribution('cauchy', CAUCHY);
      const right = Number.isFinite(d.mean) ? 0 : 2;
      const tail = 2 * d.cdf(-100);
      return {
        ok: index === right,
        why: `the Cauchy law has no mean, so the law of large numbers does not apply; P(|X| > 100) = ${pct(tail)}, about ${formatCount(Math.round(tail * 1e6))} such draws in a million.`,
      };
    },
  },
  hint: 'The law of large numbers needs E|X| < ∞. For the Cauchy density 1/(π(1 + x²)), does ∫|x| f(x) dx converge?',
  solution: (
    <>
      <Tex tex="\int_{-\infty}^{\infty}\frac{|x|}{\pi(1+x^2)}\,dx=\infty" />, so there is no mean to converge
      to. In fact the mean of n Cauchy draws is again Cauchy(0, 1): averaging does not shrink it at all.
    </>
  ),
  applySolution: showCauchy,
  reveal: showCauchy,
};

// ---- Monte Carlo: the 1/√n rate (10,000 points and ten times as written; New numbers draws others) ----

/** n with SE = PI_SD/√n `factor` times smaller than at n0 (a whole number: the tab's points field needs one). */
function pointsFor(n0: number, factor: number): number {
  const se = PI_SD / Math.sqrt(n0);
  return Math.round((PI_SD / (se / factor)) ** 2);
}

function showPi(points: number): void {
  const s = useMonteCarloStore.getState();
  const view = { ...s.view, mode: 'pi' as const, points, seed: 1 };
  s.loadView(view, []);
  show(monteCarloView.encode(view));
}

/**
 * "Ten times more accurate" from n0 points, `factor` times smaller. An instance sets the Monte Carlo tab
 * to its n0 points (the tab shows the standard error the prompt starts from); the reveal to the answer.
 */
function piRateOf(n0: number, factor: number, withVariants: boolean): Exercise {
  const answer = () => pointsFor(n0, factor);
  const times = factor === 10 ? 'ten times' : `${factor} times`;
  const exercise: Exercise = {
    id: 'pi-rate',
    title: factor === 10 ? 'Ten times more accurate' : `${factor} times more accurate`,
    prompt: (
      <p>
        With {formatCount(n0)} random points, π̂ = 4 × (fraction inside the quarter disc) has a standard error
        of about {fmt(PI_SD / Math.sqrt(n0), 3)}. How many points make it {times} smaller?
      </p>
    ),
    answer: {
      kind: 'number',
      label: 'points',
      key: { expected: () => [answer()], rel: 0.1, traps: () => [[factor * n0], [n0]] },
      check(v) {
        const n = answer();
        const ok = Math.abs(v - n) <= 0.1 * n;
        return {
          ok,
          why: `the standard error is ${fmt(PI_SD, 4)}/√n, so it falls ${times} when n grows ${fmt(n / n0)}-fold, to ${formatCount(n)} points; you said ${Number.isInteger(v) ? formatCount(v) : fmt(v, 6)}.`,
        };
      },
    },
    hint: 'The standard error of a Monte Carlo mean is σ/√n.',
    solution: (
      <>
        <Tex tex="\mathrm{SE}=\tfrac{\sigma}{\sqrt n}" />: dividing it by {factor} multiplies n by {factor}² ={' '}
        {factor * factor}, from {formatCount(n0)} to {formatCount(answer())} points. Every extra digit of
        accuracy costs a hundred times the work.
      </>
    ),
    applySolution: () => showPi(answer()),
    reveal: () => showPi(answer()),
  };
  if (!withVariants) return { ...exercise, setUp: () => showPi(n0) };
  return {
    ...exercise,
    // New numbers: another starting number of points and another factor.
    variant(seed) {
      const g = givens(seed, 'pi-rate');
      const n = g.pick([1000, 2000, 4000, 5000, 10_000, 20_000, 50_000]);
      const f = g.pick([2, 4, 5, 10]);
      return piRateOf(n, f, false);
    },
  };
}

export const piRate: Exercise = piRateOf(10_000, 10, true);
