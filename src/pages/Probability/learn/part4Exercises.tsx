/** Exercises of the Conditional probability and Gaussians tabs; every checked value comes from src/core. */
import { conditionalGaussian, eventProbabilities } from '../../../core';
import { useConditionalStore } from '../../../stores/probability/conditional/store';
import { conditionalView, maskOf, outcomesOf } from '../../../stores/probability/conditional/view';
import { useGaussiansStore } from '../../../stores/probability/gaussians/store';
import { covarianceOf, gaussiansView } from '../../../stores/probability/gaussians/view';
import type { Exercise } from '../../../ui/learn/types';
import { Tex } from '../../../ui/Tex';
import { fmt, show } from './exerciseKit';
import { givens } from '../../../ui/learn/variants';
import { useViStore } from '../../../stores/probability/vi/store';
import { viView } from '../../../stores/probability/vi/view';

// ---- Conditional probability: P(sum ≥ t | a double) ----

const DOUBLE = maskOf((i, j) => i === j);
const atLeast = (t: number) => maskOf((i, j) => i + j >= t);
const probabilities = (t: number) =>
  eventProbabilities(
    Array.from({ length: 36 }, () => 1),
    outcomesOf(atLeast(t)),
    outcomesOf(DOUBLE),
  );

function showSumDouble(t: number): void {
  const s = useConditionalStore.getState();
  const view = { ...s.view, a: atLeast(t), b: DOUBLE, zoom: true };
  s.loadView(view, []);
  show(conditionalView.encode(view));
}

function sumGivenDouble(t: number): Exercise {
  const given = () => probabilities(t).pAGivenB;
  const doubles = [1, 2, 3, 4, 5, 6].filter((i) => 2 * i >= t);
  const p = probabilities(t);
  return {
    id: 'conditional-ten-double',
    title: `Sum at least ${t}, given a double`,
    prompt: (
      <p>
        Two fair dice are rolled and you are told they show a double. What is the probability that the sum is
        at least {t}? After you check, the Conditional probability tab zooms into the doubles.
      </p>
    ),
    answer: {
      kind: 'number',
      label: 'probability',
      check(v) {
        const q = given();
        return {
          ok: Math.abs(v - q) <= 0.005,
          why: `P(sum ≥ ${t} | double) = ${fmt(q)}; you said ${fmt(v, 6)}.`,
        };
      },
      key: { expected: () => [given()], abs: 0.005, traps: () => [[p.pA], [p.pAB]] },
    },
    hint: `Zoom into B: only the 6 doubles remain, each now equally likely. How many of them sum to ${t} or more?`,
    solution: (
      <>
        <Tex
          tex={`P(\\text{sum}\\ge ${t}\\mid\\text{double})=\\frac{P(\\{${doubles.map((i) => `(${i},${i})`).join(',')}\\})}{P(\\text{double})}=\\frac{${doubles.length}/36}{6/36}=${fmt(given())}`}
        />
        , {given() > p.pA ? 'larger' : given() < p.pA ? 'smaller' : 'the same as'}
        {given() === p.pA ? ' ' : ' than '}P(sum ≥ {t}) = {Math.round(36 * p.pA)}/36 ≈ {fmt(p.pA, 3)}
        {given() === p.pA ? ': here the events are independent.' : ': the events are dependent.'}
      </>
    ),
    applySolution: () => showSumDouble(t),
    reveal: () => showSumDouble(t),
    variant: (seed) => sumGivenDouble(givens(seed, 'conditional-ten-double').int(5, 12, [10])),
  };
}

export const conditionalTenDouble: Exercise = sumGivenDouble(10);

// ---- Gaussians: the conditional mean ----

interface GaussianGivens {
  mx: number;
  my: number;
  sx: number;
  sy: number;
  rho: number;
  y0: number;
}

function gaussianMean(G: GaussianGivens): Exercise {
  const answer = () =>
    conditionalGaussian([G.mx, G.my], covarianceOf({ ...gaussiansView.defaults, ...G }), G.y0);
  const showIt = () => {
    const s = useGaussiansStore.getState();
    const view = { ...s.view, ...G };
    s.loadView(view, []);
    show(gaussiansView.encode(view));
  };
  const sxy = G.rho * G.sx * G.sy;
  const syy = G.sy * G.sy;
  return {
    id: 'gaussians-conditional-mean',
    title: 'Where does x sit once y is known?',
    prompt: (
      <p>
        (x, y) is a bivariate Gaussian with means 0, sd x = {fmt(G.sx)}, sd y = {fmt(G.sy)} and correlation{' '}
        {fmt(G.rho)}. You observe y = {fmt(G.y0)}. What is the conditional mean of x? After you check, the
        Gaussians tab shows this case.
      </p>
    ),
    answer: {
      kind: 'number',
      label: 'conditional mean',
      check(v) {
        const c = answer();
        return {
          ok: Math.abs(v - c.mean) <= 0.005,
          why: `μx + Σxy/Σyy·(y₀ − μy) = ${fmt(c.mean)} (its variance is ${fmt(c.variance)}); you said ${fmt(v, 6)}.`,
        };
      },
      key: {
        expected: () => [answer().mean],
        abs: 0.005,
        traps: () => [[G.y0], [G.rho * G.y0], [sxy * G.y0]],
      },
    },
    hint: 'Σxy = ρ·σx·σy. The conditional mean moves from μx by Σxy/Σyy for each unit y₀ is above μy.',
    solution: (
      <Tex
        tex={`\\Sigma_{xy}=${fmt(G.rho)}\\cdot${fmt(G.sx)}\\cdot${fmt(G.sy)}=${fmt(sxy)},\\ \\Sigma_{yy}=${fmt(syy)}:\\quad \\mu_{x\\mid y_0}=0+\\tfrac{${fmt(sxy)}}{${fmt(syy)}}(${fmt(G.y0)}-0)=${fmt(answer().mean)},\\quad \\sigma^2_{x\\mid y_0}=${fmt(G.sx * G.sx)}-\\tfrac{${fmt(sxy)}^2}{${fmt(syy)}}=${fmt(answer().variance)}`}
      />
    ),
    applySolution: showIt,
    reveal: showIt,
    variant(seed) {
      const g = givens(seed, 'gaussians-conditional-mean');
      return gaussianMean({
        mx: 0,
        my: 0,
        sx: g.pick([0.5, 1, 1.5, 2, 3]),
        sy: g.pick([0.5, 1, 2, 2.5, 4]),
        rho: g.pick([-0.8, -0.6, -0.5, -0.3, 0.3, 0.4, 0.5, 0.7, 0.9]),
        y0: g.pick([-3, -2, -1, 1, 1.5, 2, 3]),
      });
    },
  };
}

export const gaussianConditionalMean: Exercise = gaussianMean({
  mx: 0,
  my: 0,
  sx: 1,
  sy: 2,
  rho: 0.5,
  y0: 2,
});

// ---- Variational inference: the mean-field variance ----

/** A standard bivariate Gaussian with correlation ρ, fitted by mean-field reverse-KL VI. */
function viMeanField(rho: number): Exercise {
  const cov: [[number, number], [number, number]] = [
    [1, rho],
    [rho, 1],
  ];
  // The mean-field optimum's variance is 1/Λxx, the variance of x given y (the same Schur complement).
  const answer = () => conditionalGaussian([0, 0], cov, 0).variance;
  const showIt = () => {
    const s = useViStore.getState();
    const view = {
      ...s.view,
      target: 'gaussian' as const,
      rho,
      divergence: 'reverse' as const,
      family: 'mean-field' as const,
    };
    s.loadView(view, []);
    show(viView.encode(view));
  };
  return {
    id: 'vi-mean-field-variance',
    title: 'How wide is mean-field VI?',
    prompt: (
      <p>
        The target is a Gaussian with means 0, variances 1 and correlation {fmt(rho)}. Mean-field variational
        inference fits q(x, y) = q(x)·q(y) by minimising KL(q‖p). Predict the variance of x under the best
        such q. (MCMC on the same target finds the true variance, 1.) After you check, the Variational
        inference tab fits it beside MCMC.
      </p>
    ),
    answer: {
      kind: 'number',
      label: 'q variance x',
      check(v) {
        const a = answer();
        return {
          ok: Math.abs(v - a) <= Math.max(0.005, 0.01 * a),
          why: `the mean-field optimum has variance 1/Λxx = 1 − ρ² = ${fmt(a)}, narrower than the true 1; you said ${fmt(v, 6)}.`,
        };
      },
      key: {
        expected: () => [answer()],
        rel: 0.01,
        abs: 0.005,
        traps: () => [[1], [rho], [rho * rho], [1 / answer()]],
      },
    },
    hint: 'Reverse KL keeps q inside p. With q(x) q(y), each factor sees the other variable held at its mean: the variance of x given y.',
    moreHints: [
      'The precision matrix Λ = Σ⁻¹ has Λxx = 1/(1 − ρ²); mean-field VI matches q’s precision to Λxx.',
    ],
    solution: (
      <>
        <Tex
          tex={`\\Lambda=\\Sigma^{-1},\\ \\Lambda_{xx}=\\tfrac{1}{1-\\rho^2}:\\quad \\sigma_q^2=\\tfrac{1}{\\Lambda_{xx}}=1-${fmt(rho * rho)}=${fmt(answer())}`}
        />
        . Mean-field reverse KL gets the means right but is too narrow whenever the variables are correlated;
        MCMC, slower, recovers the variance 1.
      </>
    ),
    applySolution: showIt,
    reveal: showIt,
    variant: (seed) =>
      viMeanField(givens(seed, 'vi-mean-field-variance').pick([-0.8, -0.6, -0.5, 0.5, 0.6, 0.7, 0.75, 0.9])),
  };
}

export const viMeanFieldVariance: Exercise = viMeanField(0.9);
